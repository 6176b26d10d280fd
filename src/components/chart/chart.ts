import { html, LitElement, svg, type PropertyDeclaration, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import type { Actor, TimelineEvent, Victim } from '../../model/types.ts';
import { assignLanes, type GroupBy, type LaneLayout } from '../../derive/lanes.ts';
import { DEFAULT_PLACE_OPTIONS, type Mark } from '../../derive/place.ts';
import type { TimeWindow } from '../../derive/view-window.ts';
import { disclosureLinks, type DisclosureLink } from '../../derive/disclosure-links.ts';
import { createRowIndex, drawnEventIds, layoutView, type DrawItem, type RowIndex } from '../../derive/view-layout.ts';
import { hitTest } from '../../derive/hit-test.ts';
import { clusterZoomWindow } from '../../derive/chart-navigation.ts';
import { createBaseScale, minWindowMs, scaleExtentFor, transformForRange, viewScale, windowOf, type TimeScale } from '../../scales/time-scale.ts';
import { describeWindow, timeTicks } from '../../scales/ticks.ts';
import { zoomAnchorPx } from '../../scales/zoom-anchor.ts';
import type { ZoomTransform } from '../../scales/zoom-transform.ts';
import { DEFAULT_LOCALE } from '../../scales/date-format.ts';
import { messagesFor, type Messages } from '../../i18n/messages.ts';
import { ZoomController } from '../../controllers/zoom-controller.ts';
import { ResizeController } from '../../controllers/resize-controller.ts';
import { MediaQueryController } from '../../controllers/media-query-controller.ts';
import { emit } from '../../events.ts';
import { tokens } from '../../styles/tokens.ts';
import { chartStyles } from './chart.styles.ts';
import { GEOMETRY, renderGroups, renderTicks, round, rowTopPx } from './chart.templates.ts';
import { CanvasController } from './canvas-controller.ts';
import { FocusController } from './focus-controller.ts';
import { KeyboardController } from './keyboard-controller.ts';
import { HIT_TOLERANCE_PX, localPoint, TooltipController } from './tooltip-controller.ts';

export type { TimeWindow };

const ZOOM_STEP = 2;
const ANIMATION_MS = 300;
const MAX_ROWS_PER_GROUP = 16;
/** Keeps the chart (and its canvas) a readable height however many events and groups there are. */
const MAX_TOTAL_ROWS = 64;
/** Extra px two marks need between them; 0 merges only marks that overlap on screen. */
const CLUSTER_GAP_PX = 0;
/** The key of an update that changes only the SVG layer on top (hover, focus): no layout, no canvas redraw. */
const COSMETIC = '_cosmetic';
const ALWAYS_CHANGED: PropertyDeclaration = { hasChanged: () => true };

/** Everything the current view shows, computed once per update. */
interface Frame {
  readonly view: TimeScale;
  readonly marks: readonly Mark[];
  readonly items: readonly DrawItem[];
  readonly links: readonly DisclosureLink[];
}

const EMPTY_FRAME: Frame = { view: createBaseScale([0, 1], 1), marks: [], items: [], links: [] };

/**
 * The zoomable time chart: events in rows grouped by actor, victim or kind, over a UTC axis.
 * It owns the zoom gesture and reports the window at the end of each user gesture.
 *
 * Keyboard (when the chart has focus): ←/→ previous/next event, Home/End first/last,
 * Enter or Space selects, Esc clears the selection, + and − zoom, 0 fits all, Shift+←/→ pans.
 *
 * @fires at-select - the user selected an event (detail `{id}`), or cleared it with Esc (`{id: null}`)
 * @fires at-view-change - the visible window after a user zoom or pan (detail `{startMs, endMs}`)
 * @fires at-view-input - the drawn window, on every change however caused (detail `{startMs, endMs}`); does not bubble
 * @fires at-zoom-unavailable - the zoom gesture code could not be loaded (detail `{file}`); zooming still works, without animation; does not bubble
 * @csspart toolbar - the row with the window label and the zoom buttons
 * @csspart chart - the framed SVG drawing
 */
export class AtChart extends LitElement {
  static override styles = [tokens, chartStyles];

  /** Events to draw (already filtered), sorted by start. */
  @property({ attribute: false }) events: readonly TimelineEvent[] = [];
  /** The full time extent [startMs, endMs]; filtering never changes it, so the axis stays put. */
  @property({ attribute: false }) extent: readonly [number, number] = [Date.UTC(2006, 0, 1), Date.UTC(2020, 0, 1)];
  @property({ attribute: false }) actors: ReadonlyMap<string, Actor> = new Map();
  @property({ attribute: false }) victims: ReadonlyMap<string, Victim> = new Map();
  @property({ attribute: 'group-by' }) groupBy: GroupBy = 'actor';
  @property({ attribute: false }) selectedId: string | null = null;
  /** Setting it moves the view there; user gestures move the view without changing it. */
  @property({ attribute: false }) window: TimeWindow | null = null;
  /** One finger pans the chart (full-page app) instead of scrolling the page (article). */
  @property({ type: Boolean, attribute: 'touch-pan' }) touchPan = false;
  /** Shown when `events` is empty. */
  @property({ attribute: false }) emptyMessage = 'No events to show.';
  /** BCP 47 locale of the axis labels and the window text (the platform's Intl). */
  @property({ attribute: false }) locale: string = DEFAULT_LOCALE;
  /** The UI text of the toolbar, the keyboard label and the tooltip. */
  @property({ attribute: false }) messages: Messages = messagesFor('en');
  /** Row labels for kinds when grouping by kind, in the reader's language. */
  @property({ attribute: false }) kindNames: Readonly<Partial<Record<string, string>>> = {};
  /** Events drawn with a highlight ring (search matches); a cluster holding one gets a ring too. */
  @property({ attribute: false }) highlightIds: ReadonlySet<string> = new Set();

  private readonly _resize = new ResizeController(this);
  private readonly _canvas = new CanvasController(this, {
    canvas: () => this.renderRoot.querySelector('canvas'),
    frameElement: () => this.renderRoot.querySelector('.frame'),
    widthPx: () => this._resize.widthPx,
    frame: () => ({ ...this._frame, rowCentrePx: this._rowCentre, geometry: GEOMETRY, heightPx: this._heightPx(), highlightIds: this.highlightIds, rows: this._rows }),
  });
  private readonly _reducedMotion = new MediaQueryController(this, '(prefers-reduced-motion: reduce)');
  private readonly _zoom = new ZoomController(this, {
    target: () => this._over(),
    onGestureEnd: (transform) => this._reportWindow(transform),
    oneFingerPan: () => this.touchPan,
    onUnavailable: (file) => this.dispatchEvent(new CustomEvent<{ file: string }>('at-zoom-unavailable', { detail: { file } })),
  });
  private readonly _cosmeticUpdate = () => this.requestUpdate(COSMETIC, undefined, ALWAYS_CHANGED);
  private readonly _focus = new FocusController(this, () => this._over(), this._cosmeticUpdate);
  private readonly _tooltip = new TooltipController(this, () => this._over(), () => this._resize.widthPx, this._cosmeticUpdate);
  protected readonly _keys = new KeyboardController(this, () => this._over(), {
    events: () => this.events,
    selectedId: () => this.selectedId,
    tabStop: () => this._focus.tabStop(this._frame.marks, this.selectedId),
    select: (id) => this._select(id),
    zoom: (direction) => void this._zoomBy(direction === 'in' ? ZOOM_STEP : 1 / ZOOM_STEP),
    fit: () => void this._fit(),
    pan: (fraction) => {
      this._zoom.panBy(fraction * this._resize.widthPx);
      this._reportWindow(this._zoom.transform);
    },
    activate: (event) => {
      this._focus.activate(event.id, true);
      this._bringIntoView(event);
    },
  });

  private _layout: LaneLayout = { groups: [], rowCount: 0, rows: [], rowOf: new Map() };
  private _rows: RowIndex = { rows: [] };
  private _base: TimeScale = createBaseScale(this.extent, 1);
  private _frame: Frame = EMPTY_FRAME;
  private _windowApplied = false;

  /** The visible window right now, in UTC ms. */
  get visibleWindow(): TimeWindow {
    const [startMs, endMs] = windowOf(viewScale(this._base, this._zoom.transform));
    return { startMs, endMs };
  }

  /** Ids of the events drawn in the current window (alone or inside a cluster). */
  get visibleIds(): string[] {
    return drawnEventIds(this._rows, this._frame.items);
  }

  /** The marks as laid out for the current frame (read-only; for inspection and tests). */
  get drawnMarks(): readonly Mark[] {
    return this._frame.marks;
  }

  /** What is drawn: single marks and clusters. */
  get drawnItems(): readonly DrawItem[] {
    return this._frame.items;
  }

  /** Centre y of a row, in px from the top of the chart. */
  rowCentrePx(row: number): number {
    return rowTopPx(row, this._layout.groups, GEOMETRY) + GEOMETRY.rowPx / 2;
  }

  private readonly _rowCentre = (row: number) => this.rowCentrePx(row);

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('events') || changed.has('groupBy') || changed.has('actors') || changed.has('victims') || changed.has('extent') || changed.has('kindNames')) {
      // Lanes and the time index are built once per data or grouping change; zooming only re-projects x.
      const minGapMs = (this.extent[1] - this.extent[0]) / 60;
      this._layout = assignLanes(this.events, { groupBy: this.groupBy, actors: this.actors, victims: this.victims, minGapMs, maxRowsPerGroup: MAX_ROWS_PER_GROUP, maxTotalRows: MAX_TOTAL_ROWS, kindNames: this.kindNames });
      this._rows = createRowIndex(this._layout);
      this._canvas.forget();
      // Marks fade in after a filter or grouping change; alternating names restarts the animation.
      if (changed.get('events') !== undefined || changed.get('groupBy') !== undefined) this._fade = this._fade === 'fade-a' ? 'fade-b' : 'fade-a';
    }
    const widthPx = this._resize.widthPx;
    const [oldStart, oldEnd] = windowOf(viewScale(this._base, this._zoom.transform));
    const baseChanged = widthPx !== this._base.range()[1] || changed.has('extent');
    if (baseChanged) {
      const keepWindow = !changed.has('extent') && this._base.range()[1]! > 1;
      this._canvas.forget();
      this._base = createBaseScale(this.extent, widthPx);
      this._zoom.jumpTo(keepWindow ? transformForRange(this._base, oldStart, oldEnd) : this._zoom.transform);
    }
    if (this.window && widthPx > 0 && (changed.has('window') || !this._windowApplied)) {
      const target = transformForRange(this._base, this.window.startMs, this.window.endMs);
      if (this.window.animate && this._windowApplied && this._animationMs() > 0) void this._zoom.moveTo(target, this._animationMs());
      else this._zoom.jumpTo(target);
      this._windowApplied = true;
    }
    this._zoom.setBounds(Math.max(widthPx, 1), this._heightPx(), scaleExtentFor(this.extent, Math.max(widthPx, 1)));
    // Hover and focus changes re-render only the SVG layer: no new layout, no canvas redraw.
    const cosmetic = changed.size > 0 && [...changed.keys()].every((key) => key === COSMETIC);
    this._redraw = !cosmetic;
    const { k, x } = this._zoom.transform;
    const inputs = `${k}|${x}|${widthPx}|${this.extent[0]}|${this.extent[1]}`;
    if (inputs !== this._frameInputs || this._rows !== this._frameRows) {
      // Same rows, new window: a zoom or pan frame (see `_draw` on overscan).
      this._canvas.moving = this._rows === this._frameRows && !baseChanged;
      this._frame = this._computeFrame(widthPx);
      this._frameInputs = inputs;
      this._frameRows = this._rows;
    }
  }

  private _redraw = true;
  private _fade: '' | 'fade-a' | 'fade-b' = '';
  private _frameInputs = '';
  private _frameRows: RowIndex | null = null;

  /** Cull, place and cluster for the current view: the per-frame part of the pipeline. */
  private _computeFrame(widthPx: number): Frame {
    const view = viewScale(this._base, this._zoom.transform);
    if (widthPx <= 0) return { ...EMPTY_FRAME, view };
    const [startMs, endMs] = windowOf(view);
    const items = layoutView(this._rows, { startMs, endMs, widthPx }, { ...DEFAULT_PLACE_OPTIONS, widthPx, clusterGapPx: CLUSTER_GAP_PX });
    const marks = items.flatMap((item) => (item.type === 'mark' ? [item.mark] : []));
    return { view, marks, items, links: disclosureLinks(marks) };
  }

  protected override updated(): void {
    if (this._redraw) this._canvas.paint();
    this._reportLiveWindow();
  }

  /**
   * Re-reads the canvas colours and font from CSS on the next frame. Call it after the theme
   * changes (the `theme` attribute, the reader's colour scheme, presentation mode).
   */
  refreshTheme(): void {
    this._canvas.refreshTheme();
    this.requestUpdate();
  }

  private _heightPx(): number {
    const rows = this._layout.rowCount;
    if (rows === 0) return GEOMETRY.axisPx + 90;
    return rowTopPx(rows - 1, this._layout.groups, GEOMETRY) + GEOMETRY.rowPx + 8;
  }

  /** The SVG layer on top: it takes pointer, keyboard and focus input over the canvas. */
  private _over(): SVGSVGElement | null {
    return this.renderRoot.querySelector('svg.over');
  }

  protected override render() {
    const widthPx = Math.max(this._resize.widthPx, 1);
    const heightPx = this._heightPx();
    const { view, marks } = this._frame;
    const [startMs, endMs] = windowOf(view);
    const activeId = this._focus.tabStop(marks, this.selectedId);
    const windowText = describeWindow(startMs, endMs, this.locale);
    const m = this.messages;
    const tooltip = { items: this._frame.items, widthPx, rowCentrePx: this._rowCentre, rowPx: GEOMETRY.rowPx, axisPx: GEOMETRY.axisPx, locale: this.locale, messages: m };
    const hovered = this._tooltip.hovered(tooltip);
    const focused = this._focus.within ? this._frame.items.find((item) => item.type === 'mark' && item.mark.event.id === activeId) ?? null : null;
    return html`
      <div class="toolbar" part="toolbar">
        <span class="window" aria-live="polite">${m.showing(windowText)}</span>
        <span class="zoom-buttons" role="group" aria-label=${m.zoom}>
          <button type="button" class="zoom-out" title=${m.zoomOutTitle} aria-label=${m.zoomOut} @click=${() => this._zoomBy(1 / ZOOM_STEP)}>−</button>
          <button type="button" class="zoom-in" title=${m.zoomInTitle} aria-label=${m.zoomIn} @click=${() => this._zoomBy(ZOOM_STEP)}>+</button>
          <button type="button" class="fit" title=${m.fitTitle} @click=${() => this._fit()}>${m.fit}</button>
        </span>
      </div>
      <div class="frame" part="chart">
        <svg class="under" width=${widthPx} height=${heightPx} aria-hidden="true">
          ${renderGroups(this._layout.groups, widthPx, GEOMETRY)}
          ${renderTicks(timeTicks(view, widthPx, this.locale), widthPx, heightPx)}
          ${this.events.length === 0
            ? svg`<text class="empty" x=${round(widthPx / 2)} y=${GEOMETRY.axisPx + 45} text-anchor="middle">${this.emptyMessage}</text>`
            : null}
        </svg>
        <canvas class=${this._fade} aria-hidden="true"></canvas>
        <svg
          class="over ${hovered ? 'hovering' : ''} ${this.touchPan ? 'touch-pan' : ''}"
          width=${widthPx}
          height=${heightPx}
          role="group"
          aria-roledescription="timeline"
          aria-label=${m.chartLabel(windowText, marks.length, this.events.length)}
          tabindex=${activeId === null ? 0 : -1}
          @click=${this._onClick}
        >
          ${this._focus.renderMarks(marks, this.selectedId, this._rowCentre, this.locale)}
          ${this._tooltip.render(hovered ?? focused, tooltip)}
        </svg>
      </div>
    `;
  }

  private _onClick = (event: MouseEvent): void => {
    const { x, y } = localPoint(event, this._resize.widthPx);
    const item = hitTest(this._frame.items, this._rowCentre, x, y, HIT_TOLERANCE_PX);
    if (!item) return;
    if (item.type === 'mark') {
      this._select(item.mark.event.id);
      return;
    }
    const { startMs, endMs } = clusterZoomWindow(item.cluster, windowOf(this._frame.view), minWindowMs(this._resize.widthPx));
    void this._moveTo(startMs, endMs);
  };

  private _select(id: string | null): void {
    if (id === this.selectedId) return;
    this.selectedId = id;
    if (id !== null) this._focus.activate(id);
    emit(this, 'at-select', { id });
  }

  /** Pans (keeping the zoom) so an event outside the window comes to the middle of the view. */
  private _bringIntoView(event: TimelineEvent): void {
    const [startMs, endMs] = windowOf(viewScale(this._base, this._zoom.transform));
    const { startMs: eventStart, endMs: eventEnd } = event.when;
    if (eventEnd > startMs && eventStart < endMs) return;
    const span = endMs - startMs;
    const centre = (eventStart + eventEnd) / 2;
    this._zoom.jumpTo(transformForRange(this._base, centre - span / 2, centre + span / 2));
    this.requestUpdate();
    this._reportWindow(this._zoom.transform);
  }

  /** Zooms about the selected event, else the middle mark drawn (never into an empty stretch). */
  private async _zoomBy(factor: number): Promise<void> {
    const widthPx = this._resize.widthPx;
    const visibleCentre = ({ x0Px, x1Px }: { x0Px: number; x1Px: number }) => (Math.max(x0Px, 0) + Math.min(Math.max(x1Px, x0Px), widthPx)) / 2;
    const centres = this._frame.items.map((item) => visibleCentre(item.type === 'mark' ? item.mark : item.cluster));
    const selected = this._frame.marks.find((mark) => mark.event.id === this.selectedId);
    const anchorPx = zoomAnchorPx(centres, selected ? visibleCentre(selected) : null, widthPx);
    await this._zoom.zoomBy(factor, anchorPx, this._animationMs());
    this._reportWindow(this._zoom.transform);
  }

  private async _fit(): Promise<void> {
    await this._moveTo(this.extent[0], this.extent[1]);
  }

  private async _moveTo(startMs: number, endMs: number): Promise<void> {
    await this._zoom.moveTo(transformForRange(this._base, startMs, endMs), this._animationMs());
    this._reportWindow(this._zoom.transform);
  }

  /** Animates to a window (used by the shell's zoomTo); resolves when there. */
  async animateTo(window: TimeWindow): Promise<void> {
    await this._zoom.moveTo(transformForRange(this._base, window.startMs, window.endMs), this._animationMs());
  }

  private _animationMs(): number {
    return this._reducedMotion.matches ? 0 : ANIMATION_MS;
  }

  private _lastLiveWindow = '';

  /**
   * Fires `at-view-input` (not bubbling; for the shell's overview strip) whenever the drawn window
   * changed, whatever moved it: gesture, animation, resize or a new `window`.
   */
  private _reportLiveWindow(): void {
    const [startMs, endMs] = windowOf(this._frame.view);
    const key = `${startMs}:${endMs}`;
    if (key === this._lastLiveWindow || this._resize.widthPx <= 0) return;
    this._lastLiveWindow = key;
    this.dispatchEvent(new CustomEvent<TimeWindow>('at-view-input', { detail: { startMs, endMs } }));
  }

  private _reportWindow(transform: ZoomTransform): void {
    const [startMs, endMs] = windowOf(viewScale(this._base, transform));
    emit(this, 'at-view-change', { startMs, endMs });
  }
}

