import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { whenIdleAfterPaint } from './idle-after-paint.ts';
import { isSidewaysWheel, wheelPanPx, wheelZoomDelta } from '../scales/wheel-zoom.ts';
import { dragTo, IDENTITY, panWithin, pinchTo, zoomAbout, type Point, type ZoomBounds, type ZoomTransform } from '../scales/zoom-transform.ts';
import type { ZoomGestures } from './zoom-gestures.ts';
import { exported, LazyChunk, type ChunkErrors } from './lazy-chunk.ts';

/** A wheel gesture ends this long after its last event (as d3-zoom's wheel does). */
const WHEEL_END_MS = 150;
/** The gesture code's file in the embed, beside the script (named in vite.embed.config.ts). */
export const ZOOM_CHUNK_FILE = 'attack-timeline-zoom.js';
/** The latest the gesture code is fetched after the first paint when the page never idles. */
const IDLE_TIMEOUT_MS = 2000;
/** Input over the chart that fetches the gesture code at once (a gesture is likely to follow). */
const EARLY_INPUT = ['pointerover', 'pointerdown', 'keydown', 'focusin'] as const;
/** Touch events our own pinch and pan follow until a touch gesture begun before the gesture code ends. */
const TOUCH_EVENTS = ['touchmove', 'touchend', 'touchcancel'] as const;

export interface ZoomControllerOptions {
  /** The element gestures are read from (rendered by the host). */
  readonly target: () => Element | null | undefined;
  /** Called when a user gesture (wheel, drag, pinch) ends, with the final transform. */
  readonly onGestureEnd: (transform: ZoomTransform) => void;
  /** Whether one finger pans the chart (full-page app) rather than scrolling the page (article). */
  readonly oneFingerPan: () => boolean;
  /** Where a gesture code that cannot be loaded is reported (once, naming the file); every gesture still zooms, without animation. */
  readonly errors: ChunkErrors;
}

/**
 * Owns the zoom transform and the gestures that move it. The d3-zoom gesture handler (the one
 * piece of D3 allowed to touch the DOM) is not needed for the first paint, so it is fetched after
 * it: when the page is idle, or at once on the first pointer, touch, key or wheel event over the
 * chart. Until it is there nothing is lost: a Ctrl/⌘+wheel, a mouse drag and a pinch (or a
 * one-finger pan in the app) move the view through our own transform math (`scales/zoom-transform.ts`,
 * which matches d3-zoom's), and animated moves (buttons, keys, Fit) wait for it; if it cannot be
 * loaded they jump instead.
 *
 * Polite in an article: plain vertical wheel and one-finger touch scroll the page; zooming needs
 * Ctrl/⌘+wheel (×1.5 a mouse notch; a trackpad pinch sends small Ctrl deltas and keeps d3's rate),
 * a two-finger pinch, the buttons or keys. A sideways wheel (trackpad swipe, Shift+wheel) pans.
 * In the full-page app (`oneFingerPan`), one finger pans the chart.
 */
export class ZoomController implements ReactiveController {
  transform: ZoomTransform = IDENTITY;
  private readonly _host: ReactiveControllerHost;
  private readonly _options: ZoomControllerOptions;
  private _gestures?: ZoomGestures;
  /** d3-zoom and its helpers (zoom-gestures.ts), fetched after the first paint. */
  private readonly _code: LazyChunk<typeof import('./zoom-gestures.ts'), ZoomGestures>;
  private _target?: Element;
  private _bounds: ZoomBounds & { readonly heightPx: number } = { widthPx: 1, heightPx: 1, scaleExtent: [1, 1] };
  private _wheelEnd?: ReturnType<typeof setTimeout>;
  private _wheeling = false;
  /**
   * A Ctrl/⌘+wheel zoom begun before the gesture code arrived is under way: it is followed to its
   * end with our own math, and d3-zoom is kept from taking its later notches (it would start a
   * gesture of its own and report a second end).
   */
  private _earlyWheelZoom = false;
  private _cancelIdle?: () => void;
  /** Fingers of a touch gesture begun before the gesture code arrived: the base point each grabbed, and where it is now. */
  private _touches = new Map<number, { grabbed: Point; now: Point }>();
  private _touchMoved = false;

  constructor(host: ReactiveControllerHost & { readonly isConnected: boolean }, options: ZoomControllerOptions) {
    this._host = host;
    this._options = options;
    host.addController(this);
    this._code = new LazyChunk(host, {
      file: ZOOM_CHUNK_FILE,
      load: () => import('./zoom-gestures.ts'),
      use: (module) => this._attach(exported(module, 'createZoomGestures').createZoomGestures),
      errors: options.errors,
    });
  }

  /** Bounds of zoom and pan, in the target's pixel space; call when size or extent change. */
  setBounds(widthPx: number, heightPx: number, scaleExtent: [number, number]): void {
    this._bounds = { widthPx, heightPx, scaleExtent };
    this._gestures?.setBounds(widthPx, heightPx, scaleExtent);
  }

  hostUpdated(): void {
    const target = this._options.target();
    if (!target || target === this._target) return;
    this._release();
    this._target = target;
    target.addEventListener('wheel', this._onWheel as EventListener, { passive: false });
    for (const type of TOUCH_EVENTS) target.addEventListener(type, this._onEarlyTouch as EventListener, { passive: false });
    if (this._gestures) {
      this._gestures.attach(target, this.transform);
      return;
    }
    for (const type of EARLY_INPUT) target.addEventListener(type, this._onEarlyInput, { passive: true });
    target.addEventListener('mousedown', this._onEarlyMouseDown as EventListener);
    target.addEventListener('touchstart', this._onEarlyTouchStart as EventListener, { passive: true });
    this._loadWhenIdle();
  }

  /** Back on the page, the listeners come back at the next update (asked for here, as nothing else may ask). */
  hostConnected(): void {
    this._host.requestUpdate();
  }

  hostDisconnected(): void {
    this._release();
    this._target = undefined;
    clearTimeout(this._wheelEnd);
    this._wheeling = false;
    this._earlyWheelZoom = false;
    this._touches.clear();
  }

  /** Sets the transform without an event or animation (used while the host is rendering anyway). */
  jumpTo(transform: ZoomTransform): void {
    this.transform = transform;
    this._gestures?.jumpTo(transform);
  }

  /**
   * Moves to `transform`, animated over `durationMs` (0 jumps). Resolves when done. Fires no
   * gesture event: programmatic moves are reported by whoever asked for them.
   */
  async moveTo(transform: ZoomTransform, durationMs: number): Promise<void> {
    await this._move(durationMs, (gestures) => gestures.moveTo(transform, durationMs), () => transform);
  }

  /** Zooms by `factor` around the view's x `centreXPx` (px), within bounds. */
  async zoomBy(factor: number, centreXPx: number, durationMs: number): Promise<void> {
    await this._move(durationMs, (gestures) => gestures.zoomBy(factor, centreXPx, durationMs), () => zoomAbout(this.transform, factor, centreXPx, this._bounds));
  }

  /** Whether an animated move is under way, from when it is asked for (its code may still be loading) to its end. */
  get animating(): boolean {
    return this._moves > 0;
  }

  private _moves = 0;

  /** `animate` through the gesture code when there is a duration and it loads, else jumps to `target()`; counted in `animating` throughout. */
  private async _move(durationMs: number, animate: (gestures: ZoomGestures) => Promise<void>, target: () => ZoomTransform): Promise<void> {
    this._moves++;
    try {
      const gestures = durationMs > 0 && this._target ? await this._animator() : null;
      if (gestures) await animate(gestures);
      else this._set(target());
    } finally {
      this._moves--;
    }
  }

  /** Pans by `dxPx` (positive moves the view later in time), within bounds. */
  panBy(dxPx: number): void {
    this._set(panWithin(this.transform, dxPx, this._bounds));
  }

  /** Sets the transform (stopping any animation) and re-renders. */
  private _set(transform: ZoomTransform): void {
    this.jumpTo(transform);
    this._host.requestUpdate();
  }

  /** The gesture code once attached to the target, for an animated move; null if it cannot load. */
  private async _animator(): Promise<ZoomGestures | null> {
    const target = this._target;
    this._load();
    await this._code.pending;
    const gestures = this._gestures;
    return gestures && target && this._target === target ? gestures : null;
  }

  /** Fetches the gesture code (once; again after a failure only once the host is back on the page). */
  private _load(): void {
    this._cancelIdle?.();
    this._code.get();
  }

  /** Makes the gesture handler when its code arrives, and attaches it to the target. */
  private _attach(createZoomGestures: typeof import('./zoom-gestures.ts').createZoomGestures): ZoomGestures {
    const gestures = createZoomGestures({
      filter: (event) => !(event.type === 'wheel' && this._earlyWheelZoom) && isZoomGesture(event, this._options.oneFingerPan()),
      onZoom: (transform) => {
        this.transform = transform;
        this._host.requestUpdate();
      },
      onGestureEnd: (transform) => this._options.onGestureEnd(transform),
    });
    const { widthPx, heightPx, scaleExtent } = this._bounds;
    gestures.setBounds(widthPx, heightPx, scaleExtent);
    if (this._target) {
      gestures.attach(this._target, this.transform);
      this._removeEarlyListeners(this._target);
    }
    this._gestures = gestures;
    return gestures;
  }

  /** Fetches the gesture code when the page is idle after the next paint. */
  private _loadWhenIdle(): void {
    if (this._code.pending || this._code.failed || this._cancelIdle) return;
    const cancel = whenIdleAfterPaint(() => this._load(), IDLE_TIMEOUT_MS);
    this._cancelIdle = () => {
      cancel();
      this._cancelIdle = undefined;
    };
  }

  private _release(): void {
    this._cancelIdle?.();
    this._gestures?.detach();
    if (!this._target) return;
    this._target.removeEventListener('wheel', this._onWheel as EventListener);
    for (const type of TOUCH_EVENTS) this._target.removeEventListener(type, this._onEarlyTouch as EventListener);
    this._removeEarlyListeners(this._target);
  }

  private _removeEarlyListeners(target: Element): void {
    for (const type of EARLY_INPUT) target.removeEventListener(type, this._onEarlyInput);
    target.removeEventListener('mousedown', this._onEarlyMouseDown as EventListener);
    target.removeEventListener('touchstart', this._onEarlyTouchStart as EventListener);
  }

  private _onEarlyInput = (): void => {
    this._load();
  };

  /**
   * A sideways wheel without Ctrl/⌘ pans; before the gesture code is there, a Ctrl/⌘+wheel zooms
   * about the pointer as d3-zoom would, to the end of that gesture even if the code arrives
   * meanwhile. Either ends as a gesture, once, when the wheel rests.
   */
  private _onWheel = (event: WheelEvent): void => {
    if (!(event.ctrlKey || event.metaKey) && isSidewaysWheel(event.deltaX, event.deltaY)) {
      event.preventDefault();
      this.panBy(wheelPanPx(event.deltaX, event.deltaMode, this._bounds.widthPx));
    } else if ((!this._gestures || this._earlyWheelZoom) && isZoomGesture(event, false)) {
      this._load();
      const next = zoomAbout(this.transform, 2 ** wheelZoomDelta(event), this._localX(event), this._bounds);
      // At a zoom limit the wheel is left alone (so the page may zoom), as d3-zoom does.
      if (next.k === this.transform.k && !this._wheeling) return;
      event.preventDefault();
      this._earlyWheelZoom = true;
      this._set(next);
    } else {
      return;
    }
    this._wheeling = true;
    clearTimeout(this._wheelEnd);
    this._wheelEnd = setTimeout(() => {
      this._wheeling = false;
      this._earlyWheelZoom = false;
      this._options.onGestureEnd(this.transform);
    }, WHEEL_END_MS);
  };

  /** Before the gesture code is there, a mouse drag pans through our own transform math. */
  private _onEarlyMouseDown = (event: MouseEvent): void => {
    this._load();
    if (this._gestures || !isZoomGesture(event, false)) return;
    const target = event.currentTarget as Element;
    const view = event.view ?? window;
    const grabbedBasePx = this.transform.invertX(this._localX(event, target));
    let moved = false;
    const onMove = (move: MouseEvent) => {
      move.preventDefault();
      moved = true;
      this._set(dragTo(this.transform, grabbedBasePx, this._localX(move, target), this._bounds));
    };
    const onUp = () => {
      view.removeEventListener('mousemove', onMove, true);
      view.removeEventListener('mouseup', onUp, true);
      if (moved) this._options.onGestureEnd(this.transform);
    };
    view.addEventListener('mousemove', onMove, true);
    view.addEventListener('mouseup', onUp, true);
  };

  /**
   * Before the gesture code is there, two fingers pinch and (in the full-page app) one finger pans
   * through our own transform math; the gesture is followed to its end even if the code arrives
   * meanwhile (d3-zoom, not having seen it start, leaves it alone).
   */
  private _onEarlyTouchStart = (event: TouchEvent): void => {
    this._load();
    if (this._gestures || !isZoomGesture(event, this._options.oneFingerPan())) return;
    for (const touch of Array.from(event.touches)) {
      if (this._touches.size >= 2 || this._touches.has(touch.identifier)) continue;
      const now = this._localPoint(touch, event.currentTarget as Element);
      this._touches.set(touch.identifier, { grabbed: this._grab(now), now });
    }
  };

  private _onEarlyTouch = (event: TouchEvent): void => {
    if (this._touches.size === 0) return;
    const target = event.currentTarget as Element;
    for (const touch of Array.from(event.changedTouches)) {
      const finger = this._touches.get(touch.identifier);
      if (!finger) continue;
      if (event.type === 'touchmove') finger.now = this._localPoint(touch, target);
      else this._touches.delete(touch.identifier);
    }
    if (event.type !== 'touchmove') {
      // A finger left: the one still down grabs where it is now.
      for (const finger of this._touches.values()) finger.grabbed = this._grab(finger.now);
      if (this._touches.size === 0 && this._touchMoved) this._options.onGestureEnd(this.transform);
      if (this._touches.size === 0) this._touchMoved = false;
      return;
    }
    event.preventDefault();
    this._touchMoved = true;
    const [first, second] = [...this._touches.values()];
    if (second) this._set(pinchTo([first!.grabbed, second.grabbed], [first!.now, second.now], this._bounds));
    else this._set(dragTo(this.transform, first!.grabbed[0], first!.now[0], this._bounds));
  };

  /** The base point under screen point `point` (y divided by k, as d3-zoom's transform inverts it). */
  private _grab([x, y]: Point): Point {
    return [this.transform.invertX(x), y / this.transform.k];
  }

  private _localPoint(touch: Touch, target: Element): Point {
    const box = target.getBoundingClientRect();
    const scale = box.width > 0 ? box.width / Math.max(this._bounds.widthPx, 1) : 1;
    return [(touch.clientX - box.left) / scale, (touch.clientY - box.top) / scale];
  }

  /** The pointer's x in the target's own px (its width attribute), whatever CSS zoom or scale applies. */
  private _localX(event: MouseEvent, target = event.currentTarget as Element): number {
    const box = target.getBoundingClientRect();
    const scale = box.width > 0 ? box.width / Math.max(this._bounds.widthPx, 1) : 1;
    return (event.clientX - box.left) / scale;
  }
}

function isZoomGesture(event: Event, oneFingerPan: boolean): boolean {
  if (event.type === 'wheel') return ((event as WheelEvent).ctrlKey || (event as WheelEvent).metaKey) && (event as WheelEvent).deltaY !== 0;
  if (event.type === 'touchstart') return oneFingerPan || (event as TouchEvent).touches.length >= 2;
  if (event.type === 'mousedown') return (event as MouseEvent).button === 0 && !(event as MouseEvent).ctrlKey;
  return false;
}
