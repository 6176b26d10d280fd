import type { TimelineEvent } from '../model/types.ts';

/** The events either side of one, in date order. */
export interface Neighbours {
  readonly previous: TimelineEvent | null;
  readonly next: TimelineEvent | null;
}

/**
 * The events before and after `current` in `events` (date order: by start, then id, as the
 * dataset and the filters keep them), for the detail panel's previous and next. An event the list
 * lacks (the filters hide it now) is placed by its start, so previous and next still walk on from
 * where it sits. Null current or an empty list: both null.
 */
export function neighbours(events: readonly TimelineEvent[], current: TimelineEvent | null): Neighbours {
  if (!current || events.length === 0) return { previous: null, next: null };
  let index = events.indexOf(current);
  if (index < 0) index = events.findIndex((event) => event.id === current.id);
  if (index >= 0) return { previous: events[index - 1] ?? null, next: events[index + 1] ?? null };
  const after = firstIndex(events, (event) => event.when.startMs > current.when.startMs || (event.when.startMs === current.when.startMs && event.id > current.id));
  return { previous: events[after - 1] ?? null, next: events[after] ?? null };
}

/**
 * Index of the first event (in start order) starting at or after `ms`; `events.length` when none
 * does. Binary search: O(log n).
 */
export function indexAtTime(events: readonly TimelineEvent[], ms: number): number {
  return firstIndex(events, (event) => event.when.startMs >= ms);
}

/** First index whose event passes `isAfter`, for a list where the test flips from false to true once. */
function firstIndex(events: readonly TimelineEvent[], isAfter: (event: TimelineEvent) => boolean): number {
  let low = 0;
  let high = events.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (isAfter(events[middle]!)) high = middle;
    else low = middle + 1;
  }
  return low;
}
