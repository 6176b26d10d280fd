import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** How long the view must rest before its window is announced. */
const ANNOUNCE_AFTER_MS = 600;

/**
 * What the chart's live region says: the window shown, once the view has rested. The visible
 * window text changes on every zoom or pan frame; a live region changing as often made a screen
 * reader queue dozens of windows in one gesture, or cut each one off.
 */
export class WindowAnnouncer implements ReactiveController {
  /** The live region's text. */
  text = '';
  private _latest = '';
  private _timer = 0;

  constructor(private readonly _host: ReactiveControllerHost) {
    _host.addController(this);
  }

  /**
   * The window shown now; `quietly` when it comes with new data (the window the data opens on,
   * which the region takes without announcing it), not from the reader or the API moving the view.
   */
  show(text: string, quietly: boolean): void {
    if (text === this._latest) return;
    this._latest = text;
    clearTimeout(this._timer);
    if (quietly) this.text = text;
    else if (text !== this.text) this._timer = window.setTimeout(() => this._settle(), ANNOUNCE_AFTER_MS);
  }

  /**
   * Off the page, the region takes the latest window without a word, and renders it there: put
   * back, it already says what the chart shows, so reattaching announces nothing.
   */
  hostDisconnected(): void {
    clearTimeout(this._timer);
    if (this.text === this._latest) return;
    this.text = this._latest;
    this._host.requestUpdate();
  }

  private _settle(): void {
    this.text = this._latest;
    this._host.requestUpdate();
  }
}
