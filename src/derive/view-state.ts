import { createIssue, type DataIssue } from '../model/issues.ts';
import { GROUP_BY_OPTIONS, isGroupBy, type GroupBy } from './lanes.ts';
import { parseIdList, parseWindowEnd, parseWindowStart, toIsoDay } from './view-window.ts';

/** The part of a view a link carries: window, filters, selection, grouping and search. */
export interface ViewState {
  /** Start of the visible window, UTC ms; absent: keep the current start. */
  readonly startMs?: number;
  /** End of the visible window (exclusive), UTC ms; absent: keep the current end. */
  readonly endMs?: number;
  readonly actors: readonly string[];
  readonly victims: readonly string[];
  /** Ids of organisations named as subjects; absent or empty: no subject filter. */
  readonly subjects?: readonly string[];
  readonly selected: string | null;
  readonly groupBy: GroupBy;
  /** The search text, as typed; "" for no search. */
  readonly query: string;
}

/** The state with no filter, selection or search, rows by actor and no window of its own. */
export const DEFAULT_VIEW_STATE: ViewState = { actors: [], victims: [], selected: null, groupBy: 'actor', query: '' };

/** The hash keys of a view, before any prefix, in the order they are written. */
export const VIEW_STATE_KEYS = ['start', 'end', 'actors', 'victims', 'subjects', 'selected', 'group', 'q'] as const;
type Key = (typeof VIEW_STATE_KEYS)[number];

const DATE_EXPECTED = 'a date as YYYY, YYYY-MM or YYYY-MM-DD';

/** `start` → `start`, or with prefix `t1`, `t1.start`. */
function keyName(key: Key, prefix: string): string {
  return prefix === '' ? key : `${prefix}.${key}`;
}

/**
 * The hash parameters of `state`, without the leading `#`: `start=2016-01-01&end=2019-06-30&
 * actors=apt10,gallium&selected=id&group=kind&q=cloud+hopper`, URL-encoded (URLSearchParams)
 * except that commas stay readable. The window is written in whole UTC days (`end` is the last
 * day shown, inclusive), so a window inside a day widens to that day. Defaults (no filter, no
 * selection, rows by actor, no search) are left out. `prefix` (e.g. `t1`) is put before every
 * key (`t1.start`) so two timelines on one page keep apart. An empty state gives "".
 */
export function encodeViewState(state: ViewState, prefix = ''): string {
  const params = new URLSearchParams();
  const add = (key: Key, value: string) => params.append(keyName(key, prefix), value);
  if (state.startMs !== undefined && Number.isFinite(state.startMs)) add('start', toIsoDay(state.startMs));
  if (state.endMs !== undefined && Number.isFinite(state.endMs)) add('end', toIsoDay(state.endMs - 1));
  if (state.actors.length > 0) add('actors', state.actors.join(','));
  if (state.victims.length > 0) add('victims', state.victims.join(','));
  if (state.subjects && state.subjects.length > 0) add('subjects', state.subjects.join(','));
  if (state.selected !== null && state.selected !== '') add('selected', state.selected);
  if (state.groupBy !== 'actor') add('group', state.groupBy);
  if (state.query !== '') add('q', state.query);
  // Commas are legal in a fragment; ids never contain one, and decoding reads both forms.
  return params.toString().replace(/%2C/gi, ',');
}

/** What `decodeViewState` read: the state (null when the hash holds none for this prefix) and any problems. */
export interface DecodedViewState {
  readonly state: ViewState | null;
  readonly issues: readonly DataIssue[];
}

/**
 * Reads a view from a location hash (with or without the leading `#`), taking only the keys of
 * `prefix` and ignoring every other parameter. Keys this view does not mention take their
 * default (no filter, no selection, rows by actor, no search), so a link always shows the same
 * view; only a missing `start` or `end` leaves that edge as it is. A malformed date, a `start`
 * not before `end` or an unknown grouping becomes an issue (path `#key`) and is left out. Ids
 * are not checked here: whether they exist depends on the dataset.
 */
export function decodeViewState(hash: string, prefix = ''): DecodedViewState {
  const params = new URLSearchParams(hash.startsWith('#') ? hash.slice(1) : hash);
  const read = (key: Key): string | null => params.get(keyName(key, prefix));
  if (!VIEW_STATE_KEYS.some((key) => read(key) !== null)) return { state: null, issues: [] };
  const issues: DataIssue[] = [];
  const path = (key: Key) => `#${keyName(key, prefix)}`;

  const startText = read('start');
  const endText = read('end');
  let startMs = startText === null ? undefined : parseWindowStart(startText);
  let endMs = endText === null ? undefined : parseWindowEnd(endText);
  if (startText !== null && startMs === undefined) issues.push(createIssue(path('start'), startText, DATE_EXPECTED));
  if (endText !== null && endMs === undefined) issues.push(createIssue(path('end'), endText, DATE_EXPECTED));
  if (startMs !== undefined && endMs !== undefined && startMs >= endMs) {
    issues.push(createIssue(path('end'), endText, `a date after start ${startText}`));
    startMs = endMs = undefined;
  }

  const groupText = read('group');
  let groupBy: GroupBy = 'actor';
  if (groupText !== null) {
    if (isGroupBy(groupText)) groupBy = groupText;
    else issues.push(createIssue(path('group'), groupText, GROUP_BY_OPTIONS.join(', ')));
  }

  const state: ViewState = {
    ...(startMs !== undefined ? { startMs } : {}),
    ...(endMs !== undefined ? { endMs } : {}),
    actors: parseIdList(read('actors')),
    victims: parseIdList(read('victims')),
    // Left out when the link has none, as a state without subject filter is written (old links too).
    ...(read('subjects') !== null ? { subjects: parseIdList(read('subjects')) } : {}),
    selected: read('selected')?.trim() || null,
    groupBy,
    query: read('q') ?? '',
  };
  return { state, issues };
}

/**
 * A new location hash: `hash` with this prefix's view parameters replaced by those of `state`.
 * Every other part of the hash is kept byte for byte and in place (another timeline's keys, the
 * page's own parameters). Returns the hash with its `#`, or "" when nothing is left.
 */
export function mergeViewStateIntoHash(hash: string, state: ViewState, prefix = ''): string {
  const ours = new Set(VIEW_STATE_KEYS.map((key) => keyName(key, prefix)));
  const body = hash.startsWith('#') ? hash.slice(1) : hash;
  const kept = body === '' ? [] : body.split('&').filter((part) => part === '' || !ours.has(decodeKey(part)));
  const encoded = encodeViewState(state, prefix);
  const parts = [...kept.filter((part) => part !== ''), ...(encoded === '' ? [] : [encoded])];
  return parts.length === 0 ? '' : `#${parts.join('&')}`;
}

function decodeKey(part: string): string {
  const raw = part.split('=', 1)[0]!.replace(/\+/g, ' ');
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}

/** Which ids a dataset has, for `keepKnownIds`. */
export interface KnownIds {
  readonly actors: { has(id: string): boolean };
  readonly victims: { has(id: string): boolean };
  /** Records an event's subjects may name; without it, subject ids are not checked. */
  readonly subjects?: { has(id: string): boolean };
  readonly events: { has(id: string): boolean };
}

/**
 * The state with the ids the dataset does not have removed, and one issue (path `#actors`,
 * `#t1.selected`…) for each id removed, so a stale link is reported rather than silently
 * trimmed, and never blanks the chart with a filter nothing matches.
 */
export function keepKnownIds(state: ViewState, known: KnownIds, prefix = ''): DecodedViewState & { readonly state: ViewState } {
  const issues: DataIssue[] = [];
  const keep = (ids: readonly string[], key: 'actors' | 'victims' | 'subjects', has: KnownIds['actors'], what: string) =>
    ids.filter((id) => {
      if (has.has(id)) return true;
      issues.push(createIssue(`#${keyName(key, prefix)}`, id, `${/^[aeiou]/.test(what) ? 'an' : 'a'} ${what} id of this dataset`, `unknown ${what} id "${id}"`));
      return false;
    });
  const actors = keep(state.actors, 'actors', known.actors, 'actor');
  const victims = keep(state.victims, 'victims', known.victims, 'victim');
  const subjects = known.subjects ? keep(state.subjects ?? [], 'subjects', known.subjects, 'named organisation') : state.subjects;
  let selected = state.selected;
  if (selected !== null && !known.events.has(selected)) {
    issues.push(createIssue(`#${keyName('selected', prefix)}`, selected, 'an event id of this dataset', `unknown event id "${selected}"`));
    selected = null;
  }
  return { state: { ...state, actors, victims, ...(subjects ? { subjects } : {}), selected }, issues };
}
