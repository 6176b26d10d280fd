import { html, LitElement, svg, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import type { ZoomTransform } from 'd3';
import type { Actor, TimelineEvent, Victim } from '../../model/types.ts';
import { assignLanes, type GroupBy, type LaneLayout } from '../../derive/lanes.ts';
import { DEFAULT_PLACE_OPTIONS, placeMarks, type Mark } from '../../derive/place.ts';
import { disclosureLinks, type DisclosureLink } from '../../derive/disclosure-links.ts';
import { createBaseScale, scaleExtentFor, transformForRange, viewScale, windowOf, type TimeScale } from '../../scales/time-scale.ts';
import { describeWindow, timeTicks } from '../../scales/ticks.ts';
import { formatWhen } from '../../scales/date-format.ts';
import { ZoomController } from '../../controllers/zoom-controller.ts';
import { ResizeController } from '../../controllers/resize-controller.ts';
import { MediaQueryController } from '../../controllers/media-query-controller.ts';
import { emit } from '../../events.ts';
import { tokens } from '../../styles/tokens.ts';
import { chartStyles } from './chart.styles.ts';
import { GEOMETRY, renderGroups, renderLabel, renderMarkShape, renderTicks, round, rowTopPx } from './chart.templates.ts';

/** A requested visible window, in UTC ms. */
export interface TimeWindow {
  readonly startMs: number;
  readonly endMs: number;
}

const ZOOM_STEP = 2;
const ANIMATION_MS = 300;

/**
 * The zoomable time chart: events in rows grouped by actor, victim or kind, over a UTC axis.
 * It owns the zoom gesture and reports the window at the end of each user gesture.
 *
 * Keyboard (when the chart has focus): ←/→ previous/next event, Home/End first/last,
 * Enter or Space selects, Esc clears the selection, + and − zoom, 0 fits all, Shift+←/→ pans.
 *
 * @fires at-select - the user selected an event (detail `{id}`), or cleared it with Esc (`{id: null}`)
 * @fires at-view-change - the visible window after a user zoom or pan (detail `{startMs, endMs}`)
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
  /** Shown when `events` is empty. */
  @property({ attribute: false }) emptyMessage = 'No events to show.';

  @state() private _activeId: string | null = null;

  private readonly _resize = new ResizeController(this);
  private readonly _reducedMotion = new MediaQueryController(this, '(prefers-reduced-motion: reduce)');
  private readonly _zoom = new ZoomController(this, {
    target: () => this.renderRoot.querySelector('svg'),
    onGestureEnd: (transform) => this._reportWindow(transform),
  });

  private _layout: LaneLayout = { groups: [], rowCount: 0, rowOf: new Map() };
  private _base: TimeScale = createBaseScale(this.extent, 1);
  private _focusAfterUpdate = false;

  /** The visible window right now, in UTC ms. */
  get visibleWindow(): TimeWindow {
    const [startMs, endMs] = windowOf(viewScale(this._base, this._zoom.transform));
    return { startMs, endMs };
  }

  /** Ids of the events drawn in the current window. */
  get visibleIds(): string[] {
    return this._marks().map((mark) => mark.event.id);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('events') || changed.has('groupBy') || changed.has('actors') || changed.has('victims') || changed.has('extent')) {
      // Lanes are laid out in time units once per data or grouping change; zooming only re-projects x.
      const minGapMs = (this.extent[1] - this.extent[0]) / 60;
      this._layout = assignLanes(this.events, { groupBy: this.groupBy, actors: this.actors, victims: this.victims, minGapMs });
    }
    const widthPx = this._resize.widthPx;
    const [oldStart, oldEnd] = windowOf(viewScale(this._base, this._zoom.transform));
    const baseChanged = widthPx !== this._base.range()[1] || changed.has('extent');
    if (baseChanged) {
      const keepWindow = !changed.has('extent') && this._base.range()[1]! > 1;
      this._base = createBaseScale(this.extent, widthPx);
      this._zoom.jumpTo(keepWindow ? transformForRange(this._base, oldStart, oldEnd) : this._zoom.transform);
    }
    if ((changed.has('window') || baseChanged) && this.window && widthPx > 0 && (changed.has('window') || !this._windowApplied)) {
      this._zoom.jumpTo(transformForRange(this._base, this.window.startMs, this.window.endMs));
      this._windowApplied = true;
    }
    this._zoom.setBounds(Math.max(widthPx, 1), this._heightPx(), scaleExtentFor(this.extent, Math.max(widthPx, 1)));
  }

  private _windowApplied = false;

  protected override updated(): void {
    if (this._focusAfterUpdate) {
      this._focusAfterUpdate = false;
      this.renderRoot.querySelector<SVGElement>('.mark[tabindex="0"]')?.focus();
    }
  }

  private _heightPx(): number {
    const rows = this._layout.rowCount;
    if (rows === 0) return GEOMETRY.axisPx + 90;
    return rowTopPx(rows - 1, this._layout.groups, GEOMETRY) + GEOMETRY.rowPx + 8;
  }

  private _view(): TimeScale {
    return viewScale(this._base, this._zoom.transform);
  }

  private _marks(): Mark[] {
    const widthPx = this._resize.widthPx;
    if (widthPx <= 0) return [];
    const view = this._view();
    return placeMarks(this.events, this._layout, (ms) => view(ms), { ...DEFAULT_PLACE_OPTIONS, widthPx });
  }

  protected override render() {
    const widthPx = this._resize.widthPx;
    const heightPx = this._heightPx();
    const view = this._view();
    const [startMs, endMs] = windowOf(view);
    const marks = this._marks();
    const activeId = this._tabStopId(marks);
    const windowText = describeWindow(startMs, endMs);
    return html`
      <div class="toolbar" part="toolbar">
        <span class="window" aria-live="polite">Showing ${windowText}</span>
        <span class="zoom-buttons" role="group" aria-label="Zoom">
          <button type="button" class="zoom-out" title="Zoom out (−)" aria-label="Zoom out" @click=${() => this._zoomBy(1 / ZOOM_STEP)}>−</button>
          <button type="button" class="zoom-in" title="Zoom in (+)" aria-label="Zoom in" @click=${() => this._zoomBy(ZOOM_STEP)}>+</button>
          <button type="button" class="fit" title="Show everything (0)" @click=${() => this._fit()}>Fit</button>
        </span>
      </div>
      <div class="frame" part="chart">
        <svg
          width=${Math.max(widthPx, 1)}
          height=${heightPx}
          viewBox="0 0 ${Math.max(widthPx, 1)} ${heightPx}"
          role="group"
          aria-roledescription="timeline"
          aria-label="Timeline, ${windowText}: ${marks.length} of ${this.events.length} events visible. Use arrow keys to move between events, Enter to open one, plus and minus to zoom."
          tabindex=${activeId === null ? 0 : -1}
          @keydown=${this._onKeyDown}
        >
          ${renderTicks(timeTicks(view, widthPx), heightPx)}
          ${renderGroups(this._layout.groups, widthPx, GEOMETRY)}
          <g class="links" aria-hidden="true">
            ${disclosureLinks(marks).map((link) => this._renderLink(link))}
          </g>
          <g class="marks">
            ${repeat(marks, (mark) => mark.event.id, (mark) => this._renderMark(mark, activeId))}
          </g>
          <g class="labels" aria-hidden="true">
            ${repeat(marks, (mark) => mark.event.id, (mark) => this._renderLabel(mark))}
          </g>
          ${this.events.length === 0
            ? svg`<text class="empty" x=${round(widthPx / 2)} y=${GEOMETRY.axisPx + 45} text-anchor="middle">${this.emptyMessage}</text>`
            : null}
        </svg>
      </div>
    `;
  }

  private _renderMark(mark: Mark, activeId: string | null) {
    const { event } = mark;
    const selected = event.id === this.selectedId;
    const y = rowTopPx(mark.row, this._layout.groups, GEOMETRY) + GEOMETRY.rowPx / 2;
    return svg`<g
      class="mark kind-${event.kind} shape-${mark.shape} ${selected ? 'selected' : ''}"
      data-id=${event.id}
      transform="translate(0,${round(y)})"
      role="button"
      aria-pressed=${selected ? 'true' : 'false'}
      aria-label="${event.title}, ${formatWhen(event.when)}"
      tabindex=${event.id === activeId ? 0 : -1}
      @click=${() => this._select(event.id)}
      @focus=${() => { this._activeId = event.id; }}
    >${renderMarkShape(mark, GEOMETRY)}</g>`;
  }

  /** A dashed arc from the end of revealed activity to the report that made it public: the lag, drawn. */
  private _renderLink({ from, to }: DisclosureLink) {
    const y0 = rowTopPx(from.row, this._layout.groups, GEOMETRY) + GEOMETRY.rowPx / 2;
    const y1 = rowTopPx(to.row, this._layout.groups, GEOMETRY) + GEOMETRY.rowPx / 2;
    const x0 = round(from.x1Px);
    const x1 = round(to.x0Px);
    const bend = round(Math.min(y0, y1) - 10);
    return svg`<path class="link kind-${to.event.kind}" d="M${x0},${round(y0)} C${x0},${bend} ${x1},${bend} ${x1},${round(y1)}"></path>`;
  }

  /** Labels sit in their own layer, outside the buttons, so each button's name is its aria-label alone. */
  private _renderLabel(mark: Mark) {
    const y = rowTopPx(mark.row, this._layout.groups, GEOMETRY) + GEOMETRY.rowPx / 2;
    const selected = mark.event.id === this.selectedId;
    return svg`<g class="mark-label kind-${mark.event.kind} ${selected ? 'selected' : ''}" transform="translate(0,${round(y)})">${renderLabel(mark)}</g>`;
  }

  /** The one mark in the tab order: the active one if drawn, else the selected, else the first drawn. */
  private _tabStopId(marks: readonly Mark[]): string | null {
    const drawn = new Set(marks.map((mark) => mark.event.id));
    for (const id of [this._activeId, this.selectedId]) if (id !== null && drawn.has(id)) return id;
    return marks[0]?.event.id ?? null;
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
        const id = this._tabStopId(this._marks());
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
    const current = this._tabStopId(this._marks());
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
    await this._zoom.moveTo(transformForRange(this._base, this.extent[0], this.extent[1]), this._animationMs());
    this._reportWindow(this._zoom.transform);
  }

  /** Animates to a window (used by the shell's zoomTo); resolves when there. */
  async animateTo(window: TimeWindow): Promise<void> {
    await this._zoom.moveTo(transformForRange(this._base, window.startMs, window.endMs), this._animationMs());
  }

  private _animationMs(): number {
    return this._reducedMotion.matches ? 0 : ANIMATION_MS;
  }

  private _reportWindow(transform: ZoomTransform): void {
    const [startMs, endMs] = windowOf(viewScale(this._base, transform));
    emit(this, 'at-view-change', { startMs, endMs });
  }
}

