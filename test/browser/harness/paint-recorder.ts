/**
 * Every paint of a chart's canvas, as a test sees it: the window drawn, the frame it fell in and
 * the canvas's height (the canvas controller sets the context's transform once a paint).
 */

export interface Paint {
  readonly startMs: number;
  readonly endMs: number;
  /** Frames begun before the paint (a rAF counter): paints with the same number fell between two frames. */
  readonly frame: number;
  /** The canvas's height in CSS px as painted. */
  readonly heightPx: number;
}

/** Records every paint of a chart's canvas (the controller sets the transform once a paint) until `stop`. */
export function recordPaints(onPaint: (paint: Paint, chart: HTMLElement & { visibleWindow: { startMs: number; endMs: number } }) => void = () => {}) {
  const paints: Paint[] = [];
  let frame = 0;
  let running = true;
  const tick = () => {
    frame++;
    if (running) requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
  const original = CanvasRenderingContext2D.prototype.setTransform;
  CanvasRenderingContext2D.prototype.setTransform = function (this: CanvasRenderingContext2D, ...args: unknown[]) {
    const root = this.canvas.getRootNode();
    if (root instanceof ShadowRoot && root.host.localName === 'at-chart') {
      const chart = root.host as HTMLElement & { visibleWindow: { startMs: number; endMs: number } };
      const paint = { ...chart.visibleWindow, frame, heightPx: this.canvas.height / window.devicePixelRatio };
      paints.push(paint);
      onPaint(paint, chart);
    }
    return (original as (...a: unknown[]) => void).apply(this, args);
  } as typeof original;
  return {
    paints,
    stop() {
      running = false;
      CanvasRenderingContext2D.prototype.setTransform = original;
    },
  };
}

export const sameWindow = (a: { startMs: number; endMs: number }, b: { startMs: number; endMs: number }) => a.startMs === b.startMs && a.endMs === b.endMs;
