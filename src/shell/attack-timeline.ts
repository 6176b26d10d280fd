import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import type { Actor, Dataset, EventKind, Source, TimelineEvent, Victim } from '../model/types.ts';
import { EVENT_KINDS } from '../model/types.ts';
import { createIssue, DatasetError, type DataIssue } from '../model/issues.ts';
import { parseDataset, parseDatasetLenient } from '../model/parse-dataset.ts';
import { parsePartialDate } from '../model/partial-date.ts';
import { facetCounts, filterEvents, NO_FILTER, type FacetCounts, type Filter } from '../derive/filter.ts';
import { GROUP_BY_OPTIONS, isGroupBy, type GroupBy } from '../derive/lanes.ts';
import { parseIdList, parseWindowEnd, parseWindowStart, toIsoDay } from '../derive/view-window.ts';
import { datasetExtent, minWindowMs } from '../scales/time-scale.ts';
import { emit } from '../events.ts';
import { tokens } from '../styles/tokens.ts';
import type { AtChart, TimeWindow } from '../components/chart/chart.ts';
import type { AtEventDetail } from '../components/event-detail/event-detail.ts';
import { attackTimelineStyles } from './attack-timeline.styles.ts';
import type { BrushDetail } from '../components/overview/overview.ts';
import { loadDefaultDataset } from './default-dataset.ts';
import { DEFAULT_MAX_BYTES, DEFAULT_TIMEOUT_MS, loadJson } from './load-dataset.ts';
import { noticeHeadline, type DataNoticeReport } from '../components/data-notice/data-notice.ts';
import { describeSummary, parseOriginList, parsePositiveNumber } from './reliability-options.ts';
import { issuesWithinTlp, parseTlp, restrictToTlp } from '../formats/tlp.ts';

/** What the reader sees now; read it from `element.view`. */
export interface TimelineView {
  /** First and last visible day, `YYYY-MM-DD` (UTC). */
  readonly start: string;
  readonly end: string;
  readonly startMs: number;
  readonly endMs: number;
  readonly actors: readonly string[];
  readonly victims: readonly string[];
  readonly selected: string | null;
  readonly groupBy: GroupBy;
  /** Ids of the events drawn in the visible window, after filtering. */
  readonly visibleIds: readonly string[];
}

interface Indexed {
  readonly dataset: Dataset;
  readonly actors: ReadonlyMap<string, Actor>;
  readonly victims: ReadonlyMap<string, Victim>;
  readonly sources: ReadonlyMap<string, Source>;
  readonly events: ReadonlyMap<string, TimelineEvent>;
  readonly extent: readonly [number, number];
  readonly kinds: readonly EventKind[];
}

interface ShownError {
  readonly message: string;
  readonly issues: readonly DataIssue[];
  /** Offer "Try again" (a failed load from src). */
  readonly retry?: boolean;
}

const MAX_ISSUES_SHOWN = 20;

/**
 * An interactive, zoomable timeline of a sourced event dataset, with filters by actor and victim
 * and a detail panel citing every source. With no `src` or `dataset` it shows the bundled story
 * (Operation Soft Cell and APT10 / Cloud Hopper, 2006–2019).
 *
 * @fires at-select - the user selected an event or cleared the selection (detail `{id}`)
 * @fires at-filter-change - the user changed the filters (detail `{actors, victims}`)
 * @fires at-view-change - the visible window after a user zoom or pan (detail `{startMs, endMs}`)
 * @fires at-group-change - the user picked another row grouping (detail `{groupBy}`)
 * @fires at-error - the dataset or an attribute could not be used (detail `{message, issues}`)
 * @csspart header - title and description of the dataset
 * @csspart error - the error box
 * @cssprop --at-font-family - font of the whole element (default: inherited from the page)
 * @cssprop --at-color-text - main text colour
 * @cssprop --at-color-muted - secondary text colour
 * @cssprop --at-color-background - background of the chart and panels
 * @cssprop --at-color-surface - alternate row bands and hover backgrounds
 * @cssprop --at-color-line - grid lines and borders
 * @cssprop --at-color-accent - links, active filter badges
 * @cssprop --at-color-focus - keyboard focus ring
 * @cssprop --at-kind-report - colour of report events (likewise --at-kind-activity, -intrusion, -detection, -follow-up, -legal-action, -government-statement, -government-advisory, -policy, -corporate)
 */
export class AttackTimeline extends LitElement {
  static override styles = [tokens, attackTimelineStyles];

  /** URL of a dataset JSON file. Takes precedence over the bundled default. */
  @property() src: string | null = null;
  /** Active actor filter: comma-separated actor ids. */
  @property() actors: string | null = null;
  /** Active victim filter: comma-separated victim ids. */
  @property() victims: string | null = null;
  /** Start of the visible window: YYYY, YYYY-MM or YYYY-MM-DD (UTC). */
  @property() start: string | null = null;
  /** End of the visible window (inclusive; "2019" means the end of 2019). */
  @property() end: string | null = null;
  /** Id of the selected event. */
  @property() selected: string | null = null;
  /** Row grouping: actor (default), victim or kind. */
  @property({ attribute: 'group-by' }) groupBy: string = 'actor';
  /**
   * A dataset object (the JSON format), to pass data directly instead of `src`. Named `data`
   * because `dataset` is the standard HTMLElement map of data-* attributes.
   */
  @property({ attribute: false }) data: unknown = undefined;
  /**
   * Refuse the whole dataset on any problem, instead of drawing the usable records with a notice
   * listing the rest (for briefings where a partial picture is worse than none).
   */
  @property({ type: Boolean }) strict = false;
  /** Deadline for loading `src` (headers and body), in seconds; default 10. */
  @property() timeout: string | null = null;
  /** Largest `src` body accepted, in bytes; default 64 MB. */
  @property({ attribute: 'max-bytes' }) maxBytes: string | null = null;
  /** Space- or comma-separated origins `src` may load from (checked after redirects); default any. */
  @property({ attribute: 'src-origins' }) srcOrigins: string | null = null;
  /**
   * Highest Traffic Light Protocol marking shown (clear, green, amber, amber+strict, red): events
   * and sources marked above it are removed before anything is drawn. An unknown value shows only
   * clear (and unmarked) records and reports an error. Unset: everything is shown.
   */
  @property({ attribute: 'max-tlp' }) maxTlp: string | null = null;
  /** The last dataset input, so a change of `max-tlp` can re-apply the limit to it. */
  private _lastInput: { readonly json: unknown; readonly origin: string } | null = null;

  @state() private _indexed: Indexed | null = null;
  @state() private _error: ShownError | null = null;
  /** Problems of the dataset on screen (records or parts left out), shown as a notice. */
  @state() private _notice: DataNoticeReport | null = null;
  @state() private _loading = false;
  @state() private _filter: Filter = NO_FILTER;
  @state() private _selectedId: string | null = null;
  @state() private _groupBy: GroupBy = 'actor';
  @state() private _window: TimeWindow | null = null;
  /** The window drawn right now, for the overview strip. */
  @state() private _liveWindow: TimeWindow | null = null;
  /** The window as the user last left it (gestures move the view without re-rendering the shell). */
  private _userWindow: TimeWindow | null = null;
  private _loadController?: AbortController;
  private _loadGeneration = 0;

  @query('at-chart') private _chart?: AtChart;
  @query('at-event-detail') private _detail?: AtEventDetail;

  /** The current view: window, filters, selection, grouping and the ids of drawn events. */
  get view(): TimelineView {
    const window = this._chart?.visibleWindow ?? this._userWindow ?? this._window ?? this._extentWindow();
    return {
      start: toIsoDay(window.startMs),
      end: toIsoDay(window.endMs - 1),
      startMs: window.startMs,
      endMs: window.endMs,
      actors: this._filter.actors,
      victims: this._filter.victims,
      selected: this._selectedId,
      groupBy: this._groupBy,
      visibleIds: this._chart?.visibleIds ?? [],
    };
  }

  /** The parsed dataset on screen, or null while loading or after an error with nothing to show. */
  get parsedDataset(): Dataset | null {
    return this._indexed?.dataset ?? null;
  }

  /**
   * Shows the window from `start` to `end`: partial date strings ("2016", "2016-04",
   * "2016-04-03"), Dates or UTC ms. Throws a RangeError naming a value it cannot read.
   */
  async zoomTo(start: string | number | Date, end: string | number | Date): Promise<void> {
    const startMs = toMs(start, 'start', 'start');
    const endMs = toMs(end, 'end', 'end');
    this._window = { startMs: Math.min(startMs, endMs), endMs: Math.max(startMs, endMs) };
    this._userWindow = null;
    await this.updateComplete;
  }

  /** Shows the whole extent of the dataset. */
  async fit(): Promise<void> {
    this._window = this._extentWindow();
    this._userWindow = null;
    await this.updateComplete;
  }

  /**
   * Selects an event by id (null clears), opening its details and bringing it into view.
   * Throws a RangeError for an id the dataset does not have.
   */
  async select(id: string | null): Promise<void> {
    if (id !== null && this._indexed && !this._indexed.events.has(id)) {
      throw new RangeError(`select: no event with id ${JSON.stringify(id)} in this dataset`);
    }
    this._selectedId = id;
    if (id !== null) this._bringIntoView(id);
    await this.updateComplete;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('actors')) this._filter = { ...this._filter, actors: parseIdList(this.actors) };
    if (changed.has('victims')) this._filter = { ...this._filter, victims: parseIdList(this.victims) };
    if (changed.has('selected')) this._selectedId = this.selected || null;
    if (changed.has('groupBy')) {
      if (isGroupBy(this.groupBy)) this._groupBy = this.groupBy;
      else this._reportError(`group-by must be one of ${GROUP_BY_OPTIONS.join(', ')}`, [createIssue('group-by', this.groupBy, GROUP_BY_OPTIONS.join(', '))]);
    }
    if (changed.has('start') || changed.has('end')) this._applyWindowAttributes();
    if (changed.has('maxTlp') && this._lastInput && !changed.has('data') && !changed.has('src')) this._useDataset(this._lastInput.json, this._lastInput.origin);
    if (changed.has('data') && this.data !== undefined) {
      this._loadController?.abort();
      this._loadGeneration++;
      this._useDataset(this.data, 'data property');
    } else if (changed.has('src') || (!this._indexed && !this._loading && !this._error && this.data === undefined)) {
      void this._load();
    }
  }

  private _applyWindowAttributes(): void {
    if (!this.start && !this.end) return;
    const startMs = parseWindowStart(this.start);
    const endMs = parseWindowEnd(this.end);
    const issues: DataIssue[] = [];
    if (this.start && startMs === undefined) issues.push(createIssue('start', this.start, 'a date as YYYY, YYYY-MM or YYYY-MM-DD'));
    if (this.end && endMs === undefined) issues.push(createIssue('end', this.end, 'a date as YYYY, YYYY-MM or YYYY-MM-DD'));
    if (issues.length > 0) {
      this._reportError('Invalid start or end attribute', issues);
      return;
    }
    const extent = this._extentWindow();
    this._window = { startMs: startMs ?? extent.startMs, endMs: endMs ?? extent.endMs };
    this._userWindow = null;
  }

  private async _load(): Promise<void> {
    this._loadController?.abort();
    const controller = new AbortController();
    this._loadController = controller;
    const generation = ++this._loadGeneration;
    this._loading = true;
    try {
      if (this.src) {
        const result = await loadJson(this.src, {
          signal: controller.signal,
          timeoutMs: (parsePositiveNumber(this.timeout) ?? DEFAULT_TIMEOUT_MS / 1000) * 1000,
          maxBytes: parsePositiveNumber(this.maxBytes) ?? DEFAULT_MAX_BYTES,
          allowedOrigins: parseOriginList(this.srcOrigins),
        });
        if (generation !== this._loadGeneration) return;
        if (!result.ok) {
          if (result.kind !== 'cancelled') this._reportError(result.message, result.issues, true);
          return;
        }
        this._useDataset(result.json, this.src);
      } else {
        const json = await loadDefaultDataset();
        if (generation !== this._loadGeneration) return;
        this._useDataset(json, 'default dataset');
      }
    } finally {
      if (generation === this._loadGeneration) this._loading = false;
    }
  }

  private _useDataset(json: unknown, origin: string): void {
    const strictResult = this.strict ? parseDataset(json) : undefined;
    const result = strictResult && !strictResult.ok ? { ok: false as const, message: 'The dataset has problems and strict mode is on', issues: strictResult.issues } : parseDatasetLenient(json);
    if (!result.ok) {
      // Keep whatever was on screen before: a failed reload must not blank the page.
      this._reportError(`The ${origin} cannot be shown. ${result.message}.`, result.issues);
      return;
    }
    this._lastInput = { json, origin };
    const tlpLimit = this.maxTlp == null ? undefined : parseTlp(this.maxTlp) ?? 'clear';
    const dataset = tlpLimit ? restrictToTlp(result.dataset, tlpLimit) : result.dataset;
    const shownIssues = tlpLimit ? issuesWithinTlp(result.issues, result.recordIds, dataset) : result.issues;
    this._notice = shownIssues.length > 0 ? { ...result, issues: shownIssues } : null;
    const extent = datasetExtent(dataset.events);
    this._indexed = {
      dataset,
      actors: new Map(dataset.actors.map((actor) => [actor.id, actor])),
      victims: new Map(dataset.victims.map((victim) => [victim.id, victim])),
      sources: new Map(dataset.sources.map((source) => [source.id, source])),
      events: new Map(dataset.events.map((event) => [event.id, event])),
      extent,
      kinds: EVENT_KINDS.filter((kind) => dataset.events.some((event) => event.kind === kind)),
    };
    this._error = null;
    if (tlpLimit && !parseTlp(this.maxTlp)) this._reportError('max-tlp must be one of clear, green, amber, amber+strict, red; showing only clear records', [createIssue('max-tlp', this.maxTlp, 'clear, green, amber, amber+strict or red')]);
    if (this._notice) emit(this, 'at-error', { message: noticeHeadline(this._notice), issues: this._notice.issues });
    this._checkReferencesInAttributes();
    if (this.start || this.end) this._applyWindowAttributes();
    if (this._selectedId && this._indexed.events.has(this._selectedId) && !this.start && !this.end) this._bringIntoView(this._selectedId);
  }

  /** Attribute ids that the dataset does not have are reported, never silently ignored. */
  private _checkReferencesInAttributes(): void {
    const indexed = this._indexed;
    if (!indexed) return;
    const issues: DataIssue[] = [];
    for (const id of this._filter.actors) if (!indexed.actors.has(id)) issues.push(createIssue('actors', id, 'an actor id of this dataset', `unknown actor id "${id}"`));
    for (const id of this._filter.victims) if (!indexed.victims.has(id)) issues.push(createIssue('victims', id, 'a victim id of this dataset', `unknown victim id "${id}"`));
    if (this._selectedId && !indexed.events.has(this._selectedId)) issues.push(createIssue('selected', this._selectedId, 'an event id of this dataset', `unknown event id "${this._selectedId}"`));
    if (issues.length > 0) this._reportError('Some attributes name ids this dataset does not have', issues);
  }

  private _reportError(message: string, issues: readonly DataIssue[], retry = false): void {
    this._error = { message, issues, retry };
    emit(this, 'at-error', { message, issues });
  }

  private _extentWindow(): TimeWindow {
    const extent = this._indexed?.extent ?? datasetExtent([]);
    return { startMs: extent[0], endMs: extent[1] };
  }

  private _bringIntoView(id: string, animate = false): void {
    const event = this._indexed?.events.get(id);
    if (!event) return;
    const current = this._chart?.visibleWindow ?? this._userWindow ?? this._window ?? this._extentWindow();
    const { startMs, endMs } = event.when;
    if (endMs > current.startMs && startMs < current.endMs) return;
    const span = Math.max(current.endMs - current.startMs, endMs - startMs, minWindowMs(800));
    const centre = (startMs + endMs) / 2;
    this._window = { startMs: centre - span / 2, endMs: centre + span / 2, animate };
    this._userWindow = null;
  }

  protected override render() {
    const indexed = this._indexed;
    return html`
      <div class="root">
        ${this._error ? this._renderError(this._error) : nothing}
        ${indexed ? this._renderTimeline(indexed) : this._loading ? html`<p class="loading" role="status">Loading timeline…</p>` : nothing}
      </div>
    `;
  }

  private _renderError(error: ShownError) {
    const shown = error.issues.slice(0, MAX_ISSUES_SHOWN);
    // Only the headline is a live region: screen readers announce one sentence, not the list.
    return html`<div class="error" part="error">
      <p role="alert">${error.message}</p>
      ${shown.length > 0 ? html`<ul>${shown.map((issue) => html`<li>${issue.message}</li>`)}</ul>` : nothing}
      ${error.issues.length > shown.length ? html`<p>…and ${error.issues.length - shown.length} more.</p>` : nothing}
      ${error.retry ? html`<button type="button" class="retry" @click=${this._retry}>Try again</button>` : nothing}
      ${error.retry && this._indexed ? html`<p class="kept">The data shown below is the last that loaded.</p>` : nothing}
    </div>`;
  }

  private _filteredCache?: { indexed: Indexed; filter: Filter; visible: readonly TimelineEvent[]; counts: FacetCounts };

  /** Filtered events and facet counts, recomputed only when the dataset or the filter changes. */
  private _filtered(indexed: Indexed): { visible: readonly TimelineEvent[]; counts: FacetCounts } {
    const cache = this._filteredCache;
    if (cache && cache.indexed === indexed && cache.filter === this._filter) return cache;
    const visible = filterEvents(indexed.dataset.events, this._filter);
    const counts = facetCounts(indexed.dataset.events, this._filter);
    this._filteredCache = { indexed, filter: this._filter, visible, counts };
    return this._filteredCache;
  }

  private _renderTimeline(indexed: Indexed) {
    const { dataset } = indexed;
    const { visible, counts } = this._filtered(indexed);
    const selected = this._selectedId ? indexed.events.get(this._selectedId) ?? null : null;
    const filtered = visible.length !== dataset.events.length;
    return html`
      <header part="header">
        <h2>${dataset.title}</h2>
        ${dataset.description ? html`<p>${dataset.description}</p>` : nothing}
      </header>
      ${this._notice ? html`<at-data-notice .report=${this._notice}></at-data-notice>` : nothing}
      <p class="summary" id="summary">${describeSummary(dataset.events, visible, this._groupBy)}</p>
      <div class="controls">
        <at-filter-bar
          .actors=${dataset.actors}
          .victims=${dataset.victims}
          .filter=${this._filter}
          .counts=${counts}
          @at-filter-change=${this._onFilterChange}
        ></at-filter-bar>
        <label class="group-by">Rows by
          <select @change=${this._onGroupChange} .value=${this._groupBy}>
            ${GROUP_BY_OPTIONS.map((option) => html`<option value=${option} ?selected=${option === this._groupBy}>${option}</option>`)}
          </select>
        </label>
      </div>
      <p class="status" role="status">
        ${visible.length === 0
          ? html`No events match these filters. <button type="button" @click=${this._clearFilters}>Clear filters</button>`
          : filtered
            ? html`${visible.length} of ${dataset.events.length} events match the filters.`
            : html`${dataset.events.length} events.`}
      </p>
      <at-chart
        .events=${visible}
        .extent=${indexed.extent}
        .actors=${indexed.actors}
        .victims=${indexed.victims}
        .groupBy=${this._groupBy}
        .selectedId=${this._selectedId}
        .window=${this._window}
        .emptyMessage=${'No events match these filters.'}
        @at-select=${this._onSelect}
        @at-view-change=${this._onViewChange}
        @at-view-input=${this._onViewInput}
      ></at-chart>
      <at-overview
        .events=${visible}
        .extent=${indexed.extent}
        .window=${this._liveWindow}
        @at-brush=${this._onBrush}
      ></at-overview>
      <at-legend .kinds=${indexed.kinds}></at-legend>
      <at-event-table
        .events=${visible}
        .actors=${indexed.actors}
        .victims=${indexed.victims}
        .selectedId=${this._selectedId}
        @at-select=${this._onSelect}
      ></at-event-table>
      <at-event-detail
        .event=${selected}
        .actors=${indexed.actors}
        .victims=${indexed.victims}
        .sources=${indexed.sources}
        .events=${indexed.events}
        @at-close=${this._onClose}
        @at-select=${this._onSelect}
      ></at-event-detail>
    `;
  }

  private _retry = (): void => {
    void this._load();
  };

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    // A load still running when the element leaves the page is abandoned, not drawn later.
    this._loadController?.abort();
    this._loadGeneration++;
    this._loading = false;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.hasUpdated && !this._indexed && !this._loading && this.data === undefined) void this._load();
  }

  private _onFilterChange = (event: CustomEvent<{ actors: readonly string[]; victims: readonly string[] }>): void => {
    this._filter = { actors: event.detail.actors, victims: event.detail.victims };
  };

  private _clearFilters = (): void => {
    this._filter = NO_FILTER;
    emit(this, 'at-filter-change', { actors: [], victims: [] });
  };

  private _onGroupChange = (event: Event): void => {
    const value = (event.target as HTMLSelectElement).value;
    if (!isGroupBy(value)) return;
    this._groupBy = value;
    emit(this, 'at-group-change', { groupBy: value });
  };

  private _onSelect = (event: CustomEvent<{ id: string | null }>): void => {
    const fromDetail = event.target === this._detail;
    this._selectedId = event.detail.id;
    if (fromDetail && event.detail.id) this._bringIntoView(event.detail.id, true);
    if (event.detail.id) void this.updateComplete.then(() => this._detail?.focusHeading());
  };

  private _onViewChange = (event: CustomEvent<TimeWindow>): void => {
    this._userWindow = { startMs: event.detail.startMs, endMs: event.detail.endMs };
  };

  /** Every drawn window, so the overview's brush follows zooms and animations as they happen. */
  private _onViewInput = (event: CustomEvent<TimeWindow>): void => {
    this._liveWindow = { startMs: event.detail.startMs, endMs: event.detail.endMs };
  };

  private _onBrush = (event: CustomEvent<BrushDetail>): void => {
    const { startMs, endMs, final } = event.detail;
    this._window = { startMs, endMs };
    this._liveWindow = this._window;
    this._userWindow = null;
    if (final) emit(this, 'at-view-change', { startMs, endMs });
  };

  private _onClose = (event: Event): void => {
    event.stopPropagation();
    this._selectedId = null;
    emit(this, 'at-select', { id: null });
  };
}

function toMs(value: string | number | Date, name: string, edge: 'start' | 'end'): number {
  if (value instanceof Date) {
    const ms = value.getTime();
    if (Number.isFinite(ms)) return ms;
  } else if (typeof value === 'number') {
    if (Number.isFinite(value)) return value;
  } else if (typeof value === 'string') {
    const result = parsePartialDate(value.trim());
    if (result.ok) return edge === 'start' ? result.date.startMs : result.date.endMs;
  }
  throw new RangeError(`zoomTo: ${name} ${JSON.stringify(String(value))} is not a date (expected YYYY, YYYY-MM, YYYY-MM-DD, a Date or UTC milliseconds)`);
}

export { DatasetError };
