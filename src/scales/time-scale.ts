import { ZoomTransform } from './zoom-transform.ts';
import type { TimelineEvent } from '../model/types.ts';
import { DATE_RANGE_MS } from '../model/partial-date.ts';

/**
 * A linear scale from UTC milliseconds to pixels, immutable: `domain(d)` and `range(r)` return a
 * new scale. It has what a zoom transform's `rescaleX` needs (`domain`, `range`, `invert`,
 * `copy`) and maps exactly as d3's `scaleLinear` / `scaleUtc` do (same arithmetic; a unit test
 * compares them). Not d3-scale itself: its continuous scales bring their default tick formats
 * (d3-time-format for `scaleUtc`, d3-format for `scaleLinear`, 6–10 KiB) that we never call;
 * ticks come from d3-time's `utcTicks` and labels from our own formatter (`timeTicks`).
 */
export interface TimeScale {
  /** Pixel x of a UTC instant (ms). */
  (ms: number): number;
  /** UTC instant (ms) at pixel x. */
  invert(px: number): number;
  domain(): [number, number];
  domain(domain: readonly (number | Date)[]): TimeScale;
  range(): [number, number];
  range(range: readonly number[]): TimeScale;
  copy(): TimeScale;
}

/** d3-scale's two-point map (`bimap` with `interpolateNumber`), reversed domains included. */
function lerp(a0: number, a1: number, b0: number, b1: number): (x: number) => number {
  if (a1 < a0) [a0, a1, b0, b1] = [a1, a0, b1, b0];
  const span = a1 - a0;
  if (!span) {
    const middle = Number.isNaN(span) ? Number.NaN : b0 * 0.5 + b1 * 0.5;
    return () => middle;
  }
  return (x) => {
    const t = (x - a0) / span;
    return b0 * (1 - t) + b1 * t;
  };
}

function linearScale(d0: number, d1: number, r0: number, r1: number): TimeScale {
  const scale = lerp(d0, d1, r0, r1) as TimeScale;
  scale.invert = lerp(r0, r1, d0, d1);
  scale.domain = ((domain?: readonly (number | Date)[]) => (domain ? linearScale(+domain[0]!, +domain[domain.length - 1]!, r0, r1) : [d0, d1])) as TimeScale['domain'];
  scale.range = ((range?: readonly number[]) => (range ? linearScale(d0, d1, +range[0]!, +range[range.length - 1]!) : [r0, r1])) as TimeScale['range'];
  scale.copy = () => linearScale(d0, d1, r0, r1);
  return scale;
}

const DAY_MS = 86_400_000;
const YEAR_MS = 365.25 * DAY_MS;

/**
 * The time extent the chart can show: every event's interval plus 3 % on each side (at least a
 * month), so marks at the edges are not cut, but never beyond the dates the format can write
 * (years 1 to 9999: see `DATE_RANGE_MS`), so every window shown can be named. For an empty list,
 * the current decade. `span` is `eventSpan(events)`, when the caller has it already.
 */
export function datasetExtent(events: readonly TimelineEvent[], [min, max] = eventSpan(events)): [number, number] {
  if (events.length === 0) return [Date.UTC(2010, 0, 1), Date.UTC(2020, 0, 1)];
  const pad = Math.max((max - min) * 0.03, 30 * DAY_MS);
  return [Math.max(min - pad, DATE_RANGE_MS[0]), Math.min(max + pad, DATE_RANGE_MS[1])];
}

/** First start and last end of a list of events, UTC ms; [0, 0] for none. */
export function eventSpan(events: readonly TimelineEvent[]): [number, number] {
  if (events.length === 0) return [0, 0];
  let start = Infinity;
  let end = -Infinity;
  // Indexed, not for…of: this runs once per dataset, before V8 has optimised it.
  for (let i = 0; i < events.length; i++) {
    const when = events[i]!.when;
    if (when.startMs < start) start = when.startMs;
    if (when.endMs > end) end = when.endMs;
  }
  return [start, end];
}

/** The untouched base scale: the whole extent across the width. Zooming never mutates it. */
export function createBaseScale(extent: readonly [number, number], widthPx: number): TimeScale {
  return linearScale(extent[0], extent[1], 0, Math.max(1, widthPx));
}

/** The visible scale for a zoom transform, derived from the base each render. */
export function viewScale(base: TimeScale, transform: ZoomTransform): TimeScale {
  return transform.rescaleX(base);
}

/** The visible window [startMs, endMs] of a scale. */
export function windowOf(scale: TimeScale): [number, number] {
  return scale.domain();
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
  return new ZoomTransform(k, tx);
}

export { YEAR_MS, DAY_MS };
