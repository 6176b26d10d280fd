import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Band } from '../derive/canvas-band.ts';

export interface ViewportControllerOptions {
  /** The element whose place on screen is tracked (rendered by the host). */
  readonly target: () => Element | null | undefined;
  /** The target's width in its own px, to tell CSS zoom on the page from its layout size. */
  readonly widthPx: () => number;
  /** Called on the frame after a scroll or resize, once the new place is measured. */
  readonly onMove: () => void;
  /** Called when printing starts and when it ends. */
  readonly onPrint: () => void;
}

/**
 * Where the host's drawing is on screen, for a canvas that covers only the part near the screen
 * (see `derive/canvas-band.ts`). Reading a place on screen forces layout when the page has pending
 * changes, so it is measured on scroll and resize, on the next frame, and never while rendering.
 */
export class ViewportController implements ReactiveController {
  /** The target's part on screen, in its own px (it may reach beyond the target, or miss it). */
  visible: Band = { topPx: 0, bottomPx: 0 };
  /** The screen's height in the target's px. */
  screenPx = 0;
  /** Device px per target px: the device pixel ratio times any CSS zoom on the page. */
  pixelRatio = 1;
  printing = false;
  private _known = false;
  private _frame = 0;
  private _scrollers: EventTarget[] = [];
  private readonly _options: ViewportControllerOptions;
  private readonly _host: ReactiveControllerHost & Element;

  constructor(host: ReactiveControllerHost & Element, options: ViewportControllerOptions) {
    this._host = host;
    this._options = options;
    host.addController(this);
  }

  /**
   * Makes sure there is a place to draw for. When nothing is known (first draw, or after
   * `forget`), assumes the target's top is at the top of the screen, which needs no layout, and
   * measures for real on the next frame (`onMove` then follows).
   */
  ensure(): void {
    if (this._known) return;
    const zoom = cssZoomOf(this._host);
    this.pixelRatio = (window.devicePixelRatio || 1) * zoom;
    this.screenPx = screenHeight() / zoom;
    this.visible = { topPx: 0, bottomPx: this.screenPx };
    this._known = true;
    this._scheduleMeasure();
  }

  /** Measures the place now (forcing layout if the page has pending changes), not on the next frame. */
  measureNow(): void {
    cancelAnimationFrame(this._frame);
    this._measure();
  }

  /** The place may have changed without a scroll (new rows, new width, new theme): measure again. */
  forget(): void {
    this._known = false;
  }

  hostConnected(): void {
    // Scroll events do not bubble, and those of a scroller inside a shadow root never reach the
    // window: listen on every ancestor, across shadow roots (the page, an article's scrolling
    // box, the presentation-mode host), and on the window for the page itself.
    this._scrollers = [window, ...ancestorsOf(this._host)];
    for (const target of this._scrollers) target.addEventListener('scroll', this._scheduleMeasure, { passive: true });
    window.addEventListener('resize', this._scheduleMeasure, { passive: true });
    window.addEventListener('beforeprint', this._onBeforePrint);
    window.addEventListener('afterprint', this._onAfterPrint);
  }

  hostDisconnected(): void {
    cancelAnimationFrame(this._frame);
    for (const target of this._scrollers) target.removeEventListener('scroll', this._scheduleMeasure);
    this._scrollers = [];
    window.removeEventListener('resize', this._scheduleMeasure);
    window.removeEventListener('beforeprint', this._onBeforePrint);
    window.removeEventListener('afterprint', this._onAfterPrint);
  }

  private _scheduleMeasure = (): void => {
    cancelAnimationFrame(this._frame);
    this._frame = requestAnimationFrame(() => {
      this._measure();
      this._options.onMove();
    });
  };

  private _measure(): void {
    const target = this._options.target();
    const zoom = cssZoomOf(this._host);
    this.pixelRatio = (window.devicePixelRatio || 1) * zoom;
    const screenPx = screenHeight();
    this._known = true;
    if (!target) {
      this.visible = { topPx: 0, bottomPx: screenPx };
      this.screenPx = screenPx;
      return;
    }
    const box = target.getBoundingClientRect();
    // Target px per screen px: CSS zoom (presentation mode) makes the box larger than the layout.
    const scale = box.width > 0 ? box.width / Math.max(this._options.widthPx(), 1) : 1;
    this.visible = { topPx: -box.top / scale, bottomPx: (screenPx - box.top) / scale };
    this.screenPx = screenPx / scale;
  }

  private _onBeforePrint = (): void => {
    this.printing = true;
    this._options.onPrint();
  };

  private _onAfterPrint = (): void => {
    this.printing = false;
    this._options.onPrint();
  };
}

/** The element's ancestors up to the document, stepping from a shadow root to its host. */
function ancestorsOf(element: Element): Element[] {
  const ancestors: Element[] = [];
  let node: Node | null = element.parentNode;
  while (node) {
    if (node instanceof ShadowRoot) node = node.host;
    if (!(node instanceof Element)) break;
    ancestors.push(node);
    node = node.parentNode;
  }
  return ancestors;
}

function cssZoomOf(element: Element): number {
  return (element as Element & { currentCSSZoom?: number }).currentCSSZoom ?? 1;
}

function screenHeight(): number {
  return window.innerHeight || document.documentElement.clientHeight;
}
