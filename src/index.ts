// The library entry: classes, types and pure helpers. It registers nothing; import
// `attack-timeline/embed` (src/embed.ts) or call defineElements() to register the tags.
export { AttackTimeline, type TimelineView } from './shell/attack-timeline.ts';
export { AtChart, type TimeWindow } from './components/chart/chart.ts';
export { AtFilterBar } from './components/filter-bar/filter-bar.ts';
export { AtEventDetail } from './components/event-detail/event-detail.ts';
export { AtLegend } from './components/legend/legend.ts';
export { defineElements, ELEMENTS } from './define.ts';
export * from './model/index.ts';
export { filterEvents, facetCounts, type Filter, type FacetCounts } from './derive/filter.ts';
export { assignLanes, groupKeyOf, GROUP_BY_OPTIONS, type GroupBy, type LaneLayout } from './derive/lanes.ts';
export { placeMarks, type Mark } from './derive/place.ts';
export { formatWhen, formatPartialDate, describePrecision } from './scales/date-format.ts';
export type * from './events.ts';
