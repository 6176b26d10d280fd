/**
 * The only code that sees untyped dataset JSON: structure first (dataset-schema.ts), then the
 * checks no schema expresses (unique ids, references that resolve, date order, link schemes).
 */
import { datasetSchema, type RawDataset, type RawEvent } from './dataset-schema.ts';
import { childPath, createIssue, DatasetError, type DataIssue } from './issues.ts';
import type { Dataset, TimelineEvent, When } from './types.ts';

const DAY_MS = 86_400_000;

export type ParseResult =
  | { readonly ok: true; readonly dataset: Dataset }
  | { readonly ok: false; readonly issues: readonly DataIssue[] };

/**
 * Checks `input` (parsed JSON of unknown shape) and returns a typed dataset, or every issue
 * found, each naming the path, the value and what was expected. Never throws.
 */
export function parseDataset(input: unknown): ParseResult {
  const issues: DataIssue[] = [];
  const raw = datasetSchema.parse(input, '', issues);
  if (!raw) return { ok: false, issues };
  const dataset = checkDomain(raw, issues);
  return issues.length > 0 || !dataset ? { ok: false, issues } : { ok: true, dataset };
}

/** Like `parseDataset`, but throws a `DatasetError` listing the issues. */
export function assertDataset(input: unknown): Dataset {
  const result = parseDataset(input);
  if (!result.ok) throw new DatasetError(result.issues);
  return result.dataset;
}

function checkDomain(raw: RawDataset, issues: DataIssue[]): Dataset | undefined {
  const actorIds = collectIds(raw.actors, '/actors', issues);
  const victimIds = collectIds(raw.victims, '/victims', issues);
  const sourceIds = collectIds(raw.sources, '/sources', issues);
  const eventIds = collectIds(raw.events, '/events', issues);

  const refs = (list: readonly string[] | undefined, known: Set<string>, path: string, what: string) =>
    checkReferences(list ?? [], known, path, what, issues);

  raw.actors.forEach((actor, i) => refs(actor.sources, sourceIds, `/actors/${i}/sources`, 'source'));
  raw.victims.forEach((victim, i) => refs(victim.sources, sourceIds, `/victims/${i}/sources`, 'source'));
  raw.sources.forEach((source, i) => {
    if (source.url !== undefined && !isHttpUrl(source.url)) {
      issues.push(createIssue(`/sources/${i}/url`, source.url, 'an absolute http: or https: address'));
    }
  });

  const events: TimelineEvent[] = [];
  raw.events.forEach((event, i) => {
    const path = `/events/${i}`;
    refs(event.actors, actorIds, `${path}/actors`, 'actor');
    refs(event.victims, victimIds, `${path}/victims`, 'victim');
    refs(event.sources, sourceIds, `${path}/sources`, 'source');
    refs(event.reveals, eventIds, `${path}/reveals`, 'event');
    event.attributions?.forEach((attribution, j) => {
      const at = `${path}/attributions/${j}`;
      refs([attribution.actor], actorIds, `${at}/actor`, 'actor');
      refs([attribution.by], actorIds, `${at}/by`, 'actor');
      refs(attribution.sources, sourceIds, `${at}/sources`, 'source');
    });
    event.disputes?.forEach((dispute, j) =>
      dispute.positions.forEach((position, k) =>
        refs(position.sources, sourceIds, `${path}/disputes/${j}/positions/${k}/sources`, 'source')));
    if (event.reveals?.includes(event.id)) {
      issues.push(createIssue(`${path}/reveals`, event.id, 'ids of other events', 'an event cannot reveal itself'));
    }
    const when = toWhen(event, path, issues);
    if (when) events.push(toTimelineEvent(event, when));
  });

  if (issues.length > 0) return undefined;
  events.sort((a, b) => a.when.startMs - b.when.startMs || compareIds(a.id, b.id));
  return {
    version: raw.version,
    title: raw.title,
    ...(raw.description !== undefined ? { description: raw.description } : {}),
    actors: raw.actors.map((actor) => ({ ...actor, aliases: actor.aliases ?? [], sources: actor.sources ?? [] })),
    victims: raw.victims.map((victim) => ({ ...victim, sources: victim.sources ?? [] })),
    sources: raw.sources.map((source) => ({ ...source, authors: source.authors ?? [], errors: source.errors ?? [] })),
    events,
  };
}

/** Code-unit order, independent of the reader's locale, so sorting is the same everywhere. */
export function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function collectIds(list: readonly { id: string }[], path: string, issues: DataIssue[]): Set<string> {
  const seen = new Map<string, number>();
  list.forEach((item, index) => {
    const first = seen.get(item.id);
    if (first !== undefined) {
      issues.push(createIssue(`${path}/${index}/id`, item.id, 'an id not used before in this list', `duplicate id "${item.id}", already used at ${path}/${first}`));
    } else {
      seen.set(item.id, index);
    }
  });
  return new Set(seen.keys());
}

function checkReferences(list: readonly string[], known: Set<string>, path: string, what: string, issues: DataIssue[]): void {
  const seen = new Set<string>();
  list.forEach((ref, index) => {
    const at = list.length === 1 && !path.endsWith('s') ? path : childPath(path, index);
    if (!known.has(ref)) {
      issues.push(createIssue(at, ref, `the id of a ${what} in this dataset`, `unknown ${what} id "${ref}"`));
    } else if (seen.has(ref)) {
      issues.push(createIssue(at, ref, `each ${what} listed once`, `${what} "${ref}" is listed twice`));
    }
    seen.add(ref);
  });
}

function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:';
  } catch {
    return false;
  }
}

function toWhen(event: RawEvent, path: string, issues: DataIssue[]): When | undefined {
  const { date, start, end, openStart = false, approxDays = 0, dateNote } = event;
  const note = dateNote !== undefined ? { note: dateNote } : {};
  if (date !== undefined) {
    if (start !== undefined || end !== undefined) {
      issues.push(createIssue(`${path}/date`, date.text, 'either date, or start and end', 'give either "date" or "start" and "end", not both'));
      return undefined;
    }
    if (openStart) {
      issues.push(createIssue(`${path}/openStart`, true, 'openStart only on a period', '"openStart" needs "start" and "end"'));
      return undefined;
    }
    if (approxDays > 0 && date.precision !== 'day') {
      issues.push(createIssue(`${path}/approxDays`, approxDays, 'approxDays only with a YYYY-MM-DD date', `"approxDays" needs a day-precision date, but "${date.text}" is a ${date.precision}`));
      return undefined;
    }
    return {
      isPeriod: false, start: date, end: date, openStart: false, approxDays, ...note,
      startMs: date.startMs - approxDays * DAY_MS,
      endMs: date.endMs + approxDays * DAY_MS,
    };
  }
  if (start === undefined || end === undefined) {
    const missing = start === undefined && end === undefined ? 'date' : start === undefined ? 'start' : 'end';
    issues.push(createIssue(`${path}/${missing}`, undefined, 'a date, or a start and an end', `needs "date", or both "start" and "end"`));
    return undefined;
  }
  if (approxDays > 0) {
    issues.push(createIssue(`${path}/approxDays`, approxDays, 'approxDays only with date', '"approxDays" applies to "date", not to a period'));
    return undefined;
  }
  // Rejected only when the end's whole interval lies before the start begins: "2016-06" to "2016"
  // (began in June, ended some time that year) is a fair statement.
  if (end.endMs <= start.startMs) {
    issues.push(createIssue(`${path}/end`, end.text, `a date not before start "${start.text}"`, `end "${end.text}" is before start "${start.text}"`));
    return undefined;
  }
  return { isPeriod: true, start, end, openStart, approxDays: 0, ...note, startMs: start.startMs, endMs: Math.max(end.endMs, start.endMs) };
}

function toTimelineEvent(event: RawEvent, when: When): TimelineEvent {
  return {
    id: event.id,
    title: event.title,
    kind: event.kind,
    when,
    description: event.description,
    actors: event.actors,
    victims: event.victims,
    sources: event.sources,
    reveals: event.reveals ?? [],
    attributions: event.attributions ?? [],
    disputes: event.disputes ?? [],
    techniques: event.techniques ?? [],
  };
}
