import type { ReactiveController, ReactiveElement } from 'lit';
import { EVENT_KINDS, type EventKind } from '../../model/types.ts';
import { bandIsStale, chooseBand, MOVING_OVERSCAN_SCREENS, OVERSCAN_SCREENS, screenBand, type Band } from '../../derive/canvas-band.ts';
import { ViewportController } from '../../controllers/viewport-controller.ts';
import { drawMarks, type CanvasTheme, type DrawInput, type SubjectLabel } from './draw-marks.ts';

/** How long the view must be still before the canvas draws its full overscan again. */
const SETTLE_MS = 200;

/** What one paint needs from the chart: the frame's items, without the canvas-side parts. */
export type CanvasFrame = Omit<DrawInput, 'theme' | 'band' | 'widthPx'> & { readonly heightPx: number };

export interface CanvasControllerOptions {
  readonly canvas: () => HTMLCanvasElement | null;
  /** The element whose place on screen decides which slice is painted (the chart's frame). */
  readonly frameElement: () => Element | null;
  readonly widthPx: () => number;
  readonly frame: () => CanvasFrame;
  /**
   * Paints again outside an update (the view settled, the page scrolled, printing): the host
   * lays out what the frame lacks, then calls `paint`.
   */
  readonly repaint: () => void;
  /**
   * The slice a paint is about to draw: the host lays out the rows of it the frame lacks (a first
   * paint laid out for a guess of its place on screen) and returns true when it did.
   */
  readonly cover: (band: Band) => boolean;
  /** Called after a paint that left the canvas holding all it draws when still (no settle owed). */
  readonly settled: () => void;
}

/**
 * The canvas the marks are painted on (painting itself is `drawMarks`): its size at the device's
 * pixel ratio, which slice of a tall chart it holds (see canvas-band.ts: the rows near the screen,
 * a sliver beyond while the view moves, the full overscan once it has been still, everything when
 * printing), and the colours and font read once from CSS.
 */
export class CanvasController implements ReactiveController {
  /** The labels of emphasised events in the last paint. */
  subjectLabels: readonly SubjectLabel[] = [];
  /** Set when the next paint is a zoom or pan frame: only a sliver beyond the screen is drawn. */
  moving = false;
  /** The slice the canvas holds now. */
  private _band: Band = { topPx: 0, bottomPx: 0 };
  private _settleTimer = 0;
  /** The canvas holds less than the still slice (a moving frame, a first paint): the settle's repaint is owed. */
  private _settleOwed = false;
  private _painted = false;
  /** Read once: getComputedStyle on every zoom frame forces a style recalculation. */
  private _theme?: CanvasTheme;
  private readonly _viewport: ViewportController;

  constructor(private readonly _host: ReactiveElement & HTMLElement, private readonly _options: CanvasControllerOptions) {
    this._viewport = new ViewportController(_host, {
      target: _options.frameElement,
      widthPx: _options.widthPx,
      // Repaint only when the slice no longer covers the screen.
      onMove: () => {
        if (bandIsStale(this._band, this._options.frame().heightPx, this._viewport.visible, this._viewport.screenPx)) this._options.repaint();
      },
      onPrint: () => this._options.repaint(),
    });
    _host.addController(this);
  }

  /** The chart's place on screen must be measured again (its size or layout changed). */
  forget(): void {
    this._viewport.forget();
  }

  /** Reads the colours and font from CSS again at the next paint (the theme changed). */
  refreshTheme(): void {
    this._theme = undefined;
    this._viewport.forget();
  }

  /**
   * The slice the next paint draws when it is `moving` or the first, so the host lays out only the
   * rows near it; null when the whole chart is drawn (a short chart, printing) or the view is still.
   * Before the first paint the chart's place on screen is a guess (see `ViewportController.ensure`);
   * the paint measures it and asks the host to `cover` what the guess missed.
   */
  layoutBand(heightPx: number): Band | null {
    if (!this.moving && this._painted) return null;
    const viewport = this._viewport;
    viewport.ensure();
    if (viewport.printing) return null;
    const band = this._movingBand(heightPx);
    return band.topPx === 0 && band.bottomPx === heightPx ? null : band;
  }

  /**
   * A zoom or pan frame draws the rows on screen and a sliver beyond, however short the chart: a
   * chart of up to two screens (drawn whole when still) otherwise rasterised and laid out its
   * off-screen half on every frame.
   */
  private _movingBand(heightPx: number): Band {
    return screenBand(heightPx, this._viewport.visible, MOVING_OVERSCAN_SCREENS * this._viewport.screenPx);
  }

  paint(): void {
    const canvas = this._options.canvas();
    const context = canvas?.getContext('2d');
    if (!canvas || !context) return;
    let frame = this._options.frame();
    const viewport = this._viewport;
    viewport.ensure();
    // While the view moves, only a sliver beyond the screen is drawn; the full overscan follows
    // once it has been still for a moment (a chart up to two screens tall is then drawn whole).
    const still = viewport.printing ? { topPx: 0, bottomPx: frame.heightPx } : chooseBand(frame.heightPx, viewport.visible, viewport.screenPx, OVERSCAN_SCREENS);
    let band = this.moving && !viewport.printing ? this._movingBand(frame.heightPx) : still;
    if (!this._painted && !viewport.printing) {
      // The first paint keeps to the rows on screen (measured now: the layout the frame needs
      // anyway), the rest of the slice (a short chart's whole drawing, a tall one's overscan) to
      // the settle: on a cold page each row of canvas costs its allocation, its memory and its
      // hand-off to the compositor in the frame the reader waits for.
      viewport.measureNow();
      band = screenBand(frame.heightPx, viewport.visible, MOVING_OVERSCAN_SCREENS * viewport.screenPx);
    }
    this._painted = true;
    if (this._options.cover(band)) frame = this._options.frame();
    clearTimeout(this._settleTimer);
    this._settleOwed = band.topPx !== still.topPx || band.bottomPx !== still.bottomPx;
    if (this._settleOwed) {
      this._settleTimer = window.setTimeout(() => {
        this.moving = false;
        this._options.repaint();
      }, SETTLE_MS);
    } else {
      this.moving = false;
    }
    this._band = band;
    // Read before the canvas's style is written below, which would make reading it recalculate style.
    const theme = (this._theme ??= this._readTheme());
    const ratio = viewport.pixelRatio;
    const widthPx = Math.max(this._options.widthPx(), 1);
    // Setting a canvas dimension clears and reallocates it, so only when it changes.
    const deviceWidth = Math.round(widthPx * ratio);
    const deviceHeight = Math.round((band.bottomPx - band.topPx) * ratio);
    if (canvas.width !== deviceWidth) canvas.width = deviceWidth;
    if (canvas.height !== deviceHeight) canvas.height = deviceHeight;
    // CSSOM writes, not a style attribute, so a strict style-src policy allows them.
    canvas.style.top = `${band.topPx}px`;
    canvas.style.height = `${band.bottomPx - band.topPx}px`;
    context.setTransform(ratio, 0, 0, ratio, 0, -band.topPx * ratio);
    this.subjectLabels = drawMarks(context, { ...frame, widthPx, band, theme });
    if (!this._settleOwed) this._options.settled();
  }

  /** Paints the still slice now if a moving frame left it owed, instead of when the view has been still a while. */
  settleNow(): void {
    if (!this._settleOwed) return;
    clearTimeout(this._settleTimer);
    this.moving = false;
    this._options.repaint();
  }

  /** Width of `text` in the labels' font, semibold (as an emphasised label is drawn), px. */
  measureLabel(text: string): number {
    const context = this._options.canvas()?.getContext('2d');
    if (!context) return 0;
    context.save();
    context.font = `600 ${this._options.frame().font}`;
    const width = context.measureText(text).width;
    context.restore();
    return width;
  }

  hostConnected(): void {
    // Taken off the page before the settle (the timer is cancelled then), whatever the partial
    // drawing was: the settle's repaint is still owed.
    if (this._settleOwed) this._options.repaint();
  }

  hostDisconnected(): void {
    this.moving = false;
    clearTimeout(this._settleTimer);
  }

  private _readTheme(): CanvasTheme {
    const style = getComputedStyle(this._host);
    const read = (name: string) => style.getPropertyValue(name).trim();
    const kind = Object.fromEntries(EVENT_KINDS.map((k) => [k, read(`--_kind-${k}`)])) as Record<EventKind, string>;
    return { kind, text: read('--_fg'), muted: read('--_muted'), background: read('--_bg') };
  }
}
