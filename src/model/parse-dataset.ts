/**
 * The only code that sees untyped dataset JSON. Each record (actor, victim, source, event) is
 * checked on its own against the structure (dataset-schema.ts), then the checks no schema
 * expresses run (unique ids, references that resolve, date order, link schemes), so one bad
 * record never hides the problems of another and every problem is reported in one pass.
 *
 * Policy (see README, "Reliability, security and accessibility"):
 * - dataset level (not an object, version, title, a list missing or too long, no usable event
 *   left): fatal, nothing from this input is used;
 * - a record with a problem in its own fields, a duplicate id or an impossible date: that record
 *   is left out (`severity: 'error'`), the rest is used;
 * - an unknown field, a refused link, a reference to an id the dataset does not define, a
 *   reference listed twice: the record is kept without that part (`severity: 'warning'`);
 * - references to a record that was itself left out are removed without an issue each (no
 *   cascade); the left-out record's entry says how many were removed.
 */
import { datasetSchema, eventSchema, actorSchema, victimSchema, subjectSchema, sourceSchema, type RawEvent } from './dataset-schema.ts';
import { childPath, createIssue, createWarning, DatasetError, hasErrorSince, isError, pathText, type DataIssue, type Path } from './issues.ts';
import type { Schema } from './schema.ts';
import { parseStories } from './parse-stories.ts';
import type { Actor, Attribution, Dataset, Dispute, OpeningWindow, Source, Subject, TimelineEvent, Victim, When } from './types.ts';
import { parsePartialDate, type PartialDate } from './partial-date.ts';
import { sortByStartThenId } from './event-sort.ts';

export { compareIds } from './event-sort.ts';

const DAY_MS = 86_400_000;
/** The one empty list every record without references shares (frozen: nothing may add to it). */
const NONE: readonly string[] = Object.freeze([]);
const NO_ATTRIBUTIONS: readonly Attribution[] = Object.freeze([]);
const NO_DISPUTES: readonly Dispute[] = Object.freeze([]);
const LISTS = ['actors', 'victims', 'subjects', 'sources', 'events'] as const;
type ListName = (typeof LISTS)[number];

export type ParseResult =
  | { readonly ok: true; readonly dataset: Dataset }
  | { readonly ok: false; readonly issues: readonly DataIssue[] };

/** How many records of each list were left out. */
export type RejectedCounts = { readonly [K in ListName]: number };

export type LenientParseResult =
  | {
    readonly ok: true;
    readonly dataset: Dataset;
    /** Every problem found; records with an `error` issue are not in `dataset`. Empty for clean input. */
    readonly issues: readonly DataIssue[];
    readonly rejected: RejectedCounts;
    /** Records of each list in the input (accepted or not). */
    readonly received: RejectedCounts;
    /** For each record path with an issue (`/events/3`), the id written in it, when it has one. */
    readonly recordIds: ReadonlyMap<string, string>;
  }
  | {
    readonly ok: false;
    /** One sentence saying why nothing can be drawn; `issues` has the details. */
    readonly message: string;
    readonly issues: readonly DataIssue[];
  };

/**
 * Checks `input` (parsed JSON of unknown shape) strictly: returns a typed dataset only when there
 * is no issue at all, else every issue found, each naming the path, the value and what was
 * expected. Never throws. Used for the bundled story and by `assertDataset`.
 */
export function parseDataset(input: unknown): ParseResult {
  const result = parseDatasetLenient(input);
  if (!result.ok || result.issues.length > 0) return { ok: false, issues: result.issues };
  return { ok: true, dataset: result.dataset };
}

/** Like `parseDataset`, but throws a `DatasetError` listing the issues. */
export function assertDataset(input: unknown): Dataset {
  const result = parseDataset(input);
  if (!result.ok) throw new DatasetError(result.issues);
  return result.dataset;
}

/**
 * Checks `input` and keeps what is usable: records with problems are left out, problems that
 * touch only a part of a record remove that part, and every one of them is listed in `issues`.
 * Returns `ok: false` only when nothing can be drawn (dataset-level problems, or every event left
 * out). Never throws; never reads prototype keys; ids such as `__proto__` are ordinary ids.
 */
export function parseDatasetLenient(input: unknown): LenientParseResult {
  const issues: DataIssue[] = [];
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return { ok: false, message: 'The data is not a dataset object', issues: [createIssue('', input, 'an object')] };
  }
  const source = input as Record<string, unknown>;
  // The header is checked by the full schema with the lists emptied, so the top-level rules stay
  // defined once; a list that is missing or not an array is left as it was to be reported.
  const header: Record<string, unknown> = { ...source };
  for (const list of LISTS) if (Array.isArray(source[list])) header[list] = [];
  // Stories are checked on their own after the events (parse-stories.ts): a bad story never refuses the data.
  delete header.stories;
  const parsedHeader = datasetSchema.parse(header, '', issues);
  const limits = listLimits();
  for (const list of LISTS) {
    const value = source[list];
    if (Array.isArray(value) && value.length > limits[list]) {
      issues.push(createIssue(`/${list}`, `${value.length} items`, `at most ${limits[list]} ${list}`, `has ${value.length} items, more than the ${limits[list]} allowed`));
    }
  }
  if (!parsedHeader || issues.some(isError)) return { ok: false, message: 'The dataset cannot be used', issues };

  // `subjects` is the one optional list: absent reads as empty (the header check refused a non-array).
  const lists = Object.fromEntries(LISTS.map((list) => [list, Array.isArray(source[list]) ? source[list] : []])) as Record<ListName, unknown[]>;
  const actors = checkRecords(lists.actors, 'actors', actorSchema, issues);
  const victims = checkRecords(lists.victims, 'victims', victimSchema, issues);
  const subjects = checkRecords(lists.subjects, 'subjects', subjectSchema, issues);
  rejectIdsUsedBy(subjects, victims, 'victims', issues);
  const sources = checkRecords(lists.sources, 'sources', sourceSchema, issues);

  const refs = new References(issues);
  const actorIndex = refs.index(actors, 'actor');
  const victimIndex = refs.index(victims, 'victim');
  const subjectIndex = refs.index(subjects, 'subject');
  // An event's subjects may name a victim record too: one organisation, one record.
  const namedIndex = refs.union(subjectIndex, victimIndex, 'subject or victim');
  const sourceIndex = refs.index(sources, 'source');

  // Events in one pass: each is checked, dated and resolved as soon as its fields pass, so the
  // checked record dies young instead of living through parsing (at 100,000 events, collector
  // time). Issues keep the order of three passes (every event's own fields, then each kept
  // event's dates and citations, then its references) by going to three lists joined below.
  // Reveals name other events, so they are resolved once every event is known.
  const dateIssues: DataIssue[] = [];
  const refIssues: DataIssue[] = [];
  const dateRejected: { id: string; at: string }[] = [];
  const pendingReveals: PendingReveals[] = [];
  const kept: TimelineEvent[] = [];
  const events = checkRecords(lists.events, 'events', eventSchema, issues, (event, at) => {
    // Reference warnings first, then date problems, then a missing citation.
    refs.writeTo(dateIssues);
    const cited = refs.resolve(event.sources, sourceIndex, at, 'sources');
    const before = dateIssues.length;
    const when = toWhen(event, at, dateIssues);
    if (when && cited.length === 0) {
      dateIssues.push(createIssue(childPath(at, 'sources'), event.sources, 'at least one source of this dataset', 'none of the sources it cites is usable, and every event needs one'));
    }
    if (!when || hasErrorSince(dateIssues, before)) {
      dateRejected.push({ id: event.id, at: pathText(at) });
      return;
    }
    refs.writeTo(refIssues);
    const revealsAt = refIssues.length;
    const timelineEvent: TimelineEvent = {
      id: event.id,
      title: event.title,
      kind: event.kind,
      when,
      description: event.description,
      actors: refs.resolve(event.actors, actorIndex, at, 'actors'),
      victims: refs.resolve(event.victims, victimIndex, at, 'victims'),
      subjects: refs.resolve(event.subjects ?? NONE, namedIndex, at, 'subjects'),
      sources: cited,
      reveals: NONE,
      attributions: resolveAttributions(event, at, refs, actorIndex, sourceIndex),
      disputes: resolveDisputes(event, at, refs, sourceIndex),
      techniques: event.techniques ?? NONE,
      // Present even when undefined: one object shape for every event (see partial-date.ts).
      tlp: event.tlp,
      granularTlp: event.granularTlp,
      reviewed: event.reviewed,
      callout: event.callout,
    };
    if (event.reveals !== undefined && event.reveals.length > 0) {
      pendingReveals.push({ event: timelineEvent as { reveals: readonly string[] } & TimelineEvent, reveals: event.reveals, key: at.key, issuesAt: revealsAt });
    }
    kept.push(timelineEvent);
  });
  // Left out for their dates after every left-out record's own fields, as the passes did.
  for (let i = 0; i < dateRejected.length; i++) events.rejectedIds.set(dateRejected[i]!.id, { at: dateRejected[i]!.at, removedRefs: 0 });
  const eventIndex = refs.index(events, 'event');

  refs.writeTo(issues);
  const keptActors: Actor[] = [];
  actors.kept.forEach((actor, i) => {
    const ownSources = refs.resolve(actor.sources ?? [], sourceIndex, recordPath(actors, i), 'sources');
    keptActors.push({ ...actor, aliases: actor.aliases ?? [], sources: ownSources });
  });
  const keptVictims: Victim[] = [];
  victims.kept.forEach((victim, i) => {
    keptVictims.push({ ...victim, sources: refs.resolve(victim.sources ?? [], sourceIndex, recordPath(victims, i), 'sources') });
  });
  const keptSubjects: Subject[] = [];
  subjects.kept.forEach((subject, i) => {
    keptSubjects.push({ ...subject, sources: refs.resolve(subject.sources ?? [], sourceIndex, recordPath(subjects, i), 'sources') });
  });
  const keptSources: Source[] = sources.kept.map((value) => ({ ...value, authors: value.authors ?? [], errors: value.errors ?? [], quotes: value.quotes ?? NONE }));

  for (let i = 0; i < dateIssues.length; i++) issues.push(dateIssues[i]!);
  // Reveals are resolved here, their issues first among their event's reference issues.
  let from = 0;
  for (let p = 0; p < pendingReveals.length; p++) {
    const { event, reveals: raw, key, issuesAt } = pendingReveals[p]!;
    for (; from < issuesAt; from++) issues.push(refIssues[from]!);
    const at = { parent: events.path, key };
    let reveals = refs.resolve(raw, eventIndex, at, 'reveals');
    if (reveals.includes(event.id)) {
      issues.push(createWarning(childPath(at, 'reveals'), event.id, 'ids of other events', 'an event cannot reveal itself; reference removed'));
      reveals = reveals.filter((id) => id !== event.id);
    }
    event.reveals = reveals;
  }
  for (; from < refIssues.length; from++) issues.push(refIssues[from]!);
  refs.reportRemovedReferences();
  const stories = parseStories(source.stories, { actors: actorIndex.kept, victims: victimIndex.kept, events: eventIndex.kept }, issues);

  const received = { actors: lists.actors.length, victims: lists.victims.length, subjects: lists.subjects.length, sources: lists.sources.length, events: lists.events.length };
  if (kept.length === 0 && lists.events.length > 0) {
    const count = lists.events.length;
    return { ok: false, message: `None of the ${count} event${count === 1 ? '' : 's'} in the dataset can be shown`, issues };
  }
  sortByStartThenId(kept);
  const opening = checkOpening(parsedHeader.opening, issues);
  const dataset: Dataset = {
    version: parsedHeader.version,
    title: parsedHeader.title,
    ...(parsedHeader.description !== undefined ? { description: parsedHeader.description } : {}),
    actors: keptActors,
    victims: keptVictims,
    subjects: keptSubjects,
    sources: keptSources,
    events: kept,
    ...(stories !== undefined ? { stories } : {}),
    ...(opening !== undefined ? { opening } : {}),
  };
  const rejected = {
    actors: received.actors - keptActors.length,
    victims: received.victims - keptVictims.length,
    subjects: received.subjects - keptSubjects.length,
    sources: received.sources - keptSources.length,
    events: received.events - kept.length,
  };
  return { ok: true, dataset, issues, rejected, received, recordIds: recordIdsOf(issues, lists) };
}

/** The ids written in the records that issues point into, so messages can name them. */
function recordIdsOf(issues: readonly DataIssue[], lists: Record<ListName, unknown[]>): Map<string, string> {
  const ids = new Map<string, string>();
  for (const issue of issues) {
    const match = /^\/(actors|victims|subjects|sources|events)\/(\d+)/.exec(issue.path);
    if (!match || ids.has(match[0])) continue;
    const id = rawIdOf(lists[match[1] as ListName][Number(match[2])]);
    if (typeof id === 'string') ids.set(match[0], id);
  }
  return ids;
}

let cachedLimits: Record<ListName, number> | undefined;

/** The item caps of the four lists, read from the published schema so they are defined once. */
function listLimits(): Record<ListName, number> {
  if (!cachedLimits) {
    const properties = datasetSchema.toJsonSchema().properties as Record<string, { maxItems?: number }>;
    cachedLimits = Object.fromEntries(LISTS.map((list) => [list, properties[list]?.maxItems ?? Infinity])) as Record<ListName, number>;
  }
  return cachedLimits;
}

interface Checked<T> {
  /** The list's path, e.g. `/events`. */
  readonly path: string;
  /** The records kept, in input order; `keptIndexes[i]` is the position of `kept[i]` in the input. */
  readonly kept: T[];
  readonly keptIndexes: number[];
  /** Every string id found in the list, with its first index (accepted or not); built when first read. */
  readonly allIds: ReadonlyMap<string, number>;
  /** Ids whose record was left out, with how many references to them were removed. */
  readonly rejectedIds: Map<string, { at: string; removedRefs: number }>;
}

/**
 * Checks each record of a list on its own; a later record reusing an id is left out. Records that
 * pass go to `keep` with their path (valid only during the call) when given, else to `kept`.
 */
function checkRecords<T extends { id: string }>(
  list: readonly unknown[], name: ListName, schema: Schema<T>, issues: DataIssue[],
  keep?: (value: T, at: { readonly parent: string; readonly key: number }) => void,
): Checked<T> {
  const kept: T[] = [];
  const keptIndexes: number[] = [];
  const rejectedIds = new Map<string, { at: string; removedRefs: number }>();
  // Repeated ids are found by sorting the ids first (natively, no comparator), so only a repeated
  // id goes into a map (with the index of its first record, once seen): a map of every id was a
  // tenth of parsing 100,000 events, and most lists repeat none. The index of every id is worked
  // out only if something reads it.
  const repeated = repeatedIds(list);
  // One path object reused for every record, as `array` does: issues turn it into text at once.
  const at = { parent: `/${name}`, key: 0 };
  for (let index = 0; index < list.length; index++) {
    const item = list[index];
    at.key = index;
    const before = issues.length;
    const value = schema.parse(item, at, issues);
    const rawId = rawIdOf(item);
    const first = repeated.size > 0 && typeof rawId === 'string' ? repeated.get(rawId) : undefined;
    if (first === -1) repeated.set(rawId as string, index);
    else if (first !== undefined) issues.push(createIssue(childPath(at, 'id'), rawId, 'an id not used before in this list', `duplicate id "${rawId}", already used at /${name}/${first}; this one is left out`));
    if (value === undefined || hasErrorSince(issues, before)) {
      if (typeof rawId === 'string' && !(first! >= 0)) rejectedIds.set(rawId, { at: pathText(at), removedRefs: 0 });
      continue;
    }
    if (keep) {
      keep(value, at);
      continue;
    }
    kept.push(value);
    keptIndexes.push(index);
  }
  let allIds: Map<string, number> | undefined;
  return {
    path: at.parent, kept, keptIndexes, rejectedIds,
    get allIds() {
      return (allIds ??= firstIndexes(list));
    },
  };
}

/** The `id` a record holds as its own property, whatever its type; undefined when it has none. */
function rawIdOf(item: unknown): unknown {
  return typeof item === 'object' && item !== null && Object.hasOwn(item, 'id') ? (item as { id: unknown }).id : undefined;
}

/** The string ids that more than one record of `list` holds, each mapped to -1. */
function repeatedIds(list: readonly unknown[]): Map<string, number> {
  const ids: string[] = [];
  for (let i = 0; i < list.length; i++) {
    const id = rawIdOf(list[i]);
    if (typeof id === 'string') ids.push(id);
  }
  // Without a comparator, strings sort by UTF-16 code units: equal ids end up side by side.
  ids.sort();
  const repeated = new Map<string, number>();
  for (let i = 1; i < ids.length; i++) if (ids[i] === ids[i - 1]) repeated.set(ids[i]!, -1);
  return repeated;
}

/** Every string id of `list`, with the index of the first record holding it. */
function firstIndexes(list: readonly unknown[]): Map<string, number> {
  const ids = new Map<string, number>();
  for (let i = 0; i < list.length; i++) {
    const id = rawIdOf(list[i]);
    if (typeof id === 'string' && !ids.has(id)) ids.set(id, i);
  }
  return ids;
}

/** The path of the `i`th kept record of `checked`, e.g. `/events/3` (as text only when an issue needs it). */
function recordPath(checked: Checked<unknown>, i: number): Path {
  return childPath(checked.path, checked.keptIndexes[i]!);
}

/**
 * Leaves out each record of `list` whose id a record of `other` already has: references to
 * either list share one namespace (an event's subjects may name a victim).
 */
function rejectIdsUsedBy(list: Checked<unknown>, other: Checked<unknown>, otherName: ListName, issues: DataIssue[]): void {
  for (let i = list.kept.length - 1; i >= 0; i--) {
    const id = (list.kept[i] as { id: string }).id;
    const first = other.allIds.get(id);
    if (first === undefined) continue;
    const at = pathText(recordPath(list, i));
    issues.push(createIssue(`${at}/id`, id, `an id not used in ${otherName}`, `id "${id}" is already used at /${otherName}/${first}; one record per organisation`));
    list.kept.splice(i, 1);
    list.keptIndexes.splice(i, 1);
    list.rejectedIds.set(id, { at, removedRefs: 0 });
  }
}

interface IdIndex {
  readonly what: string;
  /** Whether a record with this id was kept. */
  readonly kept: Pick<ReadonlySet<string>, 'has'>;
  /** Ids whose record was left out (see `Checked`). */
  readonly rejectedIds: Checked<unknown>['rejectedIds'];
}

/** Resolves references, reporting unknown ids and repeats, and counting removed ones. */
class References {
  private readonly _indexes: IdIndex[] = [];

  constructor(private _issues: DataIssue[]) {}

  /** Sends the issues found from now on to `issues`. */
  writeTo(issues: DataIssue[]): void {
    this._issues = issues;
  }

  /**
   * The ids of a list's kept records: every id found, less those left out. Read through the
   * checked list rather than copied into a set: at 100,000 events the copy was a tenth of parsing.
   * Call it after the list's last rejection.
   */
  index<T extends { id: string }>(checked: Checked<T>, what: string): IdIndex {
    const kept = { has: (id: string) => checked.allIds.has(id) && !checked.rejectedIds.has(id) };
    const index = { what, kept, rejectedIds: checked.rejectedIds };
    this._indexes.push(index);
    return index;
  }

  /**
   * The references that point at kept records, each once. `list` must be the parser's own copy:
   * when every reference is good it is returned as is, and an empty list becomes the shared `NONE`.
   */
  resolve(list: readonly string[], index: IdIndex, parent: Path, field: string): readonly string[] {
    if (list.length === 0) return NONE;
    // Paths are built only when a reference is bad (`refPath`): the common case allocates nothing.
    let out: string[] | undefined;
    for (let i = 0; i < list.length; i++) {
      const ref = list[i]!;
      let problem = true;
      // The first item cannot repeat an earlier one: most lists have one item, so skip the search.
      if (i > 0 && list.indexOf(ref) !== i) {
        this._issues.push(createWarning(refPath(parent, field, i), ref, `each ${index.what} listed once`, `${index.what} "${ref}" is listed twice; the repeat was removed`));
      } else if (index.kept.has(ref)) {
        problem = false;
      } else {
        const rejected = index.rejectedIds.get(ref);
        if (rejected) rejected.removedRefs++;
        else this._issues.push(createWarning(refPath(parent, field, i), ref, `the id of a ${index.what} in this dataset`, `unknown ${index.what} id "${ref}"; reference removed`));
      }
      if (problem) out ??= list.slice(0, i);
      else out?.push(ref);
    }
    return out ?? list;
  }

  /**
   * Ids kept in either of two indexes, for a field that may reference both lists. Not registered
   * for `reportRemovedReferences`: its left-out records belong to (and are counted by) `a` and `b`.
   */
  union(a: IdIndex, b: IdIndex, what: string): IdIndex {
    return {
      what,
      kept: { has: (id: string) => a.kept.has(id) || b.kept.has(id) },
      rejectedIds: new Map([...b.rejectedIds, ...a.rejectedIds]),
    };
  }

  /** Issues recorded so far (to tell whether a step added one). */
  get count(): number {
    return this._issues.length;
  }

  warn(path: Path, value: unknown, expected: string, detail: string): void {
    this._issues.push(createWarning(path, value, expected, detail));
  }

  /** One warning per left-out record that others referred to, instead of one per reference. */
  reportRemovedReferences(): void {
    for (const { what, rejectedIds } of this._indexes) {
      for (const [id, { at, removedRefs }] of rejectedIds) {
        if (removedRefs === 0) continue;
        this._issues.push(createWarning(`${at}/id`, id, `a usable ${what}`, `${removedRefs} reference${removedRefs === 1 ? '' : 's'} to the left-out ${what} "${id}" ${removedRefs === 1 ? 'was' : 'were'} removed`));
      }
    }
  }
}

interface PendingReveals {
  readonly event: { reveals: readonly string[] } & TimelineEvent;
  /** The parser's copy of the event's `reveals`. */
  readonly reveals: readonly string[];
  /** The event's position in the input list. */
  readonly key: number;
  /** Where the event's reference issues begin among all events' reference issues. */
  readonly issuesAt: number;
}

/** Where a bad reference is reported: a single-valued field ("actor", "by") at the field, a list at the item. */
function refPath(parent: Path, field: string, i: number): Path {
  return field.endsWith('s') ? childPath(childPath(parent, field), i) : childPath(parent, field);
}

function resolveAttributions(event: RawEvent, at: Path, refs: References, actors: IdIndex, sources: IdIndex): readonly Attribution[] {
  if (!event.attributions?.length) return NO_ATTRIBUTIONS;
  const out: Attribution[] = [];
  event.attributions.forEach((attribution, j) => {
    const path = childPath(childPath(at, 'attributions'), j);
    const before = refs.count;
    const actor = refs.resolve([attribution.actor], actors, path, 'actor');
    const by = refs.resolve([attribution.by], actors, path, 'by');
    const cited = refs.resolve(attribution.sources, sources, path, 'sources');
    if (actor.length === 0 || by.length === 0 || cited.length === 0) {
      // Said once: when a reference issue above already explains it, that issue is enough.
      if (refs.count === before) refs.warn(path, attribution, 'an attribution with a known actor, a known "by" and at least one usable source', 'attribution removed: its actor, its author or all its sources were left out');
      return;
    }
    out.push({ ...attribution, sources: cited });
  });
  return out;
}

function resolveDisputes(event: RawEvent, at: Path, refs: References, sources: IdIndex): readonly Dispute[] {
  if (!event.disputes?.length) return NO_DISPUTES;
  return event.disputes.map((dispute, j) => ({
    topic: dispute.topic,
    positions: dispute.positions.map((position, k) => ({
      claim: position.claim,
      sources: refs.resolve(position.sources, sources, `${pathText(at)}/disputes/${j}/positions/${k}`, 'sources'),
    })),
  }));
}

function toWhen(event: RawEvent, path: Path, issues: DataIssue[]): When | undefined {
  const { date, start, end, openStart = false, approxDays = 0, dateNote: note } = event;
  if (date !== undefined) {
    if (start !== undefined || end !== undefined) {
      issues.push(createIssue(childPath(path, 'date'), date.text, 'either date, or start and end', 'give either "date" or "start" and "end", not both'));
      return undefined;
    }
    if (openStart) {
      issues.push(createIssue(childPath(path, 'openStart'), true, 'openStart only on a period', '"openStart" needs "start" and "end"'));
      return undefined;
    }
    if (approxDays > 0 && date.precision !== 'day') {
      issues.push(createIssue(childPath(path, 'approxDays'), approxDays, 'approxDays only with a YYYY-MM-DD date', `"approxDays" needs a day-precision date, but "${date.text}" is a ${date.precision}`));
      return undefined;
    }
    if (approxDays === 0 && note === undefined) return firmMoment(date);
    return moment(date, approxDays, note);
  }
  if (start === undefined || end === undefined) {
    const missing = start === undefined && end === undefined ? 'date' : start === undefined ? 'start' : 'end';
    issues.push(createIssue(childPath(path, missing), undefined, 'a date, or a start and an end', `needs "date", or both "start" and "end"`));
    return undefined;
  }
  if (approxDays > 0) {
    issues.push(createIssue(childPath(path, 'approxDays'), approxDays, 'approxDays only with date', '"approxDays" applies to "date", not to a period'));
    return undefined;
  }
  // Rejected only when the end's whole interval lies before the start begins: "2016-06" to "2016"
  // (began in June, ended some time that year) is a fair statement.
  if (end.endMs <= start.startMs) {
    issues.push(createIssue(childPath(path, 'end'), end.text, `a date not before start "${start.text}"`, `end "${end.text}" is before start "${start.text}"`));
    return undefined;
  }
  return { isPeriod: true, start, end, openStart, approxDays: 0, note, startMs: start.startMs, endMs: Math.max(end.endMs, start.endMs) };
}

function moment(date: PartialDate, approxDays: number, note: string | undefined): When {
  // The same fields in the same order for moments and periods: one object shape.
  return {
    isPeriod: false, start: date, end: date, openStart: false, approxDays, note,
    startMs: date.startMs - approxDays * DAY_MS,
    endMs: date.endMs + approxDays * DAY_MS,
  };
}

/**
 * Moments without tolerance or note, by date. A `When` is immutable and most events are such
 * moments on a few thousand dates, so they share one object per date: at 100,000 events that is
 * 100,000 objects fewer for the collector to copy while parsing, and less memory afterwards.
 */
const firmMoments = new Map<string, When>();
const FIRM_MOMENTS_MAX = 50_000;

function firmMoment(date: PartialDate): When {
  // By text, not by object: the text is the key of the shared dates, whose hash is computed.
  let when = firmMoments.get(date.text);
  if (!when) {
    if (firmMoments.size >= FIRM_MOMENTS_MAX) firmMoments.clear();
    when = moment(date, 0, undefined);
    firmMoments.set(date.text, when);
  }
  return when;
}

/**
 * The opening window if it runs forwards; otherwise a warning naming both dates, and the chart
 * opens on the whole extent (the data is still good).
 */
function checkOpening(opening: { start: string; end: string } | undefined, issues: DataIssue[]): OpeningWindow | undefined {
  if (!opening) return undefined;
  const start = parsePartialDate(opening.start);
  const end = parsePartialDate(opening.end);
  if (start.ok && end.ok && start.date.startMs < end.date.endMs) return { start: opening.start, end: opening.end };
  issues.push(createWarning('/opening', `${opening.start} – ${opening.end}`, 'a start before the end', 'the window runs backwards; the chart opens on the whole extent'));
  return undefined;
}
