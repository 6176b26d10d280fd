import { html, LitElement, svg, type PropertyDeclaration, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import type { Actor, TimelineEvent, Victim } from '../../model/types.ts';
import type { GroupBy } from '../../derive/lanes.ts';
import type { Mark } from '../../derive/place.ts';
import type { TimeWindow } from '../../derive/view-window.ts';
import { drawnEventIds, type Cluster, type DrawItem, type RowIndex } from '../../derive/view-layout.ts';
import { hitTest } from '../../derive/hit-test.ts';
import type { CalloutBox } from '../../derive/callout-layout.ts';
import { labelAt, type LabelBox } from '../../derive/label-layout.ts';
import { scaleExtentFor, transformForRange, windowOf } from '../../scales/time-scale.ts';
import { describeWindow, timeTicks, type Tick } from '../../scales/ticks.ts';
import { keepTickSlots, type TickSlots } from '../../scales/tick-slots.ts';
import { WindowAnnouncer } from './window-announcer.ts';
import { DEFAULT_LOCALE } from '../../scales/date-format.ts';
import { messagesFor, type Messages } from '../../i18n/messages.ts';
import { ZoomController } from '../../controllers/zoom-controller.ts';
import { chunkErrorsAsEvents, type ChunkProblem } from '../../controllers/lazy-chunk.ts';
import { ResizeController } from '../../controllers/resize-controller.ts';
import { FontLoadController } from '../../controllers/font-load-controller.ts';
import { MediaQueryController } from '../../controllers/media-query-controller.ts';
import { emit } from '../../events.ts';
import { tokens } from '../../styles/tokens.ts';
import { chartStyles } from './chart.styles.ts';
import { BASE_FONT_PX, renderGroups, renderTicks, round } from './chart.templates.ts';
import { ChartFrames, laneWidthOf, type DrawnArc } from './chart-frames.ts';
import { ChartView } from './chart-view.ts';
import { CanvasController } from './canvas-controller.ts';
import { forgetSemiboldWidths, type SubjectLabel } from './draw-marks.ts';
import { FocusController } from './focus-controller.ts';
import { KeyboardController } from './keyboard-controller.ts';
import { HIT_TOLERANCE_PX, localPoint, TooltipController } from './tooltip-controller.ts';
import { ChartText } from './text-measure.ts';
import { CLUSTER_LIST_MAX, ClusterListController } from './cluster-list.ts';
import { ZoomWarmup } from './zoom-warmup.ts';

export type { TimeWindow, DrawnArc };

const ZOOM_STEP = 2;
/** The key of an update that changes only the SVG layer on top (hover, focus): no layout, no canvas redraw. */
const COSMETIC = '_cosmetic';
const ALWAYS_CHANGED: PropertyDeclaration = { hasChanged: () => true };

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
 * @fires at-zoom-unavailable - the zoom gesture code could not be loaded (detail `{key, message, issues}`, naming the file), or (`message` null) has loaded after all; zooming still works without it, without animation; does not bubble
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
  /** The label font and the geometry for its size, read from CSS once per theme. */
  private readonly _text = new ChartText(this, () => this.renderRoot.querySelector('canvas'));
  /**
   * A web font of the chart's family that arrives after its text was measured (in a fallback, as
   * on a reader's cold page): the titles are measured and laid out again, and drawn in it.
   * Registered with the host; it acts through its callback (hence not private: nothing reads it).
   */
  protected readonly _fontWatch = new FontLoadController(this, () => {
    if (!this.hasUpdated || !this._text.measure.stale()) return;
    forgetSemiboldWidths();
    this._remeasureText();
  });
  private readonly _frames = new ChartFrames(this._text, (count) => this.messages.eventsLabel(count));
  private readonly _canvas = new CanvasController(this, {
    canvas: () => this.renderRoot.querySelector('canvas'),
    frameElement: () => this.renderRoot.querySelector('.frame'),
    widthPx: () => this._resize.widthPx,
    frame: () => {
      const f = this._frames;
      return { ...f.frame, labels: f.labels, arcs: f.arcs, rowCentrePx: f.rowCentrePx, geometry: f.geometry, heightPx: f.heightPx(), highlightIds: this.highlightIds, emphasisIds: this.emphasisIds, rows: f.rows, font: this._text.measure.font };
    },
    repaint: () => this._repaint(),
    cover: (band) => !this._frames.covers(band) && this._complete(),
    settled: () => {
      if (this.events.length > 0) this._warmup.schedule();
    },
  });
  private readonly _reducedMotion = new MediaQueryController(this, '(prefers-reduced-motion: reduce)');
  private readonly _zoom = new ZoomController(this, {
    target: () => this._over(),
    onGestureEnd: (transform) => this._view.report(transform),
    oneFingerPan: () => this.touchPan,
    // Dispatched here, with its type named, so the elements manifest can give the event's detail.
    errors: chunkErrorsAsEvents((detail) => this.dispatchEvent(new CustomEvent<ChunkProblem>('at-zoom-unavailable', { detail }))),
  });
  private readonly _cosmeticUpdate = () => this.requestUpdate(COSMETIC, undefined, ALWAYS_CHANGED);
  private readonly _focus = new FocusController(this, () => this._over(), this._cosmeticUpdate);
  private readonly _tooltip = new TooltipController(this, () => this._over(), () => this._resize.widthPx, () => this._pointerMoved());
  protected readonly _keys = new KeyboardController(this, () => this._over(), {
    events: () => this.events,
    selectedId: () => this.selectedId,
    tabStop: () => this._focus.tabStop(this._completeFrame().marks, this.selectedId),
    select: (id) => this._select(id),
    zoom: (direction) => void this._zoomBy(direction === 'in' ? ZOOM_STEP : 1 / ZOOM_STEP),
    fit: () => void this._fit(),
    pan: (fraction) => this._view.panBy(fraction * this._resize.widthPx),
    activate: (event) => {
      this._focus.activate(event.id, true);
      this._view.bringIntoView(event);
      this._clusterList.showHolding(event.id);
    },
  });
  private readonly _clusterList = new ClusterListController(this, this._frames, () => this._resize.widthPx, {
    select: (id) => this._select(id),
    zoom: (cluster) => this._zoomToCluster(cluster),
    returnFocus: () => this._over()?.focus(),
  });

  private readonly _view = new ChartView(this, this._zoom, this._frames, () => this._reducedMotion.matches);
  private readonly _warmup = new ZoomWarmup(this, {
    transform: () => this._zoom.transform,
    zoomed: (zoom, centre) => {
      const [startMs, endMs] = this.extent;
      const spanMs = (endMs - startMs) / zoom;
      const centreMs = startMs + (endMs - startMs) * centre;
      return transformForRange(this._view.base, centreMs - spanMs / 2, centreMs + spanMs / 2);
    },
    jumpTo: (transform) => this._zoom.jumpTo(transform),
    settle: () => this._canvas.settleNow(),
    // Nothing of the reader's under way: focus or the pointer in the chart, a cluster's list open, an animated move.
    quiet: () => !this.matches(':focus-within') && this._hoverId === null && this._clusterList.cluster === null && !this._zoom.animating,
  });

  /** The visible window right now, in UTC ms. */
  get visibleWindow(): TimeWindow {
    return this._view.window;
  }

  /** Ids of the events drawn in the current window (alone or inside a cluster). */
  get visibleIds(): string[] {
    return drawnEventIds(this._frames.rows, this._completeFrame().items);
  }

  /** The marks as laid out for the current frame (read-only; for inspection and tests). */
  get drawnMarks(): readonly Mark[] {
    return this._completeFrame().marks;
  }

  /** What is drawn: single marks and clusters. */
  get drawnItems(): readonly DrawItem[] {
    return this._completeFrame().items;
  }

  /**
   * The current frame, laid out whole. While the view moves, a tall chart lays out only the rows
   * near the screen; what reads the frame outside the paint (the API, the keyboard, a zoom step)
   * gets all of it, and the layer on top (tab stop, the count in its label) catches up.
   */
  private _completeFrame() {
    this._complete();
    return this._frames.frame;
  }

  /** Paints outside an update (settle, scroll, print), laying out first the rows a moving frame skipped. */
  private _repaint(): void {
    this._complete();
    this._canvas.paint();
  }

  /**
   * Lays out the rows a partial frame skipped, with their arcs, labels and SVG; true when there
   * were any. The labels matter: a paint with no update before it (the settle) draws the ones
   * placed here, and the titles of the rows a moving frame skipped were missing from it.
   */
  private _complete(): boolean {
    if (!this._frames.complete()) return false;
    this._placeArcs();
    this._cosmeticUpdate();
    return true;
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
    const mark = this._completeFrame().marks.find((candidate) => candidate.event.id === id);
    const frame = this.renderRoot.querySelector('.frame');
    if (!mark || !frame) return;
    const frameTop = frame.getBoundingClientRect().top - this.getBoundingClientRect().top + this.scrollTop;
    const rowPx = this._frames.geometry.rowPx;
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
    return this._frames.labels;
  }

  /** The key moments' callouts drawn in the current frame. */
  get drawnCallouts(): readonly CalloutBox[] {
    return this._frames.frame.callouts;
  }

  /** The disclosure arcs drawn: only those of the selected event (in presentation, the step's subject) and the hovered one. */
  get drawnArcs(): readonly DrawnArc[] {
    return this._frames.arcs;
  }

  /** Centre y of a row, in px from the top of the chart. */
  rowCentrePx(row: number): number {
    return this._frames.rowCentrePx(row);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // After a theme change the text is read again, and a new size moves the rows.
    if (this._restyled && this._frames.regeometry()) this._canvas.forget();
    this._restyled = false;
    const laneWidthPx = laneWidthOf(this._resize.widthPx);
    const laneWidthChanged = laneWidthPx !== this._laneWidthPx;
    if (laneWidthChanged || changed.has('events') || changed.has('groupBy') || changed.has('actors') || changed.has('victims') || changed.has('extent') || changed.has('opening') || changed.has('kindNames')) {
      this._laneWidthPx = laneWidthPx;
      // Lanes and the time index are built once per data or grouping change; zooming only re-projects x.
      this._frames.relayout({ events: this.events, groupBy: this.groupBy, actors: this.actors, victims: this.victims, kindNames: this.kindNames, extent: this.extent, opening: this.opening, laneWidthPx });
      this._canvas.forget();
      // Marks fade in after a filter or grouping change; alternating names restarts the animation.
      if (changed.get('events') !== undefined || changed.get('groupBy') !== undefined) this._fade = this._fade === 'fade-a' ? 'fade-b' : 'fade-a';
    }
    const widthPx = this._resize.widthPx;
    const baseChanged = this._view.follow(widthPx, changed);
    if (baseChanged) this._canvas.forget();
    this._zoom.setBounds(Math.max(widthPx, 1), this._frames.heightPx(), scaleExtentFor(this.extent, Math.max(widthPx, 1)));
    // Hover and focus changes re-render only the SVG layer: no new layout, no canvas redraw.
    const cosmetic = changed.size > 0 && [...changed.keys()].every((key) => key === COSMETIC);
    const { k, x } = this._zoom.transform;
    const inputs = `${k}|${x}|${widthPx}|${this.extent[0]}|${this.extent[1]}`;
    const { rows } = this._frames;
    if (inputs !== this._frameInputs || rows !== this._frameRows) {
      // Same rows, new window: a zoom or pan frame (see `_draw` on overscan), which lays out only
      // the rows near the slice it paints.
      this._canvas.moving = rows === this._frameRows && !baseChanged;
      this._frames.place(this._view.scale, widthPx, this._canvas.layoutBand(this._frames.heightPx()), [this.selectedId, this._focus.activeId, this._hoverId].some((id) => id !== null));
      this._frameInputs = inputs;
      this._clusterList.cluster = null;
      this._frameRows = rows;
    }
    if (cosmetic) return;
    this._placeArcs();
    // Painted before the render commits this update's DOM changes (axis, window text): the first
    // fillText after a DOM change forces a style and layout pass, 1–2 ms of a zoom frame, and then
    // the frame lays out again. The first update has no canvas yet: that one paints in `updated`.
    if (this.hasUpdated) this._canvas.paint();
    else this._paintAfterRender = true;
  }

  /** Arcs for the selected and hovered events only; labels they cross get a plate. */
  private _placeArcs(): void {
    this._frames.placeArcs(new Set([this.selectedId, this._hoverId].filter((id): id is string => id !== null)));
  }

  /** The event under the pointer, whose disclosure arcs are drawn. */
  private _hoverId: string | null = null;

  /** The pointer moved: the tooltip follows (layer on top only); a new hovered event repaints its arcs. */
  private _pointerMoved(): void {
    const pointer = this._tooltip.pointer;
    const item = pointer ? hitTest(this._frames.frame.items, this._frames.rowCentrePx, pointer.x, pointer.y, HIT_TOLERANCE_PX) ?? this._itemOfLabelAt(pointer.x, pointer.y) : null;
    const id = item?.type === 'mark' ? item.mark.event.id : null;
    if (id !== this._hoverId) {
      if (id !== null) this._completeFrame();
      const hadArcs = this._frames.arcs.length > 0;
      this._hoverId = id;
      // The frame is unchanged: only the arcs and the plates they need, so repaint directly.
      if (hadArcs || (id !== null && this._frames.frame.links.some((link) => link.from.event.id === id || link.to.event.id === id))) {
        this._placeArcs();
        this._canvas.paint();
      }
    }
    this._cosmeticUpdate();
  }

  private _laneWidthPx = 0;
  private _restyled = false;
  private _paintAfterRender = false;
  private _fade: '' | 'fade-a' | 'fade-b' = '';
  private _frameInputs = '';
  private _frameRows: RowIndex | null = null;

  protected override updated(): void {
    if (this._paintAfterRender) this._canvas.paint();
    this._paintAfterRender = false;
    this._reportLiveWindow();
  }

  /**
   * Re-reads the canvas colours and font from CSS on the next frame. Call it after the theme
   * changes (the `theme` attribute, the reader's colour scheme, presentation mode).
   */
  refreshTheme(): void {
    this._canvas.refreshTheme();
    this._restyle();
  }

  protected override firstUpdated(): void {
    // Before the first render the text size was read from the host, where only a px value can be
    // read as it is; any other length is read from the canvas now that it is there, and the lanes
    // (room for titles at that size) are laid out again with it.
    if (!this._text.resolved) this._remeasureText();
  }

  /** The text is read again at the next update, and the lanes (room for titles) laid out with it. */
  private _remeasureText(): void {
    this._laneWidthPx = NaN;
    this._restyle();
  }

  /** The text is read again at the next update. */
  private _restyle(): void {
    this._text.forget();
    this._restyled = true;
    this._frameInputs = '';
    this.requestUpdate();
  }

  private _tickSlots: TickSlots = new Map();
  private readonly _announcer = new WindowAnnouncer(this);
  /** The events of the last window given to the announcer: a new dataset's first window is not announced. */
  private _announcedEvents: readonly TimelineEvent[] | null = null;

  /** The ticks in the order their elements keep from frame to frame (see `keepTickSlots`). */
  private _placeTicks(ticks: readonly Tick[]): (Tick | null)[] {
    const { slots, next } = keepTickSlots(this._tickSlots, ticks);
    this._tickSlots = next;
    return slots;
  }

  /** The SVG layer on top: it takes pointer, keyboard and focus input over the canvas. */
  private _over(): SVGSVGElement | null {
    return this.renderRoot.querySelector('svg.over');
  }

  protected override render() {
    const widthPx = Math.max(this._resize.widthPx, 1);
    const heightPx = this._frames.heightPx();
    const { frame: { view, marks, items }, geometry, rowCentrePx } = this._frames;
    const fontGeometry = this._text.geometry;
    const [startMs, endMs] = windowOf(view);
    // A partial frame (the view moving) has no floating tab stop; the settle brings it back.
    const activeId = this._focus.tabStop(marks, this.selectedId, this._frames.partial);
    const windowText = describeWindow(startMs, endMs, this.locale);
    const m = this.messages;
    this._announcer.show(m.showing(windowText), this.events !== this._announcedEvents);
    this._announcedEvents = this.events;
    const tooltip = { items, widthPx, rowCentrePx, rowPx: geometry.rowPx, axisPx: geometry.axisPx, locale: this.locale, messages: m };
    const pointer = this._tooltip.pointer;
    const hovered = this._tooltip.hovered(tooltip) ?? (pointer ? this._itemOfLabelAt(pointer.x, pointer.y) : null);
    const focused = this._focus.within ? items.find((item) => item.type === 'mark' && item.mark.event.id === activeId) ?? null : null;
    return html`
      <div class="toolbar" part="toolbar">
        <span class="window">${m.showing(windowText)}</span>
        <span class="announce" aria-live="polite">${this._announcer.text}</span>
        <span class="zoom-buttons" role="group" aria-label=${m.zoom}>
          <button type="button" class="zoom-out" title=${m.zoomOutTitle} aria-label=${m.zoomOut} @click=${() => this._zoomBy(1 / ZOOM_STEP)}>−</button>
          <button type="button" class="zoom-in" title=${m.zoomInTitle} aria-label=${m.zoomIn} @click=${() => this._zoomBy(ZOOM_STEP)}>+</button>
          <button type="button" class="fit" title=${m.fitTitle} @click=${() => this._fit()}>${m.fit}</button>
        </span>
      </div>
      <div class="frame" part="chart">
        <svg class="under" width=${widthPx} height=${heightPx} aria-hidden="true">
          ${renderGroups(this._frames.layout.groups, widthPx, geometry)}
          ${renderTicks(this._placeTicks(timeTicks(view, widthPx * (BASE_FONT_PX / geometry.fontPx), this.locale)), widthPx, heightPx, fontGeometry)}
          ${this.events.length === 0
            ? svg`<text class="empty" x=${round(widthPx / 2)} y=${geometry.axisPx + 45} text-anchor="middle">${this.emptyMessage}</text>`
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
          ${this._focus.renderMarks(marks, activeId, this.selectedId, rowCentrePx, this.locale)}
          ${this._tooltip.render(hovered ?? focused, tooltip)}
        </svg>
        ${this._clusterList.render()}
      </div>
    `;
  }

  private _onClick = (event: MouseEvent): void => {
    const { x, y } = localPoint(event, this._resize.widthPx);
    const item = hitTest(this._frames.frame.items, this._frames.rowCentrePx, x, y, HIT_TOLERANCE_PX) ?? this._itemOfLabelAt(x, y);
    if (!item) return;
    if (item.type === 'mark') {
      this._select(item.mark.event.id);
      return;
    }
    if (item.cluster.count <= CLUSTER_LIST_MAX) this._clusterList.show(item.cluster, null);
    else this._zoomToCluster(item.cluster);
  };

  private _zoomToCluster(cluster: Cluster): void {
    this._clusterList.cluster = null;
    this._view.zoomToCluster(cluster, this._resize.widthPx);
  }

  /** The item whose label is under (x, y): a title is part of its mark's hit area. */
  private _itemOfLabelAt(x: number, y: number): DrawItem | null {
    const { labels, rowCentrePx, geometry, frame } = this._frames;
    const label = labelAt(labels, rowCentrePx, geometry.rowPx, x, y);
    if (!label) return null;
    return frame.items.find((item) => (item.type === 'mark' ? item.mark.event.id === label.eventId : `cluster:${item.cluster.row}:${item.cluster.firstIndex}` === label.eventId)) ?? null;
  }

  private _select(id: string | null): void {
    if (id === this.selectedId) return;
    this.selectedId = id;
    if (id !== null) this._focus.activate(id);
    emit(this, 'at-select', { id });
  }

  private _zoomBy(factor: number): Promise<void> {
    return this._view.zoomBy(factor, this.selectedId, this._resize.widthPx);
  }

  private _fit(): Promise<void> {
    return this._view.moveTo(this.extent[0], this.extent[1]);
  }

  /** Animates to a window (used by the shell's zoomTo); resolves when there. */
  animateTo(window: TimeWindow): Promise<void> {
    return this._view.animateTo(window);
  }

  private _lastLiveWindow = '';

  /**
   * Fires `at-view-input` (not bubbling; for the shell's overview strip) whenever the drawn window
   * changed, whatever moved it: gesture, animation, resize or a new `window`.
   */
  private _reportLiveWindow(): void {
    const [startMs, endMs] = windowOf(this._frames.frame.view);
    const key = `${startMs}:${endMs}`;
    if (key === this._lastLiveWindow || this._resize.widthPx <= 0) return;
    this._lastLiveWindow = key;
    this.dispatchEvent(new CustomEvent<TimeWindow>('at-view-input', { detail: { startMs, endMs } }));
  }
}

