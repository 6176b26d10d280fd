import { html, LitElement, svg, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import type { ZoomTransform } from 'd3-zoom';
import type { Actor, TimelineEvent, Victim } from '../../model/types.ts';
import { assignLanes, type GroupBy, type LaneLayout } from '../../derive/lanes.ts';
import { DEFAULT_PLACE_OPTIONS, type Mark } from '../../derive/place.ts';
import type { TimeWindow } from '../../derive/view-window.ts';

export type { TimeWindow };
import { disclosureLinks, type DisclosureLink } from '../../derive/disclosure-links.ts';
import { createRowIndex, drawnEventIds, layoutView, type DrawItem, type RowIndex } from '../../derive/view-layout.ts';
import { hitTest } from '../../derive/hit-test.ts';
import { bandIsStale, chooseBand, MOVING_OVERSCAN_SCREENS, OVERSCAN_SCREENS, type Band } from '../../derive/canvas-band.ts';
import { EVENT_KINDS, type EventKind } from '../../model/types.ts';
import { truncateText } from '../../model/graphemes.ts';
import { createBaseScale, minWindowMs, scaleExtentFor, transformForRange, viewScale, windowOf, type TimeScale } from '../../scales/time-scale.ts';
import { describeWindow, timeTicks } from '../../scales/ticks.ts';
import { DEFAULT_LOCALE, formatWhen } from '../../scales/date-format.ts';
import { messagesFor, type Messages } from '../../i18n/messages.ts';
import { ZoomController } from '../../controllers/zoom-controller.ts';
import { ResizeController } from '../../controllers/resize-controller.ts';
import { ViewportController } from '../../controllers/viewport-controller.ts';
import { MediaQueryController } from '../../controllers/media-query-controller.ts';
import { emit } from '../../events.ts';
import { tokens } from '../../styles/tokens.ts';
import { chartStyles } from './chart.styles.ts';
import { GEOMETRY, renderGroups, renderMarkShape, renderTicks, round, rowTopPx } from './chart.templates.ts';
import { drawMarks, type CanvasTheme } from './draw-marks.ts';


const ZOOM_STEP = 2;
const ANIMATION_MS = 300;
const MAX_ROWS_PER_GROUP = 16;
/** Keeps the chart (and its canvas) a readable height however many events and groups there are. */
const MAX_TOTAL_ROWS = 64;
/** Extra px two marks need between them; 0 merges only marks that overlap on screen. */
const CLUSTER_GAP_PX = 0;
const HIT_TOLERANCE_PX = 12;
/** How long the view must be still before the canvas draws its full overscan again. */
const SETTLE_MS = 200;
const LABEL_FONT_PX = 12.5;
const TOOLTIP_MAX_CHARS = 70;
/** State that changes only the SVG layer on top. */
const COSMETIC_STATE = new Set(['_pointer', '_focusWithin', '_activeId']);
const TOOLTIP_CHAR_PX = 7;
const TOOLTIP_HEIGHT_PX = 42;

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

  @state() private _activeId: string | null = null;

  private readonly _resize = new ResizeController(this);
  private readonly _viewport = new ViewportController(this, {
    target: () => this.renderRoot.querySelector('.frame'),
    widthPx: () => this._resize.widthPx,
    // Redraw only when the canvas slice no longer covers the screen.
    onMove: () => {
      if (bandIsStale(this._band, this._heightPx(), this._viewport.visible, this._viewport.screenPx)) this._draw();
    },
    onPrint: () => this._draw(),
  });
  private readonly _reducedMotion = new MediaQueryController(this, '(prefers-reduced-motion: reduce)');
  private readonly _zoom = new ZoomController(this, {
    target: () => this.renderRoot.querySelector('svg.over'),
    onGestureEnd: (transform) => this._reportWindow(transform),
    oneFingerPan: () => this.touchPan,
  });

  private _layout: LaneLayout = { groups: [], rowCount: 0, rows: [], rowOf: new Map() };
  private _rows: RowIndex = { rows: [] };
  private _base: TimeScale = createBaseScale(this.extent, 1);
  private _frame: Frame = EMPTY_FRAME;
  private _windowApplied = false;
  private _focusAfterUpdate = false;
  private readonly _textWidths = new Map<string, number>();
  /** The slice the canvas holds now (see canvas-band.ts). */
  private _band: Band = { topPx: 0, bottomPx: 0 };

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

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('events') || changed.has('groupBy') || changed.has('actors') || changed.has('victims') || changed.has('extent') || changed.has('kindNames')) {
      // Lanes and the time index are built once per data or grouping change; zooming only re-projects x.
      const minGapMs = (this.extent[1] - this.extent[0]) / 60;
      this._layout = assignLanes(this.events, { groupBy: this.groupBy, actors: this.actors, victims: this.victims, minGapMs, maxRowsPerGroup: MAX_ROWS_PER_GROUP, maxTotalRows: MAX_TOTAL_ROWS, kindNames: this.kindNames });
      this._rows = createRowIndex(this._layout);
      this._viewport.forget();
      // Marks fade in after a filter or grouping change; alternating names restarts the animation.
      if (changed.get('events') !== undefined || changed.get('groupBy') !== undefined) this._fade = this._fade === 'fade-a' ? 'fade-b' : 'fade-a';
    }
    const widthPx = this._resize.widthPx;
    const [oldStart, oldEnd] = windowOf(viewScale(this._base, this._zoom.transform));
    const baseChanged = widthPx !== this._base.range()[1] || changed.has('extent');
    if (baseChanged) {
      const keepWindow = !changed.has('extent') && this._base.range()[1]! > 1;
      this._viewport.forget();
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
    const cosmetic = changed.size > 0 && [...changed.keys()].every((key) => COSMETIC_STATE.has(key as string));
    this._redraw = !cosmetic;
    const { k, x } = this._zoom.transform;
    const inputs = `${k}|${x}|${widthPx}|${this.extent[0]}|${this.extent[1]}`;
    if (inputs !== this._frameInputs || this._rows !== this._frameRows) {
      // Same rows, new window: a zoom or pan frame (see `_draw` on overscan).
      this._moving = this._rows === this._frameRows && !baseChanged;
      this._frame = this._computeFrame(widthPx);
      this._frameInputs = inputs;
      this._frameRows = this._rows;
    }
  }

  private _redraw = true;
  private _moving = false;
  private _settleTimer = 0;
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
    if (this._redraw) this._draw();
    this._reportLiveWindow();
    if (this._focusAfterUpdate) {
      this._focusAfterUpdate = false;
      this.renderRoot.querySelector<SVGElement>('.mark[tabindex="0"]')?.focus();
    }
  }

  private _draw(): void {
    const canvas = this.renderRoot.querySelector('canvas');
    const context = canvas?.getContext('2d');
    if (!canvas || !context) return;
    const heightPx = this._heightPx();
    const viewport = this._viewport;
    viewport.ensure();
    // While the view moves, only a sliver beyond the screen is drawn; the full overscan follows
    // once it has been still for a moment (a short chart is drawn whole either way).
    const bandFor = (overscan: number): Band => (viewport.printing ? { topPx: 0, bottomPx: heightPx } : chooseBand(heightPx, viewport.visible, viewport.screenPx, overscan));
    const still = bandFor(OVERSCAN_SCREENS);
    const band = this._moving ? bandFor(MOVING_OVERSCAN_SCREENS) : still;
    clearTimeout(this._settleTimer);
    if (band.topPx !== still.topPx || band.bottomPx !== still.bottomPx) {
      this._settleTimer = window.setTimeout(() => {
        this._moving = false;
        this._draw();
      }, SETTLE_MS);
    } else {
      this._moving = false;
    }
    this._band = band;
    const ratio = viewport.pixelRatio;
    const widthPx = Math.max(this._resize.widthPx, 1);
    // Setting a canvas dimension clears and reallocates it, so only when it changes.
    const deviceWidth = Math.round(widthPx * ratio);
    const deviceHeight = Math.round((band.bottomPx - band.topPx) * ratio);
    if (canvas.width !== deviceWidth) canvas.width = deviceWidth;
    if (canvas.height !== deviceHeight) canvas.height = deviceHeight;
    // CSSOM writes, not a style attribute, so a strict style-src policy allows them.
    canvas.style.top = `${band.topPx}px`;
    canvas.style.height = `${band.bottomPx - band.topPx}px`;
    context.setTransform(ratio, 0, 0, ratio, 0, -band.topPx * ratio);
    drawMarks(context, {
      items: this._frame.items,
      links: this._frame.links,
      rowCentrePx: (row) => this.rowCentrePx(row),
      geometry: GEOMETRY,
      theme: (this._cachedTheme ??= this._theme()),
      widthPx,
      band,
      textWidths: this._textWidths,
      highlightIds: this.highlightIds,
      rows: this._rows,
    });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this._settleTimer);
  }

  /** Read once: getComputedStyle on every zoom frame forces a style recalculation. */
  private _cachedTheme?: CanvasTheme;

  /**
   * Re-reads the canvas colours and font from CSS on the next frame. Call it after the theme
   * changes (the `theme` attribute, the reader's colour scheme, presentation mode).
   */
  refreshTheme(): void {
    this._cachedTheme = undefined;
    this._textWidths.clear();
    this._viewport.forget();
    this.requestUpdate();
  }

  private _theme(): CanvasTheme {
    const style = getComputedStyle(this);
    const read = (name: string) => style.getPropertyValue(name).trim();
    const kind = Object.fromEntries(EVENT_KINDS.map((k) => [k, read(`--_kind-${k}`)])) as Record<EventKind, string>;
    return {
      kind,
      text: read('--_fg'),
      muted: read('--_muted'),
      background: read('--_bg'),
      font: `${LABEL_FONT_PX}px ${style.fontFamily}`,
    };
  }

  private _heightPx(): number {
    const rows = this._layout.rowCount;
    if (rows === 0) return GEOMETRY.axisPx + 90;
    return rowTopPx(rows - 1, this._layout.groups, GEOMETRY) + GEOMETRY.rowPx + 8;
  }

  private _view(): TimeScale {
    return viewScale(this._base, this._zoom.transform);
  }

  protected override render() {
    const widthPx = Math.max(this._resize.widthPx, 1);
    const heightPx = this._heightPx();
    const { view, marks } = this._frame;
    const [startMs, endMs] = windowOf(view);
    const activeId = this._tabStopId(marks);
    const windowText = describeWindow(startMs, endMs, this.locale);
    const m = this.messages;
    const interactive = this._interactiveMarks(marks, activeId);
    // Hit-tested against the current frame, so the tooltip follows a zoom under a still pointer.
    const hovered = this._pointer
      ? hitTest(this._frame.items, (row) => this.rowCentrePx(row), this._pointer.x, this._pointer.y, HIT_TOLERANCE_PX)
      : null;
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
          @keydown=${this._onKeyDown}
          @click=${this._onClick}
          @mousemove=${this._onPointerMove}
          @mouseleave=${() => { this._pointer = null; }}
          @focusin=${() => { this._focusWithin = true; }}
          @focusout=${() => { this._focusWithin = false; }}
        >
          ${repeat(interactive, (mark) => mark.event.id, (mark) => this._renderMark(mark, activeId))}
          ${this._renderTooltip(hovered, widthPx, activeId)}
        </svg>
      </div>
    `;
  }

  /** The active (tab stop) and selected events get real, focusable SVG marks above the canvas. */
  private _interactiveMarks(marks: readonly Mark[], activeId: string | null): Mark[] {
    const selectedId = this.selectedId;
    if (activeId === null && selectedId === null) return [];
    return marks.filter(({ event }) => event.id === activeId || event.id === selectedId);
  }

  private _renderMark(mark: Mark, activeId: string | null) {
    const { event } = mark;
    const selected = event.id === this.selectedId;
    return svg`<g
      class="mark kind-${event.kind} shape-${mark.shape} ${selected ? 'selected' : ''}"
      data-id=${event.id}
      transform="translate(0,${round(this.rowCentrePx(mark.row))})"
      role="button"
      aria-pressed=${selected ? 'true' : 'false'}
      aria-label="${event.title}, ${formatWhen(event.when, this.locale)}"
      tabindex=${event.id === activeId ? 0 : -1}
      @focus=${() => { this._activeId = event.id; }}
    >${renderMarkShape(mark, GEOMETRY)}</g>`;
  }

  /** Where the pointer is over the chart, for the cursor and the tooltip. */
  @state() private _pointer: { readonly x: number; readonly y: number } | null = null;
  @state() private _focusWithin = false;

  /**
   * A compact tooltip (title and date, or a cluster's count) for the hovered item, or for the
   * focused event when the keyboard is in the chart. Drawn in SVG: no inline styles, no element
   * appended to the page.
   */
  private _renderTooltip(hovered: DrawItem | null, widthPx: number, activeId: string | null) {
    const item = hovered ?? (this._focusWithin ? this._frame.items.find((i) => i.type === 'mark' && i.mark.event.id === activeId) ?? null : null);
    if (!item) return null;
    const lines = item.type === 'mark'
      ? [item.mark.event.title, formatWhen(item.mark.event.when, this.locale)]
      : [this.messages.eventsLabel(item.cluster.count), this.messages.clusterHint];
    const row = item.type === 'mark' ? item.mark.row : item.cluster.row;
    const x0 = item.type === 'mark' ? item.mark.x0Px : item.cluster.x0Px;
    const x1 = item.type === 'mark' ? item.mark.x1Px : item.cluster.x1Px;
    const title = truncateText(lines[0]!, TOOLTIP_MAX_CHARS);
    const boxWidth = Math.min(widthPx - 8, Math.max(title.length, lines[1]!.length) * TOOLTIP_CHAR_PX + 16);
    const centre = (Math.max(x0, 0) + Math.min(x1, widthPx)) / 2;
    const left = Math.min(Math.max(centre - boxWidth / 2, 4), widthPx - boxWidth - 4);
    const rowTop = this.rowCentrePx(row) - GEOMETRY.rowPx / 2;
    // Above the row when there is room under the axis, else below it.
    const top = rowTop - TOOLTIP_HEIGHT_PX - 2 > GEOMETRY.axisPx ? rowTop - TOOLTIP_HEIGHT_PX - 2 : rowTop + GEOMETRY.rowPx + 2;
    return svg`<g class="tooltip" aria-hidden="true" transform="translate(${round(left)},${round(top)})">
      <rect width=${round(boxWidth)} height=${TOOLTIP_HEIGHT_PX} rx="4"></rect>
      <text class="tooltip-title" x="8" y="17">${title}</text>
      <text class="tooltip-date" x="8" y="34">${lines[1]}</text>
    </g>`;
  }

  /**
   * A pointer position in the chart's own px. The box on screen can be larger than the layout
   * (CSS `zoom` in presentation mode, or the app page on a projector), so scale back by its ratio.
   */
  private _localPoint(event: MouseEvent): { x: number; y: number } {
    const box = (event.currentTarget as SVGSVGElement).getBoundingClientRect();
    const scale = box.width > 0 ? box.width / Math.max(this._resize.widthPx, 1) : 1;
    return { x: (event.clientX - box.left) / scale, y: (event.clientY - box.top) / scale };
  }

  private _itemAt(event: MouseEvent): DrawItem | null {
    const { x, y } = this._localPoint(event);
    return hitTest(this._frame.items, (row) => this.rowCentrePx(row), x, y, HIT_TOLERANCE_PX);
  }

  private _onClick = (event: MouseEvent): void => {
    const item = this._itemAt(event);
    if (!item) return;
    if (item.type === 'mark') {
      this._select(item.mark.event.id);
      return;
    }
    // Zoom to the members, but always by at least four times around them, so every click on a
    // cluster makes progress even when it spans most of the view.
    const { startMs, endMs } = item.cluster;
    const [viewStart, viewEnd] = windowOf(this._frame.view);
    const pad = Math.max((endMs - startMs) * 0.1, minWindowMs(this._resize.widthPx) / 2);
    const span = Math.min(endMs - startMs + 2 * pad, (viewEnd - viewStart) / 4);
    const centre = (startMs + endMs) / 2;
    void this._moveTo(centre - span / 2, centre + span / 2);
  };

  private _onPointerMove = (event: MouseEvent): void => {
    this._pointer = this._localPoint(event);
  };

  /** The one mark in the tab order: the active one if drawn, else the selected, else the first drawn. */
  private _tabStopId(marks: readonly Mark[]): string | null {
    // A scan, not a set of every drawn id: this runs on each frame with thousands of marks.
    const activeId = this._activeId;
    const selectedId = this.selectedId;
    if (activeId === null && selectedId === null) return marks[0]?.event.id ?? null;
    let selectedDrawn = false;
    for (const { event } of marks) {
      if (event.id === activeId) return activeId;
      if (event.id === selectedId) selectedDrawn = true;
    }
    return selectedDrawn ? selectedId : marks[0]?.event.id ?? null;
  }

  private _select(id: string | null): void {
    if (id === this.selectedId) return;
    this.selectedId = id;
    if (id !== null) this._activeId = id;
    emit(this, 'at-select', { id });
  }

  private _onKeyDown = (event: KeyboardEvent): void => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const handled = this._handleKey(event);
    if (handled) {
      event.preventDefault();
      event.stopPropagation();
    }
  };

  private _handleKey(event: KeyboardEvent): boolean {
    const widthPx = this._resize.widthPx;
    switch (event.key) {
      case '+':
      case '=':
        void this._zoomBy(ZOOM_STEP);
        return true;
      case '-':
      case '_':
        void this._zoomBy(1 / ZOOM_STEP);
        return true;
      case '0':
        void this._fit();
        return true;
      case 'Escape':
        if (this.selectedId === null) return false;
        this._select(null);
        return true;
      case 'Enter':
      case ' ': {
        const id = this._tabStopId(this._frame.marks);
        if (id === null) return false;
        this._select(id);
        return true;
      }
      case 'ArrowLeft':
      case 'ArrowRight':
        if (event.shiftKey) {
          this._zoom.panBy((event.key === 'ArrowRight' ? 1 : -1) * widthPx / 4);
          this._reportWindow(this._zoom.transform);
          return true;
        }
        return this._moveActive(event.key === 'ArrowRight' ? 1 : -1);
      case 'Home':
      case 'End':
        return this._moveActiveTo(event.key === 'Home' ? 0 : this.events.length - 1);
      default:
        return false;
    }
  }

  private _moveActive(step: 1 | -1): boolean {
    if (this.events.length === 0) return false;
    const current = this._tabStopId(this._frame.marks);
    const index = this.events.findIndex((event) => event.id === current);
    const next = index === -1 ? 0 : Math.min(this.events.length - 1, Math.max(0, index + step));
    return this._moveActiveTo(next);
  }

  private _moveActiveTo(index: number): boolean {
    const target = this.events[index];
    if (!target) return false;
    this._activeId = target.id;
    this._bringIntoView(target);
    this._focusAfterUpdate = true;
    return true;
  }

  /** Pans (keeping the zoom) so an event outside the window comes to the middle of the view. */
  private _bringIntoView(event: TimelineEvent): void {
    const [startMs, endMs] = windowOf(this._view());
    const { startMs: eventStart, endMs: eventEnd } = event.when;
    if (eventEnd > startMs && eventStart < endMs) return;
    const span = endMs - startMs;
    const centre = (eventStart + eventEnd) / 2;
    this._zoom.jumpTo(transformForRange(this._base, centre - span / 2, centre + span / 2));
    this.requestUpdate();
    this._reportWindow(this._zoom.transform);
  }

  private async _zoomBy(factor: number): Promise<void> {
    await this._zoom.zoomBy(factor, this._resize.widthPx / 2, this._animationMs());
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

