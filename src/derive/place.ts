import type { TimelineEvent } from '../model/types.ts';
import { truncateText } from '../model/graphemes.ts';

/**
 * How a mark is drawn: `point` for a firm day; `uncertain` for a moment known only to a month,
 * season, year or ± days (drawn as the span of its uncertainty, hatched); `period` for something
 * that lasted (solid, with fuzzy ends where its start or end is only partly known).
 */
export type MarkShape = 'point' | 'uncertain' | 'period';

export interface Mark {
  readonly event: TimelineEvent;
  readonly shape: MarkShape;
  readonly row: number;
  /** Left and right edge in px; equal for a point. */
  readonly x0Px: number;
  readonly x1Px: number;
  /** For periods: where the firmly known part starts and ends (fuzzy edges lie outside it). */
  readonly solidX0Px: number;
  readonly solidX1Px: number;
  /** Where the label starts, and how much room it has before the next mark in its row. */
  readonly labelXPx: number;
  readonly labelRoomPx: number;
}

export interface PlaceOptions {
  readonly widthPx: number;
  /** Narrowest a span is drawn, so a month seen from 14 years away stays visible. */
  readonly minSpanPx: number;
  /** Half the size of a point symbol. */
  readonly pointRadiusPx: number;
  /** Marks this far outside [0, width] are kept, so strokes and labels do not pop at the edges. */
  readonly marginPx: number;
}

export const DEFAULT_PLACE_OPTIONS: PlaceOptions = { widthPx: 800, minSpanPx: 6, pointRadiusPx: 6, marginPx: 40 };

/** Space kept between a label and the next mark. */
export const LABEL_GAP_PX = 6;

/** Mark shapes by code, as `markShapeCode` answers and the row index stores them. */
export const MARK_SHAPES: readonly MarkShape[] = ['point', 'uncertain', 'period'];

/** The index in `MARK_SHAPES` of an event's mark shape, from its date data alone. */
export function markShapeCode(event: TimelineEvent): 0 | 1 | 2 {
  const { when } = event;
  if (when.isPeriod) return 2;
  return when.start.precision === 'day' && when.approxDays === 0 ? 0 : 1;
}

/** Shape of an event's mark, from its date data alone. */
export function markShapeOf(event: TimelineEvent): MarkShape {
  return MARK_SHAPES[markShapeCode(event)]!;
}

/**
 * Projects one event to pixels with `x` (UTC ms → px). Label room is left at 0: it depends on
 * the next mark in the row, which the caller knows. `shape` is `markShapeOf(event)`, passed in
 * when the caller has it already (the row index keeps it per event).
 */
export function placeMark(event: TimelineEvent, row: number, x: (ms: number) => number, options: PlaceOptions, shape: MarkShape = markShapeOf(event)): Mark {
  const { minSpanPx, pointRadiusPx } = options;
  const { when } = event;
  if (shape === 'point') {
    const centre = x((when.startMs + when.endMs) / 2);
    return { event, shape, row, x0Px: centre, x1Px: centre, solidX0Px: centre, solidX1Px: centre, labelXPx: centre + pointRadiusPx + 4, labelRoomPx: 0 };
  }
  let x0 = x(when.startMs);
  let x1 = x(when.endMs);
  if (x1 - x0 < minSpanPx) {
    const mid = (x0 + x1) / 2;
    x0 = mid - minSpanPx / 2;
    x1 = mid + minSpanPx / 2;
  }
  const solidX0 = shape === 'period' ? Math.min(Math.max(x(when.start.endMs), x0), x1) : x0;
  const solidX1 = shape === 'period' ? Math.max(Math.min(x(when.end.startMs), x1), solidX0) : x1;
  return { event, shape, row, x0Px: x0, x1Px: x1, solidX0Px: solidX0, solidX1Px: solidX1, labelXPx: Math.max(x0, 0) + 4, labelRoomPx: 0 };
}

/** Left edge a mark occupies, counting a point's radius. */
export function markLeftPx(mark: Mark, pointRadiusPx: number): number {
  return mark.x0Px - (mark.shape === 'point' ? pointRadiusPx : 0);
}

/**
 * Shortens `text` to fit `roomPx`, ending with "…", given an average glyph width per UTF-16 code
 * unit; the cut falls between grapheme clusters (see model/graphemes.ts). Returns '' when not
 * even a few characters fit (better no label than a stub).
 */
export function fitLabel(text: string, roomPx: number, averageCharPx: number): string {
  const maxChars = Math.floor(roomPx / averageCharPx);
  if (maxChars >= text.length) return text;
  if (maxChars < 6) return '';
  const label = truncateText(text, maxChars);
  return label === '…' ? '' : label;
}
