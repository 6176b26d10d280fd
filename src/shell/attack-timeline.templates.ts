/**
 * The layout of `<attack-timeline>`: which parts it shows, in what order, with what values. Plain
 * functions of values and handlers, so a new layout (a side panel, phone cards) changes this file
 * and not the shell's logic.
 */
import { html, nothing } from 'lit';
import type { TimelineEvent } from '../model/types.ts';
import { activeChoices, type Choice, type FacetCounts, type Filter } from '../derive/filter.ts';
import { GROUP_BY_OPTIONS } from '../derive/lanes.ts';
import type { View } from '../derive/view.ts';
import type { TimeWindow } from '../derive/view-window.ts';
import type { Messages } from '../i18n/messages.ts';
import type { DataNoticeReport } from '../components/data-notice/data-notice.ts';
import type { BrushDetail } from '../components/overview/overview.ts';
import type { FilterChangeDetail } from '../events.ts';
import type { ActionName } from '../components/actions/actions.ts';
import type { PresentationState } from '../story/presentation-controller.ts';
import type { Problem } from './prepare-dataset.ts';
import type { Indexed } from './indexed-dataset.ts';
import { describeSummary } from './reliability-options.ts';
import { neighbours } from '../derive/event-order.ts';
import type { ChunkProblem } from '../controllers/lazy-chunk.ts';

/**
 * From this many events the cards, once their code arrives, are taller than the space their
 * loading line keeps (`.reserve`: `--at-loading-height`, by default a screen and at most 30rem),
 * so the page below the element moves only where the reader cannot see it. Fewer events keep no
 * space: their cards may be shorter.
 */
const CARDS_TO_RESERVE = 3;

const MAX_ISSUES_SHOWN = 20;

/**
 * The error box: every problem the element has now, each with the issues it names (at most 20
 * each). Only the headline is a live region, so a screen reader announces one sentence: the
 * problem, or how many there are.
 */
export function renderErrorBox(problems: readonly Problem[], onRetry: () => void, hasData: boolean) {
  if (problems.length === 0) return nothing;
  const retry = problems.some((problem) => problem.retry);
  const issues = (problem: Problem) => {
    const shown = problem.issues.slice(0, MAX_ISSUES_SHOWN);
    return html`${shown.length > 0 ? html`<ul>${shown.map((issue) => html`<li>${issue.message}</li>`)}</ul>` : nothing}
      ${problem.issues.length > shown.length ? html`<p>…and ${problem.issues.length - shown.length} more.</p>` : nothing}`;
  };
  return html`<div class="error" part="error">
    ${problems.length === 1
      ? html`<p role="alert">${problems[0]!.message}</p>${issues(problems[0]!)}`
      : html`<p role="alert">${problems.length} problems:</p>${problems.map((problem) => html`<p class="problem">${problem.message}</p>${issues(problem)}`)}`}
    ${retry ? html`<button type="button" class="retry" @click=${onRetry}>Try again</button>` : nothing}
    ${retry && hasData ? html`<p class="kept">The data shown below is the last that loaded.</p>` : nothing}
  </div>`;
}

/** How much of the element an embed shows (the `controls` attribute). */
export type Controls = 'full' | 'compact' | 'none';
export const CONTROLS: readonly Controls[] = ['full', 'compact', 'none'];

/** What the shell hands its handlers: one per user action the parts report. */
export interface TimelineHandlers {
  readonly toggleFilters: () => void;
  readonly toggleDescription: () => void;
  readonly showAs: (layout: 'cards' | 'chart') => void;
  readonly filterChange: (event: CustomEvent<FilterChangeDetail>) => void;
  readonly clearFilters: () => void;
  readonly groupChange: (event: Event) => void;
  readonly action: (event: CustomEvent<{ action: ActionName }>) => void;
  readonly step: (event: CustomEvent<{ delta: number }>) => void;
  readonly exitPresentation: () => void;
  readonly select: (event: CustomEvent<{ id: string | null }>) => void;
  readonly close: (event: Event) => void;
  readonly viewChange: (event: CustomEvent<TimeWindow>) => void;
  readonly viewInput: (event: CustomEvent<TimeWindow>) => void;
  readonly cardsWindow: (event: CustomEvent<TimeWindow>) => void;
  readonly zoomUnavailable: (event: CustomEvent<ChunkProblem>) => void;
  readonly brush: (event: CustomEvent<BrushDetail>) => void;
  readonly search: (event: CustomEvent<{ query: string }>) => void;
  readonly searchNext: (event: CustomEvent<{ direction: 1 | -1 }>) => void;
  readonly searchPick: (event: CustomEvent<{ id: string | null }>) => void;
}

/** Everything the timeline shows, computed by the shell. */
export interface TimelineParts {
  readonly indexed: Indexed;
  readonly view: View;
  /** The filter part of `view`, one object per change (the filter bar compares it). */
  readonly filter: Filter;
  /** The events passing the filters, and the counts beside each filter option. */
  readonly visible: readonly TimelineEvent[];
  readonly counts: FacetCounts;
  /**
   * What the chart draws: `visible`, or while presenting only those in the step's window (so rows
   * with nothing there collapse); and the step's subject, emphasised with the rest dimmed.
   */
  readonly chartEvents: readonly TimelineEvent[];
  readonly emphasisIds: ReadonlySet<string>;
  readonly notice: DataNoticeReport | null;
  readonly messages: Messages;
  readonly dateLocale: string;
  /** The window asked of the chart (null: as it is), and the one drawn now, for the overview. */
  readonly window: TimeWindow | null;
  readonly liveWindow: TimeWindow | null;
  readonly touchPan: boolean;
  readonly filtersOpen: boolean;
  readonly controls: Controls;
  /** The secondary controls' code failed to load: their blocks are left out, not kept empty. */
  readonly controlsLost: boolean;
  /**
   * `cards`: the events as cards under an overview strip (narrow screens); `chart`: the chart.
   * `loading` while the cards' code is fetched.
   */
  readonly layout: 'cards' | 'chart' | 'loading';
  /** The element is narrow: the reader may switch between cards and chart. */
  readonly narrow: boolean;
  /** An event is selected and the details' code is there or on its way: the stage opens its panel. */
  readonly details: boolean;
  /** The description is unfolded; it is long enough to fold. */
  readonly descriptionOpen: boolean;
  readonly descriptionFolds: boolean;
  readonly presentation: PresentationState | null;
  readonly search: { readonly results: readonly TimelineEvent[]; readonly hiddenCount: number; readonly highlight: ReadonlySet<string> };
  /** The events of the printed list, while printing; null otherwise. */
  readonly printEvents: readonly TimelineEvent[] | null;
  readonly on: TimelineHandlers;
}

/**
 * The timeline. Top to bottom: header (title, description folded to two lines), notice, the
 * filters, grouping and actions, search and status (`controls="full"` only), presentation bar,
 * the cards/chart switch (narrow screens), the key, then the stage: the chart and its overview
 * (or, on narrow screens, the overview strip and the cards) beside the details of the selected
 * event (a side panel on wide screens, a bottom sheet on narrow ones: styles), and the table.
 * Every block is a part, so a page can restyle or hide it.
 */
export function renderTimeline(p: TimelineParts) {
  const { indexed, view, visible, messages: m, dateLocale: locale, on } = p;
  const { dataset } = indexed;
  const selected = view.selected ? indexed.events.get(view.selected) ?? null : null;
  const filtered = visible.length !== dataset.events.length;
  const full = p.controls === 'full';
  const titled = p.controls !== 'none';
  const lost = p.controlsLost;
  const activeFilters = view.actors.length + view.victims.length + (view.subjects?.length ?? 0);
  // The cards' layout (switch, strip, no key) from the first frame, while their code is still on its way.
  const cards = p.layout !== 'chart';
  const { previous, next } = neighbours(visible, selected);
  const overview = html`<at-overview
      part="overview"
      class=${cards ? 'strip' : ''}
      .events=${visible}
      .extent=${indexed.extent}
      .window=${p.liveWindow}
      .messages=${m}
      .locale=${locale}
      @at-brush=${on.brush}
    ></at-overview>`;
  return html`
    ${titled ? html`<header part="header">
      <h2 part="title">${dataset.title}</h2>
      ${dataset.description && full ? html`<p part="description" id="description" class="description ${p.descriptionOpen ? 'open' : ''}">${dataset.description}</p>
        ${p.descriptionFolds || p.descriptionOpen ? html`<button type="button" part="more" class="more" aria-expanded=${p.descriptionOpen ? 'true' : 'false'} aria-controls="description" @click=${on.toggleDescription}>${p.descriptionOpen ? m.less : m.more}</button>` : nothing}` : nothing}
    </header>` : nothing}
    ${p.notice && titled ? html`<at-data-notice part="notice" exportparts="notice: notice-box" .report=${p.notice} .words=${m.notice}></at-data-notice>` : nothing}
    <p class="summary" id="summary">${describeSummary(dataset.events, visible, m.groupBy[view.groupBy], m, locale, indexed.span)}${titled && !lost ? ` ${m.tableNote}` : ''}</p>
    ${full && !lost ? html`<button
      type="button"
      part="filters-toggle"
      class="filters-toggle"
      aria-expanded=${p.filtersOpen ? 'true' : 'false'}
      aria-controls="controls"
      @click=${on.toggleFilters}
    >${m.filtersToggle(activeFilters)}</button>
    <div class="controls ${p.filtersOpen ? 'open' : ''}" id="controls" part="controls">
      <at-filter-bar
        part="filters"
        exportparts="facet"
        .actors=${dataset.actors}
        .victims=${dataset.victims}
        .subjects=${indexed.subjectOptions}
        .filter=${p.filter}
        .counts=${p.counts}
        .messages=${m}
        @at-filter-change=${on.filterChange}
      >${activeFilters > 0 ? chipsStandIn(activeChoices(p.filter, { actors: dataset.actors, victims: dataset.victims, subjects: indexed.subjectOptions })) : nothing}</at-filter-bar>
      <label class="group-by" part="group-by">${m.rowsBy}
        <select @change=${on.groupChange} .value=${view.groupBy}>
          ${GROUP_BY_OPTIONS.map((option) => html`<option value=${option} ?selected=${option === view.groupBy}>${m.groupBy[option]}</option>`)}
        </select>
      </label>
      <at-actions part="actions" .messages=${m} @at-action=${on.action}></at-actions>
    </div>
    <div class="find">
      <at-search
        part="search"
        exportparts="input: search-input, results: search-results"
        .query=${view.query}
        .results=${p.search.results}
        .hiddenCount=${p.search.hiddenCount}
        .currentId=${view.selected}
        .messages=${m}
        .locale=${locale}
        @at-search=${on.search}
        @at-search-next=${on.searchNext}
        @at-select=${on.searchPick}
      ></at-search>
      <p class="status" part="status" role="status">
        ${visible.length === 0
          ? html`${m.noMatch} <button type="button" @click=${on.clearFilters}>${m.clearFilters}</button>`
          : filtered
            ? m.matchCount(visible.length, dataset.events.length)
            : m.eventCount(dataset.events.length)}
      </p>
    </div>` : nothing}
    ${p.presentation ? html`<at-present-bar
      part="present-bar"
      exportparts="caption, progress"
      .storyTitle=${p.presentation.title}
      .caption=${p.presentation.caption}
      .step=${p.presentation.step}
      .total=${p.presentation.total}
      .messages=${m}
      @at-step=${on.step}
      @at-present-exit=${on.exitPresentation}
    ></at-present-bar>` : nothing}
    ${p.narrow && titled && !p.presentation ? html`<div class="view-switch" part="view-switch" role="group" aria-label=${m.showAs}>
      <button type="button" aria-pressed=${cards ? 'true' : 'false'} @click=${() => on.showAs('cards')}>${m.cards}</button>
      <button type="button" aria-pressed=${cards ? 'false' : 'true'} @click=${() => on.showAs('chart')}>${m.chart}</button>
    </div>` : nothing}
    ${cards ? nothing : html`<at-legend part="legend" .kinds=${indexed.kinds} .messages=${m}></at-legend>`}
    <div class="stage ${p.details && selected ? 'open' : ''}">
      <div class="main">
        ${p.layout === 'chart'
          ? html`<at-chart
              part="chart"
              exportparts="toolbar, chart: chart-frame"
              .events=${p.chartEvents}
              .emphasisIds=${p.emphasisIds}
              .opening=${indexed.opening}
              .locale=${locale}
              .extent=${indexed.extent}
              .actors=${indexed.actors}
              .victims=${indexed.victims}
              .groupBy=${view.groupBy}
              .selectedId=${view.selected}
              .highlightIds=${p.search.highlight}
              .window=${p.window}
              .touchPan=${p.touchPan}
              .kindNames=${m.kinds}
              .emptyMessage=${m.noMatch}
              .messages=${m}
              @at-select=${on.select}
              @at-view-change=${on.viewChange}
              @at-view-input=${on.viewInput}
              @at-zoom-unavailable=${on.zoomUnavailable}
            ></at-chart>
            ${full && !lost ? overview : nothing}`
          : html`${lost ? nothing : overview}
            ${p.layout === 'cards' ? html`<at-event-cards
              part="cards"
              exportparts="list: cards-list"
              .events=${visible}
              .allEvents=${indexed.events}
              .actors=${indexed.actors}
              .victims=${indexed.victims}
              .subjects=${indexed.subjects}
              .selectedId=${view.selected}
              .highlightIds=${p.search.highlight}
              .messages=${m}
              .locale=${locale}
              @at-select=${on.select}
              @at-cards-window=${on.cardsWindow}
            ></at-event-cards>` : html`<p class="loading ${visible.length >= CARDS_TO_RESERVE ? 'reserve' : ''}">${m.loading}</p>`}`}
      </div>
      ${p.details && selected ? html`<at-event-detail
        part="details"
        exportparts="panel, nav, sources"
        .event=${selected}
        .previous=${previous}
        .next=${next}
        .actors=${indexed.actors}
        .victims=${indexed.victims}
        .subjects=${indexed.subjects}
        .sources=${indexed.sources}
        .events=${indexed.events}
        .messages=${m}
        .locale=${locale}
        @at-close=${on.close}
        @at-select=${on.select}
      ></at-event-detail>` : nothing}
    </div>
    ${titled && !lost ? html`<at-event-table
      part="table"
      exportparts="table: table-grid"
      .events=${visible}
      .actors=${indexed.actors}
      .victims=${indexed.victims}
      .selectedId=${view.selected}
      .messages=${m}
      .locale=${locale}
      @at-select=${on.select}
    ></at-event-table>` : nothing}
    ${p.printEvents
      ? html`<at-print-list part="print-list" .events=${p.printEvents} .sources=${indexed.sources} .locale=${locale} .messages=${m}></at-print-list>`
      : nothing}
  `;
}

/**
 * The filter bar's row of chips, laid out but not shown (`.chips` in the light DOM of the undefined
 * `at-filter-bar`), so the row keeps its height, however many lines the names wrap to, until the
 * filter bar's code arrives; its own shadow root has no slot, so the copy is not rendered after.
 */
function chipsStandIn(chips: readonly Choice[]) {
  return html`<ul class="chips" aria-hidden="true">${chips.map((chip) => html`<li class="chip">${chip.name}<span class="remove">✕</span></li>`)}</ul>`;
}
