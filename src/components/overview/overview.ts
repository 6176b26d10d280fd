import { css, html, LitElement, svg, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import type { TimelineEvent } from '../../model/types.ts';
import { densityBins, resizeWindow, shiftWindow } from '../../derive/density.ts';
import { createBaseScale, minWindowMs, type TimeScale } from '../../scales/time-scale.ts';
import { describeWindow, timeTicks } from '../../scales/ticks.ts';
import { ResizeController } from '../../controllers/resize-controller.ts';
import { tokens } from '../../styles/tokens.ts';
import { DEFAULT_LOCALE } from '../../scales/date-format.ts';
import { messagesFor, type Messages } from '../../i18n/messages.ts';
import type { TimeWindow } from '../../derive/view-window.ts';

/** Detail of `at-brush`: the window the reader is dragging to; `final` at the end of the drag. */
export interface BrushDetail {
  readonly startMs: number;
  readonly endMs: number;
  readonly final: boolean;
}

const HEIGHT_PX = 52;
const AXIS_PX = 14;
const HANDLE_HIT_PX = 12;
const BIN_PX = 3;

type Drag = { readonly kind: 'move'; readonly grabMs: number; readonly window: [number, number] } | { readonly kind: 'start' | 'end' };

/**
 * The whole extent at a glance: event density, year ticks, and a brush showing the visible
 * window. Dragging the brush moves the view, its edges resize it, a click elsewhere centres the
 * view there; arrow keys move it, Shift+arrows resize it.
 *
 * @fires at-brush - while and after the reader moves the window (detail `{startMs, endMs, final}`); does not bubble
 * @csspart overview - the SVG strip
 */
export class AtOverview extends LitElement {
  static override styles = [
    tokens,
    css`
      :host { display: block; }
      svg { display: block; touch-action: none; user-select: none; -webkit-user-select: none; }
      .density { fill: color-mix(in srgb, var(--_accent) 35%, transparent); }
      .outside { fill: color-mix(in srgb, var(--_fg) 10%, transparent); }
      .window { fill: transparent; stroke: var(--_accent); stroke-width: 2; cursor: grab; }
      .handle { fill: var(--_accent); }
      .handle-hit { fill: transparent; cursor: ew-resize; }
      .tick text { fill: var(--_muted); font-size: 10px; }
      .tick line { stroke: var(--_line); }
      .brush:focus-visible { outline: none; }
      .focus-ring { fill: none; stroke: none; }
      .brush:focus-visible .focus-ring { stroke: var(--_focus); stroke-width: 3; }
      .frame { fill: none; stroke: var(--_line); }
    `,
  ];

  @property({ attribute: false }) events: readonly TimelineEvent[] = [];
  @property({ attribute: false }) extent: readonly [number, number] = [Date.UTC(2006, 0, 1), Date.UTC(2020, 0, 1)];
  /** The window the chart shows now. */
  @property({ attribute: false }) window: TimeWindow | null = null;
  /** The UI text (the shell passes the table of its `locale`). */
  @property({ attribute: false }) messages: Messages = messagesFor('en');
  /** BCP 47 locale of the tick labels and the window text. */
  @property({ attribute: false }) locale: string = DEFAULT_LOCALE;

  private readonly _resize = new ResizeController(this);
  private _scale: TimeScale = createBaseScale(this.extent, 1);
  private _bins: number[] = [];
  private _area = '';
  private _areaWidthPx = -1;
  private _drag: Drag | null = null;

  protected override willUpdate(changed: PropertyValues<this>): void {
    const widthPx = this._resize.widthPx;
    if (changed.has('extent') || this._scale.range()[1] !== Math.max(widthPx, 1)) {
      this._scale = createBaseScale(this.extent, widthPx);
    }
    if (changed.has('events') || changed.has('extent') || this._bins.length !== Math.floor(widthPx / BIN_PX)) {
      this._bins = densityBins(this.events, this.extent, Math.floor(widthPx / BIN_PX));
      this._areaWidthPx = -1;
    }
    // The density path is built here, not in render: the brush re-renders on every zoom frame.
    if (this._areaWidthPx !== widthPx) {
      this._area = densityPath(this._bins, Math.max(widthPx, 1), HEIGHT_PX - AXIS_PX);
      this._areaWidthPx = widthPx;
    }
  }

  private _current(): [number, number] {
    return this.window ? [this.window.startMs, this.window.endMs] : [this.extent[0], this.extent[1]];
  }

  protected override render() {
    const widthPx = Math.max(this._resize.widthPx, 1);
    const scale = this._scale;
    const [startMs, endMs] = this._current();
    const x0 = Math.max(0, scale(startMs));
    const x1 = Math.min(widthPx, scale(endMs));
    const plotPx = HEIGHT_PX - AXIS_PX;
    return html`<svg
      part="overview"
      width=${widthPx}
      height=${HEIGHT_PX}
      @pointerdown=${this._onPointerDown}
      @pointermove=${this._onPointerMove}
      @pointerup=${this._onPointerUp}
      @pointercancel=${this._onPointerUp}
    >
      <rect class="frame" x="0.5" y="0.5" width=${widthPx - 1} height=${plotPx}></rect>
      <path class="density" d=${this._area}></path>
      <g aria-hidden="true">${timeTicks(scale, widthPx, this.locale).filter((tick) => tick.major).map((tick) => svg`<g class="tick" transform="translate(${tick.xPx.toFixed(1)},0)">
        <line y1=${plotPx} y2=${plotPx + 3}></line><text x="2" y=${HEIGHT_PX - 2}>${tick.label}</text></g>`)}</g>
      <rect class="outside" x="0" width=${x0} height=${plotPx}></rect>
      <rect class="outside" x=${x1} width=${Math.max(0, widthPx - x1)} height=${plotPx}></rect>
      <g
        class="brush"
        tabindex="0"
        role="group"
        aria-label=${this.messages.overviewLabel(describeWindow(startMs, endMs, this.locale))}
        @keydown=${this._onKeyDown}
      >
        <rect class="window" x=${x0} y="1" width=${Math.max(x1 - x0, 2)} height=${plotPx - 2}></rect>
        <rect class="focus-ring" x=${x0 + 2} y="3" width=${Math.max(x1 - x0 - 4, 1)} height=${plotPx - 6}></rect>
        <rect class="handle" x=${x0 - 2} y=${plotPx / 2 - 8} width="4" height="16" rx="2"></rect>
        <rect class="handle" x=${x1 - 2} y=${plotPx / 2 - 8} width="4" height="16" rx="2"></rect>
        <rect class="handle-hit" data-edge="start" x=${Math.max(0, x0 - HANDLE_HIT_PX)} width=${Math.min(x0 + HANDLE_HIT_PX, widthPx) - Math.max(0, x0 - HANDLE_HIT_PX)} height=${plotPx}></rect>
        <rect class="handle-hit" data-edge="end" x=${Math.max(0, x1 - HANDLE_HIT_PX)} width=${Math.min(x1 + HANDLE_HIT_PX, widthPx) - Math.max(0, x1 - HANDLE_HIT_PX)} height=${plotPx}></rect>
      </g>
    </svg>`;
  }

  private _msAt(event: PointerEvent): number {
    const box = (event.currentTarget as SVGSVGElement).getBoundingClientRect();
    return this._scale.invert(event.clientX - box.left);
  }

  private _onPointerDown = (event: PointerEvent): void => {
    if (event.button !== 0) return;
    const svgElement = event.currentTarget as SVGSVGElement;
    const edge = (event.target as Element).getAttribute('data-edge');
    const ms = this._msAt(event);
    const current = this._current();
    if (edge === 'start' || edge === 'end') {
      this._drag = { kind: edge };
    } else if (ms >= current[0] && ms <= current[1]) {
      this._drag = { kind: 'move', grabMs: ms, window: current };
    } else {
      // A click outside the window centres the view there, then drags from the middle.
      const centred = shiftWindow(current, ms - (current[0] + current[1]) / 2, this.extent);
      this._emit(centred, false);
      this._drag = { kind: 'move', grabMs: ms, window: centred };
    }
    svgElement.setPointerCapture(event.pointerId);
    event.preventDefault();
  };

  private _onPointerMove = (event: PointerEvent): void => {
    const drag = this._drag;
    if (!drag) return;
    const ms = this._msAt(event);
    const next = drag.kind === 'move'
      ? shiftWindow(drag.window, ms - drag.grabMs, this.extent)
      : resizeWindow(this._current(), drag.kind, ms, this.extent, minWindowMs(this._resize.widthPx));
    this._emit(next, false);
  };

  private _onPointerUp = (): void => {
    if (!this._drag) return;
    this._drag = null;
    this._emit(this._current(), true);
  };

  private _onKeyDown = (event: KeyboardEvent): void => {
    if (event.key !== 'ArrowLeft' && event.key !== 'ArrowRight') return;
    const current = this._current();
    const step = ((current[1] - current[0]) / 10) * (event.key === 'ArrowRight' ? 1 : -1);
    const next = event.shiftKey
      ? resizeWindow(current, 'end', current[1] + step, this.extent, minWindowMs(this._resize.widthPx))
      : shiftWindow(current, step, this.extent);
    this._emit(next, true);
    event.preventDefault();
  };

  private _emit([startMs, endMs]: [number, number], final: boolean): void {
    this.window = { startMs, endMs };
    this.dispatchEvent(new CustomEvent<BrushDetail>('at-brush', { detail: { startMs, endMs, final } }));
  }
}

/** One bar per bin, scaled to the fullest bin, as SVG path data. */
function densityPath(bins: readonly number[], widthPx: number, plotPx: number): string {
  const max = Math.max(1, ...bins);
  const binWidth = widthPx / Math.max(1, bins.length);
  return bins
    .map((count, i) => `M${(i * binWidth).toFixed(1)},${plotPx}v${(-(count / max) * (plotPx - 4)).toFixed(1)}h${binWidth.toFixed(1)}v${((count / max) * (plotPx - 4)).toFixed(1)}z`)
    .join('');
}
