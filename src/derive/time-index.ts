import type { TimelineEvent } from '../model/types.ts';

/**
 * Finds the events overlapping a time window without scanning them all. Events are bucketed by
 * the power of two of their duration; inside a bucket every event lasts less than the bucket's
 * bound, so a binary search on start times finds the candidates, and only a few false positives
 * (at most as many as fit in one duration) are checked and dropped. Built once per filter change.
 */
export interface TimeIndex {
  /** Events with `startMs < endMs` of the window and `endMs > startMs` of the window, in input order. */
  query(startMs: number, endMs: number): TimelineEvent[];
  readonly size: number;
}

interface Bucket {
  /** Upper bound of every duration in this bucket, ms. */
  readonly maxDurationMs: number;
  readonly starts: Float64Array;
  /** Positions into the input array, sorted by start. */
  readonly order: Int32Array;
}

/** Builds the index; `events` is kept by reference and must not be mutated. Empty input is fine. */
export function createTimeIndex(events: readonly TimelineEvent[]): TimeIndex {
  const byBucket = new Map<number, number[]>();
  events.forEach((event, position) => {
    const duration = Math.max(1, event.when.endMs - event.when.startMs);
    const exponent = Math.ceil(Math.log2(duration));
    let list = byBucket.get(exponent);
    if (!list) byBucket.set(exponent, (list = []));
    list.push(position);
  });
  const buckets: Bucket[] = [...byBucket.entries()].map(([exponent, positions]) => {
    positions.sort((a, b) => events[a]!.when.startMs - events[b]!.when.startMs);
    return {
      maxDurationMs: 2 ** exponent,
      starts: Float64Array.from(positions, (position) => events[position]!.when.startMs),
      order: Int32Array.from(positions),
    };
  });
  return {
    size: events.length,
    query(startMs, endMs) {
      const hits: number[] = [];
      for (const bucket of buckets) {
        const from = lowerBound(bucket.starts, startMs - bucket.maxDurationMs);
        const to = lowerBound(bucket.starts, endMs);
        for (let i = from; i < to; i++) {
          const position = bucket.order[i]!;
          if (events[position]!.when.endMs > startMs) hits.push(position);
        }
      }
      // Input order (start order for a parsed dataset) keeps rendering and labels stable.
      hits.sort((a, b) => a - b);
      return hits.map((position) => events[position]!);
    },
  };
}

/** First index whose value is >= target (values sorted ascending). */
function lowerBound(values: Float64Array, target: number): number {
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (values[mid]! < target) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
