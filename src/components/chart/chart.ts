import { html, LitElement, svg, type PropertyDeclaration, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import type { Actor, TimelineEvent, Victim } from '../../model/types.ts';
import { assignLanes, type GroupBy, type LaneLayout } from '../../derive/lanes.ts';
import { DEFAULT_PLACE_OPTIONS, type Mark } from '../../derive/place.ts';
import type { TimeWindow } from '../../derive/view-window.ts';
import { disclosureLinks, linkArc, linksTouching, type ArcPoints, type DisclosureLink } from '../../derive/disclosure-links.ts';
import { clusterMembers, createRowIndex, drawnEventIds, layoutView, type Cluster, type DrawItem, type RowIndex } from '../../derive/view-layout.ts';
import { hitTest } from '../../derive/hit-test.ts';
import { textWidthPx } from '../../derive/text-width.ts';
import { calloutBandPx, keyMomentNumbers, placeCallouts, type CalloutBox } from '../../derive/callout-layout.ts';
import { labelAt, placeLabels, plateWhereCrossed, type LabelBox } from '../../derive/label-layout.ts';
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
import { BASE_FONT_PX, chartGeometry, GEOMETRY, renderGroups, renderTicks, round, rowTopPx, type ChartGeometry } from './chart.templates.ts';
import { CanvasController } from './canvas-controller.ts';
import type { SubjectLabel } from './draw-marks.ts';
import { FocusController } from './focus-controller.ts';
import { KeyboardController } from './keyboard-controller.ts';
import { HIT_TOLERANCE_PX, localPoint, TooltipController } from './tooltip-controller.ts';
import { readChartFont, TextMeasure } from './text-measure.ts';
import { CLUSTER_LIST_MAX, positionClusterList, renderClusterList } from './cluster-list.ts';

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
  readonly labels: readonly LabelBox[];
  readonly callouts: readonly CalloutBox[];
}

/** A disclosure arc as drawn (for the selected or hovered event): its link and its polyline. */
export interface DrawnArc {
  readonly fromId: string;
  readonly toId: string;
  readonly kind: TimelineEvent['kind'];
  readonly points: ArcPoints;
  readonly lineWidthPx: number;
}

const ARC_LINE_PX = 1.5;
const EMPTY_FRAME: Frame = { view: createBaseScale([0, 1], 1), marks: [], items: [], links: [], labels: [], callouts: [] };
/** Narrowest room a label is drawn in. */
const LABEL_MIN_PX = 40;
/** Lines of the callout band above the rows, and their height. */
const CALLOUT_LINES = 3;
const CALLOUT_LINE_PX = 22;
/** Space a mark and the gaps around its title take in a row, besides the title. */
const LANE_PAD_PX = 24;

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
  /**
   * The window the dataset opens on (null: the whole extent). Lanes leave room for titles at its
   * scale; it is a property of the data, so lanes never depend on where the reader has been.
   */
  @property({ attribute: false }) opening: TimeWindow | null = null;
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
  /** Events to emphasise (a presentation step's subject): the rest is dimmed. Empty: none. */
  @property({ attribute: false }) emphasisIds: ReadonlySet<string> = new Set();

  private readonly _resize = new ResizeController(this);
  private readonly _canvas = new CanvasController(this, {
    canvas: () => this.renderRoot.querySelector('canvas'),
    frameElement: () => this.renderRoot.querySelector('.frame'),
    widthPx: () => this._resize.widthPx,
    frame: () => ({ ...this._frame, labels: this._labels, arcs: this._arcs, rowCentrePx: this._rowCentre, geometry: this._geometry, heightPx: this._heightPx(), highlightIds: this.highlightIds, emphasisIds: this.emphasisIds, rows: this._rows, font: this._text().font }),
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
  private readonly _tooltip = new TooltipController(this, () => this._over(), () => this._resize.widthPx, () => this._pointerMoved());
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
      this._openClusterHolding(event.id);
    },
  });

  private _layout: LaneLayout = { groups: [], rowCount: 0, rows: [], rowOf: new Map() };
  private _rows: RowIndex = { rows: [] };
  private _base: TimeScale = createBaseScale(this.extent, 1);
  private _frame: Frame = EMPTY_FRAME;
  private _windowApplied = false;
  /** The animated move to `window` under way, if any (a resize must not leave it half done). */
  private _flight: Promise<void> | null = null;
  private _openingApplied = false;

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

  /**
   * Moves keyboard focus to an event's mark (making it the active one), or to the chart when the
   * mark is not drawn: where focus goes back to when the event's details close.
   */
  async focusEvent(id: string): Promise<void> {
    this._focus.activate(id, true);
    await this.updateComplete;
    if (!this.renderRoot.querySelector('.mark[tabindex="0"]')) this._over()?.focus({ preventScroll: true });
  }

  /** An event's drawn mark, if it is drawn (the shell keeps it clear of the details sheet). */
  markOf(id: string): Element | null {
    return this.renderRoot.querySelector(`.mark[data-id="${CSS.escape(id)}"]`);
  }

  /**
   * When the chart is its own scroll container (a presentation fits it to the screen), scrolls it
   * as little as brings the row of event `id` into view (the axis stays in sight when it can);
   * otherwise, or when `id` is not drawn, does nothing.
   */
  scrollRowIntoView(id: string): void {
    if (this.scrollHeight <= this.clientHeight) return;
    const mark = this._frame.marks.find((candidate) => candidate.event.id === id);
    const frame = this.renderRoot.querySelector('.frame');
    if (!mark || !frame) return;
    const frameTop = frame.getBoundingClientRect().top - this.getBoundingClientRect().top + this.scrollTop;
    const rowPx = this._geometry.rowPx;
    const top = frameTop + this.rowCentrePx(mark.row) - rowPx;
    const bottom = top + 2 * rowPx;
    if (top < this.scrollTop) this.scrollTop = top;
    else if (bottom > this.scrollTop + this.clientHeight) this.scrollTop = bottom - this.clientHeight;
  }

  /** Where the labels of the emphasised events were drawn in the last paint (for inspection and tests). */
  get subjectLabels(): readonly SubjectLabel[] {
    return this._canvas.subjectLabels;
  }

  /** Width of `text` as a label at the chart's text size, px (a subject's label is drawn semibold). */
  labelWidthPx(text: string): number {
    return this._canvas.measureLabel(text);
  }

  /** The labels drawn in the current frame, cluster counts included (read-only; for inspection and tests). */
  get drawnLabels(): readonly LabelBox[] {
    return this._labels;
  }

  /** The key moments' callouts drawn in the current frame. */
  get drawnCallouts(): readonly CalloutBox[] {
    return this._frame.callouts;
  }

  /** The disclosure arcs drawn: only those of the selected event (in presentation, the step's subject) and the hovered one. */
  get drawnArcs(): readonly DrawnArc[] {
    return this._arcs;
  }

  private _labels: readonly LabelBox[] = [];
  private _arcs: readonly DrawnArc[] = [];

  /** The label font and its measured character widths, read from CSS once per theme. */
  private _text(): TextMeasure {
    if (!this._textMeasure) {
      const { font, fontPx } = readChartFont(this, this.renderRoot.querySelector('canvas'));
      this._textMeasure = new TextMeasure(font, fontPx);
    }
    return this._textMeasure;
  }

  private _textMeasure?: TextMeasure;

  /** Centre y of a row, in px from the top of the chart. */
  rowCentrePx(row: number): number {
    return rowTopPx(row, this._layout.groups, this._geometry) + this._geometry.rowPx / 2;
  }

  private readonly _rowCentre = (row: number) => this.rowCentrePx(row);

  protected override willUpdate(changed: PropertyValues<this>): void {
    // Lanes depend on the width only by steps of 25%, so a given width always gets the same rows.
    const laneWidthPx = this._resize.widthPx > 0 ? Math.round(1.25 ** Math.round(Math.log(this._resize.widthPx) / Math.log(1.25))) : 0;
    const laneWidthChanged = laneWidthPx !== this._laneWidthPx;
    if (laneWidthChanged || changed.has('events') || changed.has('groupBy') || changed.has('actors') || changed.has('victims') || changed.has('extent') || changed.has('opening') || changed.has('kindNames')) {
      this._laneWidthPx = laneWidthPx;
      // Lanes and the time index are built once per data or grouping change; zooming only re-projects x.
      const minGapMs = this._laneGapMs();
      this._keyMoments = keyMomentNumbers(this.events);
      this._geometry = this._withCallouts(this._fontGeometry);
      this._layout = assignLanes(this.events, { groupBy: this.groupBy, actors: this.actors, victims: this.victims, minGapMs, maxRowsPerGroup: MAX_ROWS_PER_GROUP, maxTotalRows: MAX_TOTAL_ROWS, kindNames: this.kindNames });
      this._rows = createRowIndex(this._layout);
      this._canvas.forget();
      // Marks fade in after a filter or grouping change; alternating names restarts the animation.
      if (changed.get('events') !== undefined || changed.get('groupBy') !== undefined) this._fade = this._fade === 'fade-a' ? 'fade-b' : 'fade-a';
    }
    const widthPx = this._resize.widthPx;
    const [oldStart, oldEnd] = windowOf(viewScale(this._base, this._zoom.transform));
    const baseChanged = widthPx !== this._base.range()[1] || changed.has('extent');
    // The width changing mid-flight (the details panel opening beside the chart as a search
    // flies to its match) re-bases the scale and stops the flight: finish it at the new width.
    const resumeFlight = baseChanged && this._flight !== null;
    if (baseChanged) {
      const keepWindow = !changed.has('extent') && this._base.range()[1]! > 1;
      this._canvas.forget();
      this._base = createBaseScale(this.extent, widthPx);
      this._zoom.jumpTo(keepWindow ? transformForRange(this._base, oldStart, oldEnd) : this._zoom.transform);
    }
    // A new dataset opens on its opening window (or whole), unless a window is asked for; applied
    // once the width is known, so the transform is computed for the real width.
    if (changed.has('extent') || changed.has('opening')) this._openingApplied = false;
    if (!this._openingApplied && widthPx > 0) {
      if (!this.window) this._zoom.jumpTo(transformForRange(this._base, this.opening?.startMs ?? this.extent[0], this.opening?.endMs ?? this.extent[1]));
      this._openingApplied = true;
    }
    if (this.window && widthPx > 0 && (changed.has('window') || !this._windowApplied || resumeFlight)) {
      const target = transformForRange(this._base, this.window.startMs, this.window.endMs);
      if (this.window.animate && this._windowApplied && this._animationMs() > 0) {
        const flight = this._zoom.moveTo(target, this._animationMs()).finally(() => {
          if (this._flight === flight) this._flight = null;
        });
        this._flight = flight;
      } else this._zoom.jumpTo(target);
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
      this._openCluster = null;
      this._frameRows = this._rows;
    }
    if (!cosmetic) this._placeArcs();
  }

  /** Arcs for the selected and hovered events only; labels they cross get a plate. */
  private _placeArcs(): void {
    const ids = new Set([this.selectedId, this._hoverId].filter((id): id is string => id !== null));
    this._arcs = linksTouching(this._frame.links, ids).map((link) => ({
      fromId: link.from.event.id, toId: link.to.event.id, kind: link.to.event.kind, points: linkArc(link, this._rowCentre), lineWidthPx: ARC_LINE_PX,
    }));
    this._labels = plateWhereCrossed(this._frame.labels, this._arcs.map((arc) => arc.points), this._rowCentre, this._text().fontPx * 0.6);
  }

  /** The event under the pointer, whose disclosure arcs are drawn. */
  private _hoverId: string | null = null;

  /** The pointer moved: the tooltip follows (layer on top only); a new hovered event repaints its arcs. */
  private _pointerMoved(): void {
    const pointer = this._tooltip.pointer;
    const item = pointer ? hitTest(this._frame.items, this._rowCentre, pointer.x, pointer.y, HIT_TOLERANCE_PX) ?? this._itemOfLabelAt(pointer.x, pointer.y) : null;
    const id = item?.type === 'mark' ? item.mark.event.id : null;
    if (id !== this._hoverId) {
      const hadArcs = this._arcs.length > 0;
      this._hoverId = id;
      // The frame is unchanged: only the arcs and the plates they need, so repaint directly.
      if (hadArcs || (id !== null && this._frame.links.some((link) => link.from.event.id === id || link.to.event.id === id))) {
        this._placeArcs();
        this._canvas.paint();
      }
    }
    this._cosmeticUpdate();
  }

  private _laneWidthPx = 0;
  /** The key moments among the events, numbered; the rows start below their callout band. */
  private _keyMoments: ReadonlyMap<string, number> = new Map();
  private _geometry: ChartGeometry = GEOMETRY;

  /**
   * Time each event keeps to itself in its row: room for a typical title (the median width of
   * up to 400 titles) at the scale of the dataset's opening window, so the opening view has
   * space for whole titles; never less than a sixtieth of the extent, which keeps marks apart
   * when the whole extent is shown.
   */
  private _laneGapMs(): number {
    const extentMs = this.extent[1] - this.extent[0];
    const widthPx = this._laneWidthPx;
    const floor = extentMs / 60;
    if (widthPx <= 0 || this.events.length === 0) return floor;
    const windowMs = this.opening ? this.opening.endMs - this.opening.startMs : extentMs;
    const step = Math.max(1, Math.floor(this.events.length / 400));
    const widths: number[] = [];
    for (let i = 0; i < this.events.length; i += step) widths.push(textWidthPx(this.events[i]!.title, this._text().charWidth));
    widths.sort((a, b) => a - b);
    const titlePx = widths[widths.length >> 1]! + LANE_PAD_PX;
    return Math.max(floor, (titlePx / widthPx) * windowMs);
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
    const labels = placeLabels(items, { widthPx, charWidth: this._text().charWidth, minLabelPx: LABEL_MIN_PX, pointRadiusPx: DEFAULT_PLACE_OPTIONS.pointRadiusPx, clusterText: (count) => this.messages.eventsLabel(count) });
    const callouts = placeCallouts(items, this._keyMoments, {
      widthPx, charWidth: this._text().charWidth, rowCentrePx: this._rowCentre, markHalfPx: this._geometry.markPx / 2,
      bandTopPx: this._fontGeometry.axisPx, bandLines: CALLOUT_LINES, lineHeightPx: CALLOUT_LINE_PX * (this._fontGeometry.fontPx / BASE_FONT_PX),
    });
    return { view, marks, items, links: disclosureLinks(marks), labels, callouts };
  }

  protected override updated(): void {
    if (this._redraw) this._canvas.paint();
    const list = this.renderRoot.querySelector<HTMLElement>('.cluster-list');
    if (list && this._openCluster) {
      positionClusterList(list, this._openCluster, this.rowCentrePx(this._openCluster.row), this._resize.widthPx);
      if (this._focusMember !== null) {
        list.querySelector<HTMLElement>(`button[data-id="${CSS.escape(this._focusMember)}"]`)?.focus();
        this._focusMember = null;
      }
    }

    this._reportLiveWindow();
  }

  /**
   * Re-reads the canvas colours and font from CSS on the next frame. Call it after the theme
   * changes (the `theme` attribute, the reader's colour scheme, presentation mode).
   */
  refreshTheme(): void {
    this._canvas.refreshTheme();
    this._readGeometry();
    this._textMeasure = undefined;
    this._frameInputs = '';
    this.requestUpdate();
  }

  /** Rows, axis and headers sized for the text size `--at-chart-font-size` gives the canvas. */
  private _fontGeometry: ChartGeometry = GEOMETRY;

  /** `geometry` with room under the axis for the callouts' band (its lines scale with the text). */
  private _withCallouts(geometry: ChartGeometry): ChartGeometry {
    const linePx = CALLOUT_LINE_PX * (geometry.fontPx / BASE_FONT_PX);
    return { ...geometry, axisPx: geometry.axisPx + calloutBandPx(this._keyMoments.size, CALLOUT_LINES, linePx) };
  }

  private _readGeometry(): void {
    const canvas = this.renderRoot.querySelector('canvas');
    const fontPx = canvas ? parseFloat(getComputedStyle(canvas).fontSize) : NaN;
    const next = chartGeometry(Number.isFinite(fontPx) && fontPx > 0 ? fontPx : BASE_FONT_PX);
    if (next.fontPx === this._fontGeometry.fontPx) return;
    this._fontGeometry = next;
    this._geometry = this._withCallouts(next);
    this._canvas.forget();
  }

  protected override firstUpdated(): void {
    this._readGeometry();
    if (this._fontGeometry !== GEOMETRY) this.requestUpdate();
  }

  private _heightPx(): number {
    const rows = this._layout.rowCount;
    if (rows === 0) return this._geometry.axisPx + 90;
    return rowTopPx(rows - 1, this._layout.groups, this._geometry) + this._geometry.rowPx + 8;
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
    const tooltip = { items: this._frame.items, widthPx, rowCentrePx: this._rowCentre, rowPx: this._geometry.rowPx, axisPx: this._geometry.axisPx, locale: this.locale, messages: m };
    const pointer = this._tooltip.pointer;
    const hovered = this._tooltip.hovered(tooltip) ?? (pointer ? this._itemOfLabelAt(pointer.x, pointer.y) : null);
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
          ${renderGroups(this._layout.groups, widthPx, this._geometry)}
          ${renderTicks(timeTicks(view, widthPx * (BASE_FONT_PX / this._geometry.fontPx), this.locale), widthPx, heightPx, this._fontGeometry)}
          ${this.events.length === 0
            ? svg`<text class="empty" x=${round(widthPx / 2)} y=${this._geometry.axisPx + 45} text-anchor="middle">${this.emptyMessage}</text>`
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
        ${this._renderClusterList()}
      </div>
    `;
  }

  private _onClick = (event: MouseEvent): void => {
    const { x, y } = localPoint(event, this._resize.widthPx);
    const item = hitTest(this._frame.items, this._rowCentre, x, y, HIT_TOLERANCE_PX) ?? this._itemOfLabelAt(x, y);
    if (!item) return;
    if (item.type === 'mark') {
      this._select(item.mark.event.id);
      return;
    }
    if (item.cluster.count <= CLUSTER_LIST_MAX) this._showClusterList(item.cluster, null);
    else this._zoomToCluster(item.cluster);
  };

  private _zoomToCluster(cluster: Cluster): void {
    this._openCluster = null;
    const { startMs, endMs } = clusterZoomWindow(cluster, windowOf(this._frame.view), minWindowMs(this._resize.widthPx));
    void this._moveTo(startMs, endMs);
  }

  /** The cluster whose member list is open, and the member to focus in it once drawn. */
  private _openCluster: Cluster | null = null;
  private _focusMember: string | null = null;

  private _showClusterList(cluster: Cluster, focusId: string | null): void {
    this._openCluster = cluster;
    this._focusMember = focusId ?? clusterMembers(this._rows, cluster)[0]?.id ?? null;
    this.requestUpdate();
  }

  /** When the keyboard moves to an event drawn inside a cluster, its member list opens on it. */
  private _openClusterHolding(id: string): void {
    void this.updateComplete.then(() => {
      if (this._frame.marks.some((mark) => mark.event.id === id)) return;
      const item = this._frame.items.find((candidate) => candidate.type === 'cluster' && clusterMembers(this._rows, candidate.cluster).some((event) => event.id === id));
      if (item?.type === 'cluster') this._showClusterList(item.cluster, id);
    });
  }

  private _closeClusterList(): void {
    this._openCluster = null;
    this.requestUpdate();
    this._over()?.focus();
  }

  private _renderClusterList() {
    const cluster = this._openCluster;
    if (!cluster) return null;
    return renderClusterList({
      cluster, members: clusterMembers(this._rows, cluster), locale: this.locale, messages: this.messages,
      select: (id) => {
        this._openCluster = null;
        this._select(id);
        this.requestUpdate();
      },
      zoom: () => this._zoomToCluster(cluster),
      close: () => this._closeClusterList(),
    });
  }


  /** The item whose label is under (x, y): a title is part of its mark's hit area. */
  private _itemOfLabelAt(x: number, y: number): DrawItem | null {
    const label = labelAt(this._labels, this._rowCentre, this._geometry.rowPx, x, y);
    if (!label) return null;
    return this._frame.items.find((item) => (item.type === 'mark' ? item.mark.event.id === label.eventId : `cluster:${item.cluster.row}:${item.cluster.firstIndex}` === label.eventId)) ?? null;
  }

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

