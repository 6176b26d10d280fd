import type { DrawItem } from './view-layout.ts';

/**
 * The item under a pointer at (xPx, yPx): within `tolerancePx` vertically of its row's centre
 * line and horizontally of its extent (so small marks are easy targets), the nearest one wins.
 * `rowCentrePx` maps a row index to its centre y. Returns null when nothing is close enough.
 */
export function hitTest(
  items: readonly DrawItem[],
  rowCentrePx: (row: number) => number,
  xPx: number,
  yPx: number,
  tolerancePx: number,
): DrawItem | null {
  let best: DrawItem | null = null;
  let bestDistance = Infinity;
  for (const item of items) {
    const row = item.type === 'mark' ? item.mark.row : item.cluster.row;
    if (Math.abs(rowCentrePx(row) - yPx) > tolerancePx) continue;
    const x0 = item.type === 'mark' ? item.mark.x0Px : item.cluster.x0Px;
    const x1 = item.type === 'mark' ? item.mark.x1Px : item.cluster.x1Px;
    const distance = xPx < x0 ? x0 - xPx : xPx > x1 ? xPx - x1 : 0;
    if (distance <= tolerancePx && distance < bestDistance) {
      best = item;
      bestDistance = distance;
    }
  }
  return best;
}
