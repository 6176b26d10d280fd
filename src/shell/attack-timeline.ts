import { adoptStyles, html, LitElement, nothing, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import type { Dataset } from '../model/types.ts';
import { createIssue, DatasetError, thrownIssue } from '../model/issues.ts';
import type { TimelineView, ViewInput } from '../derive/view.ts';
import { tokens } from '../styles/tokens.ts';
import { themes } from '../styles/themes.ts';
import { ThemeController } from '../styles/theme-controller.ts';
import type { AtChart } from '../components/chart/chart.ts';
import type { AtEventDetail } from '../components/event-detail/event-detail.ts';
import type { AtOverview } from '../components/overview/overview.ts';
import type { AtEventTable } from '../components/event-table/event-table.ts';
import type { AtEventCards } from '../components/event-cards/event-cards.ts';
import { ResizeController } from '../controllers/resize-controller.ts';
import { OverflowController } from '../controllers/overflow-controller.ts';
import type { PresentationState } from '../story/presentation-controller.ts';
import { attackTimelineStyles } from './attack-timeline.styles.ts';
import { chipStyles } from '../components/filter-bar/chips.styles.ts';
import { printStyles } from './print.styles.ts';
import { CONTROLS, renderErrorBox, renderTimeline, type Controls, type TimelineHandlers } from './attack-timeline.templates.ts';
import { LazyParts } from './lazy-parts.ts';
import { PresentationPart } from './presentation-part.ts';
import { SelectionFocus } from './selection-focus.ts';
import { createViewHandlers } from './view-handlers.ts';
import { DatasetController } from './dataset-controller.ts';
import { ErrorController } from './error-controller.ts';
import { ExportController } from './export-controller.ts';
import { LocaleController } from './locale-controller.ts';
import { UrlSyncPart } from './url-sync-part.ts';
import { ViewController } from './view-controller.ts';
import { SearchResults } from './search-results.ts';
import { FilterResults } from './filter-results.ts';
import type { Indexed } from './indexed-dataset.ts';

export type { TimelineView };

/** The shell's stylesheets but print's, which comes last (presentation's go between: `_presentation`). */
const SCREEN_STYLES = [tokens, themes, chipStyles, attackTimelineStyles];

/**
 * An interactive, zoomable timeline of a sourced event dataset, with filters by actor, victim and
 * other organisation named, and a detail panel citing every source. With no `src` or `dataset` it shows the bundled story
 * (Operation Soft Cell and APT10 / Cloud Hopper, 2006–2021).
 *
 * @fires at-select - the user selected an event or cleared the selection (detail `{id}`)
 * @fires at-filter-change - the user changed the filters (detail `{actors, victims, subjects}`)
 * @fires at-view-change - the visible window after a user zoom or pan (detail `{startMs, endMs}`)
 * @fires at-group-change - the user picked another row grouping (detail `{groupBy}`)
 * @fires at-error - the dataset or an attribute could not be used (detail `{message, issues}`)
 * @fires at-search - the user changed the search text (detail `{query}`)
 * @csspart header - title and description of the dataset (with `title`, `description` and its `more` button)
 * @csspart notice - the notice of records left out (its box: `notice-box`)
 * @csspart filters-toggle - the button that shows the filters on narrow screens
 * @csspart controls - the row of filters, row grouping and actions
 * @csspart filters - the filter bar (each drop-down: `facet`)
 * @csspart group-by - the row grouping menu
 * @csspart actions - Present and the export buttons
 * @csspart search - the search box (`search-input`, `search-results`)
 * @csspart status - the line counting the events shown
 * @csspart present-bar - the presentation bar (`caption`, `progress`)
 * @csspart view-switch - the cards / chart switch on narrow screens
 * @csspart legend - the key to kinds and date shapes
 * @csspart chart - the chart: its zoom `toolbar` and its drawing, `chart-frame`
 * @csspart overview - the overview strip under the chart (above the cards on narrow screens)
 * @csspart cards - the event cards of narrow screens (`cards-list`)
 * @csspart details - the selected event's record, beside the chart or as a bottom sheet (`panel`, `nav`, `sources`)
 * @csspart table - the "show as a table" toggle and its table (`table-grid`)
 * @csspart print-list - the printed list of events
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
  static override styles = [...SCREEN_STYLES, printStyles];

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
  /** Colour theme: `light`, `dark`, `high-contrast`, or unset / `auto` to follow the reader's system. */
  @property({ reflect: true }) theme: string | null = null;
  /** BCP 47 locale of dates (any the browser's Intl knows) and UI text (en, fr, de, ja; else English). Default en-GB. */
  @property() locale: string | null = null;
  /** `presentation`: full screen (when allowed), chrome hidden, stepping through the story. */
  @property({ reflect: true }) mode: string | null = null;
  /** Id of the story to present (from the dataset's `stories` or an `<at-story id>` child); default the first. */
  @property() story: string | null = null;
  /**
   * How much an embed shows: `full` (default) everything; `compact` the title, the key, the chart
   * with its zoom buttons, the details and the table; `none` only the key, the chart and the details.
   */
  @property() controls: string | null = null;

  // Controllers run in this order on each update: the view's attributes are read before a new
  // dataset checks the ids they name, and presentation starts once the data is there.
  private readonly _errors = new ErrorController(this);
  private readonly _view = new ViewController(this, {
    attributes: () => this,
    chart: () => this._chart,
    overview: () => this._overview,
    indexed: () => this._dataset.indexed,
    errors: this._errors,
  });
  private readonly _locale = new LocaleController(this, () => this.locale, (locale, file, thrown) => {
    if (!file) return this._errors.clear('locale');
    this._errors.report('locale', `The text for locale "${locale}" could not be loaded (${file}); showing English`, [thrownIssue(file, file, 'the file beside the script', thrown)]);
  });
  private readonly _dataset = new DatasetController(this, {
    settings: () => this,
    errors: this._errors,
    shown: () => {
      this._view.datasetShown();
      this._urlSync.restore();
    },
  });
  private readonly _urlSync = new UrlSyncPart(this, {
    prefix: () => (this.syncUrl === null ? null : this.syncUrl.trim()),
    read: () => this.view,
    indexed: () => this._dataset.indexed,
    view: this._view,
    errors: this._errors,
  });
  private readonly _presentation = new PresentationPart(this, {
    presenting: () => this.mode === 'presentation',
    story: () => this.story,
    stage: { host: this, view: this._view, chart: () => this._chart, indexed: () => this._dataset.indexed },
    visible: (indexed) => this._filtered(indexed).visible,
    errors: this._errors,
    exit: () => void this.exitPresentation(),
    // In the order the styles had when they were all in the script: the layout, presentation, print.
    adoptStyles: (styles) => adoptStyles(this.renderRoot as ShadowRoot, [...SCREEN_STYLES, styles, printStyles]),
  });
  private readonly _export = new ExportController(this, {
    shown: () => (this._chart && this._dataset.indexed ? { chart: this._chart, indexed: this._dataset.indexed } : null),
    dateLocale: () => this._locale.dateLocale,
    messages: () => this._locale.messages,
    done: (problem) => (problem ? this._errors.report('export', problem, []) : this._errors.clear('export')),
    errors: this._errors,
  });
  // Registered with the host; it acts through its callback (hence not private: nothing reads it).
  protected readonly _themeWatch = new ThemeController(this, () => this._chart?.refreshTheme());

  /** On narrow screens the filters fold behind a button; this is whether they are shown. */
  @state() private _filtersOpen = false;
  /** The description is unfolded. */
  @state() private _descriptionOpen = false;
  /** On narrow screens, what the reader chose to see: the cards (default) or the chart. */
  @state() private _narrowLayout: 'cards' | 'chart' = 'cards';
  /** What `controls` asks for, once read. */
  private _controls: Controls = 'full';
  /** The timeline has been on screen (a later wait for code keeps it there rather than blank it). */
  private _shown = false;
  private readonly _size = new ResizeController(this);
  private readonly _descriptionFold = new OverflowController(this, () => this.renderRoot.querySelector<HTMLElement>('.description:not(.open)'));
  /** The cards, the details and the secondary controls, whose code comes after the first frame. */
  private readonly _parts = new LazyParts(this, this._errors);
  private readonly _focus = new SelectionFocus({ chart: () => this._chart, cards: () => this._cards, table: () => this._table, detail: () => this._detail });
  /** Filter results and search matches, memoised per dataset, filter and query. */
  private readonly _filterResults = new FilterResults();
  private readonly _searchResults = new SearchResults(() => this._parts.search.get());

  @query('at-chart') private _chart?: AtChart;
  @query('at-overview') private _overview?: AtOverview;
  @query('at-event-detail') private _detail?: AtEventDetail;
  @query('at-event-table') private _table?: AtEventTable;
  @query('at-event-cards') private _cards?: AtEventCards;

  /** The current view: window, filters, selection, grouping, search, the presentation step and the ids of drawn events. */
  get view(): TimelineView {
    return this._view.report(this._presentation.state?.step);
  }

  /** The parsed dataset on screen, or null while loading or after an error with nothing to show. */
  get parsedDataset(): Dataset | null {
    return this._dataset.indexed?.dataset ?? null;
  }

  /**
   * Shows the window from `start` to `end`: partial date strings ("2016", "2016-04",
   * "2016-04-03"), Dates or UTC ms. Throws a RangeError naming a value it cannot read.
   */
  async zoomTo(start: string | number | Date, end: string | number | Date): Promise<void> {
    this._view.zoomTo(start, end);
    await this.updateComplete;
  }

  /** Shows the whole extent of the dataset. */
  async fit(): Promise<void> {
    this._view.fit();
    await this.updateComplete;
  }

  /**
   * Selects an event by id (null clears), opening its details and bringing it into view.
   * Throws a RangeError for an id the dataset does not have. Called before the data is there
   * (or before the element is on the page), it waits for the data and then does the same.
   */
  async select(id: string | null): Promise<void> {
    if (!this._dataset.indexed) await this.updateComplete;
    this._view.select(id);
    await this.updateComplete;
  }

  /**
   * Shows a view: what `view` reported (here or in another element), or any part of it, in the
   * form attributes and links take (`start`/`end` partial dates, or `startMs`/`endMs`; id lists as
   * arrays or comma-separated). Fields left out stay as they are; a window edge left out is the
   * extent's. `step` applies while presenting. Throws a RangeError naming every value it cannot
   * use (an unreadable date or grouping, an id this dataset does not have). Like `select`, it
   * waits for the data when called before it is there.
   */
  async showView(view: ViewInput): Promise<void> {
    if (!this._dataset.indexed) await this.updateComplete;
    const step = this._view.show(view);
    if (step !== undefined && this._presentation.active) await this._presentation.goToStep(step);
    await this.updateComplete;
  }

  /**
   * The current view as a standalone SVG document: title, date range, chart, legend and sources.
   * Asynchronous because the export code is fetched on first use. Rejects before data has loaded.
   */
  async exportSvg(): Promise<string> {
    await this._showChart();
    return (await this._export.svg()).svg;
  }

  /** The current view as a PNG image, `scale` × its CSS size (default 2). Rejects before data has loaded. */
  async exportPng(scale = 2): Promise<Blob> {
    await this._showChart();
    return this._export.png(scale);
  }

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
  get presentation(): PresentationState | null {
    return this._presentation.state;
  }

  /** Shows step `index` (clamped) of the presentation; resolves when the view has arrived. */
  goToStep(index: number): Promise<void> {
    return this._presentation.goToStep(index);
  }

  /**
   * Also waits for the data, the message table and the code of inner elements being fetched (the
   * controls' right after the timeline's first paint), so a resolved `updateComplete` means what
   * was asked for is on screen (or its failure is reported).
   */
  protected override async getUpdateComplete(): Promise<boolean> {
    let result = await super.getUpdateComplete();
    const busy = () => this._locale.pending ?? this._dataset.pending ?? this._presentation.pending ?? this._urlSync.pending ?? this._parts.pending;
    for (let pending = busy(); pending; pending = busy()) {
      await pending;
      result = await super.getUpdateComplete();
    }
    return result;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('controls')) {
      const value = (this.controls ?? '').trim().toLowerCase() || 'full';
      this._controls = (CONTROLS as readonly string[]).includes(value) ? (value as Controls) : 'full';
      if (this._controls === value) this._errors.clear('controls');
      else this._errors.report('controls', `controls must be one of ${CONTROLS.join(', ')}; showing all of them`, [createIssue('controls', this.controls, CONTROLS.join(', '))]);
    }
  }

  /** Below this width (of the element, not the screen) the events are shown as cards. */
  static readonly narrowPx = 600;

  /** The element is narrow enough for cards (it may be in a narrow column of a wide page). */
  private get _narrow(): boolean {
    const widthPx = this._size.widthPx;
    return widthPx > 0 && widthPx < AttackTimeline.narrowPx;
  }

  /** What the stage shows: cards on narrow screens unless the reader chose the chart (presenting, printing and exporting use the chart). */
  private _layout(): 'cards' | 'chart' | 'loading' {
    if (!this._narrow || this._narrowLayout === 'chart' || this._presentation.state || this._export.printing || this._parts.cards.failed) return 'chart';
    return this._parts.cards.want() ? 'cards' : 'loading';
  }

  protected override render() {
    const indexed = this._dataset.indexed;
    // Asked to present from the start, to follow the URL, or to show an event's details (a link that
    // selects one), the first frame waits for that code, so it is drawn once, as it stays: the
    // details' code is fetched at once, beside the data (a panel arriving after the chart would
    // narrow the chart and, beside a short chart, push the page down).
    const detailsPending = this._view.view.selected !== null && !this._parts.detail.want() && !this._parts.detail.failed;
    const ready = this._locale.ready && (this._shown || (!this._presentation.loading && !this._urlSync.loading && !detailsPending));
    return html`
      <div class="root">
        ${renderErrorBox(this._errors.shown, () => void this._dataset.load(), indexed !== null)}
        ${indexed && ready ? this._renderTimeline(indexed) : this._dataset.loading || indexed ? html`<p class="loading reserve" role="status">${this._locale.messages.loading}</p>` : nothing}
      </div>
    `;
  }

  private _renderTimeline(indexed: Indexed) {
    const { filter, visible, counts } = this._filtered(indexed);
    const { view } = this._view;
    const matches = this._searchResults.matches(indexed, view.query);
    const results = this._searchResults.shown(indexed, view.query, visible);
    this._shown = true;
    // The search code follows the search box, so a reader's first query finds it here.
    if (this._parts.controls.want()) this._parts.search.get();
    return renderTimeline({
      indexed, view, filter, visible, counts,
      chartEvents: this._presentation.chartEvents(visible, this._view.stepWindow),
      emphasisIds: this._presentation.emphasisIds(view.selected),
      notice: this._dataset.notice,
      messages: this._locale.messages, dateLocale: this._locale.dateLocale,
      window: this._view.window, liveWindow: this._view.liveWindow, touchPan: this.touchPan, filtersOpen: this._filtersOpen,
      controls: this._controls, controlsLost: this._parts.controls.failed, layout: this._layout(), narrow: this._narrow,
      // The panel's place from the moment an event is selected, while its code is on its way, so the
      // chart changes width once, not again when the code comes.
      details: view.selected !== null && (this._parts.detail.want() || !this._parts.detail.failed),
      descriptionOpen: this._descriptionOpen, descriptionFolds: this._descriptionFold.overflows,
      presentation: this._presentation.state,
      search: { results, hiddenCount: matches.ids.length - results.length, highlight: matches.highlight },
      printEvents: this._export.printEvents(visible),
      on: this._on,
    });
  }

  private _filtered(indexed: Indexed) {
    return this._filterResults.get(indexed, this._view.view);
  }

  /** Handlers of the parts' events (properties down, events up): the view's, and the element's own. */
  private readonly _on: TimelineHandlers = {
    ...createViewHandlers({
      host: this,
      view: this._view,
      focus: this._focus,
      chart: () => this._chart,
      detail: () => this._detail,
      table: () => this._table,
      cards: () => this._cards,
      nextMatch: (direction) => {
        const indexed = this._dataset.indexed;
        if (!indexed) return null;
        const { query, selected } = this._view.view;
        return this._searchResults.next(indexed, query, this._filtered(indexed).visible, selected, direction);
      },
    }),
    toggleFilters: () => {
      this._filtersOpen = !this._filtersOpen;
    },
    toggleDescription: () => {
      this._descriptionOpen = !this._descriptionOpen;
    },
    showAs: (layout) => {
      this._narrowLayout = layout;
    },
    action: (event) => {
      const { action } = event.detail;
      if (action === 'present') void this.present();
      else void this._showChart().then(() => this._export.run(action));
    },
    step: (event) => void this.goToStep(this._presentation.index + event.detail.delta),
    exitPresentation: () => void this.exitPresentation(),
    zoomUnavailable: ({ detail: { key, message, issues } }) => (message === null ? this._errors.clear(key) : this._errors.report(key, `${message}; zooming still works, without animation`, issues)),
  };

  /** Shows the chart on a narrow screen (exports draw it), and waits until it is drawn. */
  private async _showChart(): Promise<void> {
    if (this._chart || !this._dataset.indexed) return;
    this._narrowLayout = 'chart';
    await this.updateComplete;
    await (this.renderRoot.querySelector('at-chart') as AtChart | null)?.updateComplete;
  }
}

export { DatasetError };
