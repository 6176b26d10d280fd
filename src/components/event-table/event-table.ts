import { css, html, LitElement, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { Actor, TimelineEvent, Victim } from '../../model/types.ts';
import { DEFAULT_LOCALE, formatWhen } from '../../scales/date-format.ts';
import { messagesFor, type Messages } from '../../i18n/messages.ts';
import { emit } from '../../events.ts';
import { tokens } from '../../styles/tokens.ts';

/** Rows per page: enough to scan, few enough that the open table stays a few screens tall at most. */
const PAGE_ROWS = 25;

/**
 * The chart as a table, for screen readers, keyboard users and anyone who prefers rows: every
 * event that passes the filters, in date order, with its date as written, kind, actors and
 * victims. Collapsed by default; shown 25 rows at a time, so 100,000 events never become 100,000
 * rows, in a box at most 80% of the screen tall (its header row stays in view as it scrolls). A title button selects the event, like a click on its mark. Columns have fixed shares of
 * the width; in a narrow container (under 56rem) the kind, actors and victims move under the
 * title, so the date and the title keep readable widths.
 *
 * @fires at-select - the user chose an event in the table (detail `{id}`)
 * @csspart table - the table
 */
export class AtEventTable extends LitElement {
  static override styles = [
    tokens,
    css`
      :host { display: block; container-type: inline-size; }
      summary { cursor: pointer; min-height: 24px; padding: 0.2rem 0; color: var(--_accent); }
      table { border-collapse: collapse; width: 100%; table-layout: fixed; font-size: 0.9em; }
      caption { text-align: left; color: var(--_muted); padding: 0.3rem 0; }
      th, td { text-align: left; vertical-align: top; padding: 0.3rem 0.5rem; border-bottom: 1px solid var(--_line); overflow-wrap: break-word; unicode-bidi: isolate; }
      .scroll { max-height: min(80vh, 48rem); overflow-y: auto; }
      thead th { position: sticky; top: 0; background: var(--_bg); border-bottom: 2px solid var(--_line); }
      th[scope='row'] { font-weight: normal; }
      .date { width: 9rem; }
      .event { width: 38%; }
      .kind { width: 8rem; }
      .meta { display: none; }
      button.title { font: inherit; text-align: left; background: none; border: 0; padding: 0; min-height: 24px; color: var(--_accent); text-decoration: underline; cursor: pointer; overflow-wrap: anywhere; }
      tr.selected button.title { font-weight: 700; }
      .more { margin-top: 0.4rem; min-height: 24px; min-width: 24px; }
      @container (max-width: 56rem) {
        .date { width: 7rem; }
        .event { width: auto; }
        .kind, .who { display: none; }
        .meta { display: block; margin-top: 0.15rem; color: var(--_muted); }
      }
    `,
  ];

  @property({ attribute: false }) events: readonly TimelineEvent[] = [];
  @property({ attribute: false }) actors: ReadonlyMap<string, Actor> = new Map();
  @property({ attribute: false }) victims: ReadonlyMap<string, Victim> = new Map();
  @property({ attribute: false }) selectedId: string | null = null;
  /** The UI text (the shell passes the table of its `locale`). */
  @property({ attribute: false }) messages: Messages = messagesFor('en');
  /** BCP 47 locale the dates are written in. */
  @property({ attribute: false }) locale: string = DEFAULT_LOCALE;
  /** Opens the table (the reader can always toggle it). */
  @property({ type: Boolean, reflect: true }) open = false;

  @state() private _rows = PAGE_ROWS;

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    if (changed.has('events')) this._rows = PAGE_ROWS;
  }

  protected override render() {
    const total = this.events.length;
    const rows = this.events.slice(0, this._rows);
    const name = (map: ReadonlyMap<string, { name: string }>) => (id: string) => map.get(id)?.name ?? id;
    const m = this.messages;
    return html`<details ?open=${this.open} @toggle=${this._onToggle}>
      <summary>${m.tableSummary(total)}</summary>
      ${this.open
        ? html`<div class="scroll"><table part="table">
            <caption>${m.tableCaption(rows.length, total)}</caption>
            <thead><tr><th scope="col" class="date">${m.columns.date}</th><th scope="col" class="event">${m.columns.event}</th><th scope="col" class="kind">${m.columns.kind}</th><th scope="col" class="who">${m.actors}</th><th scope="col" class="who">${m.victims}</th></tr></thead>
            <tbody>
              ${rows.map((event) => {
                const actors = event.actors.map(name(this.actors)).join(', ');
                const victims = event.victims.map(name(this.victims)).join(', ');
                return html`<tr class=${event.id === this.selectedId ? 'selected' : ''} data-id=${event.id}>
                  <td class="date">${formatWhen(event.when, this.locale)}</td>
                  <th scope="row"><button type="button" class="title" aria-pressed=${event.id === this.selectedId ? 'true' : 'false'} @click=${() => this._select(event.id)}>${event.title}</button>
                    <span class="meta">${[m.kinds[event.kind], actors && `${m.actors}: ${actors}`, victims && `${m.victims}: ${victims}`].filter(Boolean).join(' · ')}</span></th>
                  <td class="kind">${m.kinds[event.kind]}</td>
                  <td class="who">${actors}</td>
                  <td class="who">${victims}</td>
                </tr>`;
              })}
            </tbody>
          </table></div>
          ${total > rows.length
            ? html`<button type="button" class="more" @click=${() => { this._rows += PAGE_ROWS; }}>${m.tableMore(Math.min(PAGE_ROWS, total - rows.length), total - rows.length)}</button>`
            : nothing}`
        : nothing}
    </details>`;
  }

  /** Moves keyboard focus to an event's title button, if its row is shown (when its details close). */
  focusEvent(id: string): boolean {
    const button = this.renderRoot.querySelector<HTMLElement>(`tr[data-id="${CSS.escape(id)}"] button.title`);
    button?.focus({ preventScroll: true });
    return button !== null;
  }

  private _onToggle = (event: Event): void => {
    this.open = (event.target as HTMLDetailsElement).open;
  };

  private _select(id: string): void {
    if (id === this.selectedId) return;
    this.selectedId = id;
    emit(this, 'at-select', { id });
  }
}
