import type { TimelineEvent } from '../model/types.ts';

/**
 * How many events touch each of `binCount` equal slices of `extent` [startMs, endMs]: the
 * density the overview strip draws. A period counts in every slice it spans. Pure; no events or
 * no bins give zeros.
 */
export function densityBins(events: readonly TimelineEvent[], extent: readonly [number, number], binCount: number): number[] {
  const bins = new Array<number>(Math.max(0, Math.floor(binCount))).fill(0);
  const span = extent[1] - extent[0];
  if (bins.length === 0 || !(span > 0)) return bins;
  const last = bins.length - 1;
  const binOf = (ms: number) => Math.min(last, Math.max(0, Math.floor(((ms - extent[0]) / span) * bins.length)));
  for (const { when } of events) {
    if (when.endMs <= extent[0] || when.startMs >= extent[1]) continue;
    // The end is exclusive: an event ending exactly on a slice boundary does not touch the next slice.
    const first = binOf(when.startMs);
    const end = binOf(Math.max(when.startMs, when.endMs - 1));
    for (let bin = first; bin <= end; bin++) bins[bin]!++;
  }
  return bins;
}

/**
 * A window [startMs, endMs] moved by `deltaMs` and kept inside `extent` without changing its
 * span (unless the span is wider than the extent, which then becomes the window).
 */
export function shiftWindow(window: readonly [number, number], deltaMs: number, extent: readonly [number, number]): [number, number] {
  const span = window[1] - window[0];
  if (span >= extent[1] - extent[0]) return [extent[0], extent[1]];
  const start = Math.min(Math.max(window[0] + deltaMs, extent[0]), extent[1] - span);
  return [start, start + span];
}

/**
 * A window with one edge dragged to `edgeMs`, kept inside `extent`, at least `minSpanMs` wide
 * and never flipped (dragging past the other edge stops at the minimum span).
 */
export function resizeWindow(
  window: readonly [number, number], edge: 'start' | 'end', edgeMs: number, extent: readonly [number, number], minSpanMs: number,
): [number, number] {
  if (edge === 'start') {
    const start = Math.min(Math.max(edgeMs, extent[0]), window[1] - minSpanMs);
    return [start, window[1]];
  }
  const end = Math.max(Math.min(edgeMs, extent[1]), window[0] + minSpanMs);
  return [window[0], end];
}
