import type { TimelineEvent } from '../model/types.ts';
import type { LaneLayout } from './lanes.ts';

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

const LABEL_GAP_PX = 6;

/** Shape of an event's mark, from its date data alone. */
export function markShapeOf(event: TimelineEvent): MarkShape {
  const { when } = event;
  if (when.isPeriod) return 'period';
  return when.start.precision === 'day' && when.approxDays === 0 ? 'point' : 'uncertain';
}

/**
 * Projects laid-out events to pixels with `x` (UTC ms → px), dropping those outside the view.
 * Labels get the room up to the next mark in the same row. Events missing from `layout` are
 * skipped; an empty input returns an empty list.
 */
export function placeMarks(
  events: readonly TimelineEvent[],
  layout: LaneLayout,
  x: (ms: number) => number,
  options: PlaceOptions = DEFAULT_PLACE_OPTIONS,
): Mark[] {
  const { widthPx, minSpanPx, pointRadiusPx, marginPx } = options;
  const placed: Omit<Mark, 'labelRoomPx'>[] = [];
  for (const event of events) {
    const row = layout.rowOf.get(event.id);
    if (row === undefined) continue;
    const shape = markShapeOf(event);
    const { when } = event;
    let x0: number;
    let x1: number;
    let solidX0: number;
    let solidX1: number;
    if (shape === 'point') {
      x0 = x1 = solidX0 = solidX1 = x((when.startMs + when.endMs) / 2);
    } else {
      x0 = x(when.startMs);
      x1 = x(when.endMs);
      if (x1 - x0 < minSpanPx) {
        const mid = (x0 + x1) / 2;
        x0 = mid - minSpanPx / 2;
        x1 = mid + minSpanPx / 2;
      }
      solidX0 = shape === 'period' ? Math.min(Math.max(x(when.start.endMs), x0), x1) : x0;
      solidX1 = shape === 'period' ? Math.max(Math.min(x(when.end.startMs), x1), solidX0) : x1;
    }
    const reach = shape === 'point' ? pointRadiusPx : 0;
    if (x1 + reach < -marginPx || x0 - reach > widthPx + marginPx) continue;
    const labelXPx = shape === 'point' ? x0 + pointRadiusPx + 4 : Math.max(x0, 0) + 4;
    placed.push({ event, shape, row, x0Px: x0, x1Px: x1, solidX0Px: solidX0, solidX1Px: solidX1, labelXPx });
  }
  return withLabelRoom(placed, widthPx, pointRadiusPx);
}

/** Room for each label: up to the next mark's left edge in the same row, or the view's right edge. */
function withLabelRoom(placed: Omit<Mark, 'labelRoomPx'>[], widthPx: number, pointRadiusPx: number): Mark[] {
  const byRow = new Map<number, number[]>();
  placed.forEach((mark, index) => {
    const list = byRow.get(mark.row);
    if (list) list.push(index);
    else byRow.set(mark.row, [index]);
  });
  const room = new Array<number>(placed.length).fill(0);
  for (const indices of byRow.values()) {
    indices.sort((a, b) => placed[a]!.x0Px - placed[b]!.x0Px);
    indices.forEach((index, k) => {
      const next = indices[k + 1];
      const nextLeft = next === undefined
        ? widthPx
        : placed[next]!.x0Px - (placed[next]!.shape === 'point' ? pointRadiusPx : 0);
      room[index] = Math.max(0, Math.min(nextLeft, widthPx) - LABEL_GAP_PX - placed[index]!.labelXPx);
    });
  }
  return placed.map((mark, index) => ({ ...mark, labelRoomPx: room[index]! }));
}

/**
 * Shortens `text` to fit `roomPx`, ending with "…", assuming an average glyph width. Returns ''
 * when not even a few characters fit (better no label than a stub).
 */
export function fitLabel(text: string, roomPx: number, averageCharPx: number): string {
  const maxChars = Math.floor(roomPx / averageCharPx);
  if (maxChars >= text.length) return text;
  if (maxChars < 6) return '';
  return `${text.slice(0, maxChars - 1).trimEnd()}…`;
}
