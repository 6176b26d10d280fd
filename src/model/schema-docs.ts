/**
 * What each part of the dataset format means, for the published JSON Schema (editors show these
 * sentences). Kept apart from the parser's definition (dataset-schema.ts), which says what is
 * valid, so that the embed, which only checks data, does not carry them; `datasetJsonSchema()`
 * adds them by path. A path names a place in a dataset, with `*` for every item of a list.
 * Where the parser describes a value already (the grammar of a date), the sentence goes before
 * that description.
 */
const TLP = 'Traffic Light Protocol marking; an embed with max-tlp hides records marked above it';
const GRANULAR_TLP = 'A part marked above its record';
const RECORD_SOURCES = 'Source ids supporting this record';

export const SCHEMA_DOCS: Readonly<Record<string, string>> = {
  '': 'An attack-timeline dataset',
  '/version': 'Format version',
  '/actors/*': 'A threat group, person, organisation, government, security vendor or newsroom',
  '/actors/*/sources': RECORD_SOURCES,
  '/actors/*/software': 'Malware and tools it uses',
  '/actors/*/tlp': TLP,
  '/actors/*/granularTlp/*': GRANULAR_TLP,
  '/actors/*/granularTlp/*/tlp': TLP,
  '/victims/*': 'An organisation or group targeted by the activity',
  '/victims/*/type': '"group" marks an unnamed or collective victim',
  '/victims/*/sources': RECORD_SOURCES,
  '/victims/*/tlp': TLP,
  '/victims/*/granularTlp/*': GRANULAR_TLP,
  '/victims/*/granularTlp/*/tlp': TLP,
  '/sources/*': 'A source document and the claims drawn from it',
  '/sources/*/date': 'Publication date',
  '/sources/*/quotes': 'Exact wording of the document',
  '/sources/*/class': 'How far the source can be relied on',
  '/sources/*/classReason': 'Why, in one line',
  '/sources/*/tlp': TLP,
  '/events/*': 'One dated event',
  '/events/*/actors': 'Actor ids; the first threat group listed is the row the event is drawn in when grouping by actor',
  '/events/*/victims': 'Victim ids',
  '/events/*/sources': 'Source ids; at least one',
  '/events/*/date': 'When a moment happened (give either date, or start and end)',
  '/events/*/start': 'Start of a period',
  '/events/*/end': 'End of a period (inclusive: "2019-06" runs to the end of June)',
  '/events/*/openStart': 'The period began at the latest at start ("at least since")',
  '/events/*/approxDays': 'Tolerance in days around a day-precision date',
  '/events/*/subjects': 'Subject (or victim) ids named without acting or being targeted',
  '/events/*/reveals': 'For reports and disclosures: the events this publication made public',
  '/events/*/attributions/*': 'An actor named responsible, by whom, with the stated confidence',
  '/events/*/disputes/*': 'A fact that sources disagree on, with each side and its sources',
  '/events/*/tlp': TLP,
  '/events/*/granularTlp/*': GRANULAR_TLP,
  '/events/*/granularTlp/*/tlp': TLP,
  '/events/*/reviewed': 'Day last checked against its sources',
  '/events/*/callout': 'A key moment: a short note shown beside the event, in your own words, from its sourced facts',
  '/subjects': 'Organisations named without acting or being targeted',
  '/subjects/*': 'An organisation or group named without acting or being targeted',
  '/subjects/*/type': '"group" marks an unnamed or collective victim',
  '/subjects/*/sources': RECORD_SOURCES,
  '/subjects/*/tlp': TLP,
  '/subjects/*/granularTlp/*': GRANULAR_TLP,
  '/subjects/*/granularTlp/*/tlp': TLP,
  '/stories': 'Guided tours; a story with a problem is left out, the data is kept',
  '/stories/*': 'A guided tour for presentation mode',
  '/stories/*/steps/*': 'One step of a story: a caption and exactly one view',
  '/stories/*/steps/*/caption': 'What the presenter says at this step (plain text)',
  '/stories/*/steps/*/start': 'Start of the window shown',
  '/stories/*/steps/*/end': 'End of the window shown (inclusive: "2019" runs to the end of 2019)',
  '/stories/*/steps/*/actors': 'Actor filter; none means no filter',
  '/stories/*/steps/*/victims': 'Victim filter; none means no filter',
  '/stories/*/steps/*/groupBy': 'Row grouping; default actor',
  '/opening': 'The window the chart opens on; absent: the whole extent',
  '/opening/start': 'First date shown',
  '/opening/end': 'Last date shown (inclusive: "2019" runs to the end of 2019)',
};
