// The API the library entry (src/index.ts) and the embed script (src/embed.ts) both export:
// classes, types and pure helpers. Registers nothing.
export { AttackTimeline, type TimelineView } from './shell/attack-timeline.ts';
export { AtChart, type TimeWindow } from './components/chart/chart.ts';
export { AtLegend } from './components/legend/legend.ts';
export { AtDataNotice, type DataNoticeReport } from './components/data-notice/data-notice.ts';
export { defineElements, ELEMENTS } from './define.ts';
export { AtPrintList } from './components/print-list/print-list.ts';
export { THEMES, isTheme, type Theme } from './styles/themes.ts';
export { messagesFor, loadMessages, uiLanguageOf, UI_LANGUAGES, type Messages, type UiLanguage } from './i18n/messages.ts';
export type { ExportInput, ExportedSvg } from './export/export-svg.ts';
export * from './model/index.ts';
export type { StepView, StepAttributes } from './story/step-view.ts';
export type { ViewState, DecodedViewState } from './derive/view-state.ts';
export { filterEvents, facetCounts, type Filter, type FacetCounts } from './derive/filter.ts';
export { assignLanes, groupKeyOf, GROUP_BY_OPTIONS, type GroupBy, type LaneLayout } from './derive/lanes.ts';
export { placeMark, type Mark } from './derive/place.ts';
export { createRowIndex, layoutView, type DrawItem, type Cluster } from './derive/view-layout.ts';
export { formatWhen, formatPartialDate, describePrecision } from './scales/date-format.ts';
export type { SearchIndex } from './derive/search.ts';
export { parseView, formatView, DEFAULT_VIEW, type View, type ViewInput, type ViewField, type ParsedView } from './derive/view.ts';
export type * from './events.ts';
