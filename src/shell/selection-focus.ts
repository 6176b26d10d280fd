import type { AtChart } from '../components/chart/chart.ts';
import type { AtEventDetail } from '../components/event-detail/event-detail.ts';
import type { AtEventTable } from '../components/event-table/event-table.ts';
import type { AtEventCards } from '../components/event-cards/event-cards.ts';

/** Where a selection was made. */
export type Opener = 'chart' | 'cards' | 'table';

export interface SelectionParts {
  readonly chart: () => AtChart | undefined;
  readonly cards: () => AtEventCards | undefined;
  readonly table: () => AtEventTable | undefined;
  readonly detail: () => AtEventDetail | undefined;
}

/**
 * Focus and scrolling around the selected event's details: focus moves into the details when the
 * reader opens them and back to where they came from when they close them, and a bottom sheet
 * never hides the event it describes. The page itself never scrolls to the details.
 */
export class SelectionFocus {
  /** Where the selection was made, so focus goes back there when the details close. */
  private _opener: Opener | null = null;

  constructor(private readonly _parts: SelectionParts) {}

  /** A selection made from `opener` (null: from search, which flies the chart to the event). */
  opened(opener: Opener | null): void {
    this._opener = opener;
  }

  /** Focuses the details' heading once they are drawn, if `id` is still the one selected then. */
  async focusDetails(still: () => boolean): Promise<void> {
    // The panel's code may still be loading (it is a lazy chunk): focus it once it is drawn.
    await customElements.whenDefined('at-event-detail');
    const detail = this._parts.detail();
    await detail?.updateComplete;
    if (detail?.isConnected && still()) detail.focusHeading();
  }

  /**
   * Focus goes back to where the reader opened the details from (the table row), else to the
   * event's card or mark (a search result flies the chart to its mark), on the event they were
   * reading when they closed it.
   */
  async returnFocus(id: string): Promise<void> {
    const opener = this._opener;
    this._opener = null;
    if (opener === 'table' && this._parts.table()?.focusEvent(id)) return;
    const cards = this._parts.cards();
    if (cards && (await cards.focusEvent(id))) return;
    await this._parts.chart()?.focusEvent(id);
  }

  /**
   * Where the details are a bottom sheet over the foot of the screen, a card or mark the sheet
   * now covers is lifted just above it (never past the top).
   */
  keepInView(id: string): void {
    const sheet = this._parts.detail();
    const target = this._parts.cards()?.cardOf(id) ?? this._parts.chart()?.markOf(id);
    if (!sheet || !target || getComputedStyle(sheet).position !== 'fixed') return;
    const sheetTopPx = sheet.getBoundingClientRect().top;
    const { top, bottom } = target.getBoundingClientRect();
    if (bottom <= sheetTopPx && top >= 0) return;
    window.scrollBy({ top: Math.min(bottom - sheetTopPx + 12, top - 96) });
  }
}
