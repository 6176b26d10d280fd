import type { ReactiveController, ReactiveElement } from 'lit';
import { DEFAULT_VIEW, formatView, keepKnownIds, parseView, type TimelineView, type View, type ViewField, type ViewInput } from '../derive/view.ts';
import { windowAround, windowToReveal, type TimeWindow } from '../derive/view-window.ts';
import { GROUP_BY_OPTIONS } from '../derive/lanes.ts';
import { datasetExtent, minWindowMs } from '../scales/time-scale.ts';
import type { AtChart } from '../components/chart/chart.ts';
import type { AtOverview, BrushDetail } from '../components/overview/overview.ts';
import { emit } from '../events.ts';
import type { ErrorController } from './error-controller.ts';
import type { Indexed } from './indexed-dataset.ts';

/** The host's attributes that hold a view. */
export interface ViewAttributes {
  readonly actors: string | null;
  readonly victims: string | null;
  readonly selected: string | null;
  readonly groupBy: string | null;
  readonly start: string | null;
  readonly end: string | null;
}

export interface ViewControllerOptions {
  readonly attributes: () => ViewAttributes;
  /** The chart, which owns the live window (its zoom transform) and knows what it draws. */
  readonly chart: () => AtChart | undefined;
  /** The overview strip, whose brush follows the drawn window. */
  readonly overview: () => AtOverview | undefined;
  readonly indexed: () => Indexed | null;
  readonly errors: ErrorController;
}

const ATTRIBUTE_FIELDS = ['actors', 'victims', 'selected', 'groupBy'] as const;
/** How issues name a view field read from an attribute. */
const attributeName = (field: ViewField) => (field === 'groupBy' ? 'group-by' : field);

/**
 * The view on screen (see `View`): filters, selection, grouping and search as one immutable
 * value, and the window asked of the chart. The live window belongs to the chart's zoom (gestures
 * move it without re-rendering the shell), so `report()` reads it from there. On each update it
 * reads the host's view attributes that changed, with the same parser links and steps use.
 */
export class ViewController implements ReactiveController {
  /** Filters, selection, grouping and search (the window: see `window`). */
  view: View = DEFAULT_VIEW;
  /** The window asked of the chart; a new object moves the chart there, even to the same window. */
  window: TimeWindow | null = null;
  /** The window drawn right now (for the overview strip; set without re-rendering). */
  liveWindow: TimeWindow | null = null;
  /** The window of the presentation step on screen (fitted to its subject: see show-step.ts); null before the first. */
  stepWindow: TimeWindow | null = null;
  /** The window as the user last left it. */
  private _userWindow: TimeWindow | null = null;
  /**
   * The attributes as last read; at first their defaults, so a call made before the first update
   * (`select()`, `zoomTo()` on an element not yet on the page) is not undone by attributes that
   * were never set.
   */
  private _read: ViewAttributes = { actors: null, victims: null, selected: null, groupBy: 'actor', start: null, end: null };

  constructor(private readonly _host: ReactiveElement, private readonly _options: ViewControllerOptions) {
    _host.addController(this);
  }

  hostUpdate(): void {
    const { actors, victims, selected, groupBy, start, end } = this._options.attributes();
    const attributes = { actors, victims, selected, groupBy, start, end };
    const before = this._read;
    this._read = attributes;
    const fields = ATTRIBUTE_FIELDS.filter((field) => before[field] !== attributes[field]);
    if (fields.length > 0) {
      const { view, issues } = parseView(Object.fromEntries(fields.map((field) => [field, attributes[field]])), { name: attributeName });
      const patch: Record<string, unknown> = {};
      for (const field of fields) if (!issues.some((issue) => issue.path === attributeName(field))) patch[field] = view[field] ?? DEFAULT_VIEW[field];
      this.patch(patch);
      const { errors } = this._options;
      if (issues.length > 0) errors.report('group-by', `group-by must be one of ${GROUP_BY_OPTIONS.join(', ')}`, issues);
      else if (fields.includes('groupBy')) errors.clear('group-by');
      if (this._options.indexed() && fields.some((field) => field !== 'groupBy')) this._checkIds();
    }
    if (before.start !== attributes.start || before.end !== attributes.end) this._applyWindowAttributes();
  }

  /** What `element.view` reports: the view, the window drawn now, the ids drawn and the presentation step. */
  report(step: number | undefined): TimelineView {
    const { startMs, endMs } = this.current();
    const text = formatView({ startMs, endMs });
    const { actors, victims, subjects = [], selected, groupBy, query } = this.view;
    const visibleIds = this._options.chart()?.visibleIds ?? [];
    return { start: text.start ?? '', end: text.end ?? '', startMs, endMs, actors, victims, subjects, selected, groupBy, visibleIds, query, ...(step === undefined ? {} : { step }) };
  }

  patch(patch: Partial<View>): void {
    this.view = { ...this.view, ...patch };
    this._host.requestUpdate();
  }

  /** Asks the chart for a window (null: the whole extent). */
  moveTo(window: TimeWindow | null): void {
    this.window = window;
    this._userWindow = null;
    this._host.requestUpdate();
  }

  /** The window a user gesture left the chart at (reported at the gesture's end). */
  userMoved(window: TimeWindow): void {
    this._userWindow = { startMs: window.startMs, endMs: window.endMs };
  }

  /**
   * The chart drew another window (a gesture, an animation, a resize). It goes straight down to
   * the overview, so the brush follows zooms as they happen: re-rendering the whole shell on
   * every zoom frame would cost more than the chart itself.
   */
  drawn(window: TimeWindow): void {
    this.liveWindow = { startMs: window.startMs, endMs: window.endMs };
    const overview = this._options.overview();
    if (overview) overview.window = this.liveWindow;
  }

  /** The reader moved the overview's brush; at the end of the gesture that is a user's view change. */
  brushed({ startMs, endMs, final }: BrushDetail): void {
    this.moveTo({ startMs, endMs });
    this.liveWindow = this.window;
    if (final) emit(this._host, 'at-view-change', { startMs, endMs });
  }

  /** The window on screen now. */
  current(): TimeWindow {
    return this._options.chart()?.visibleWindow ?? this._userWindow ?? this.window ?? this.extent();
  }

  /** Shows the whole extent; before the data is there, whatever extent it turns out to have. */
  fit(): void {
    this.moveTo(this._options.indexed() ? this.extent() : null);
  }

  /** The whole extent of the dataset (a default decade before one is loaded). */
  extent(): TimeWindow {
    const extent = this._options.indexed()?.extent ?? datasetExtent([]);
    return { startMs: extent[0], endMs: extent[1] };
  }

  /** Parses `zoomTo`'s arguments and moves there; throws a RangeError naming a value it cannot read. */
  zoomTo(start: unknown, end: unknown): void {
    const { view } = parseView({ start, end });
    for (const [name, value, ms] of [['start', start, view.startMs], ['end', end, view.endMs]] as const) {
      if (ms === undefined) throw new RangeError(`zoomTo: ${name} ${JSON.stringify(String(value))} is not a date (expected YYYY, YYYY-MM, YYYY-MM-DD, a Date or UTC milliseconds)`);
    }
    this.moveTo({ startMs: view.startMs!, endMs: view.endMs! });
  }

  /** Selects an event (null clears) and brings it into view; throws a RangeError for an id the dataset lacks. */
  select(id: string | null): void {
    const indexed = this._options.indexed();
    if (id !== null && indexed && !indexed.events.has(id)) throw new RangeError(`select: no event with id ${JSON.stringify(id)} in this dataset`);
    this.patch({ selected: id });
    if (id !== null) this.reveal(id);
  }

  /**
   * Applies any part of a view (see `AttackTimeline.showView`) and returns its step, if any;
   * throws a RangeError naming every value it cannot use.
   */
  show(input: ViewInput): number | undefined {
    const { view, issues } = parseView(input);
    const indexed = this._options.indexed();
    const problems = [...issues, ...(indexed ? keepKnownIds(view, indexed).issues : [])];
    if (problems.length > 0) throw new RangeError(`showView: ${problems.map((issue) => issue.message).join('; ')}`);
    const { startMs, endMs, step, ...rest } = view;
    this.patch(rest);
    if (startMs !== undefined || endMs !== undefined) this.moveTo(this._withExtent(startMs, endMs));
    return step;
  }

  /** Brings an event into view, keeping the zoom when it can. */
  reveal(id: string, animate = false): void {
    const event = this._options.indexed()?.events.get(id);
    const target = event && windowToReveal(event.when, this.current(), minWindowMs(800));
    if (target) this.moveTo({ ...target, animate });
  }

  /** Selects an event and flies close enough to tell it from its neighbours. */
  zoomToEvent(id: string): void {
    this.patch({ selected: id });
    const event = this._options.indexed()?.events.get(id);
    if (event) this.moveTo({ ...windowAround(event.when), animate: true });
  }

  /** A new dataset is on screen: report ids the view names that it lacks, and apply the window again. */
  datasetShown(): void {
    const indexed = this._options.indexed()!;
    this._checkIds();
    const { start, end } = this._options.attributes();
    if (start || end) this._applyWindowAttributes();
    else if (this.view.selected && indexed.events.has(this.view.selected)) this.reveal(this.view.selected);
  }

  /**
   * Ids the view names (attributes, or calls made before the data was there) that the dataset on
   * screen lacks are reported; they stay in the view, so the reader sees the filter came up empty.
   */
  private _checkIds(): void {
    const { issues } = keepKnownIds(this.view, this._options.indexed()!);
    if (issues.length > 0) this._options.errors.report('references', 'Some ids given to this timeline are not in its dataset', issues);
    else this._options.errors.clear('references');
  }

  private _applyWindowAttributes(): void {
    const { start, end } = this._options.attributes();
    const { view, issues } = parseView({ start, end });
    if (issues.length > 0) return this._options.errors.report('window', 'Invalid start or end attribute', issues);
    this._options.errors.clear('window');
    if (start || end) this.moveTo(this._withExtent(view.startMs, view.endMs));
  }

  /** A window with the extent's edge for an edge not given. */
  private _withExtent(startMs: number | undefined, endMs: number | undefined): TimeWindow {
    const extent = this.extent();
    return { startMs: startMs ?? extent.startMs, endMs: endMs ?? extent.endMs };
  }
}
