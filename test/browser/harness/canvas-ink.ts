/** The chart's canvas and what it holds, for tests of what the first paint and the settle draw. */
import { nextFrame } from '@open-wc/testing';
import { chartOf, type AttackTimeline } from './timeline-harness.ts';

export const canvasOf = (element: AttackTimeline): HTMLCanvasElement => chartOf(element)!.shadowRoot!.querySelector('canvas')!;

/** Opaque pixels of the canvas in a strip `heightPx` tall ending at its bottom edge. */
export function inkNearBottom(canvas: HTMLCanvasElement, heightPx: number): number {
  const ratio = window.devicePixelRatio;
  const rows = Math.round(heightPx * ratio);
  const pixels = canvas.getContext('2d')!.getImageData(0, canvas.height - rows, canvas.width, rows).data;
  let opaque = 0;
  for (let i = 3; i < pixels.length; i += 4) if (pixels[i]! > 0) opaque++;
  return opaque;
}

/** Waits, a frame at a time, until `condition` holds (or gives up after about ten seconds of frames). */
export async function untilFrame(condition: () => boolean): Promise<void> {
  for (let i = 0; i < 600 && !condition(); i++) await nextFrame();
}
