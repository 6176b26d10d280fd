/**
 * Rectangles as flat runs of x, y, width, height (a canvas draws thousands per frame; one number
 * array allocates far less than an object each).
 */
export type Rects = number[];

/**
 * The rectangles of each row merged where they overlap, as runs of x, y, width, height. In rows
 * that hold many long periods (a big dataset zoomed in) dozens of bars overlap; painting their
 * union, not each of them, blends each pixel once instead of dozens of times. Written into `into`
 * (overwritten, and returned) when given: a canvas merges thousands of bars a zoom frame, and one
 * list kept across frames keeps its room instead of growing a new one each time.
 */
export function mergeRows(rects: Rects, into: Rects = []): Rects {
  const byRowThenX = (a: number, b: number) => rects[a + 1]! - rects[b + 1]! || rects[a + 3]! - rects[b + 3]! || rects[a]! - rects[b]!;
  // Marks come row by row and left to right, so the rectangles are mostly in order already:
  // sort (a stable sort, as before) only when they are not.
  let sorted = true;
  for (let i = 4; i < rects.length && sorted; i += 4) sorted = byRowThenX(i - 4, i) <= 0;
  const count = rects.length / 4;
  const order = sorted ? null : Array.from({ length: count }, (_, i) => i * 4).sort(byRowThenX);
  const merged = into;
  let length = 0;
  for (let n = 0; n < count; n++) {
    const i = order ? order[n]! : n * 4;
    const x = rects[i]!;
    const y = rects[i + 1]!;
    const width = rects[i + 2]!;
    const height = rects[i + 3]!;
    const last = length - 4;
    if (last >= 0 && merged[last + 1] === y && merged[last + 3] === height && x <= merged[last]! + merged[last + 2]!) {
      merged[last + 2] = Math.max(merged[last]! + merged[last + 2]!, x + width) - merged[last]!;
    } else {
      merged[length++] = x;
      merged[length++] = y;
      merged[length++] = width;
      merged[length++] = height;
    }
  }
  merged.length = length;
  return merged;
}
