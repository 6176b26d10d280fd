import type { ReactiveElement } from 'lit';
import type { TimelineEvent } from '../../model/types.ts';
import type { TimeWindow } from '../../derive/view-window.ts';
import type { Cluster } from '../../derive/view-layout.ts';
import { clusterZoomWindow } from '../../derive/chart-navigation.ts';
import { createBaseScale, minWindowMs, transformForRange, viewScale, windowOf, type TimeScale } from '../../scales/time-scale.ts';
import { zoomAnchorPx } from '../../scales/zoom-anchor.ts';
import type { ZoomTransform } from '../../scales/zoom-transform.ts';
import type { ZoomController } from '../../controllers/zoom-controller.ts';
import { emit } from '../../events.ts';
import type { ChartFrames } from './chart-frames.ts';

const ANIMATION_MS = 300;

/** The chart's properties the view follows. */
export interface ViewHost extends ReactiveElement {
  readonly extent: readonly [number, number];
  readonly opening: TimeWindow | null;
  /** The window asked for (null: none). */
  readonly window: (TimeWindow & { readonly animate?: boolean }) | null;
}

/**
 * The chart's view: the base scale for its extent and width, the zoom transform over it, and its
 * moves, by the reader (buttons, keys, a cluster, a gesture: each reported as `at-view-change`
 * when done) or by the host (its opening and `window`).
 */
export class ChartView {
  base: TimeScale;
  private _windowApplied = false;
  private _openingApplied = false;
  /** The animated move to `window` under way, if any (a resize must not leave it half done). */
  private _flight: Promise<void> | null = null;

  constructor(
    private readonly _host: ViewHost,
    private readonly _zoom: ZoomController,
    private readonly _frames: ChartFrames,
    private readonly _reducedMotion: () => boolean,
  ) {
    this.base = createBaseScale(_host.extent, 1);
  }

  /** The visible scale. */
  get scale(): TimeScale {
    return viewScale(this.base, this._zoom.transform);
  }

  get window(): TimeWindow {
    const [startMs, endMs] = windowOf(this.scale);
    return { startMs, endMs };
  }

  /**
   * Re-bases the scale for a new width or extent and applies the opening or asked-for window, in
   * an update where `changed` are the host's changed properties; true when re-based.
   */
  follow(widthPx: number, changed: ReadonlyMap<PropertyKey, unknown>): boolean {
    const { extent, opening, window } = this._host;
    const extentChanged = changed.has('extent');
    const [oldStart, oldEnd] = windowOf(this.scale);
    const baseChanged = widthPx !== this.base.range()[1] || extentChanged;
    // The width changing mid-flight (the details panel opening beside the chart as a search
    // flies to its match) re-bases the scale and stops the flight: finish it at the new width.
    const resumeFlight = baseChanged && this._flight !== null;
    if (baseChanged) {
      const keepWindow = !extentChanged && this.base.range()[1]! > 1;
      this.base = createBaseScale(extent, widthPx);
      this._zoom.jumpTo(keepWindow ? transformForRange(this.base, oldStart, oldEnd) : this._zoom.transform);
    }
    // A new dataset opens on its opening window (or whole), unless a window is asked for; applied
    // once the width is known, so the transform is computed for the real width.
    if (extentChanged || changed.has('opening')) this._openingApplied = false;
    if (!this._openingApplied && widthPx > 0) {
      if (!window) this._zoom.jumpTo(transformForRange(this.base, opening?.startMs ?? extent[0], opening?.endMs ?? extent[1]));
      this._openingApplied = true;
    }
    if (window && widthPx > 0 && (changed.has('window') || !this._windowApplied || resumeFlight)) {
      const target = transformForRange(this.base, window.startMs, window.endMs);
      if (window.animate && this._windowApplied && this.animationMs() > 0) {
        const flight = this._zoom.moveTo(target, this.animationMs()).finally(() => {
          if (this._flight === flight) this._flight = null;
        });
        this._flight = flight;
      } else this._zoom.jumpTo(target);
      this._windowApplied = true;
    }
    return baseChanged;
  }

  animationMs(): number {
    return this._reducedMotion() ? 0 : ANIMATION_MS;
  }

  /** Zooms about the selected event, else the middle mark drawn (never into an empty stretch). */
  async zoomBy(factor: number, selectedId: string | null, widthPx: number): Promise<void> {
    this._frames.complete();
    const { items, marks } = this._frames.frame;
    const visibleCentre = ({ x0Px, x1Px }: { x0Px: number; x1Px: number }) => (Math.max(x0Px, 0) + Math.min(Math.max(x1Px, x0Px), widthPx)) / 2;
    const centres = items.map((item) => visibleCentre(item.type === 'mark' ? item.mark : item.cluster));
    const selected = marks.find((mark) => mark.event.id === selectedId);
    await this._zoom.zoomBy(factor, zoomAnchorPx(centres, selected ? visibleCentre(selected) : null, widthPx), this.animationMs());
    this.report();
  }

  async moveTo(startMs: number, endMs: number): Promise<void> {
    await this.animateTo({ startMs, endMs });
    this.report();
  }

  /** Animates to a window without reporting it (the host asked for it); resolves when there. */
  async animateTo(window: TimeWindow): Promise<void> {
    await this._zoom.moveTo(transformForRange(this.base, window.startMs, window.endMs), this.animationMs());
  }

  zoomToCluster(cluster: Cluster, widthPx: number): void {
    const { startMs, endMs } = clusterZoomWindow(cluster, windowOf(this._frames.frame.view), minWindowMs(widthPx));
    void this.moveTo(startMs, endMs);
  }

  panBy(dxPx: number): void {
    this._zoom.panBy(dxPx);
    this.report();
  }

  /** Pans (keeping the zoom) so an event outside the window comes to the middle of the view. */
  bringIntoView(event: TimelineEvent): void {
    const [startMs, endMs] = windowOf(this.scale);
    const { startMs: eventStart, endMs: eventEnd } = event.when;
    if (eventEnd > startMs && eventStart < endMs) return;
    const span = endMs - startMs;
    const centre = (eventStart + eventEnd) / 2;
    this._zoom.jumpTo(transformForRange(this.base, centre - span / 2, centre + span / 2));
    this._host.requestUpdate();
    this.report();
  }

  /** Fires `at-view-change` with the window of `transform` (by default the one shown) after a user's move. */
  report(transform: ZoomTransform = this._zoom.transform): void {
    const [startMs, endMs] = windowOf(viewScale(this.base, transform));
    emit(this._host, 'at-view-change', { startMs, endMs });
  }
}
