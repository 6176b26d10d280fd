import { itemRow, type DrawItem } from './view-layout.ts';
import { LABEL_GAP_PX } from './place.ts';
import { truncateToWidth, textWidthPx, textWidthUpToPx, type CharWidth } from './text-width.ts';

/** A label as drawn: one line of text beside (or on) its mark, in chart px. */
export interface LabelBox {
  /** The event's id; for a cluster's count, `cluster:<row>:<firstIndex>`. */
  readonly eventId: string;
  readonly row: number;
  /** Left edge of the text. */
  readonly xPx: number;
  readonly widthPx: number;
  readonly text: string;
  /** Whether `text` is the whole title (not shortened with "…"). */
  readonly complete: boolean;
  /**
   * The text crosses its own mark (a bar's fill or hatching): it is drawn on a plate in the
   * background colour that knocks out what lies under it.
   */
  readonly plate: boolean;
  /** A cluster's count rather than an event's title. */
  readonly cluster?: boolean;
}

export interface LabelOptions {
  readonly widthPx: number;
  readonly charWidth: CharWidth;
  /** Narrowest room a title is drawn in; below it the mark goes unlabelled. */
  readonly minLabelPx: number;
  /** Half a point glyph's width. */
  readonly pointRadiusPx: number;
  /** The text of a cluster's count, e.g. n => `${n} events`; a bare number is used when it does not fit. */
  readonly clusterText: (count: number) => string;
  /** Space between a label and its mark, px; `LABEL_PAD_PX` unless given (an emphasised mark's ring needs more). */
  readonly padPx?: number;
}

/** How far left of its bar an "at least since" arrowhead is drawn. */
const OPEN_START_ARROW_PX = 8;
/** Space between a label and the mark it names. */
export const LABEL_PAD_PX = 4;

interface Slot {
  readonly xPx: number;
  readonly roomPx: number;
  /** Right-aligned to `xPx + roomPx` (a label flipped to the left of its mark). */
  readonly alignEnd: boolean;
  readonly plate: boolean;
}

/**
 * Labels for the items of a frame, row by row from left to right. A title goes, in order of
 * preference, whole in clear space right of its mark, whole in clear space left of it (near the
 * right edge a label flips left), whole on its own bar (on a plate), and otherwise shortened with
 * "…" in the largest of those slots. A label never reaches the next item of its row, nor the
 * label before it, nor the view's edges. A cluster's count goes right of the cluster, or as a
 * bare number. Pure; no items give [].
 */
export function placeLabels(items: readonly DrawItem[], options: LabelOptions): LabelBox[] {
  const labels: LabelBox[] = [];
  let start = 0;
  while (start < items.length) {
    let end = start + 1;
    while (end < items.length && itemRow(items[end]!) === itemRow(items[start]!)) end++;
    placeRow(items.slice(start, end), options, labels);
    start = end;
  }
  return labels;
}

function placeRow(row: readonly DrawItem[], options: LabelOptions, out: LabelBox[]): void {
  const { widthPx, charWidth, minLabelPx, pointRadiusPx, padPx = LABEL_PAD_PX } = options;
  // A point reaches its radius either side; an "at least since" bar has its arrowhead on the left.
  const left = (item: DrawItem) => {
    if (item.type === 'cluster') return item.cluster.x0Px;
    const { mark } = item;
    return mark.x0Px - (mark.shape === 'point' ? pointRadiusPx : mark.event.when.openStart ? OPEN_START_ARROW_PX : 0);
  };
  const right = (item: DrawItem) => (item.type === 'mark' ? item.mark.x1Px + (item.mark.shape === 'point' ? pointRadiusPx : 0) : Math.max(item.cluster.x1Px, item.cluster.x0Px + 4));
  // Everything drawn so far in this row (marks and labels) ends here.
  let usedPx = 0;
  row.forEach((item, k) => {
    const next = row[k + 1];
    const limit = Math.min(next ? left(next) : widthPx, widthPx) - LABEL_GAP_PX;
    const markLeft = left(item);
    const markRight = right(item);
    let label: LabelBox | null = null;
    if (item.type === 'cluster') {
      const x = markRight + padPx;
      for (const text of [options.clusterText(item.cluster.count), String(item.cluster.count)]) {
        const width = textWidthPx(text, charWidth);
        if (x >= 0 && x + width <= limit) {
          label = { eventId: `cluster:${item.cluster.row}:${item.cluster.firstIndex}`, row: item.cluster.row, xPx: x, widthPx: width, text, complete: true, plate: false, cluster: true };
          break;
        }
      }
    } else {
      const { mark } = item;
      const title = mark.event.title;
      const after = Math.max(markRight + padPx, usedPx + LABEL_GAP_PX, 0);
      const beforeEnd = Math.min(markLeft - padPx, widthPx - LABEL_GAP_PX);
      const beforeStart = Math.max(usedPx + LABEL_GAP_PX, LABEL_GAP_PX);
      const on = mark.shape !== 'point' ? Math.max(mark.x0Px + padPx, usedPx + LABEL_GAP_PX, padPx) : Infinity;
      const mostRoomPx = Math.max(limit - after, beforeEnd - beforeStart, on < markRight ? limit - on : -Infinity);
      // Most marks of a crowded frame have no slot wide enough to shorten a title into: unless the
      // title fits whole (measured only that far), they go unlabelled with nothing allocated.
      // No room at all (the usual case when crowded) needs no measuring: any text is wider.
      if (mostRoomPx < minLabelPx && (mostRoomPx < 0 || textWidthUpToPx(title, mostRoomPx, charWidth) > mostRoomPx)) {
        usedPx = Math.max(usedPx, markRight);
        return;
      }
      const slots: Slot[] = [];
      slots.push({ xPx: after, roomPx: limit - after, alignEnd: false, plate: false });
      slots.push({ xPx: beforeStart, roomPx: beforeEnd - beforeStart, alignEnd: true, plate: false });
      if (on < markRight) slots.push({ xPx: on, roomPx: limit - on, alignEnd: false, plate: true });
      // Measured only as far as the roomiest slot: a longer title fits none of them whole.
      const roomiest = slots.reduce((best, candidate) => (candidate.roomPx > best.roomPx ? candidate : best));
      const titlePx = textWidthUpToPx(title, roomiest.roomPx, charWidth);
      const whole = slots.find((slot) => slot.roomPx >= titlePx);
      const slot = whole ?? roomiest;
      if (slot.roomPx >= minLabelPx || whole) {
        const text = whole ? title : truncateToWidth(title, slot.roomPx, charWidth);
        if (text) {
          const width = textWidthPx(text, charWidth);
          const x = slot.alignEnd ? slot.xPx + slot.roomPx - width : slot.xPx;
          label = { eventId: mark.event.id, row: mark.row, xPx: x, widthPx: width, text, complete: text === title, plate: slot.plate && x < markRight };
        }
      }
    }
    if (label) out.push(label);
    usedPx = Math.max(usedPx, markRight, label ? label.xPx + label.widthPx : -Infinity);
  });
}

/**
 * The labels with a plate wherever a line (an arc's polyline, chart px) passes through the text,
 * so nothing is drawn under text that shows through it. `rowCentrePx` gives a label's centre line,
 * `halfHeightPx` half its text height. Labels no line touches are returned as they are.
 */
export function plateWhereCrossed(
  labels: readonly LabelBox[], lines: readonly (readonly (readonly [number, number])[])[],
  rowCentrePx: (row: number) => number, halfHeightPx: number,
): LabelBox[] {
  if (lines.length === 0) return labels.slice();
  return labels.map((label) => {
    if (label.plate) return label;
    const y = rowCentrePx(label.row);
    const crossed = lines.some((points) => points.some(([px, py], i) => {
      // A segment's bounding box meeting the text box is close enough: the arcs are smooth.
      const [qx, qy] = points[i + 1] ?? [px, py];
      return Math.max(px, qx) > label.xPx - 2 && Math.min(px, qx) < label.xPx + label.widthPx + 2
        && Math.max(py, qy) > y - halfHeightPx - 2 && Math.min(py, qy) < y + halfHeightPx + 2;
    }));
    return crossed ? { ...label, plate: true } : label;
  });
}

/** The label whose text box holds (xPx, yPx), so a click on a title acts on its event; else null. */
export function labelAt(labels: readonly LabelBox[], rowCentrePx: (row: number) => number, rowPx: number, xPx: number, yPx: number): LabelBox | null {
  return labels.find((label) => Math.abs(rowCentrePx(label.row) - yPx) <= rowPx / 2 && xPx >= label.xPx - 2 && xPx <= label.xPx + label.widthPx + 2) ?? null;
}
