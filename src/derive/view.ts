import { createIssue, type DataIssue } from '../model/issues.ts';
import { DATE_RANGE_MS } from '../model/partial-date.ts';
import { GROUP_BY_OPTIONS, isGroupBy, type GroupBy } from './lanes.ts';
import { parseIdList, parseWindowEnd, parseWindowStart, toIsoDay } from './view-window.ts';

/**
 * What is on screen, as one immutable value: the window, the filters, the row grouping, the
 * selection, the search and the presentation step. Attributes, the URL hash, story steps and the
 * element's `view` all read it with `parseView` and write it with `formatView`.
 */
export interface View {
  /** Start of the window, UTC ms; absent: not given (the whole extent, or the window as it is). */
  readonly startMs?: number;
  /** End of the window (exclusive), UTC ms; absent: not given. */
  readonly endMs?: number;
  readonly actors: readonly string[];
  readonly victims: readonly string[];
  /** Organisations named without acting or being targeted (subjects); absent or empty: no subject filter. */
  readonly subjects?: readonly string[];
  readonly selected: string | null;
  readonly groupBy: GroupBy;
  /** The search text, as typed; "" for no search. */
  readonly query: string;
  /** The presentation step shown (from 0); absent when not presenting. */
  readonly step?: number;
}

/** A view as an element reports it (`element.view`): the window always given, also as days, and the ids drawn. */
export interface TimelineView extends View {
  /** First and last visible day, `YYYY-MM-DD` (UTC): the `start` and `end` attributes that show this window again. */
  readonly start: string;
  readonly end: string;
  readonly startMs: number;
  readonly endMs: number;
  readonly subjects: readonly string[];
  /** Ids of the events drawn in the visible window, after filtering. */
  readonly visibleIds: readonly string[];
}

/** No window of its own, no filter (no subject filter: `subjects` absent), selection or search, rows by actor. */
export const DEFAULT_VIEW: View = Object.freeze<View>({ actors: Object.freeze([]), victims: Object.freeze([]), selected: null, groupBy: 'actor', query: '' });

/** The fields of a view; each place names them its own way (`groupBy` is `group-by` as an attribute, `group` in a hash). */
export type ViewField = 'start' | 'end' | 'actors' | 'victims' | 'subjects' | 'selected' | 'groupBy' | 'query' | 'step';

/**
 * A view as written somewhere: attributes, hash parameters, a story step (JSON or `<at-step>`),
 * or what `element.view` reports. Every field may be absent; a blank string counts as absent.
 * Window edges are partial dates (`start` at the beginning of its interval, `end` at its end),
 * Dates or UTC ms; `startMs`/`endMs` (as `view` reports them) win over `start`/`end`.
 */
export interface ViewInput {
  readonly start?: unknown;
  readonly end?: unknown;
  readonly startMs?: unknown;
  readonly endMs?: unknown;
  /** Comma-separated ids, or a list of ids. */
  readonly actors?: unknown;
  readonly victims?: unknown;
  readonly subjects?: unknown;
  readonly selected?: unknown;
  readonly groupBy?: unknown;
  readonly query?: unknown;
  readonly step?: unknown;
}

export interface ParseViewOptions {
  /** How issues name a field (`start`, `#t1.start`, `/stories/0/steps/2/start`); default the field itself. */
  readonly name?: (field: ViewField) => string;
  /**
   * What a window whose start is not before its end becomes: `order` puts the edges in order
   * (attributes, methods, story steps); `refuse` reports it and leaves both edges out (a link).
   */
  readonly reversedWindow?: 'order' | 'refuse';
}

/** What `parseView` read: only the fields given and readable, and one issue per field that was not. */
export interface ParsedView {
  readonly view: Partial<View>;
  readonly issues: readonly DataIssue[];
}

export const DATE_EXPECTED = 'a date as YYYY, YYYY-MM or YYYY-MM-DD';
const DAY_MS = 86_400_000;
const IDS_EXPECTED = 'comma-separated ids, or a list of ids';

/**
 * Reads a view from any of the places that write one (see `ViewInput`). The result holds only
 * the fields given: a caller fills the rest with defaults (a link, a step) or keeps what is on
 * screen (an attribute, a method call). A field that cannot be read becomes an issue naming it,
 * the value and what was expected, and is left out. Ids are not checked against a dataset here
 * (see `keepKnownIds`). Never throws, whatever the input.
 */
export function parseView(input: ViewInput, options: ParseViewOptions = {}): ParsedView {
  const name = options.name ?? ((field: ViewField) => field);
  const issues: DataIssue[] = [];
  const view: { -readonly [K in keyof View]?: View[K] } = {};

  const startGiven = isGiven(input.startMs) ? input.startMs : input.start;
  const endGiven = isGiven(input.endMs) ? input.endMs : input.end;
  let startMs = readEdge(startGiven, 'start', name, issues);
  let endMs = readEdge(endGiven, 'end', name, issues);
  if (startMs !== undefined && endMs !== undefined && startMs >= endMs) {
    if (options.reversedWindow === 'refuse') {
      issues.push(createIssue(name('end'), endGiven, `a date after start ${describeEdge(startGiven)}`));
      startMs = endMs = undefined;
    } else if (startMs > endMs) {
      [startMs, endMs] = [endMs, startMs];
    }
  }
  if (startMs !== undefined) view.startMs = startMs;
  if (endMs !== undefined) view.endMs = endMs;

  const actors = readIds(input.actors, name('actors'), issues);
  if (actors) view.actors = actors;
  const victims = readIds(input.victims, name('victims'), issues);
  if (victims) view.victims = victims;
  const subjects = readIds(input.subjects, name('subjects'), issues);
  if (subjects) view.subjects = subjects;
  if (input.selected === null) view.selected = null;
  else if (typeof input.selected === 'string') view.selected = input.selected.trim() || null;
  else if (input.selected !== undefined) issues.push(createIssue(name('selected'), input.selected, 'an event id'));
  if (isGiven(input.groupBy)) {
    if (isGroupBy(input.groupBy)) view.groupBy = input.groupBy;
    else issues.push(createIssue(name('groupBy'), input.groupBy, GROUP_BY_OPTIONS.join(', ')));
  }
  if (typeof input.query === 'string') view.query = input.query;
  else if (input.query !== undefined && input.query !== null) issues.push(createIssue(name('query'), input.query, 'a search text'));
  if (isGiven(input.step)) {
    const step = typeof input.step === 'string' && /^\d+$/.test(input.step.trim()) ? Number(input.step) : input.step;
    if (typeof step === 'number' && Number.isSafeInteger(step) && step >= 0) view.step = step;
    else issues.push(createIssue(name('step'), input.step, 'a whole number from 0 (the first step)'));
  }
  return { view, issues };
}

/** Neither absent, null nor a blank string. */
function isGiven(value: unknown): boolean {
  return value !== undefined && value !== null && !(typeof value === 'string' && value.trim() === '');
}

function readEdge(value: unknown, edge: 'start' | 'end', name: (field: ViewField) => string, issues: DataIssue[]): number | undefined {
  if (!isGiven(value)) return undefined;
  let ms: number | undefined;
  if (typeof value === 'string') ms = edge === 'start' ? parseWindowStart(value) : parseWindowEnd(value);
  else if (typeof value === 'number') ms = value;
  else if (value instanceof Date) ms = value.getTime();
  if (ms !== undefined && Number.isFinite(ms)) return ms;
  issues.push(createIssue(name(edge), value, typeof value === 'string' ? DATE_EXPECTED : `${DATE_EXPECTED}, a Date or UTC milliseconds`));
  return undefined;
}

function describeEdge(value: unknown): string {
  return typeof value === 'number' ? toIsoDay(value) : String(value);
}

function readIds(value: unknown, path: string, issues: DataIssue[]): string[] | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'string') return parseIdList(value);
  if (Array.isArray(value) && value.every((id) => typeof id === 'string')) return [...new Set(value as string[])];
  issues.push(createIssue(path, value, IDS_EXPECTED));
  return undefined;
}

/**
 * A view as text, one string per field that differs from the default: what attributes and hash
 * parameters hold, read back by `parseView`. The window is written in whole UTC days (`end` is
 * the last day shown, inclusive), so a window inside a day widens to that day. Edges beyond the
 * years 1 to 9999 are written as the first or last day there is, so the text always reads back.
 */
export function formatView(view: Partial<View>): Partial<Record<ViewField, string>> {
  const text: Partial<Record<ViewField, string>> = {};
  // Edges past the dates the format can write (a float's worth beyond year 1 at the left edge of a
  // fitted view) are written as the first or last day there is.
  const [first, end] = DATE_RANGE_MS;
  if (view.startMs !== undefined && Number.isFinite(view.startMs)) text.start = toIsoDay(Math.min(Math.max(view.startMs, first), end - DAY_MS));
  if (view.endMs !== undefined && Number.isFinite(view.endMs)) text.end = toIsoDay(Math.min(Math.max(view.endMs, first + DAY_MS), end) - 1);
  if (view.actors && view.actors.length > 0) text.actors = view.actors.join(',');
  if (view.victims && view.victims.length > 0) text.victims = view.victims.join(',');
  if (view.subjects && view.subjects.length > 0) text.subjects = view.subjects.join(',');
  if (view.selected) text.selected = view.selected;
  if (view.groupBy !== undefined && view.groupBy !== 'actor') text.groupBy = view.groupBy;
  if (view.query) text.query = view.query;
  if (view.step !== undefined) text.step = String(view.step);
  return text;
}

/** Which ids a dataset has, for `keepKnownIds`. */
export interface KnownIds {
  readonly actors: { has(id: string): boolean };
  readonly victims: { has(id: string): boolean };
  /** Records an event's subjects may name (subjects and victims); without it, subject ids are not checked. */
  readonly subjects?: { has(id: string): boolean };
  readonly events: { has(id: string): boolean };
}

/**
 * The view with the ids the dataset does not have removed, and one issue for each id removed
 * (named by `name`: `actors`, `#t1.selected`…), so a stale link or attribute is reported rather
 * than silently trimmed, and never blanks the chart with a filter nothing matches.
 */
export function keepKnownIds<V extends Partial<View>>(view: V, known: KnownIds, name: (field: ViewField) => string = (field) => field): { readonly view: V; readonly issues: readonly DataIssue[] } {
  const issues: DataIssue[] = [];
  const keep = (ids: readonly string[] | undefined, field: 'actors' | 'victims' | 'subjects', has: KnownIds['actors'] | undefined, article: string, what: string) =>
    has ? ids?.filter((id) => {
      if (has.has(id)) return true;
      issues.push(createIssue(name(field), id, `${article} ${what} id of this dataset`, `unknown ${what} id "${id}"`));
      return false;
    }) : ids;
  const out: { -readonly [K in keyof View]?: View[K] } = { ...view };
  const actors = keep(view.actors, 'actors', known.actors, 'an', 'actor');
  const victims = keep(view.victims, 'victims', known.victims, 'a', 'victim');
  const subjects = keep(view.subjects, 'subjects', known.subjects, 'a', 'named organisation');
  if (actors) out.actors = actors;
  if (victims) out.victims = victims;
  if (subjects) out.subjects = subjects;
  if (view.selected != null && !known.events.has(view.selected)) {
    issues.push(createIssue(name('selected'), view.selected, 'an event id of this dataset', `unknown event id "${view.selected}"`));
    out.selected = null;
  }
  return { view: out as V, issues };
}
