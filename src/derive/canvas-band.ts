/**
 * Which horizontal slice of a tall chart the canvas covers. On a software-rendered canvas every
 * zoom frame pays for each pixel of the bitmap, so a chart taller than the screen draws only the
 * rows near the screen (plus half a screen above and below, so scrolling rarely meets an edge)
 * and moves the slice when the page scrolls. All values are px in the chart's own coordinates.
 */

/** A vertical range, top inclusive, bottom exclusive. */
export interface Band {
  readonly topPx: number;
  readonly bottomPx: number;
}

/** A chart at most this many screens tall is drawn whole: too small to be worth slicing. */
const WHOLE_CHART_SCREENS = 2;
/** Drawn beyond the screen on each side, in screens, while the view is still. */
export const OVERSCAN_SCREENS = 0.5;
/**
 * Drawn beyond the screen during a zoom or pan: a sliver, since every frame pays for it. The
 * chart draws the full overscan again once the view has settled.
 */
export const MOVING_OVERSCAN_SCREENS = 0.05;

/**
 * The slice to draw for a chart `chartPx` tall of which `visible` is on screen (it may reach
 * beyond the chart, or miss it) on a screen `screenPx` tall, with `overscanScreens` more on each
 * side. The whole chart when it is short.
 */
export function chooseBand(chartPx: number, visible: Band, screenPx: number, overscanScreens = OVERSCAN_SCREENS): Band {
  if (chartPx <= WHOLE_CHART_SCREENS * screenPx) return { topPx: 0, bottomPx: chartPx };
  return screenBand(chartPx, visible, overscanScreens * screenPx);
}

/**
 * The rows of a chart `chartPx` tall that are on screen (`visible`), `marginPx` more on each
 * side, however short the chart: what the first paint must draw. Empty (`topPx === bottomPx`)
 * when none of the chart is on screen.
 */
export function screenBand(chartPx: number, visible: Band, marginPx: number): Band {
  const topPx = clamp(Math.floor(visible.topPx - marginPx), 0, chartPx);
  const bottomPx = clamp(Math.ceil(visible.bottomPx + marginPx), topPx, chartPx);
  return { topPx, bottomPx };
}

/**
 * True when `band` no longer keeps a margin (half the overscan) around what is on screen, so
 * the slice should move before the reader scrolls past its edge. The chart's own edges need no
 * margin.
 */
export function bandIsStale(band: Band, chartPx: number, visible: Band, screenPx: number): boolean {
  const wanted = chooseBand(chartPx, visible, screenPx);
  if (wanted.topPx === 0 && wanted.bottomPx === chartPx) return band.topPx !== 0 || band.bottomPx !== chartPx;
  const margin = (OVERSCAN_SCREENS * screenPx) / 2;
  const needTop = Math.max(0, Math.min(chartPx, visible.topPx - margin));
  const needBottom = Math.min(chartPx, Math.max(0, visible.bottomPx + margin));
  return needTop < band.topPx || needBottom > band.bottomPx;
}

function clamp(value: number, low: number, high: number): number {
  return Math.min(Math.max(value, low), high);
}
