/**
 * Rectangles as flat runs of x, y, width, height (a canvas draws thousands per frame; one number
 * array allocates far less than an object each).
 */
export type Rects = number[];

/**
 * The rectangles of each row merged where they overlap, as runs of x, y, width, height. In rows
 * that hold many long periods (a big dataset zoomed in) dozens of bars overlap; painting their
 * union, not each of them, blends each pixel once instead of dozens of times.
 */
export function mergeRows(rects: Rects): Rects {
  const order = Array.from({ length: rects.length / 4 }, (_, i) => i * 4)
    .sort((a, b) => rects[a + 1]! - rects[b + 1]! || rects[a + 3]! - rects[b + 3]! || rects[a]! - rects[b]!);
  const merged: Rects = [];
  for (const i of order) {
    const x = rects[i]!;
    const y = rects[i + 1]!;
    const width = rects[i + 2]!;
    const height = rects[i + 3]!;
    const last = merged.length - 4;
    if (last >= 0 && merged[last + 1] === y && merged[last + 3] === height && x <= merged[last]! + merged[last + 2]!) {
      merged[last + 2] = Math.max(merged[last]! + merged[last + 2]!, x + width) - merged[last]!;
    } else {
      merged.push(x, y, width, height);
    }
  }
  return merged;
}

