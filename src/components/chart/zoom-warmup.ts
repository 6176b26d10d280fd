import type { ReactiveController, ReactiveElement } from 'lit';
import type { ZoomTransform } from '../../scales/zoom-transform.ts';
import { whenIdleAfterPaint } from '../../controllers/idle-after-paint.ts';

/** How far the warm-up zooms into the extent, one frame each: as far as a reader's first zooms go. */
const WARM_ZOOMS = [2, 4, 6, 8];

export interface ZoomWarmupOptions {
  readonly transform: () => ZoomTransform;
  /** The transform that shows `1 / zoom` of the extent around `centre` (a fraction of the extent). */
  readonly zoomed: (zoom: number, centre: number) => ZoomTransform;
  readonly jumpTo: (transform: ZoomTransform) => void;
  /** Paints the view's still drawing (the last step leaves a moving frame's sliver). */
  readonly settle: () => void;
  /**
   * False while the reader is at something in the chart (the warm-up's frames would take a
   * focused mark or an open list away) or an animated move is under way (its first frame may not
   * have moved the view yet).
   */
  readonly quiet: () => boolean;
}

/**
 * Once per chart, when the page is idle after the chart has settled (its canvas holds the whole
 * still slice, 200 ms after the first paint of a tall chart) and before the reader has moved the
 * view: lays out and paints a few zoomed frames, then the view again, within one task, so no frame
 * of it is ever shown. A reader's first zoom otherwise runs the zoom path's code for the first
 * time, compiled while it runs: on the benchmark's machine it dropped 9.1 and 13.0 % of its frames
 * at 10,000 and 100,000 events, against 4.8 and 4.8 % with this (docs/performance.md, round
 * fourteen). Its windows go to the overview strip as the chart draws them (`at-view-input`),
 * the view's last; the live region, which speaks only once a window has rested, says nothing.
 */
export class ZoomWarmup implements ReactiveController {
  private _done = false;
  private _cancel?: () => void;

  constructor(private readonly _host: ReactiveElement, private readonly _options: ZoomWarmupOptions) {
    _host.addController(this);
  }

  /** Asks for the warm-up when idle after the next paint; a no-op once it has run or been skipped. */
  schedule(): void {
    if (this._done || this._cancel) return;
    const home = this._options.transform();
    this._cancel = whenIdleAfterPaint(() => {
      this._cancel = undefined;
      this._done = true;
      // The reader moved the view first: the zoom code is running (and compiling) already.
      const now = this._options.transform();
      if (now.k === home.k && now.x === home.x && this._options.quiet()) void this._run(now);
    });
  }

  hostDisconnected(): void {
    this._cancel?.();
    this._cancel = undefined;
  }

  /** Every step is a Lit update, which runs in a microtask: the task ends only when the view is back, drawn as before. */
  private async _run(home: ZoomTransform): Promise<void> {
    try {
      for (const [index, zoom] of WARM_ZOOMS.entries()) await this._show(this._options.zoomed(zoom, 0.3 + 0.1 * index));
    } finally {
      await this._show(home);
      this._options.settle();
    }
  }

  private async _show(transform: ZoomTransform): Promise<void> {
    this._options.jumpTo(transform);
    this._host.requestUpdate();
    await this._host.updateComplete;
  }
}
