import { css, html, LitElement, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import type { Source, TimelineEvent } from '../../model/types.ts';
import { formatWhen, formatPartialDate, DEFAULT_LOCALE } from '../../scales/date-format.ts';
import { safeHref } from '../../derive/safe-url.ts';
import { tokens } from '../../styles/tokens.ts';
import { messagesFor, type Messages } from '../../i18n/messages.ts';

/**
 * The handout part of a printout: the events of the current view in date order, each with its
 * date, kind, description and sources (publisher, title, date and address written out, since a
 * link cannot be clicked on paper). The shell shows it only in print.
 *
 * @csspart print-list - the list
 */
export class AtPrintList extends LitElement {
  static override styles = [
    tokens,
    css`
      :host { display: block; font-size: 10.5pt; }
      h3 { font-size: 12pt; margin: 0 0 0.4em; }
      ol { margin: 0; padding-left: 1.4em; }
      li { margin: 0 0 0.6em; break-inside: avoid; }
      .when { font-weight: 600; }
      .kind { color: var(--_muted); }
      .description { margin: 0.15em 0; }
      ul.sources { margin: 0.15em 0 0; padding-left: 1.2em; color: var(--_muted); font-size: 9.5pt; }
      .url { overflow-wrap: anywhere; }
    `,
  ];

  /** The events to list, in date order. */
  @property({ attribute: false }) events: readonly TimelineEvent[] = [];
  @property({ attribute: false }) sources: ReadonlyMap<string, Source> = new Map();
  @property({ attribute: false }) locale = DEFAULT_LOCALE;
  @property({ attribute: false }) messages: Messages = messagesFor('en');

  protected override render() {
    const m = this.messages;
    return html`<section part="print-list">
      <h3>${m.eventsInView}</h3>
      ${this.events.length === 0 ? html`<p>${m.noEventsInView}</p>` : html`<ol>
        ${this.events.map((event) => html`<li data-id=${event.id}>
          <span class="when">${formatWhen(event.when, this.locale)}</span> · <span class="kind">${m.kinds[event.kind]}</span><br />
          <strong class="title">${event.title}</strong>
          <p class="description">${event.description}</p>
          <ul class="sources" aria-label=${m.sources}>
            ${event.sources.map((id) => this.sources.get(id)).filter((source): source is Source => source !== undefined).map((source) => {
              const url = safeHref(source.url);
              return html`<li>${source.publisher}, “${source.title}”${source.date ? html`, ${formatPartialDate(source.date, this.locale)}` : nothing}${source.class === 'primary' ? html` (${m.primarySource})` : nothing}${url ? html`. <span class="url">${url}</span>` : nothing}</li>`;
            })}
          </ul>
        </li>`)}
      </ol>`}
    </section>`;
  }
}
