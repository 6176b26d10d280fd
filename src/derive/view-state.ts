import type { DataIssue } from '../model/issues.ts';
import { DEFAULT_VIEW, formatView, keepKnownIds as keepKnownViewIds, parseView, type KnownIds, type View, type ViewField } from './view.ts';

export type { KnownIds };

/**
 * The part of a view a link carries: window, filters, selection, grouping and search. The same
 * type as `View` (see view.ts); a link never carries a presentation step.
 */
export type ViewState = View;

/** The state with no filter, selection or search, rows by actor and no window of its own. */
export const DEFAULT_VIEW_STATE: ViewState = DEFAULT_VIEW;

/** The hash keys of a view, before any prefix, in the order they are written. */
export const VIEW_STATE_KEYS = ['start', 'end', 'actors', 'victims', 'subjects', 'selected', 'group', 'q'] as const;
type Key = (typeof VIEW_STATE_KEYS)[number];

/** The view field each hash key holds. */
const FIELD_OF_KEY: Readonly<Record<Key, ViewField>> = { start: 'start', end: 'end', actors: 'actors', victims: 'victims', subjects: 'subjects', selected: 'selected', group: 'groupBy', q: 'query' };
const KEY_OF_FIELD: Readonly<Partial<Record<ViewField, Key>>> = Object.fromEntries(VIEW_STATE_KEYS.map((key) => [FIELD_OF_KEY[key], key]));

/** `start` → `start`, or with prefix `t1`, `t1.start`. */
function keyName(key: Key, prefix: string): string {
  return prefix === '' ? key : `${prefix}.${key}`;
}

/** How issues name a field read from a hash: `#start`, `#t1.group`. */
function hashName(prefix: string): (field: ViewField) => string {
  return (field) => `#${keyName(KEY_OF_FIELD[field] ?? 'start', prefix)}`;
}

/**
 * The hash parameters of `state`, without the leading `#`: `start=2016-01-01&end=2019-06-30&
 * actors=apt10,gallium&selected=id&group=kind&q=cloud+hopper`, URL-encoded (URLSearchParams)
 * except that commas stay readable. The values are `formatView`'s: the window in whole UTC days
 * (`end` is the last day shown, inclusive), defaults left out. `prefix` (e.g. `t1`) is put before
 * every key (`t1.start`) so two timelines on one page keep apart. An empty state gives "".
 */
export function encodeViewState(state: ViewState, prefix = ''): string {
  const text = formatView(state);
  const params = new URLSearchParams();
  for (const key of VIEW_STATE_KEYS) {
    const value = text[FIELD_OF_KEY[key]];
    if (value !== undefined) params.append(keyName(key, prefix), value);
  }
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
 * default (no filter, no selection, rows by actor, no search; `subjects` is left out, as a view
 * without subject filter is written and old links are), so a link always shows the same view; only a missing `start` or `end` leaves that edge as it is. A malformed date, a `start`
 * not before `end` or an unknown grouping becomes an issue (path `#key`) and is left out. Ids
 * are not checked here: whether they exist depends on the dataset.
 */
export function decodeViewState(hash: string, prefix = ''): DecodedViewState {
  const params = new URLSearchParams(hash.startsWith('#') ? hash.slice(1) : hash);
  const read = (key: Key): string | null => params.get(keyName(key, prefix));
  if (!VIEW_STATE_KEYS.some((key) => read(key) !== null)) return { state: null, issues: [] };
  const { view, issues } = parseView(
    { start: read('start'), end: read('end'), actors: read('actors'), victims: read('victims'), subjects: read('subjects'), selected: read('selected'), groupBy: read('group'), query: read('q') },
    { name: hashName(prefix), reversedWindow: 'refuse' },
  );
  const { step: _notInLinks, ...state } = { ...DEFAULT_VIEW, ...view };
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

/**
 * The state with the ids the dataset does not have removed, and one issue (path `#actors`,
 * `#t1.selected`…) for each id removed, so a stale link is reported rather than silently
 * trimmed, and never blanks the chart with a filter nothing matches.
 */
export function keepKnownIds(state: ViewState, known: KnownIds, prefix = ''): DecodedViewState & { readonly state: ViewState } {
  const { view, issues } = keepKnownViewIds(state, known, hashName(prefix));
  return { state: view, issues };
}
