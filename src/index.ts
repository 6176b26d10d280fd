// The library entry: classes, types and pure helpers. It registers nothing; import
// `attack-timeline/embed` (src/embed.ts) or call defineElements() to register the tags.
export * from './public-api.ts';
// Library only: the embed script loads the export code lazily (attack-timeline-export.js), so
// exporting the builder from it would put that code back into its first download.
// The lazily defined tags by class name (the embed defines them itself; it need not carry the table).
export { LAZY_ELEMENTS } from './define.ts';
// ATT&CK links (the details panel's, in its chunk in the embed); importers and exporters live in `attack-timeline/formats`.
export { attackUrl } from './formats/attack-links.ts';
export { buildExportSvg } from './export/export-svg.ts';
// Library only, like the builder: the embed fetches these elements' code when first shown
// (attack-timeline-event-detail.js, attack-timeline-event-cards.js) or right after the first
// paint (attack-timeline-controls.js).
export { AtEventDetail } from './components/event-detail/event-detail.ts';
export { AtEventCards } from './components/event-cards/event-cards.ts';
export { AtFilterBar } from './components/filter-bar/filter-bar.ts';
export { AtActions } from './components/actions/actions.ts';
export { AtSearch } from './components/search/search.ts';
export { AtEventTable } from './components/event-table/event-table.ts';
export { AtPresentBar } from './components/present-bar/present-bar.ts';
// Library only: helpers the element uses only in presentation (a lazy chunk) or only for the
// max-tlp and sync-url attributes; exporting them from the embed script would put them in every
// page's first download.
export { decodeStepView, eventSteps } from './story/step-view.ts';
export { restrictToTlp, parseTlp, tlpRank } from './formats/tlp.ts';
export { encodeViewState, decodeViewState, mergeViewStateIntoHash } from './derive/view-state.ts';
// Library only: the search functions, which the embed fetches after the first paint (attack-timeline-search.js).
export { createSearchIndex, searchEvents, normalizeText } from './derive/search.ts';
// Library only: the JSON Schema's sentences (src/model/schema-docs.ts) would be a kilobyte of the
// embed's first download; the schema is also published as attack-timeline/dataset.schema.json.
export { datasetJsonSchema } from './model/dataset-schema.ts';
