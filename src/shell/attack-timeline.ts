import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import type { Dataset, TimelineEvent } from '../model/types.ts';
import { createIssue, DatasetError, type DataIssue } from '../model/issues.ts';
import { parseDataset, parseDatasetLenient } from '../model/parse-dataset.ts';
import { parsePartialDate } from '../model/partial-date.ts';
import { facetCounts, filterEvents, NO_FILTER, type FacetCounts, type Filter } from '../derive/filter.ts';
import { GROUP_BY_OPTIONS, isGroupBy, type GroupBy } from '../derive/lanes.ts';
import { parseIdList, parseWindowEnd, parseWindowStart, toIsoDay } from '../derive/view-window.ts';
import { datasetExtent, minWindowMs } from '../scales/time-scale.ts';
import { emit, type FilterChangeDetail } from '../events.ts';
import { tokens } from '../styles/tokens.ts';
import type { AtChart, TimeWindow } from '../components/chart/chart.ts';
import type { AtEventDetail } from '../components/event-detail/event-detail.ts';
import { attackTimelineStyles } from './attack-timeline.styles.ts';
import { indexDataset, type Indexed } from './indexed-dataset.ts';
import { SearchResults } from './search-results.ts';
import type { AtOverview, BrushDetail } from '../components/overview/overview.ts';
import { loadDefaultDataset } from './default-dataset.ts';
import { DEFAULT_MAX_BYTES, DEFAULT_TIMEOUT_MS, loadJson } from './load-dataset.ts';
import { noticeHeadline, type DataNoticeReport } from '../components/data-notice/data-notice.ts';
import { describeSummary, parseOriginList, parsePositiveNumber } from './reliability-options.ts';
import { issuesWithinTlp, parseTlp, restrictToTlp } from '../formats/tlp.ts';
import { stepMatch } from '../derive/search.ts';
import { keepKnownIds, type ViewState } from '../derive/view-state.ts';
import { UrlSyncController } from './url-sync.ts';
import { themes } from '../styles/themes.ts';
import { ThemeController } from '../styles/theme-controller.ts';
import { hasMessages, loadMessages, messagesFor, uiLanguageOf, type Messages } from '../i18n/messages.ts';
import { resolveDateLocale } from '../i18n/locale.ts';
import { decodeStepView, eventSteps, pickStory, type StepView } from '../story/step-view.ts';
import { readStoryElements } from '../story/read-story-elements.ts';
import { PresentationController, type PresentationCommand } from '../story/presentation-controller.ts';
import type { ExportedSvg } from '../export/export-svg.ts';
import { PrintController } from '../export/print-controller.ts';
import type { ActionName } from '../components/actions/actions.ts';
import { presentationStyles } from './presentation.styles.ts';

/** What the reader sees now; read it from `element.view`. */
export interface TimelineView {
  /** First and last visible day, `YYYY-MM-DD` (UTC). */
  readonly start: string;
  readonly end: string;
  readonly startMs: number;
  readonly endMs: number;
  readonly actors: readonly string[];
  readonly victims: readonly string[];
  /** Organisations named without acting or being targeted. */
  readonly subjects: readonly string[];
  readonly selected: string | null;
  readonly groupBy: GroupBy;
  /** Ids of the events drawn in the visible window, after filtering. */
  readonly visibleIds: readonly string[];
  /** The search text ("" for none). */
  readonly query: string;
}

/** The locale on screen: dates and UI text switch together. */
interface LocaleInfo {
  readonly locale: string | null;
  /** The locale dates are written in. */
  readonly date: string;
  readonly messages: Messages;
}

function localeInfo(locale: string | null): LocaleInfo {
  return { locale, date: resolveDateLocale(locale), messages: messagesFor(locale) };
}

interface ShownError {
  readonly message: string;
  readonly issues: readonly DataIssue[];
  /** Offer "Try again" (a failed load from src). */
  readonly retry?: boolean;
}

const MAX_ISSUES_SHOWN = 20;

/** The export code, fetched on first use (in the embed, `attack-timeline-export.js` beside the script). */
const loadExport = () => import('../export/export.ts');

/**
 * An interactive, zoomable timeline of a sourced event dataset, with filters by actor and victim
 * and a detail panel citing every source. With no `src` or `dataset` it shows the bundled story
 * (Operation Soft Cell and APT10 / Cloud Hopper, 2006–2019).
 *
 * @fires at-select - the user selected an event or cleared the selection (detail `{id}`)
 * @fires at-filter-change - the user changed the filters (detail `{actors, victims, subjects}`)
 * @fires at-view-change - the visible window after a user zoom or pan (detail `{startMs, endMs}`)
 * @fires at-group-change - the user picked another row grouping (detail `{groupBy}`)
 * @fires at-error - the dataset or an attribute could not be used (detail `{message, issues}`)
 * @fires at-search - the user changed the search text (detail `{query}`)
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
  static override styles = [tokens, themes, attackTimelineStyles, presentationStyles];

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
  /**
   * One-finger drags pan the chart instead of scrolling the page: for the full-page app, not for
   * articles (where a reader scrolling past must not be caught by the chart).
   */
  @property({ type: Boolean, attribute: 'touch-pan' }) touchPan = false;
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
  /**
   * Keep the view (window, filters, selection, grouping, search) in the page's URL hash and
   * restore it from there, so a copied link reopens the same view. A value (`sync-url="t1"`)
   * prefixes the keys (`t1.start`) so two timelines on a page keep apart. Absent: the URL is never touched.
   */
  @property({ attribute: 'sync-url' }) syncUrl: string | null = null;
  private readonly _urlSync = new UrlSyncController(this, {
    prefix: () => (this.syncUrl === null ? null : this.syncUrl.trim()),
    read: () => this._viewState(),
    apply: (state, issues) => this._applyViewState(state, issues),
  });
  /** Colour theme: `light`, `dark`, `high-contrast`, or unset / `auto` to follow the reader's system. */
  @property({ reflect: true }) theme: string | null = null;
  /** BCP 47 locale of dates (any the browser's Intl knows) and UI text (en, fr, de, ja; else English). Default en-GB. */
  @property() locale: string | null = null;
  /** `presentation`: full screen (when allowed), chrome hidden, stepping through the story. */
  @property({ reflect: true }) mode: string | null = null;
  /** Id of the story to present (from the dataset's `stories` or an `<at-story id>` child); default the first. */
  @property() story: string | null = null;
  /** The steps being presented, decoded once when presentation starts. */
  @state() private _steps: { readonly title: string; readonly views: readonly StepView[] } | null = null;
  @state() private _stepIndex = 0;
  private _stepGeneration = 0;
  private readonly _presentation = new PresentationController(this, (command) => this._onPresentationCommand(command));
  // Controllers registered with the host; they act through their callbacks (hence not private: nothing reads them).
  protected readonly _themeWatch = new ThemeController(this, () => this._chart?.refreshTheme());
  protected readonly _print = new PrintController(this);
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
  /** The search text; matches are highlighted and stepped through with Enter. */
  @state() private _query = '';
  @state() private _window: TimeWindow | null = null;
  /** On narrow screens the filters fold behind a button; this is whether they are shown. */
  @state() private _filtersOpen = false;
  /** The window drawn right now, for the overview strip (not reactive: see `_onViewInput`). */
  private _liveWindow: TimeWindow | null = null;
  /** The window as the user last left it (gestures move the view without re-rendering the shell). */
  private _userWindow: TimeWindow | null = null;
  private _loadController?: AbortController;
  private _loadGeneration = 0;
  /**
   * Dates and UI text on screen. Null until the first locale's text is at hand: a French,
   * German or Japanese table is fetched on demand, and the element shows its loading line
   * meanwhile rather than flash English. A later change keeps the old text until the new arrives.
   */
  @state() private _locale: LocaleInfo | null = null;
  /** The fetch of the `locale`'s message table, while one runs (`updateComplete` waits for it). */
  private _localeLoad: Promise<void> | null = null;

  @query('at-chart') private _chart?: AtChart;
  @query('at-overview') private _overview?: AtOverview;
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
      subjects: this._filter.subjects ?? [],
      selected: this._selectedId,
      groupBy: this._groupBy,
      visibleIds: this._chart?.visibleIds ?? [],
      query: this._query,
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
    if (changed.has('locale') || (!this._locale && !this._localeLoad)) this._applyLocale();
    if (changed.has('start') || changed.has('end')) this._applyWindowAttributes();
    if (changed.has('maxTlp') && this._lastInput && !changed.has('data') && !changed.has('src')) this._useDataset(this._lastInput.json, this._lastInput.origin);
    if (changed.has('data') && this.data !== undefined) {
      this._loadController?.abort();
      this._loadGeneration++;
      this._useDataset(this.data, 'data property');
    } else if (changed.has('src') || (!this._indexed && !this._loading && !this._error && this.data === undefined)) {
      void this._load();
    }
    this._syncPresentation();
  }

  /** Shows the `locale`'s dates and text now if its table is at hand, else once it has loaded. */
  private _applyLocale(): void {
    const locale = this.locale;
    if (hasMessages(locale)) {
      this._localeLoad = null;
      this._locale = localeInfo(locale);
      return;
    }
    const load: Promise<void> = loadMessages(locale).then(
      () => {
        if (this._localeLoad === load) this._locale = localeInfo(locale);
      },
      () => {
        if (this._localeLoad !== load) return;
        // English text, the locale's dates; the publisher learns which file is missing.
        this._locale = localeInfo(locale);
        const file = `attack-timeline-messages-${uiLanguageOf(locale)}.js`;
        this._reportError(`The text for locale "${locale}" could not be loaded (${file}); showing English`, [createIssue('locale', locale, `a locale whose text loads (${file} beside the script)`)]);
      },
    ).finally(() => {
      if (this._localeLoad === load) this._localeLoad = null;
    });
    this._localeLoad = load;
  }

  /** Also waits for a message table being fetched, so a resolved `updateComplete` means the text is in the asked locale. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let result = await super.getUpdateComplete();
    while (this._localeLoad) {
      await this._localeLoad;
      result = await super.getUpdateComplete();
    }
    return result;
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
    this._indexed = indexDataset(dataset);
    this._error = null;
    if (tlpLimit && !parseTlp(this.maxTlp)) this._reportError('max-tlp must be one of clear, green, amber, amber+strict, red; showing only clear records', [createIssue('max-tlp', this.maxTlp, 'clear, green, amber, amber+strict or red')]);
    if (this._notice) emit(this, 'at-error', { message: noticeHeadline(this._notice), issues: this._notice.issues });
    this._checkReferencesInAttributes();
    if (this.start || this.end) this._applyWindowAttributes();
    if (this._selectedId && this._indexed.events.has(this._selectedId) && !this.start && !this.end) this._bringIntoView(this._selectedId);
    this._urlSync.restore();
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
        ${indexed && this._locale ? this._renderTimeline(indexed) : this._loading || indexed ? html`<p class="loading" role="status">${this._messages.loading}</p>` : nothing}
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
    const m = this._messages;
    return html`
      <header part="header">
        <h2>${dataset.title}</h2>
        ${dataset.description ? html`<p>${dataset.description}</p>` : nothing}
      </header>
      ${this._notice ? html`<at-data-notice .report=${this._notice} .words=${m.notice}></at-data-notice>` : nothing}
      <p class="summary" id="summary">${describeSummary(dataset.events, visible, m.groupBy[this._groupBy], m, this._dateLocale, indexed.span)}</p>
      <button
        type="button"
        class="filters-toggle"
        aria-expanded=${this._filtersOpen ? 'true' : 'false'}
        aria-controls="controls"
        @click=${() => { this._filtersOpen = !this._filtersOpen; }}
      >${m.filtersToggle(this._filter.actors.length + this._filter.victims.length + (this._filter.subjects?.length ?? 0))}</button>
      <div class="controls ${this._filtersOpen ? 'open' : ''}" id="controls">
        <at-filter-bar
          .actors=${dataset.actors}
          .victims=${dataset.victims}
          .subjects=${indexed.subjectOptions}
          .filter=${this._filter}
          .counts=${counts}
          .messages=${m}
          @at-filter-change=${this._onFilterChange}
        ></at-filter-bar>
        <label class="group-by">${m.rowsBy}
          <select @change=${this._onGroupChange} .value=${this._groupBy}>
            ${GROUP_BY_OPTIONS.map((option) => html`<option value=${option} ?selected=${option === this._groupBy}>${m.groupBy[option]}</option>`)}
          </select>
        </label>
        <at-actions .messages=${m} @at-action=${this._onAction}></at-actions>
      </div>
      ${this._renderSearch(indexed, visible)}
      <p class="status" role="status">
        ${visible.length === 0
          ? html`${m.noMatch} <button type="button" @click=${this._clearFilters}>${m.clearFilters}</button>`
          : filtered
            ? m.matchCount(visible.length, dataset.events.length)
            : m.eventCount(dataset.events.length)}
      </p>
      ${this.mode === 'presentation' && this._steps ? html`<at-present-bar
        .storyTitle=${this._steps.title}
        .caption=${this._steps.views[this._stepIndex]?.caption ?? ''}
        .step=${this._stepIndex}
        .total=${this._steps.views.length}
        .messages=${m}
        @at-step=${(event: CustomEvent<{ delta: number }>) => void this.goToStep(this._stepIndex + event.detail.delta)}
        @at-present-exit=${() => this.exitPresentation()}
      ></at-present-bar>` : nothing}
      <at-chart
        .events=${visible}
        .locale=${this._dateLocale}
        .extent=${indexed.extent}
        .actors=${indexed.actors}
        .victims=${indexed.victims}
        .groupBy=${this._groupBy}
        .selectedId=${this._selectedId}
        .highlightIds=${this._searchResults.matches(indexed, this._query).highlight}
        .window=${this._window}
        .touchPan=${this.touchPan}
        .kindNames=${m.kinds}
        .emptyMessage=${m.noMatch}
        .messages=${m}
        @at-select=${this._onSelect}
        @at-view-change=${this._onViewChange}
        @at-view-input=${this._onViewInput}
      ></at-chart>
      <at-overview
        .events=${visible}
        .extent=${indexed.extent}
        .window=${this._liveWindow}
        .messages=${m}
        .locale=${this._dateLocale}
        @at-brush=${this._onBrush}
      ></at-overview>
      <at-legend .kinds=${indexed.kinds} .messages=${m}></at-legend>
      <at-event-table
        .events=${visible}
        .actors=${indexed.actors}
        .victims=${indexed.victims}
        .selectedId=${this._selectedId}
        .messages=${m}
        .locale=${this._dateLocale}
        @at-select=${this._onSelect}
      ></at-event-table>
      <at-event-detail
        .event=${selected}
        .actors=${indexed.actors}
        .victims=${indexed.victims}
        .subjects=${indexed.subjects}
        .sources=${indexed.sources}
        .events=${indexed.events}
        .messages=${m}
        .locale=${this._dateLocale}
        @at-close=${this._onClose}
        @at-select=${this._onSelect}
      ></at-event-detail>
      ${this._print.printing
        ? html`<at-print-list .events=${this._printEvents(visible)} .sources=${indexed.sources} .locale=${this._dateLocale} .messages=${m}></at-print-list>`
        : nothing}
    `;
  }

  private _retry = (): void => {
    void this._load();
  };

  /** The UI text on screen (English before the first locale's table is at hand). */
  private get _messages(): Messages {
    return this._locale?.messages ?? messagesFor(null);
  }

  /** The locale dates are written in. */
  private get _dateLocale(): string {
    return this._locale?.date ?? resolveDateLocale(null);
  }

  /** The events drawn in the window now, in date order, for the printed list. */
  private _printEvents(visible: readonly TimelineEvent[]): readonly TimelineEvent[] {
    const ids = this._chart?.visibleIds;
    if (!ids) return visible;
    const drawn = new Set(ids);
    return visible.filter((event) => drawn.has(event.id));
  }

  /**
   * The current view as a standalone SVG document: title, date range, chart, legend and sources.
   * Asynchronous because the export code is fetched on first use. Rejects before data has loaded.
   */
  async exportSvg(): Promise<string> {
    return (await this._exportSvg()).svg;
  }

  /** The current view as a PNG image, `scale` × its CSS size (default 2). Rejects before data has loaded. */
  async exportPng(scale = 2): Promise<Blob> {
    const { svg, widthPx, heightPx } = await this._exportSvg();
    const { svgToPngBlob } = await loadExport();
    return svgToPngBlob(svg, widthPx, heightPx, scale);
  }

  private async _exportSvg(): Promise<ExportedSvg> {
    const shown = () => {
      if (!this._chart || !this._indexed) throw new Error('Nothing to export: no dataset is shown yet');
      return { chart: this._chart, indexed: this._indexed };
    };
    shown();
    const { exportViewSvg } = await loadExport();
    // The view as it is once the code has arrived.
    const { chart, indexed } = shown();
    return exportViewSvg(chart, indexed.dataset, indexed.sources, chart.visibleIds, indexed.kinds, this._dateLocale, this._messages);
  }

  private _onAction = async (event: CustomEvent<{ action: ActionName }>): Promise<void> => {
    const title = this._indexed?.dataset.title ?? 'timeline';
    switch (event.detail.action) {
      case 'present':
        await this.present();
        return;
      case 'svg':
      case 'png':
        try {
          const file = event.detail.action === 'svg' ? new Blob([await this.exportSvg()], { type: 'image/svg+xml' }) : await this.exportPng();
          const { downloadBlob, fileNameFor } = await loadExport();
          downloadBlob(file, fileNameFor(title, event.detail.action));
        } catch (error) {
          // Most likely the export file is missing beside the script: say so instead of a dead button.
          this._reportError(`The view could not be exported: ${error instanceof Error ? error.message : String(error)}`, []);
        }
        return;
      case 'print':
        this.requestUpdate();
        await this.updateComplete;
        window.print();
    }
  };

  /** Enters presentation mode at the first step (full screen when the browser allows). */
  async present(): Promise<void> {
    this.mode = 'presentation';
    await this.updateComplete;
  }

  /** Leaves presentation mode; the view stays where the last step put it. */
  async exitPresentation(): Promise<void> {
    this.mode = null;
    await this.updateComplete;
  }

  /** The presentation now: step (from 0), number of steps and caption; null when not presenting. */
  get presentation(): { readonly step: number; readonly total: number; readonly caption: string; readonly title: string } | null {
    if (this.mode !== 'presentation' || !this._steps) return null;
    return { step: this._stepIndex, total: this._steps.views.length, caption: this._steps.views[this._stepIndex]?.caption ?? '', title: this._steps.title };
  }

  /** Shows step `index` (clamped) of the presentation; resolves when the view has arrived. */
  async goToStep(index: number): Promise<void> {
    const views = this._steps?.views;
    if (!views || views.length === 0) return;
    const step = Math.max(0, Math.min(views.length - 1, Math.trunc(index)));
    const view = views[step]!;
    const generation = ++this._stepGeneration;
    this._stepIndex = step;
    this._filter = { actors: view.actors, victims: view.victims };
    this._groupBy = view.groupBy;
    this._selectedId = view.selected !== null && this._indexed?.events.has(view.selected) ? view.selected : null;
    const target = { startMs: view.startMs, endMs: view.endMs };
    await this.updateComplete;
    // Fly there (the chart jumps instead when the reader prefers reduced motion), then pin the window.
    await this._chart?.animateTo(target);
    if (generation !== this._stepGeneration) return;
    this._window = target;
    this._userWindow = null;
    await this.updateComplete;
  }

  private _syncPresentation(): void {
    const presenting = this.mode === 'presentation';
    if (presenting && !this._presentation.active) {
      this._presentation.enter();
      this._steps = null;
    } else if (!presenting && this._presentation.active) {
      this._presentation.leave();
      this._steps = null;
    }
    if (presenting && !this._steps && this._indexed) {
      this._steps = this._buildSteps(this._indexed);
      void this.updateComplete.then(() => this.goToStep(0));
    }
  }

  /** Steps from `<at-story>` children, else the dataset's stories, else every event passing the filter. */
  private _buildSteps(indexed: Indexed): { readonly title: string; readonly views: readonly StepView[] } {
    const elements = readStoryElements(this, this.story);
    if (elements) return { title: elements.title, views: elements.steps.map((step) => decodeStepView(step, indexed.extent)) };
    const story = pickStory(indexed.dataset.stories, this.story);
    if (story) return { title: story.title, views: story.steps.map((step) => decodeStepView(step, indexed.extent)) };
    const { visible } = this._filtered(indexed);
    return { title: indexed.dataset.title, views: eventSteps(visible, { actors: this._filter.actors, victims: this._filter.victims, groupBy: this._groupBy }) };
  }

  private _onPresentationCommand(command: PresentationCommand): void {
    const last = (this._steps?.views.length ?? 1) - 1;
    switch (command) {
      case 'next':
        void this.goToStep(this._stepIndex + 1);
        return;
      case 'previous':
        void this.goToStep(this._stepIndex - 1);
        return;
      case 'first':
        void this.goToStep(0);
        return;
      case 'last':
        void this.goToStep(last);
        return;
      case 'exit':
        void this.exitPresentation();
    }
  }

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

  private _onFilterChange = (event: CustomEvent<FilterChangeDetail>): void => {
    this._filter = { actors: event.detail.actors, victims: event.detail.victims, subjects: event.detail.subjects };
  };

  private _clearFilters = (): void => {
    this._filter = NO_FILTER;
    emit(this, 'at-filter-change', { actors: [], victims: [], subjects: [] });
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

  /**
   * Every drawn window, so the overview's brush follows zooms and animations as they happen. The
   * window goes straight down to the overview: re-rendering the whole shell on every zoom frame
   * would cost more than the chart itself at 10,000 events.
   */
  private _onViewInput = (event: CustomEvent<TimeWindow>): void => {
    this._liveWindow = { startMs: event.detail.startMs, endMs: event.detail.endMs };
    if (this._overview) this._overview.window = this._liveWindow;
  };

  private _onBrush = (event: CustomEvent<BrushDetail>): void => {
    const { startMs, endMs, final } = event.detail;
    this._window = { startMs, endMs };
    this._liveWindow = this._window;
    this._userWindow = null;
    if (final) emit(this, 'at-view-change', { startMs, endMs });
  };

  /** Search index and matches, memoised per dataset, query and filter. */
  private readonly _searchResults = new SearchResults();

  private _renderSearch(indexed: Indexed, visible: readonly TimelineEvent[]) {
    const shown = this._searchResults.shown(indexed, this._query, visible);
    return html`<at-search
      .query=${this._query}
      .results=${shown}
      .hiddenCount=${this._searchResults.matches(indexed, this._query).ids.length - shown.length}
      .currentId=${this._selectedId}
      .messages=${this._messages}
      .locale=${this._dateLocale}
      @at-search=${this._onSearch}
      @at-search-next=${this._onSearchNext}
      @at-select=${this._onSearchPick}
    ></at-search>`;
  }

  private _onSearch = (event: CustomEvent<{ query: string }>): void => {
    this._query = event.detail.query;
  };

  private _onSearchNext = (event: CustomEvent<{ direction: 1 | -1 }>): void => {
    event.stopPropagation();
    const indexed = this._indexed;
    if (!indexed) return;
    const ids = this._searchResults.shown(indexed, this._query, this._filtered(indexed).visible).map((match) => match.id);
    if (ids.length === 0) return;
    const id = stepMatch(this._searchResults.index(indexed), ids, this._selectedId, event.detail.direction);
    if (id === null) return;
    this._selectedId = id;
    this._zoomToEvent(id);
    emit(this, 'at-select', { id });
  };

  /**
   * Flies to an event, close enough to tell it from its neighbours: its own span with a margin,
   * and at least a quarter year (about 90 days) so a single day keeps some context.
   */
  private _zoomToEvent(id: string): void {
    const event = this._indexed?.events.get(id);
    if (!event) return;
    const { startMs, endMs } = event.when;
    const span = Math.max((endMs - startMs) * 1.5, 91 * 86_400_000);
    const centre = (startMs + endMs) / 2;
    this._window = { startMs: centre - span / 2, endMs: centre + span / 2, animate: true };
    this._userWindow = null;
  }

  private _onSearchPick = (event: CustomEvent<{ id: string | null }>): void => {
    this._selectedId = event.detail.id;
    if (event.detail.id) this._zoomToEvent(event.detail.id);
  };

  /** The view as `sync-url` writes it. */
  private _viewState(): ViewState {
    const { startMs, endMs } = this.view;
    return { startMs, endMs, actors: this._filter.actors, victims: this._filter.victims, subjects: this._filter.subjects ?? [], selected: this._selectedId, groupBy: this._groupBy, query: this._query };
  }

  /** Shows a view read from the URL; ids this dataset lacks are left out and reported. */
  private _applyViewState(decoded: ViewState, decodeIssues: readonly DataIssue[]): void {
    const indexed = this._indexed;
    if (!indexed) return;
    const { state, issues } = keepKnownIds(decoded, indexed, this.syncUrl?.trim() ?? '');
    this._filter = { actors: state.actors, victims: state.victims, subjects: state.subjects ?? [] };
    this._groupBy = state.groupBy;
    this._query = state.query;
    this._selectedId = state.selected;
    if (state.startMs !== undefined || state.endMs !== undefined) {
      const extent = this._extentWindow();
      this._window = { startMs: state.startMs ?? extent.startMs, endMs: state.endMs ?? extent.endMs };
      this._userWindow = null;
    } else if (state.selected) {
      this._bringIntoView(state.selected);
    }
    const problems = [...decodeIssues, ...issues];
    if (problems.length > 0) this._reportError('The link to this view names things this timeline cannot show; they were left out', problems);
  }

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

