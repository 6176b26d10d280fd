import type { TimelineEvent } from '../model/types.ts';
import type { DrawItem } from './view-layout.ts';
import { textWidthPx, type CharWidth } from './text-width.ts';

export interface Box {
  readonly left: number;
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
}

/**
 * A key moment's callout as drawn: a one-line note in the callout band above the rows, numbered,
 * and the same number in a small badge just above the event's mark, in the gap between rows.
 */
export interface CalloutBox {
  readonly eventId: string;
  /** 1-based, in date order among the dataset's key moments, so a number keeps its event. */
  readonly number: number;
  readonly text: string;
  /** The note's box in the band, chart px. */
  readonly box: Box;
  /** Where the note's text (number first) starts, and its centre line. */
  readonly textXPx: number;
  readonly textYPx: number;
  /** The badge over the mark, chart px. */
  readonly badge: Box;
}

export interface CalloutOptions {
  readonly widthPx: number;
  readonly charWidth: CharWidth;
  readonly rowCentrePx: (row: number) => number;
  /** Top of the band and how many lines it has. */
  readonly bandTopPx: number;
  readonly bandLines: number;
  readonly lineHeightPx: number;
  /** Half the height of a mark; the badge sits just above it. */
  readonly markHalfPx: number;
}

const PAD_X_PX = 6;
/** Clear space kept between two notes of a band line. */
const GAP_PX = 8;
export const BADGE_RADIUS_PX = 6.5;
/** A note may move this far right of its mark to find room in its line. */
const MAX_SHIFT_PX = 240;

/** The numbered key moments of a dataset (events with a `callout`), in date order. */
export function keyMomentNumbers(events: readonly TimelineEvent[]): ReadonlyMap<string, number> {
  const numbers = new Map<string, number>();
  // Indexed: an iterator step per event is slow before V8 optimises (a reader's first load).
  for (let i = 0; i < events.length; i++) if (events[i]!.callout) numbers.set(events[i]!.id, numbers.size + 1);
  return numbers;
}

/** Height of the callout band: none when the dataset has no key moments. */
export function calloutBandPx(keyMoments: number, lines: number, lineHeightPx: number): number {
  return keyMoments === 0 ? 0 : lines * lineHeightPx + 4;
}

/**
 * Notes for the key moments drawn alone in this frame, packed into the band's lines from left to
 * right: each as near its mark as it can be (starting just left of it), never over another note;
 * a note with no room in any line is left out for this frame. Each gets a badge with its number
 * above its mark. The band holds nothing else, and a badge sits in the gap between two rows, so
 * neither covers a mark or a label. Pure; no key moments give [].
 */
export function placeCallouts(items: readonly DrawItem[], numbers: ReadonlyMap<string, number>, options: CalloutOptions): CalloutBox[] {
  const { widthPx, charWidth, rowCentrePx, bandTopPx, bandLines, lineHeightPx, markHalfPx } = options;
  if (numbers.size === 0) return [];
  const keyMarks = items
    .flatMap((item) => (item.type === 'mark' && numbers.has(item.mark.event.id) ? [item.mark] : []))
    .map((mark) => ({ mark, anchor: mark.shape === 'point' ? mark.x0Px : (Math.max(mark.x0Px, 0) + Math.min(mark.x1Px, widthPx)) / 2 }))
    .filter(({ anchor }) => anchor >= 0 && anchor <= widthPx)
    .sort((a, b) => a.anchor - b.anchor);
  const lineEnds = Array.from({ length: bandLines }, () => -Infinity);
  const callouts: CalloutBox[] = [];
  for (const { mark, anchor } of keyMarks) {
    const number = numbers.get(mark.event.id)!;
    const text = `${number}  ${mark.event.callout!}`;
    const width = textWidthPx(text, charWidth) + 2 * PAD_X_PX;
    if (width > widthPx) continue;
    const wanted = Math.min(Math.max(anchor - 10, 0), widthPx - width);
    for (let line = 0; line < bandLines; line++) {
      const left = Math.max(wanted, lineEnds[line]! + GAP_PX);
      if (left + width > widthPx || left - wanted > MAX_SHIFT_PX) continue;
      lineEnds[line] = left + width;
      const top = bandTopPx + line * lineHeightPx + 2;
      const bottom = top + lineHeightPx - 4;
      const y = rowCentrePx(mark.row) - markHalfPx - BADGE_RADIUS_PX - 0.5;
      callouts.push({
        eventId: mark.event.id, number, text,
        box: { left, right: left + width, top, bottom },
        textXPx: left + PAD_X_PX, textYPx: (top + bottom) / 2,
        badge: { left: anchor - BADGE_RADIUS_PX, right: anchor + BADGE_RADIUS_PX, top: y - BADGE_RADIUS_PX, bottom: y + BADGE_RADIUS_PX },
      });
      break;
    }
  }
  return callouts;
}
