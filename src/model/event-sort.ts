import type { TimelineEvent } from './types.ts';

const DAY_MS = 86_400_000;

/** Code-unit order, independent of the reader's locale, so sorting is the same everywhere. */
export function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Sorts events by start, then id (code-unit order), in place; events equal in both keep their
 * order. Datasets usually arrive in date order, so that is checked first; otherwise starts are
 * sorted as numbers in a typed array, which is several times faster than a comparator reading
 * nested objects at 100,000 events, and ids break ties afterwards, inside each run of equal
 * starts. Plain loops throughout: a call per event is slow in code V8 has not optimised yet, as
 * on a reader's first page load. An empty list is left as it is.
 */
export function sortByStartThenId(events: TimelineEvent[]): void {
  let sorted = true;
  for (let i = 1; i < events.length && sorted; i++) sorted = compareEvents(events[i - 1]!, events[i]!) <= 0;
  if (sorted) return;
  const keys = packedStarts(events);
  // Never taken for a parsed dataset (starts are whole days of years 1–9999, at most 200,000
  // events): kept so the order never depends on that.
  if (!keys) {
    events.sort(compareEvents);
    return;
  }
  keys.sort();
  const copy = new Array<TimelineEvent>(events.length);
  // Decoded by division, not `%` (a floating-point remainder is a slow call per key): a key's
  // day part is equal for equal starts, its remainder is the event's position.
  let runStart = 0;
  let runDay = -1;
  for (let i = 0; i < keys.length; i++) {
    const day = Math.floor(keys[i]! / POSITION_BITS);
    copy[i] = events[keys[i]! - day * POSITION_BITS]!;
    if (day !== runDay) {
      if (i - runStart > 1) sortRunById(copy, runStart, i);
      runStart = i;
      runDay = day;
    }
  }
  if (copy.length - runStart > 1) sortRunById(copy, runStart, copy.length);
  for (let i = 0; i < copy.length; i++) events[i] = copy[i]!;
}

/** Runs up to this long are sorted by insertion; longer ones are merged from such pieces. */
const INSERTION_MAX = 16;

/**
 * Sorts `events[from, to)` by id, stably: an insertion sort for short runs, a merge sort for
 * long ones, both comparing ids inline. A comparator called from the native sort cost a call
 * per comparison, most of sorting 100,000 events, whose runs of equal starts are short (a few
 * thousand days) or a few hundred long (the first day of a month or a year).
 */
export function sortRunById(events: TimelineEvent[], from: number, to: number): void {
  if (to - from <= INSERTION_MAX) {
    insertionSortById(events, from, to);
    return;
  }
  const middle = (from + to) >>> 1;
  sortRunById(events, from, middle);
  sortRunById(events, middle, to);
  if (!(events[middle - 1]!.id > events[middle]!.id)) return;
  const left = events.slice(from, middle);
  let l = 0;
  let r = middle;
  let out = from;
  // Ties take the left item first, so equal ids keep their order.
  while (l < left.length && r < to) events[out++] = events[r]!.id < left[l]!.id ? events[r++]! : left[l++]!;
  while (l < left.length) events[out++] = left[l++]!;
}

function insertionSortById(events: TimelineEvent[], from: number, to: number): void {
  for (let i = from + 1; i < to; i++) {
    const event = events[i]!;
    const id = event.id;
    let j = i - 1;
    while (j >= from && events[j]!.id > id) {
      events[j + 1] = events[j]!;
      j--;
    }
    events[j + 1] = event;
  }
}

function compareEvents(a: TimelineEvent, b: TimelineEvent): number {
  return a.when.startMs - b.when.startMs || compareIds(a.id, b.id);
}

/** Positions below this fit beside a day number in one exactly represented double (2^23 · 2^18 < 2^53). */
const POSITION_BITS = 2 ** 18;
/** Added to day numbers (|day| < 2^22) so keys are never negative and `%` gives the position. */
const DAY_BIAS = 2 ** 22;

/**
 * One number per event, (day + bias) × 2^18 + position, so that a typed array sorts events by
 * start (ties in input order) natively, without calling a comparator 1.7 million times for
 * 100,000 events. Undefined when a start is not on a day boundary or the list is too long to pack.
 */
function packedStarts(events: readonly TimelineEvent[]): Float64Array | undefined {
  if (events.length > POSITION_BITS) return undefined;
  const keys = new Float64Array(events.length);
  for (let i = 0; i < events.length; i++) {
    const day = events[i]!.when.startMs / DAY_MS;
    if (!Number.isInteger(day) || Math.abs(day) >= DAY_BIAS) return undefined;
    keys[i] = (day + DAY_BIAS) * POSITION_BITS + i;
  }
  return keys;
}
