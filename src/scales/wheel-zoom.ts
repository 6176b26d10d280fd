/** Zoom factor of one notch of a mouse wheel (with Ctrl/⌘ held). */
export const WHEEL_NOTCH_FACTOR = 1.5;

/** A pixel-mode wheel delta at least this large is a wheel notch (about 100 px); a pinch sends many small ones. */
const NOTCH_MIN_PX = 40;
/** The pixels, lines and pages one notch scrolls in each `deltaMode`. */
const NOTCH_SIZE = [100, 3, 1] as const;
/** Coalesced notches counted at most, so one burst cannot jump through the whole range. */
const MAX_NOTCHES = 3;

/** The parts of a WheelEvent the zoom reads. */
export interface WheelInput {
  readonly deltaY: number;
  readonly deltaMode: number;
  readonly ctrlKey: boolean;
}

/**
 * The zoom step of a Ctrl/⌘+wheel event as d3-zoom's `wheelDelta` reads it (the view scales by
 * 2^result). A mouse wheel notch (line or page mode, or a large pixel delta) zooms by
 * `WHEEL_NOTCH_FACTOR` per notch. A trackpad pinch arrives as many small pixel deltas with
 * ctrlKey set; it keeps d3-zoom's own rate (0.002 per px, ×10 with ctrlKey), so it tracks the
 * fingers. d3's rate applied to a 100 px notch would zoom ×4.
 */
export function wheelZoomDelta(event: WheelInput): number {
  const { deltaY, deltaMode } = event;
  if (deltaY === 0) return 0;
  const notchSize = NOTCH_SIZE[deltaMode as 0 | 1 | 2] ?? NOTCH_SIZE[0];
  const isNotch = deltaMode !== 0 || Math.abs(deltaY) >= NOTCH_MIN_PX;
  if (!isNotch) return -deltaY * 0.002 * (event.ctrlKey ? 10 : 1);
  const notches = Math.min(Math.max(Math.round(Math.abs(deltaY) / notchSize), 1), MAX_NOTCHES);
  return -Math.sign(deltaY) * notches * Math.log2(WHEEL_NOTCH_FACTOR);
}

/** Pixels to pan for a wheel event's horizontal delta (a trackpad swipe or Shift+wheel), in `widthPx` of view. */
export function wheelPanPx(deltaX: number, deltaMode: number, widthPx: number): number {
  if (deltaMode === 1) return deltaX * 16;
  if (deltaMode === 2) return deltaX * widthPx;
  return deltaX;
}

/** Whether a wheel event without Ctrl/⌘ is mostly sideways: a horizontal swipe the chart takes; vertical ones scroll the page. */
export function isSidewaysWheel(deltaX: number, deltaY: number): boolean {
  return Math.abs(deltaX) > Math.abs(deltaY);
}
