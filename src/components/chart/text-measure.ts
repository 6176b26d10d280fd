import type { CharWidth } from '../../derive/text-width.ts';
import { chartGeometry, GEOMETRY, type ChartGeometry } from './chart.templates.ts';

/** The chart's label size when the page sets no `--at-chart-font-size`. */
export const DEFAULT_CHART_FONT_PX = 12.5;

/**
 * Character widths at the chart's label font, measured once per character on a detached canvas,
 * so layout can measure thousands of titles per frame without asking the canvas each time.
 */
export class TextMeasure {
  private readonly _ascii = new Float32Array(128).fill(-1);
  private readonly _other = new Map<string, number>();
  private _context: CanvasRenderingContext2D | null | undefined;
  readonly charWidth: CharWidth = (char) => {
    const code = char.charCodeAt(0);
    if (code < 128 && char.length === 1) {
      const known = this._ascii[code]!;
      return known >= 0 ? known : (this._ascii[code] = this._measure(char));
    }
    let width = this._other.get(char);
    if (width === undefined) this._other.set(char, (width = this._measure(char)));
    return width;
  };

  /** `font` is a CSS font shorthand, e.g. "12.5px Inter, sans-serif". */
  constructor(readonly font: string, readonly fontPx: number) {}

  /**
   * Whether the font now gives some character measured here another width: a web font of its
   * family has arrived since (the page's fonts often come after a reader's first frame).
   */
  stale(): boolean {
    const context = this._context;
    const differs = (char: string, width: number) => width >= 0 && context!.measureText(char).width !== width;
    return !!context && ([...this._ascii.entries()].some(([code, width]) => differs(String.fromCharCode(code), width)) || [...this._other].some(([char, width]) => differs(char, width)));
  }

  private _measure(char: string): number {
    if (this._context === undefined) {
      this._context = document.createElement('canvas').getContext('2d');
      if (this._context) this._context.font = this.font;
    }
    // Without a 2D context (never in a real browser), an average sans-serif glyph.
    return this._context ? this._context.measureText(char).width : this.fontPx * 0.6;
  }
}

/**
 * The chart's text as CSS sets it, from one read: the label font with its character widths, and
 * the rows' and axis' geometry for its size. Read when first asked for and again after `forget()`
 * (the theme changed): the family and size of `sized`, an element whose font-size is
 * `var(--at-chart-font-size)` (so any CSS length resolves to px), or, before it is rendered, of
 * the host with a px value of the property read as written. `resolved` is false when the host's
 * value was some other length (em, calc…), which only the rendered element can turn into px.
 */
export class ChartText {
  private _measure?: TextMeasure;
  private _geometry = GEOMETRY;
  private _resolved = true;

  constructor(private readonly _host: Element, private readonly _sized: () => Element | null) {}

  get measure(): TextMeasure {
    if (!this._measure) {
      const sized = this._sized();
      const style = getComputedStyle(sized ?? this._host);
      const written = sized ? '' : style.getPropertyValue('--at-chart-font-size');
      const size = sized ? Number.parseFloat(style.fontSize) : written.trim() ? Number(/^\s*(\d+(?:\.\d+)?)px\s*$/.exec(written)?.[1]) : DEFAULT_CHART_FONT_PX;
      const fontPx = size > 0 && size < 200 ? size : DEFAULT_CHART_FONT_PX;
      this._measure = new TextMeasure(`${fontPx}px ${style.fontFamily}`, fontPx);
      this._geometry = chartGeometry(fontPx);
      this._resolved = !Number.isNaN(size);
    }
    return this._measure;
  }

  get geometry(): ChartGeometry {
    void this.measure;
    return this._geometry;
  }

  get resolved(): boolean {
    void this.measure;
    return this._resolved;
  }

  forget(): void {
    this._measure = undefined;
  }
}
