/**
 * The dataset format, defined once: `parseDataset` checks input against it and
 * `datasetJsonSchema()` publishes it for editors and newsroom CI.
 */
import { createIssue } from './issues.ts';
import { PARTIAL_DATE_FORMS, PARTIAL_DATE_PATTERN, parsePartialDate, type PartialDate } from './partial-date.ts';
import { array, boolean, integer, link, object, oneOf, string, type Infer, type JsonSchema, type Schema } from './schema.ts';
import { ACTOR_TYPES, EVENT_KINDS, GRANULAR_TLP_FIELDS, SOURCE_CLASSES, SOURCE_KINDS, STEP_GROUP_BY, TLP_LEVELS, VICTIM_TYPES } from './types.ts';

/** Ids end up in comma-separated attributes and URLs, so no commas or white space. */
const ID_PATTERN = /^[^\s,]+$/;
const id = () => string({ minLength: 1, maxLength: 200, pattern: ID_PATTERN, patternDescription: 'an id: 1–200 characters, no spaces or commas' });
const ids = (description: string) => sharingOneId(array(id(), { maxItems: 1000, description }));
const text = (maxLength: number, description?: string) => string({ minLength: 1, maxLength, description });

/**
 * Parsed dates by text. Large datasets repeat the same few thousand dates, and a parsed date is
 * immutable, so events share one object per text: less parsing and far less memory.
 */
const parsedDates = new Map<string, PartialDate>();
const PARSED_DATES_MAX = 50_000;

/**
 * One-id lists by id, frozen. Most events name one actor, one victim and one source, so sharing
 * these saves 100,000 events three small arrays each: at that size, allocating and collecting
 * them was over a tenth of parsing. Frozen like the shared empty list: nothing may add to them.
 */
const oneIdLists = new Map<string, readonly string[]>();
const ONE_ID_LISTS_MAX = 50_000;

/** `list`, returning a shared frozen list for a result of exactly one id. */
function sharingOneId(list: Schema<string[]>): Schema<readonly string[]> {
  return {
    parse(value, path, issues) {
      // Only ids that passed every check (and are their own parsed text) are in the map, so a
      // list of one of them needs no checking again.
      const known = Array.isArray(value) && value.length === 1 ? oneIdLists.get(value[0]) : undefined;
      if (known) return known;
      const parsed = list.parse(value, path, issues);
      if (parsed?.length !== 1) return parsed;
      const id = parsed[0]!;
      let shared = oneIdLists.get(id);
      if (!shared) {
        if (oneIdLists.size >= ONE_ID_LISTS_MAX) oneIdLists.clear();
        shared = Object.freeze([id]);
        oneIdLists.set(id, shared);
      }
      return shared;
    },
    toJsonSchema: list.toJsonSchema,
  };
}

/** A partial date string, parsed into its UTC interval. */
function partialDate(description: string): Schema<PartialDate> {
  return {
    parse(value, path, issues) {
      if (typeof value !== 'string') {
        issues.push(createIssue(path, value, PARTIAL_DATE_FORMS));
        return undefined;
      }
      const known = parsedDates.get(value);
      if (known) return known;
      const result = parsePartialDate(value);
      if (!result.ok) {
        issues.push(createIssue(path, value, PARTIAL_DATE_FORMS, result.reason));
        return undefined;
      }
      if (parsedDates.size >= PARSED_DATES_MAX) parsedDates.clear();
      parsedDates.set(value, result.date);
      return result.date;
    },
    toJsonSchema: () => ({ type: 'string', pattern: PARTIAL_DATE_PATTERN, description: `${description}: ${PARTIAL_DATE_FORMS}` }),
  };
}

/** A bad link is a warning: the source is kept, shown without a link (see `link`). */
const httpUrl = () => link({
  maxLength: 2000,
  pattern: /^https?:\/\/\S+$/i,
  description: 'an absolute http: or https: address',
});

const tlp = () => oneOf(TLP_LEVELS, 'Traffic Light Protocol marking; an embed with max-tlp hides records marked above it');
const techniques = (maxItems: number) => array(string({ pattern: /^T\d{4}(\.\d{3})?$/, patternDescription: 'a MITRE ATT&CK technique id such as T1190 or T1003.001' }), { maxItems });
const granularTlp = () => array(object({ field: oneOf(GRANULAR_TLP_FIELDS), value: text(300), tlp: tlp() }, {}, 'A part marked above its record'), { maxItems: 5000 });

export const actorSchema = object(
  { id: id(), name: text(200), type: oneOf(ACTOR_TYPES) },
  {
    aliases: array(text(200), { maxItems: 100 }),
    attackId: string({ pattern: /^G\d{4}$/, patternDescription: 'a MITRE ATT&CK group id such as G0045' }),
    country: string({ pattern: /^[A-Z]{2}$/, patternDescription: 'an ISO 3166-1 alpha-2 country code such as SE' }),
    description: text(5000),
    sources: ids('Source ids supporting this record'),
    techniques: techniques(1000),
    software: array(text(200), { maxItems: 1000, description: 'Malware and tools it uses' }),
    tlp: tlp(),
    granularTlp: granularTlp(),
  },
  'A threat group, person, organisation, government, security vendor or newsroom',
);

/** Victims and subjects share one record shape: an organisation or a group. */
const organisationRecord = (description: string) => object(
  { id: id(), name: text(300), type: oneOf(VICTIM_TYPES, '"group" marks an unnamed or collective victim'), sector: text(200) },
  {
    country: string({ pattern: /^[A-Z]{2}$/, patternDescription: 'an ISO 3166-1 alpha-2 country code such as SE' }),
    region: text(300),
    description: text(5000),
    sources: ids('Source ids supporting this record'),
    tlp: tlp(),
    granularTlp: granularTlp(),
  },
  description,
);

export const victimSchema = organisationRecord('An organisation or group targeted by the activity');

export const subjectSchema = organisationRecord(
  'An organisation or group named without acting or being targeted',
);

/** A day, `YYYY-MM-DD`, kept as written. */
function day(description: string): Schema<string> {
  const expected = 'a day as YYYY-MM-DD';
  return {
    parse(value, path, issues) {
      const result = typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) ? parsePartialDate(value) : undefined;
      if (!result?.ok) {
        issues.push(createIssue(path, value, expected, result && !result.ok ? result.reason : undefined));
        return undefined;
      }
      return value as string;
    },
    toJsonSchema: () => ({ type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$', description: `${description}: ${expected}` }),
  };
}

export const sourceSchema = object(
  { id: id(), title: text(500), publisher: text(300), kind: oneOf(SOURCE_KINDS), claims: array(text(2000), { minItems: 1, maxItems: 500 }) },
  {
    authors: array(text(200), { maxItems: 100 }),
    date: partialDate('Publication date'),
    dateNote: text(1000),
    url: httpUrl(),
    errors: array(text(2000), { maxItems: 500 }),
    notes: text(5000),
    quotes: array(text(2000), { maxItems: 100, description: 'Exact wording of the document' }),
    class: oneOf(SOURCE_CLASSES, 'How far the source can be relied on'),
    classReason: text(500, 'Why, in one line'),
    tlp: tlp(),
  },
  'A source document and the claims drawn from it',
);

const attributionSchema = object(
  { actor: id(), by: id(), sources: array(id(), { minItems: 1, maxItems: 100 }) },
  { confidence: text(500) },
  'An actor named responsible, by whom, with the stated confidence',
);

const disputeSchema = object(
  {
    topic: text(300),
    positions: array(object({ claim: text(2000), sources: array(id(), { minItems: 1, maxItems: 100 }) }), { minItems: 2, maxItems: 20 }),
  },
  {},
  'A fact that sources disagree on, with each side and its sources',
);

export const eventSchema = object(
  {
    id: id(),
    title: text(300),
    kind: oneOf(EVENT_KINDS),
    description: text(10_000),
    actors: ids('Actor ids; the first threat group listed is the row the event is drawn in when grouping by actor'),
    victims: ids('Victim ids'),
    sources: sharingOneId(array(id(), { minItems: 1, maxItems: 100, description: 'Source ids; at least one' })),
  },
  {
    date: partialDate('When a moment happened (give either date, or start and end)'),
    start: partialDate('Start of a period'),
    end: partialDate('End of a period (inclusive: "2019-06" runs to the end of June)'),
    openStart: boolean('The period began at the latest at start ("at least since")'),
    approxDays: integer(1, 366, 'Tolerance in days around a day-precision date'),
    dateNote: text(1000),
    subjects: ids('Subject (or victim) ids named without acting or being targeted'),
    reveals: ids('For reports and disclosures: the events this publication made public'),
    attributions: array(attributionSchema, { maxItems: 50 }),
    disputes: array(disputeSchema, { maxItems: 50 }),
    techniques: techniques(100),
    tlp: tlp(),
    granularTlp: granularTlp(),
    reviewed: day('Day last checked against its sources'),
    callout: text(140, 'A key moment: a short note shown beside the event, in your own words, from its sourced facts'),
  },
  'One dated event',
);

/** A window edge of a story step: a partial date kept as written (decoded like the attributes). */
function windowDate(description: string): Schema<string> {
  return {
    parse(value, path, issues) {
      const result = typeof value === 'string' ? parsePartialDate(value) : undefined;
      if (!result?.ok) {
        issues.push(createIssue(path, value, PARTIAL_DATE_FORMS, result && !result.ok ? result.reason : undefined));
        return undefined;
      }
      return value as string;
    },
    toJsonSchema: () => ({ type: 'string', pattern: PARTIAL_DATE_PATTERN, description: `${description}: ${PARTIAL_DATE_FORMS}` }),
  };
}

export const storyStepSchema = object(
  { caption: text(2000, 'What the presenter says at this step (plain text)') },
  {
    start: windowDate('Start of the window shown'),
    end: windowDate('End of the window shown (inclusive: "2019" runs to the end of 2019)'),
    actors: ids('Actor filter; none means no filter'),
    victims: ids('Victim filter; none means no filter'),
    selected: id(),
    groupBy: oneOf(STEP_GROUP_BY, 'Row grouping; default actor'),
  },
  'One step of a story: a caption and exactly one view',
);

export const storySchema = object(
  { id: id(), title: text(300), steps: array(storyStepSchema, { minItems: 1, maxItems: 500 }) },
  {},
  'A guided tour for presentation mode',
);

export const datasetSchema = object(
  {
    version: oneOf([1] as const, 'Format version'),
    title: text(300),
    actors: array(actorSchema, { maxItems: 100_000 }),
    victims: array(victimSchema, { maxItems: 100_000 }),
    sources: array(sourceSchema, { maxItems: 100_000 }),
    events: array(eventSchema, { maxItems: 200_000 }),
  },
  {
    description: text(5000),
    $schema: string({ maxLength: 2000 }),
    subjects: array(subjectSchema, { maxItems: 100_000, description: 'Organisations named without acting or being targeted' }),
    stories: array(storySchema, { maxItems: 100, description: 'Guided tours; a story with a problem is left out, the data is kept' }),
    opening: object(
      { start: windowDate('First date shown'), end: windowDate('Last date shown (inclusive: "2019" runs to the end of 2019)') },
      {},
      'The window the chart opens on; absent: the whole extent',
    ),
  },
  'An attack-timeline dataset',
);

export type RawDataset = Infer<typeof datasetSchema>;
export type RawEvent = Infer<typeof eventSchema>;

/** JSON Schema (draft 2020-12) of the dataset format, generated from the parser's own definition. */
export function datasetJsonSchema(): JsonSchema {
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    title: 'attack-timeline dataset',
    ...datasetSchema.toJsonSchema(),
  };
}
