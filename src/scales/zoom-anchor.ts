/**
 * Where the "+" and "−" buttons zoom about, in px across a view `widthPx` wide: the selected
 * event if it is in view; else the middle one (the median x) of the marks drawn, so the anchor
 * is always on a mark and repeated zooming in never lands on an empty stretch; else the centre.
 * `markXsPx` are the centres of what is drawn (marks and clusters), any order.
 */
export function zoomAnchorPx(markXsPx: readonly number[], selectedXPx: number | null, widthPx: number): number {
  if (selectedXPx !== null && selectedXPx >= 0 && selectedXPx <= widthPx) return selectedXPx;
  const inView = markXsPx.filter((x) => x >= 0 && x <= widthPx).sort((a, b) => a - b);
  if (inView.length === 0) return widthPx / 2;
  return inView[Math.floor((inView.length - 1) / 2)]!;
}
