import { describe, expect, it } from 'vitest';
import { createTimeIndex } from '../../../src/derive/time-index.ts';
import type { TimelineEvent } from '../../../src/model/types.ts';

function event(id: string, startMs: number, endMs: number): TimelineEvent {
  return { id, when: { startMs, endMs } } as unknown as TimelineEvent;
}

/** A deterministic pseudo-random generator, so failures reproduce. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

describe('createTimeIndex', () => {
  it('returns exactly the events overlapping the window, in input order', () => {
    const events = [event('long', 0, 1000), event('a', 10, 11), event('b', 500, 600), event('c', 900, 2000)];
    const index = createTimeIndex(events);
    expect(index.query(400, 550).map((e) => e.id)).toEqual(['long', 'b']);
    expect(index.query(1000, 1500).map((e) => e.id)).toEqual(['c']);
    expect(index.query(2000, 3000)).toEqual([]);
  });

  it('treats windows as half-open: an event ending at the window start is out', () => {
    const index = createTimeIndex([event('x', 0, 100)]);
    expect(index.query(100, 200)).toEqual([]);
    expect(index.query(99, 200).map((e) => e.id)).toEqual(['x']);
  });

  it('agrees with a linear scan on random data', () => {
    const next = random(42);
    const events = Array.from({ length: 2000 }, (_, i) => {
      const start = Math.floor(next() * 1e9);
      const duration = next() < 0.5 ? 86_400_000 : Math.floor(next() ** 4 * 5e8);
      return event(`e${i}`, start, start + Math.max(1, duration));
    });
    const index = createTimeIndex(events);
    for (let q = 0; q < 200; q++) {
      const a = Math.floor(next() * 1e9);
      const b = a + Math.floor(next() * 2e8);
      const expected = events.filter((e) => e.when.startMs < b && e.when.endMs > a).map((e) => e.id);
      expect(index.query(a, b).map((e) => e.id)).toEqual(expected);
    }
  });

  it('handles no events', () => {
    expect(createTimeIndex([]).query(0, 1)).toEqual([]);
  });
});
