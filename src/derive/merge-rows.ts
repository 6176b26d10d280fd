/**
 * Rectangles as flat runs of x, y, width, height (a canvas draws thousands per frame; one number
 * array allocates far less than an object each).
 */
export type Rects = number[];

/**
 * Numbers written from the start of `values`, valid up to `length`: a list a zoom frame refills
 * and keeps, so it keeps its room (the canvas fills dozens of them with thousands of numbers a
 * frame at 100,000 events). What a longer earlier frame left after `length` stays, unread:
 * trimming it and growing it again in the next frame was a new backing store each time.
 */
export interface RectList {
  readonly values: number[];
  length: number;
}

export const rectList = (): RectList => ({ values: [], length: 0 });

/**
 * The first `length` numbers of `rects` (runs of x, y, width, height) merged where rectangles of
 * one row and height overlap, written into `into` (overwritten from the start, its `length` set).
 * In rows that hold many long periods (a big dataset zoomed in) dozens of bars overlap; painting
 * their union, not each of them, blends each pixel once instead of dozens of times. The canvas
 * keeps both lists across zoom frames.
 */
export function mergeRowsInto(rects: readonly number[], length: number, into: RectList): RectList {
  // -1, 0 or 1, never the difference: a fractional difference returned from a comparator is a
  // new heap number, thousands of them per zoom frame when the bars are out of order.
  const byRowThenX = (a: number, b: number) => {
    const d = rects[a + 1]! - rects[b + 1]! || rects[a + 3]! - rects[b + 3]! || rects[a]! - rects[b]!;
    return d < 0 ? -1 : d > 0 ? 1 : 0;
  };
  // Marks come row by row and left to right, so the rectangles are mostly in order already:
  // sort (a stable sort, as before) only when they are not.
  let sorted = true;
  for (let i = 4; i < length && sorted; i += 4) sorted = byRowThenX(i - 4, i) <= 0;
  const count = length / 4;
  const order = sorted ? null : sortedOrder(count, byRowThenX);
  const merged = into.values;
  let end = 0;
  for (let n = 0; n < count; n++) {
    const i = order ? order[n]! : n * 4;
    const x = rects[i]!;
    const y = rects[i + 1]!;
    const width = rects[i + 2]!;
    const height = rects[i + 3]!;
    const last = end - 4;
    if (last >= 0 && merged[last + 1] === y && merged[last + 3] === height && x <= merged[last]! + merged[last + 2]!) {
      merged[last + 2] = Math.max(merged[last]! + merged[last + 2]!, x + width) - merged[last]!;
    } else {
      merged[end++] = x;
      merged[end++] = y;
      merged[end++] = width;
      merged[end++] = height;
    }
  }
  into.length = end;
  return into;
}

/** The order `mergeRowsInto` visits rectangles in, kept across calls (merging is synchronous). */
const order: number[] = [];

/** The offsets 0, 4, 8… of `count` rectangles, sorted by `compare`, in the kept list. */
function sortedOrder(count: number, compare: (a: number, b: number) => number): readonly number[] {
  order.length = count;
  for (let n = 0; n < count; n++) order[n] = n * 4;
  return order.sort(compare);
}
