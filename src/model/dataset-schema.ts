/**
 * The dataset format, defined once: `parseDataset` checks input against it and
 * `datasetJsonSchema()` publishes it for editors and newsroom CI.
 */
import { createIssue } from './issues.ts';
import { PARTIAL_DATE_FORMS, PARTIAL_DATE_PATTERN, parsePartialDate, type PartialDate } from './partial-date.ts';
import { array, boolean, integer, link, object, oneOf, string, type Infer, type JsonSchema, type Schema } from './schema.ts';
import { SCHEMA_DOCS } from './schema-docs.ts';
import { ACTOR_TYPES, EVENT_KINDS, GRANULAR_TLP_FIELDS, SOURCE_CLASSES, SOURCE_KINDS, STEP_GROUP_BY, TLP_LEVELS, VICTIM_TYPES } from './types.ts';

/** Ids end up in comma-separated attributes and URLs, so no commas or white space. */
const ID_PATTERN = /^[^\s,]+$/;
const id = () => string({ minLength: 1, maxLength: 200, pattern: ID_PATTERN, patternDescription: 'an id: 1–200 characters, no spaces or commas' });
const ids = () => sharingOneId(array(id(), { maxItems: 1000 }));
const text = (maxLength: number) => string({ minLength: 1, maxLength });

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
function partialDate(): Schema<PartialDate> {
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
    toJsonSchema: () => ({ type: 'string', pattern: PARTIAL_DATE_PATTERN, description: PARTIAL_DATE_FORMS }),
  };
}

/** A bad link is a warning: the source is kept, shown without a link (see `link`). */
const httpUrl = () => link({
  maxLength: 2000,
  pattern: /^https?:\/\/\S+$/i,
  description: 'an absolute http: or https: address',
});

const tlp = () => oneOf(TLP_LEVELS);
const techniques = (maxItems: number) => array(string({ pattern: /^T\d{4}(\.\d{3})?$/, patternDescription: 'a MITRE ATT&CK technique id such as T1190 or T1003.001' }), { maxItems });
const granularTlp = () => array(object({ field: oneOf(GRANULAR_TLP_FIELDS), value: text(300), tlp: tlp() }), { maxItems: 5000 });

export const actorSchema = object(
  { id: id(), name: text(200), type: oneOf(ACTOR_TYPES) },
  {
    aliases: array(text(200), { maxItems: 100 }),
    attackId: string({ pattern: /^G\d{4}$/, patternDescription: 'a MITRE ATT&CK group id such as G0045' }),
    country: string({ pattern: /^[A-Z]{2}$/, patternDescription: 'an ISO 3166-1 alpha-2 country code such as SE' }),
    description: text(5000),
    sources: ids(),
    techniques: techniques(1000),
    software: array(text(200), { maxItems: 1000 }),
    tlp: tlp(),
    granularTlp: granularTlp(),
  },
);

/** Victims and subjects share one record shape: an organisation or a group. */
const organisationRecord = () => object(
  { id: id(), name: text(300), type: oneOf(VICTIM_TYPES), sector: text(200) },
  {
    country: string({ pattern: /^[A-Z]{2}$/, patternDescription: 'an ISO 3166-1 alpha-2 country code such as SE' }),
    region: text(300),
    description: text(5000),
    sources: ids(),
    tlp: tlp(),
    granularTlp: granularTlp(),
  },
);

export const victimSchema = organisationRecord();

export const subjectSchema = organisationRecord();

/** A day, `YYYY-MM-DD`, kept as written. */
function day(): Schema<string> {
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
    toJsonSchema: () => ({ type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$', description: expected }),
  };
}

export const sourceSchema = object(
  { id: id(), title: text(500), publisher: text(300), kind: oneOf(SOURCE_KINDS), claims: array(text(2000), { minItems: 1, maxItems: 500 }) },
  {
    authors: array(text(200), { maxItems: 100 }),
    date: partialDate(),
    dateNote: text(1000),
    url: httpUrl(),
    errors: array(text(2000), { maxItems: 500 }),
    notes: text(5000),
    quotes: array(text(2000), { maxItems: 100 }),
    class: oneOf(SOURCE_CLASSES),
    classReason: text(500),
    tlp: tlp(),
  },
);

const attributionSchema = object(
  { actor: id(), by: id(), sources: array(id(), { minItems: 1, maxItems: 100 }) },
  { confidence: text(500) },
);

const disputeSchema = object(
  {
    topic: text(300),
    positions: array(object({ claim: text(2000), sources: array(id(), { minItems: 1, maxItems: 100 }) }), { minItems: 2, maxItems: 20 }),
  },
  {},
);

export const eventSchema = object(
  {
    id: id(),
    title: text(300),
    kind: oneOf(EVENT_KINDS),
    description: text(10_000),
    actors: ids(),
    victims: ids(),
    sources: sharingOneId(array(id(), { minItems: 1, maxItems: 100 })),
  },
  {
    date: partialDate(),
    start: partialDate(),
    end: partialDate(),
    openStart: boolean(),
    approxDays: integer(1, 366),
    dateNote: text(1000),
    subjects: ids(),
    reveals: ids(),
    attributions: array(attributionSchema, { maxItems: 50 }),
    disputes: array(disputeSchema, { maxItems: 50 }),
    techniques: techniques(100),
    tlp: tlp(),
    granularTlp: granularTlp(),
    reviewed: day(),
    callout: text(140),
  },
);

/** A window edge of a story step: a partial date kept as written (decoded like the attributes). */
function windowDate(): Schema<string> {
  return {
    parse(value, path, issues) {
      const result = typeof value === 'string' ? parsePartialDate(value) : undefined;
      if (!result?.ok) {
        issues.push(createIssue(path, value, PARTIAL_DATE_FORMS, result && !result.ok ? result.reason : undefined));
        return undefined;
      }
      return value as string;
    },
    toJsonSchema: () => ({ type: 'string', pattern: PARTIAL_DATE_PATTERN, description: PARTIAL_DATE_FORMS }),
  };
}

export const storyStepSchema = object(
  { caption: text(2000) },
  {
    start: windowDate(),
    end: windowDate(),
    actors: ids(),
    victims: ids(),
    selected: id(),
    groupBy: oneOf(STEP_GROUP_BY),
  },
);

export const storySchema = object(
  { id: id(), title: text(300), steps: array(storyStepSchema, { minItems: 1, maxItems: 500 }) },
  {},
);

export const datasetSchema = object(
  {
    version: oneOf([1] as const),
    title: text(300),
    actors: array(actorSchema, { maxItems: 100_000 }),
    victims: array(victimSchema, { maxItems: 100_000 }),
    sources: array(sourceSchema, { maxItems: 100_000 }),
    events: array(eventSchema, { maxItems: 200_000 }),
  },
  {
    description: text(5000),
    $schema: string({ maxLength: 2000 }),
    subjects: array(subjectSchema, { maxItems: 100_000 }),
    stories: array(storySchema, { maxItems: 100 }),
    opening: object(
      { start: windowDate(), end: windowDate() },
      {},
    ),
  },
);

export type RawDataset = Infer<typeof datasetSchema>;
export type RawEvent = Infer<typeof eventSchema>;

/** JSON Schema (draft 2020-12) of the dataset format, generated from the parser's own definition. */
export function datasetJsonSchema(): JsonSchema {
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    title: 'attack-timeline dataset',
    ...withDocs(datasetSchema.toJsonSchema(), ''),
  };
}

/** `node` and the nodes inside it with the sentences of schema-docs.ts added, by dataset path. */
function withDocs(node: JsonSchema, path: string): JsonSchema {
  const out: Record<string, unknown> = { ...node };
  if (out.items) out.items = withDocs(out.items as JsonSchema, `${path}/*`);
  if (out.properties) {
    out.properties = Object.fromEntries(Object.entries(out.properties as Record<string, JsonSchema>).map(([key, child]) => [key, withDocs(child, `${path}/${key}`)]));
  }
  const doc = Object.hasOwn(SCHEMA_DOCS, path) ? SCHEMA_DOCS[path] : undefined;
  if (doc !== undefined) out.description = out.description === undefined ? doc : `${doc}: ${out.description as string}`;
  return out;
}
