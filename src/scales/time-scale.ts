import { scaleUtc, zoomIdentity, type ScaleTime, type ZoomTransform } from 'd3';
import type { TimelineEvent } from '../model/types.ts';

export type TimeScale = ScaleTime<number, number>;

const DAY_MS = 86_400_000;
const YEAR_MS = 365.25 * DAY_MS;

/**
 * The time extent the chart can show: every event's interval plus 3 % on each side (at least a
 * month), so marks at the edges are not cut. For an empty list, the current decade.
 */
export function datasetExtent(events: readonly TimelineEvent[]): [number, number] {
  if (events.length === 0) return [Date.UTC(2010, 0, 1), Date.UTC(2020, 0, 1)];
  let min = Infinity;
  let max = -Infinity;
  for (const { when } of events) {
    if (when.startMs < min) min = when.startMs;
    if (when.endMs > max) max = when.endMs;
  }
  const pad = Math.max((max - min) * 0.03, 30 * DAY_MS);
  return [min - pad, max + pad];
}

/** The untouched base scale: the whole extent across the width. Zooming never mutates it. */
export function createBaseScale(extent: readonly [number, number], widthPx: number): TimeScale {
  return scaleUtc().domain([new Date(extent[0]), new Date(extent[1])]).range([0, Math.max(1, widthPx)]);
}

/** The visible scale for a zoom transform, derived from the base each render. */
export function viewScale(base: TimeScale, transform: ZoomTransform): TimeScale {
  return transform.rescaleX(base);
}

/** The visible window [startMs, endMs] of a scale. */
export function windowOf(scale: TimeScale): [number, number] {
  const [start, end] = scale.domain();
  return [start!.getTime(), end!.getTime()];
}

/** Narrowest window, so day ticks stay the finest and a day never fills the screen. */
export function minWindowMs(widthPx: number): number {
  return Math.max(7, widthPx / 80) * DAY_MS;
}

/** The zoom factor range [1, kMax] for an extent at a width. */
export function scaleExtentFor(extent: readonly [number, number], widthPx: number): [number, number] {
  return [1, Math.max(1, (extent[1] - extent[0]) / minWindowMs(widthPx))];
}

/**
 * The transform that shows [startMs, endMs] (the pure inverse of `viewScale`), clamped to the
 * allowed zoom range and to the extent, so any request lands on a reachable view.
 */
export function transformForRange(base: TimeScale, startMs: number, endMs: number): ZoomTransform {
  const [x0, x1] = base.range() as [number, number];
  const widthPx = x1 - x0;
  const extent = windowOf(base);
  const [kMin, kMax] = scaleExtentFor(extent, widthPx);
  const lo = Math.min(startMs, endMs);
  const hi = Math.max(startMs, endMs);
  const spanPx = Math.max(base(hi) - base(lo), Number.EPSILON);
  const k = Math.min(kMax, Math.max(kMin, widthPx / spanPx));
  const centre = (base(lo) + base(hi)) / 2;
  // Keep the window's centre in place, then pull the view back inside the extent.
  const tx = Math.min(0, Math.max(widthPx * (1 - k), widthPx / 2 - k * centre));
  return zoomIdentity.translate(tx, 0).scale(k);
}

export { YEAR_MS, DAY_MS };
