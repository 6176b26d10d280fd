import { html, LitElement, nothing, svg, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import type { Actor, Subject, TimelineEvent, Victim } from '../../model/types.ts';
import { indexAtTime } from '../../derive/event-order.ts';
import { cardRange, cardsWindow, revealersOf, type Range } from '../../derive/card-range.ts';
import type { TimeWindow } from '../../derive/view-window.ts';
import { formatCardDate, disclosureLag } from '../../scales/card-date.ts';
import { DEFAULT_LOCALE } from '../../scales/date-format.ts';
import { drawnSymbolPath, isStrokedGlyph } from '../../scales/kind-symbols.ts';
import { messagesFor, type Messages } from '../../i18n/messages.ts';
import { emit } from '../../events.ts';
import { tokens } from '../../styles/tokens.ts';
import { eventCardsStyles } from './event-cards.styles.ts';

/** Cards rendered at once; the reader (or the overview strip) moves to another page. */
const PAGE_CARDS = 100;
/** The top of the viewport the sticky strip covers: a card under it does not count as seen. */
const STRIP_PX = 80;

/**
 * The events as a vertical timeline of cards, oldest first: the layout of narrow screens, where
 * a chart cannot show whole titles. Each card gives the date at its real precision, the kind with
 * its glyph, the full title, actors, victims and other organisations named, how long after it
 * began a report made it public, and how many sources it cites. Choosing a card selects the
 * event. At most 100 cards are in the page at a time, so 100,000 events stay cheap.
 *
 * Loaded on demand (its own chunk in the embed): only narrow layouts use it.
 *
 * @fires at-select - the reader chose a card (detail `{id}`)
 * @fires at-cards-window - the span of time the cards on screen cover, when it changes (detail `{startMs, endMs}`); does not bubble
 * @csspart list - the list of cards
 */
export class AtEventCards extends LitElement {
  static override styles = [tokens, eventCardsStyles];

  /** The events to show (filtered), in date order. */
  @property({ attribute: false }) events: readonly TimelineEvent[] = [];
  /** Every event of the dataset, to find the reports that made one public. */
  @property({ attribute: false }) allEvents: ReadonlyMap<string, TimelineEvent> = new Map();
  @property({ attribute: false }) actors: ReadonlyMap<string, Actor> = new Map();
  @property({ attribute: false }) victims: ReadonlyMap<string, Victim> = new Map();
  @property({ attribute: false }) subjects: ReadonlyMap<string, Subject> = new Map();
  @property({ attribute: false }) selectedId: string | null = null;
  /** Events given a ring (search matches). */
  @property({ attribute: false }) highlightIds: ReadonlySet<string> = new Set();
  /** The UI text (the shell passes the table of its `locale`). */
  @property({ attribute: false }) messages: Messages = messagesFor('en');
  /** BCP 47 locale the dates are written in. */
  @property({ attribute: false }) locale: string = DEFAULT_LOCALE;

  @state() private _range: Range = { from: 0, to: 0 };
  private _revealers: ReadonlyMap<string, readonly TimelineEvent[]> = new Map();
  private _observer?: IntersectionObserver;
  private readonly _onScreen = new Set<number>();
  private _reported = '';
  private _observed = false;

  /** Scrolls the page so the first card starting at or after `ms` is at the top (under the strip). */
  async scrollToTime(ms: number): Promise<void> {
    await this._show(indexAtTime(this.events, ms)).then((card) => card?.scrollIntoView({ block: 'start' }));
  }

  /** Moves keyboard focus to an event's card (bringing it into the page first); false if it is not listed. */
  async focusEvent(id: string): Promise<boolean> {
    const card = await this._show(this.events.findIndex((event) => event.id === id));
    card?.querySelector('button')?.focus();
    return card !== undefined;
  }

  /** An event's card, if it is in the page. */
  cardOf(id: string): HTMLElement | null {
    return this.renderRoot.querySelector(`li[data-id="${CSS.escape(id)}"]`);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this._observer = new IntersectionObserver((entries) => this._seen(entries), { rootMargin: `-${STRIP_PX}px 0px 0px 0px` });
    this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this._observer?.disconnect();
    this._observer = undefined;
    this._observed = false;
    this._onScreen.clear();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('allEvents')) this._revealers = revealersOf(this.allEvents.values());
    if (changed.has('events')) {
      this._range = { from: 0, to: Math.min(this.events.length, PAGE_CARDS) };
      this._onScreen.clear();
      this._reported = '';
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    // Watch the cards in the page now, when the page changed (its first render included).
    const observer = this._observer;
    if (!observer || (!changed.has('events') && !changed.has('_range' as keyof AtEventCards) && this._observed)) return;
    observer.disconnect();
    this._onScreen.clear();
    for (const card of this.renderRoot.querySelectorAll('li')) observer.observe(card);
    this._observed = true;
  }

  protected override render() {
    const m = this.messages;
    const { from, to } = this._range;
    const shown = this.events.slice(from, to);
    return html`
      ${from > 0 ? html`<button type="button" class="page earlier" @click=${() => this._page(-1)}>${m.showEarlier}</button>` : nothing}
      <ol part="list" aria-label=${m.cardsLabel}>
        ${repeat(shown, (event) => event.id, (event, i) => this._card(event, from + i))}
      </ol>
      ${to < this.events.length ? html`<button type="button" class="page later" @click=${() => this._page(1)}>${m.showLater}</button>` : nothing}
    `;
  }

  private _card(event: TimelineEvent, index: number) {
    const m = this.messages;
    const names = (ids: readonly string[], map: ReadonlyMap<string, { readonly name: string }>) => ids.map((id) => map.get(id)?.name ?? id).join(', ');
    const lag = disclosureLag(event, this._revealers.get(event.id) ?? []);
    const selected = event.id === this.selectedId;
    const line = (label: string, ids: readonly string[], map: ReadonlyMap<string, { readonly name: string }>) =>
      ids.length > 0 ? html`<p class="who"><span class="label">${label}:</span> ${names(ids, map)}</p>` : nothing;
    return html`<li class="kind-${event.kind} ${selected ? 'selected' : ''} ${this.highlightIds.has(event.id) ? 'match' : ''}" data-id=${event.id} data-index=${index}>
      <svg class="glyph" width="14" height="14" viewBox="-9 -9 18 18" aria-hidden="true">${svg`<path class=${isStrokedGlyph(event.kind) ? 'stroked' : ''} d=${drawnSymbolPath(event.kind, 14)}></path>`}</svg>
      <p class="when"><span class="date">${formatCardDate(event.when, this.locale, m.cardDate)}</span><span class="kind">${m.kinds[event.kind]}</span></p>
      <h3><button type="button" aria-pressed=${selected ? 'true' : 'false'} @click=${() => this._select(event.id)}>${event.title}</button></h3>
      ${line(m.actors, event.actors, this.actors)}
      ${line(m.victims, event.victims, this.victims)}
      ${line(m.subjects, event.subjects, this.subjects)}
      ${lag ? html`<p class="lag">${m.cardLag(m.lag(lag.count, lag.unit))}</p>` : nothing}
      <p class="count">${m.sourcesCount(event.sources.length)}</p>
    </li>`;
  }

  private _select(id: string): void {
    this.selectedId = id;
    emit(this, 'at-select', { id });
  }

  private _page(direction: -1 | 1): void {
    const { from, to } = this._range;
    this._range = direction < 0
      ? { from: Math.max(0, from - PAGE_CARDS), to }
      : { from, to: Math.min(this.events.length, to + PAGE_CARDS) };
  }

  /** Makes sure card `index` is in the page; resolves with it once rendered (undefined for no such card). */
  private async _show(index: number): Promise<HTMLElement | undefined> {
    if (index < 0 || this.events.length === 0) return undefined;
    const at = Math.min(index, this.events.length - 1);
    this._range = cardRange(this.events.length, at, this._range, PAGE_CARDS);
    await this.updateComplete;
    return this.renderRoot.querySelector<HTMLElement>(`li[data-index="${at}"]`) ?? undefined;
  }

  /** Cards entering or leaving the screen: report the span of time those on screen cover. */
  private _seen(entries: readonly IntersectionObserverEntry[]): void {
    for (const entry of entries) {
      const index = Number((entry.target as HTMLElement).dataset.index);
      if (entry.isIntersecting) this._onScreen.add(index);
      else this._onScreen.delete(index);
    }
    if (this._onScreen.size === 0) return;
    const window = cardsWindow(this.events, Math.min(...this._onScreen), Math.max(...this._onScreen));
    if (!window) return;
    const key = `${window.startMs}:${window.endMs}`;
    if (key === this._reported) return;
    this._reported = key;
    this.dispatchEvent(new CustomEvent<TimeWindow>('at-cards-window', { detail: window }));
  }
}
