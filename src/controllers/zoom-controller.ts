import { select, type Selection } from 'd3-selection';
import { zoom, zoomIdentity, type D3ZoomEvent, type ZoomBehavior, type ZoomTransform } from 'd3-zoom';
import 'd3-transition'; // adds selection.transition() and .interrupt(), used below
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { isSidewaysWheel, wheelPanPx, wheelZoomDelta } from '../scales/wheel-zoom.ts';

/** A sideways wheel gesture ends this long after its last event (as d3-zoom's wheel does). */
const WHEEL_END_MS = 150;

export interface ZoomControllerOptions {
  /** The element gestures are read from (rendered by the host). */
  readonly target: () => Element | null | undefined;
  /** Called when a user gesture (wheel, drag, pinch) ends, with the final transform. */
  readonly onGestureEnd: (transform: ZoomTransform) => void;
  /** Whether one finger pans the chart (full-page app) rather than scrolling the page (article). */
  readonly oneFingerPan: () => boolean;
}

/**
 * Owns the d3-zoom gesture handler: the one piece of D3 allowed to touch the DOM. It keeps the
 * current transform and asks the host to re-render on each change; all zoom math lives in
 * `scales/`. Polite in an article: plain vertical wheel and one-finger touch scroll the page;
 * zooming needs Ctrl/⌘+wheel (×1.5 a mouse notch; a trackpad pinch sends small Ctrl deltas and
 * keeps d3's rate), a two-finger pinch, the buttons or keys. A sideways wheel (trackpad swipe,
 * Shift+wheel) pans. In the full-page app (`oneFingerPan`), one finger pans the chart.
 */
export class ZoomController implements ReactiveController {
  transform: ZoomTransform = zoomIdentity;
  private readonly _host: ReactiveControllerHost;
  private readonly _options: ZoomControllerOptions;
  private readonly _behavior: ZoomBehavior<Element, unknown>;
  private _selection?: Selection<Element, unknown, null, undefined>;
  private _widthPx = 0;
  private _swipeEnd?: ReturnType<typeof setTimeout>;

  constructor(host: ReactiveControllerHost, options: ZoomControllerOptions) {
    this._host = host;
    this._options = options;
    this._behavior = zoom<Element, unknown>()
      .filter((event: Event) => isZoomGesture(event, this._options.oneFingerPan()))
      // Always listen for touches: d3 otherwise decides at attach time from navigator.maxTouchPoints,
      // which misses touch screens attached later and hybrid laptops.
      .touchable(() => true)
      .wheelDelta((event: WheelEvent) => wheelZoomDelta(event))
      .on('zoom', (event: D3ZoomEvent<Element, unknown>) => {
        this.transform = event.transform;
        this._host.requestUpdate();
      })
      .on('end', (event: D3ZoomEvent<Element, unknown>) => {
        if (event.sourceEvent) this._options.onGestureEnd(event.transform);
      });
    host.addController(this);
  }

  /** Bounds of zoom and pan, in the target's pixel space; call when size or extent change. */
  setBounds(widthPx: number, heightPx: number, scaleExtent: [number, number]): void {
    this._widthPx = widthPx;
    this._behavior
      .scaleExtent(scaleExtent)
      .extent([[0, 0], [widthPx, heightPx]])
      .translateExtent([[0, 0], [widthPx, heightPx]]);
  }

  hostUpdated(): void {
    const target = this._options.target();
    if (!target || this._selection?.node() === target) return;
    this._selection?.on('.zoom', null).on('wheel.pan', null);
    this._selection = select(target);
    this._selection.call(this._behavior).on('dblclick.zoom', null);
    this._selection.on('wheel.pan', (event: WheelEvent) => this._onSidewaysWheel(event), { passive: false });
    this._selection.property('__zoom', this.transform);
  }

  hostDisconnected(): void {
    this._selection?.interrupt().on('.zoom', null).on('wheel.pan', null);
    this._selection = undefined;
    clearTimeout(this._swipeEnd);
  }

  /** A sideways wheel without Ctrl/⌘ pans; it ends as a gesture once the wheel rests. */
  private _onSidewaysWheel(event: WheelEvent): void {
    if (event.ctrlKey || event.metaKey || !isSidewaysWheel(event.deltaX, event.deltaY)) return;
    event.preventDefault();
    this.panBy(wheelPanPx(event.deltaX, event.deltaMode, this._widthPx));
    clearTimeout(this._swipeEnd);
    this._swipeEnd = setTimeout(() => this._options.onGestureEnd(this.transform), WHEEL_END_MS);
  }

  /** Sets the transform without an event or animation (used while the host is rendering anyway). */
  jumpTo(transform: ZoomTransform): void {
    this.transform = transform;
    this._selection?.interrupt().property('__zoom', transform);
  }

  /**
   * Moves to `transform`, animated over `durationMs` (0 jumps). Resolves when done. Fires no
   * gesture event: programmatic moves are reported by whoever asked for them.
   */
  async moveTo(transform: ZoomTransform, durationMs: number): Promise<void> {
    const selection = this._selection;
    if (!selection) {
      this.transform = transform;
      this._host.requestUpdate();
      return;
    }
    selection.interrupt();
    if (durationMs <= 0) {
      selection.call(this._behavior.transform, transform);
      return;
    }
    await selection.transition().duration(durationMs).call(this._behavior.transform, transform).end().catch(() => {
      // Interrupted by a newer move or a gesture: that one now owns the view.
    });
  }

  /** Zooms by `factor` around the view's centre x (px), within bounds. */
  async zoomBy(factor: number, centreXPx: number, durationMs: number): Promise<void> {
    const selection = this._selection;
    if (!selection) return;
    selection.interrupt();
    const run = durationMs > 0 ? selection.transition().duration(durationMs) : selection;
    // scaleBy constrains to scaleExtent and translateExtent, so buttons can't overshoot.
    if (durationMs > 0) {
      await (run as ReturnType<typeof selection.transition>).call(this._behavior.scaleBy, factor, [centreXPx, 0]).end().catch(() => {});
    } else {
      selection.call(this._behavior.scaleBy, factor, [centreXPx, 0]);
    }
  }

  /** Pans by `dxPx` (positive moves the view later in time), within bounds. */
  panBy(dxPx: number): void {
    this._selection?.interrupt().call(this._behavior.translateBy, -dxPx / this.transform.k, 0);
  }
}

function isZoomGesture(event: Event, oneFingerPan: boolean): boolean {
  if (event.type === 'wheel') return ((event as WheelEvent).ctrlKey || (event as WheelEvent).metaKey) && (event as WheelEvent).deltaY !== 0;
  if (event.type === 'touchstart') return oneFingerPan || (event as TouchEvent).touches.length >= 2;
  if (event.type === 'mousedown') return (event as MouseEvent).button === 0 && !(event as MouseEvent).ctrlKey;
  return false;
}
