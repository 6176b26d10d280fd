import { css, html, LitElement, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import type { Actor, Source, TimelineEvent, TlpLevel, Subject, Victim } from '../../model/types.ts';
import { attackUrl } from '../../formats/attack-links.ts';
import { DEFAULT_LOCALE, describePrecision, formatPartialDate, formatWhen, lagOf } from '../../scales/date-format.ts';
import { messagesFor, type Messages } from '../../i18n/messages.ts';
import { emit } from '../../events.ts';
import { tokens } from '../../styles/tokens.ts';
import { eventDetailStyles } from './event-detail.styles.ts';
import { safeHref } from '../../derive/safe-url.ts';

/** Technique chips and TLP badges (colours of the FIRST TLP 2.0 standard, on black). */
const markingStyles = css`
  .chips { display: flex; flex-wrap: wrap; gap: 0.35rem; margin: 0; padding: 0; list-style: none; }
  .chips a, .chips span { display: inline-block; padding: 0 0.5em; border: 1px solid var(--_line); border-radius: 999px; font-family: ui-monospace, monospace; font-size: 0.85em; }
  .actor-uses { margin-top: 0.35rem; }
  .actor-uses summary { cursor: pointer; }
  .actor-uses .chips { margin-top: 0.35rem; }
  .tlp { display: inline-block; margin-left: 0.5rem; padding: 0 0.4em; border-radius: 3px; background: #000; font-size: 0.8em; font-weight: 600; letter-spacing: 0.02em; }
  .tlp-clear { color: #fff; }
  .tlp-green { color: #33ff00; }
  .tlp-amber, .tlp-amber-strict { color: #ffc000; }
  .tlp-red { color: #ff2b2b; }
`;

function techniqueChip(id: string, m: Messages) {
  const href = attackUrl(id);
  return html`<li>${href ? html`<a href=${href} target="_blank" rel="noopener noreferrer" title=${m.techniqueTitle(id)}>${id}</a>` : id}</li>`;
}

function tlpBadge(level: TlpLevel | undefined, title: string) {
  return level ? html`<span class="tlp tlp-${level.replace('+', '-')}" title=${title}>TLP:${level.toUpperCase()}</span>` : nothing;
}

/**
 * The full record of one event: date and how precisely it is known, description, actors (with
 * the techniques and software each is known to use, folded), victims, other organisations named,
 * attributions, disputes and every source with its link (primary sources marked), with buttons to
 * the previous and next event in date order. Esc or the close button closes it.
 *
 * @fires at-close - the user closed the panel (the close button or Esc)
 * @fires at-select - the user went to the previous or next event, or followed a link to a related one (detail `{id}`)
 * @csspart panel - the framed article
 * @csspart nav - the previous / next buttons
 * @csspart sources - the list of sources
 */
export class AtEventDetail extends LitElement {
  static override styles = [tokens, eventDetailStyles, markingStyles];

  @property({ attribute: false }) event: TimelineEvent | null = null;
  @property({ attribute: false }) actors: ReadonlyMap<string, Actor> = new Map();
  @property({ attribute: false }) victims: ReadonlyMap<string, Victim> = new Map();
  /** Records an event's subjects may name (subject and victim records). */
  @property({ attribute: false }) subjects: ReadonlyMap<string, Subject> = new Map();
  @property({ attribute: false }) sources: ReadonlyMap<string, Source> = new Map();
  @property({ attribute: false }) events: ReadonlyMap<string, TimelineEvent> = new Map();
  /** The events before and after this one in date order (among those passing the filters). */
  @property({ attribute: false }) previous: TimelineEvent | null = null;
  @property({ attribute: false }) next: TimelineEvent | null = null;
  /** The UI text (the shell passes the table of its `locale`). */
  @property({ attribute: false }) messages: Messages = messagesFor('en');
  /** BCP 47 locale the dates are written in. */
  @property({ attribute: false }) locale: string = DEFAULT_LOCALE;

  /**
   * Moves keyboard focus to the panel's heading, so a reader lands on what they opened. The page
   * does not scroll for it: the panel sits beside the chart or over its foot, already in view.
   */
  focusHeading(): void {
    this.renderRoot?.querySelector<HTMLElement>('h2')?.focus({ preventScroll: true });
  }

  protected override render() {
    const event = this.event;
    if (!event) return nothing;
    const actorName = (id: string) => this.actors.get(id)?.name ?? id;
    const m = this.messages;
    const lag = (fromMs: number, toMs: number) => { const { count, unit } = lagOf(fromMs, toMs); return m.lag(count, unit); };
    return html`
      <article part="panel" class="kind-${event.kind}" aria-labelledby="title" @keydown=${this._onKeyDown}>
        <header>
          <h2 id="title" tabindex="-1">${event.title}</h2>
          <button type="button" class="close" aria-label=${m.closeDetails} @click=${() => emit(this, 'at-close', null)}>✕</button>
        </header>
        <nav part="nav" aria-label=${m.eventOrder}>
          ${this._step('previous', this.previous, m.previous, m.previousEvent)}
          ${this._step('next', this.next, m.next, m.nextEvent)}
        </nav>
        <p class="meta">
          <span class="kind">${m.kinds[event.kind]}</span>
          <time>${formatWhen(event.when, this.locale)}</time>
          <span class="note"> · ${describePrecision(event.when, m.precision)}</span>
          ${tlpBadge(event.tlp, m.tlpTitle)}
        </p>
        ${event.when.note ? html`<p class="note">${event.when.note}</p>` : nothing}
        <p class="description">${event.description}</p>
        <dl>
          ${event.actors.length > 0 ? html`<dt>${m.actors}</dt><dd>${event.actors.map(actorName).join(', ')}${this._actorUses(event.actors)}</dd>` : nothing}
          ${event.victims.length > 0 ? html`<dt>${m.victims}</dt><dd>${event.victims.map((id) => this.victims.get(id)?.name ?? id).join(', ')}</dd>` : nothing}
          ${event.subjects.length > 0 ? html`<dt>${m.subjects}</dt><dd class="subjects">${event.subjects.map((id) => this.subjects.get(id)?.name ?? id).join(', ')}</dd>` : nothing}
          ${event.techniques.length > 0 ? html`<dt>${m.techniques}</dt><dd><ul class="chips techniques">${event.techniques.map((id) => techniqueChip(id, m))}</ul></dd>` : nothing}
        </dl>
        ${event.attributions.length > 0
          ? html`<h3>${m.attribution}</h3>
            <ul class="plain attributions">
              ${event.attributions.map((attribution) => html`<li>
                ${m.attributes(actorName(attribution.by), html`<strong>${actorName(attribution.actor)}</strong>`)}${attribution.confidence ? html` (${attribution.confidence})` : nothing}
                ${this._citations(attribution.sources)}
              </li>`)}
            </ul>`
          : nothing}
        ${event.disputes.map((dispute) => html`<div class="disputed" role="note">
          <strong>${m.disputed(dispute.topic)}</strong>
          <ul class="plain">
            ${dispute.positions.map((position) => html`<li>${position.claim} ${this._citations(position.sources)}</li>`)}
          </ul>
        </div>`)}
        ${event.reveals.length > 0
          ? html`<h3>${m.madePublic}</h3>
            <ul class="plain reveals">
              ${event.reveals.map((id) => {
                const revealed = this.events.get(id);
                return html`<li>${revealed
                  ? html`<a href="#" @click=${(e: Event) => { e.preventDefault(); this._go(id, true); }}>${revealed.title}</a>
                    (${formatWhen(revealed.when, this.locale)}; ${m.publicAfter(lag(revealed.when.startMs, event.when.startMs))})`
                  : id}</li>`;
              })}
            </ul>`
          : nothing}
        <h3>${m.sources}</h3>
        <ol class="sources" part="sources">
          ${event.sources.map((id) => this._renderSource(id))}
        </ol>
      </article>
    `;
  }

  /**
   * Previous or next: a button naming the event it goes to. At either end it stays in place,
   * marked unavailable rather than disabled, so focus on it is not lost when the reader reaches the end.
   */
  private _step(which: 'previous' | 'next', target: TimelineEvent | null, text: string, label: (title: string) => string) {
    return html`<button type="button" class=${which} aria-disabled=${target ? 'false' : 'true'} aria-label=${target ? label(target.title) : text}
      @click=${() => target && this._go(target.id, false)}>${which === 'previous' ? `← ${text}` : `${text} →`}</button>`;
  }

  /** Asks for another event; a link that is replaced by the new record hands focus to its heading. */
  private _go(id: string, focusHeading: boolean): void {
    emit(this, 'at-select', { id });
    if (focusHeading) void this.updateComplete.then(() => this.focusHeading());
  }

  private _onKeyDown = (event: KeyboardEvent): void => {
    if (event.key !== 'Escape') return;
    event.stopPropagation();
    emit(this, 'at-close', null);
  };

  /** What each actor of the event is known to use (ATT&CK techniques, malware and tools), folded. */
  private _actorUses(ids: readonly string[]) {
    const m = this.messages;
    return ids.map((id) => this.actors.get(id)).filter((actor): actor is Actor => actor !== undefined).map((actor) => {
      const techniques = actor.techniques ?? [];
      const software = actor.software ?? [];
      if (techniques.length + software.length === 0) return nothing;
      return html`<details class="actor-uses">
        <summary>${m.actorUses(actor.name, techniques.length, software.length)}</summary>
        ${techniques.length > 0 ? html`<ul class="chips actor-techniques">${techniques.map((id) => techniqueChip(id, m))}</ul>` : nothing}
        ${software.length > 0 ? html`<ul class="chips software">${software.map((name) => html`<li><span>${name}</span></li>`)}</ul>` : nothing}
      </details>`;
    });
  }

  private _renderSource(id: string) {
    const source = this.sources.get(id);
    if (!source) return html`<li>${id}</li>`;
    const href = safeHref(source.url);
    const date = source.date ? formatPartialDate(source.date, this.locale) : this.messages.undated;
    return html`<li id="source-${id}">
      ${href
        ? html`<a href=${href} target="_blank" rel="noopener noreferrer">${source.title}</a>`
        : html`<span>${source.title}</span>`}
      <span class="publisher">— ${source.publisher}, ${date}</span>
      ${source.class === 'primary' ? html`<span class="primary">${this.messages.primarySource}</span>` : nothing}
      ${tlpBadge(source.tlp, this.messages.tlpTitle)}
    </li>`;
  }

  /** Bracketed numbers pointing at the event's source list. */
  private _citations(ids: readonly string[]) {
    const order = this.event?.sources ?? [];
    return ids.map((id) => {
      const index = order.indexOf(id);
      const source = this.sources.get(id);
      const label = index >= 0 ? `[${index + 1}]` : `[${source?.publisher ?? id}]`;
      return html`<span class="note" title=${source?.title ?? id}>${label}</span> `;
    });
  }
}
