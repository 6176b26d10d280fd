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
 * view: lays out and paints a few zoomed frames, each followed by the view again within its task,
 * so no frame of them is ever shown. A reader's first zoom otherwise runs the zoom path's code for the first
 * time, compiled while it runs: on the benchmark's machine it dropped 9–14 % of its frames at
 * 10,000 and 100,000 events, about twice as many as with this (docs/performance.md, round fourteen). Its windows go to the overview strip as the chart draws them (`at-view-input`),
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
    this._done = true;
    void this._run(this._options.transform());
  }

  hostDisconnected(): void {
    this._cancel?.();
  }

  /**
   * One zoomed frame a task, each at an idle moment after a paint, each put back before its task
   * ends (a Lit update runs in a microtask), so input waits for two frames' work at most; the
   * still slice is painted after the last. It stops when the view moved or the reader is at
   * something in the chart (the zoom code then runs, and compiles, anyway), or the chart left the page.
   */
  private async _run(home: ZoomTransform): Promise<void> {
    for (const [index, zoom] of WARM_ZOOMS.entries()) {
      if (!(await this._idle())) {
        // Taken off the page before anything ran: it may warm up once it is back and settled.
        if (index === 0) this._done = false;
        return;
      }
      if (!this._atHome(home)) return;
      try {
        await this._show(this._options.zoomed(zoom, 0.3 + 0.1 * index));
      } finally {
        await this._show(home);
      }
    }
    this._options.settle();
  }

  /** Resolves true at the next idle moment after a paint, false if the chart leaves the page first. */
  private _idle(): Promise<boolean> {
    return new Promise((resolve) => {
      const cancel = whenIdleAfterPaint(() => {
        this._cancel = undefined;
        resolve(true);
      });
      this._cancel = () => {
        cancel();
        this._cancel = undefined;
        resolve(false);
      };
    });
  }

  private _atHome(home: ZoomTransform): boolean {
    const now = this._options.transform();
    return now.k === home.k && now.x === home.x && this._options.quiet();
  }

  private async _show(transform: ZoomTransform): Promise<void> {
    this._options.jumpTo(transform);
    this._host.requestUpdate();
    await this._host.updateComplete;
  }
}
