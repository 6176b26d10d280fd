import { describe, expect, it } from 'vitest';
import { compareIds, sortByStartThenId, sortRunById } from '../../../src/model/event-sort.ts';
import type { TimelineEvent } from '../../../src/model/types.ts';

const DAY_MS = 86_400_000;
/** Only what the sort reads, plus a tag telling apart records equal in both keys. */
const event = (id: string, startMs: number, tag = '') => ({ id, when: { startMs }, tag }) as unknown as TimelineEvent & { tag: string };
const day = (n: number) => n * DAY_MS;

/** The order the sort must give: the engine's stable sort with the obvious comparator. */
const expected = (events: readonly TimelineEvent[]) =>
  [...events].sort((a, b) => a.when.startMs - b.when.startMs || compareIds(a.id, b.id));

/** A seeded shuffle, so a failure can be replayed. */
function shuffled<T>(items: readonly T[], seed: number): T[] {
  const out = [...items];
  let state = seed;
  for (let i = out.length - 1; i > 0; i--) {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    const j = state % (i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

describe('sortByStartThenId', () => {
  it('leaves sorted input as it is', () => {
    const events = [event('b', day(1)), event('a', day(2)), event('c', day(2)), event('a', day(3))];
    const before = [...events];
    sortByStartThenId(events);
    expect(events).toEqual(before);
    events.forEach((e, i) => expect(e).toBe(before[i]));
  });

  it('sorts unsorted input by start, then id in code-unit order', () => {
    const events = [event('b', day(5)), event('Z', day(5)), event('a', day(-3)), event('é', day(5)), event('f', day(5)), event('x', day(0))];
    sortByStartThenId(events);
    expect(events.map((e) => e.id)).toEqual(['a', 'x', 'Z', 'b', 'f', 'é']);
  });

  it('keeps the input order of records equal in start and id', () => {
    const events = [event('a', day(2), 'first'), event('z', day(1)), event('a', day(2), 'second'), event('a', day(2), 'third')];
    sortByStartThenId(events);
    expect(events.map((e) => `${e.id}${(e as { tag: string }).tag}`)).toEqual(['z', 'afirst', 'asecond', 'athird']);
  });

  it('moves one out-of-order record at the end into place', () => {
    const events = Array.from({ length: 50 }, (_, i) => event(`e${String(i).padStart(2, '0')}`, day(i)));
    events.push(event('late', day(10)));
    const want = expected(events);
    sortByStartThenId(events);
    expect(events).toEqual(want);
    expect(events[11]!.id).toBe('late');
  });

  it('sorts long runs of one start (past the insertion sort) stably by id', () => {
    // 300 events on one day with 40 ids repeated, and short runs around them.
    const long = Array.from({ length: 300 }, (_, i) => event(`id-${(i * 7) % 40}`, day(100), `#${i}`));
    const short = Array.from({ length: 60 }, (_, i) => event(`s${i % 9}`, day(i % 20), `#${i}`));
    const events = shuffled([...long, ...short], 7);
    const want = expected(events);
    sortByStartThenId(events);
    expect(events).toEqual(want);
    events.forEach((e, i) => expect(e).toBe(want[i]));
  });

  it('sorts starts that are not whole days with the comparator and gives the same order', () => {
    const events = shuffled([event('b', 1.5 * DAY_MS), event('a', 1.5 * DAY_MS), event('c', -7), event('d', day(3)), event('a', 0)], 3);
    const want = expected(events);
    sortByStartThenId(events);
    expect(events).toEqual(want);
  });

  it('leaves an empty list and a single event as they are', () => {
    const empty: TimelineEvent[] = [];
    sortByStartThenId(empty);
    expect(empty).toEqual([]);
    const one = [event('a', day(1))];
    sortByStartThenId(one);
    expect(one.map((e) => e.id)).toEqual(['a']);
  });

  it('matches the reference order on shuffled inputs of many sizes', () => {
    for (const size of [2, 15, 16, 17, 33, 100, 1000]) {
      const events = Array.from({ length: size }, (_, i) => event(`ev-${i % Math.max(2, size >> 2)}`, day(i % 13), `#${i}`));
      const input = shuffled(events, size);
      const want = expected(input);
      sortByStartThenId(input);
      expect(input).toEqual(want);
    }
  });
});

describe('sortRunById', () => {
  it('sorts only the given range, stably', () => {
    const ids = ['q', 'b', 'a', 'b', 'c', 'a', 'z'];
    const events = ids.map((id, i) => event(id, 0, `#${i}`));
    sortRunById(events, 1, 6);
    expect(events.map((e) => `${e.id}${(e as { tag: string }).tag}`)).toEqual(['q#0', 'a#2', 'a#5', 'b#1', 'b#3', 'c#4', 'z#6']);
  });
});
