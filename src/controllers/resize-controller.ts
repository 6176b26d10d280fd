import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Tracks the host's content box width with a ResizeObserver; 0 until first measured. */
export class ResizeController implements ReactiveController {
  widthPx = 0;
  private readonly _host: ReactiveControllerHost & Element;
  private _observer?: ResizeObserver;

  constructor(host: ReactiveControllerHost & Element) {
    this._host = host;
    host.addController(this);
  }

  hostConnected(): void {
    this._observer = new ResizeObserver((entries) => {
      const width = Math.floor(entries[entries.length - 1]!.contentRect.width);
      if (width !== this.widthPx) {
        this.widthPx = width;
        this._host.requestUpdate();
      }
    });
    this._observer.observe(this._host);
  }

  hostDisconnected(): void {
    this._observer?.disconnect();
    this._observer = undefined;
  }
}
