import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Tracks the host's content box width with a ResizeObserver; 0 until first measured. */
export class ResizeController implements ReactiveController {
  widthPx = 0;
  private readonly _host: ReactiveControllerHost & Element;
  private _observer?: ResizeObserver;
  private _frame = 0;

  constructor(host: ReactiveControllerHost & Element) {
    this._host = host;
    host.addController(this);
  }

  hostConnected(): void {
    this._observer = new ResizeObserver((entries) => {
      const width = Math.floor(entries[entries.length - 1]!.contentRect.width);
      if (width === this.widthPx) return;
      // Re-render on the next frame, not inside the observer callback: a taller chart can show a
      // page scrollbar, which narrows the host again and would loop within one frame.
      cancelAnimationFrame(this._frame);
      this._frame = requestAnimationFrame(() => {
        this.widthPx = width;
        this._host.requestUpdate();
      });
    });
    this._observer.observe(this._host);
    // Read the width now (one forced layout) rather than wait for the observer's first report
    // and the frame after it, so the first frame already has marks; the observer corrects it.
    if (this.widthPx === 0) this.widthPx = Math.floor(this._host.clientWidth);
  }

  hostDisconnected(): void {
    cancelAnimationFrame(this._frame);
    this._observer?.disconnect();
    this._observer = undefined;
  }
}
