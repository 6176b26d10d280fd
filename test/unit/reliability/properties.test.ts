/**
 * Property-based tests (fast-check) for the parser, date handling, link policy and the view-state
 * encoding in attributes: never an unexpected throw, round trips hold. 12,500 generated cases.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import fc from 'fast-check';
import { isError } from '../../../src/model/issues.ts';
import { parseDataset, parseDatasetLenient } from '../../../src/model/parse-dataset.ts';
import { daysInMonth, parsePartialDate } from '../../../src/model/partial-date.ts';
import { linkProblem } from '../../../src/model/schema.ts';
import { parseIdList, parseWindowEnd, parseWindowStart, toIsoDay } from '../../../src/derive/view-window.ts';
import { EVENT_KINDS } from '../../../src/model/types.ts';

const SEED = { seed: 20240607 };

/** Date.parse and new Date(string) must never be consulted for data. */
function forbidDateStringParsing(): void {
  const RealDate = Date;
  vi.spyOn(Date, 'parse').mockImplementation(() => { throw new Error('Date.parse called'); });
  vi.stubGlobal('Date', new Proxy(RealDate, {
    construct(target, args: unknown[]) {
      if (typeof args[0] === 'string') throw new Error(`new Date(${JSON.stringify(args[0])}) called`);
      return Reflect.construct(target, args);
    },
  }));
}

beforeEach(forbidDateStringParsing);
afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

const idArb = fc.stringMatching(/^[a-z_][a-z0-9_-]{0,11}$/).filter((id) => id.length > 0);
const textArb = fc.string({ minLength: 1, maxLength: 40, unit: 'grapheme' }).filter((text) => text.trim() !== '');
const dayArb = fc.record({ year: fc.integer({ min: 1, max: 9999 }), month: fc.integer({ min: 1, max: 12 }), day: fc.integer({ min: 1, max: 31 }) })
  .map(({ year, month, day }) => ({ year, month, day: Math.min(day, daysInMonth(year, month)) }));
const pad = (n: number, width = 2) => String(n).padStart(width, '0');
const dayText = ({ year, month, day }: { year: number; month: number; day: number }) => `${pad(year, 4)}-${pad(month)}-${pad(day)}`;

/** A valid raw dataset, built so that every reference resolves and every date is real. */
const datasetArb = fc.record({
  actorIds: fc.uniqueArray(idArb, { minLength: 1, maxLength: 5 }),
  sourceIds: fc.uniqueArray(idArb, { minLength: 1, maxLength: 3 }),
  events: fc.uniqueArray(fc.record({ id: idArb, title: textArb, day: dayArb, kind: fc.constantFrom(...EVENT_KINDS), actorPick: fc.nat(), description: textArb }), { minLength: 1, maxLength: 8, selector: (event) => event.id }),
  title: textArb,
}).map(({ actorIds, sourceIds, events, title }) => ({
  version: 1,
  title,
  actors: actorIds.map((id) => ({ id, name: `Actor ${id}`, type: 'threat-group' })),
  victims: [],
  sources: sourceIds.map((id) => ({ id, title: `Source ${id}`, publisher: 'P', kind: 'news', claims: ['c'], url: `https://example.org/${id}` })),
  events: events.map((event) => ({
    id: event.id, title: event.title, kind: event.kind, date: dayText(event.day), description: event.description,
    actors: [actorIds[event.actorPick % actorIds.length]!], victims: [], sources: [sourceIds[0]!],
  })),
}));

describe('parser properties', () => {
  it('F1: any JSON value, or any value at all, gives a result and never throws or pollutes prototypes (3,000 runs)', () => {
    fc.assert(fc.property(fc.oneof(fc.jsonValue(), fc.anything({ withObjectString: true, withNullPrototype: true }), fc.object()), (value) => {
      const result = parseDatasetLenient(value);
      expect(typeof result.ok).toBe('boolean');
      if (!result.ok) expect(result.issues.length).toBeGreaterThan(0);
      for (const issue of result.issues) {
        expect(typeof issue.path).toBe('string');
        expect(issue.received.length).toBeLessThanOrEqual(80);
      }
      expect(Object.keys(Object.prototype)).toEqual([]);
    }), { ...SEED, numRuns: 3000 });
  });

  it('F1b: any dataset-shaped object with junk fields never throws (1,000 runs)', () => {
    fc.assert(fc.property(datasetArb, fc.dictionary(fc.constantFrom('__proto__', 'constructor', 'toString', 'x', 'events', 'id'), fc.jsonValue()), (data, junk) => {
      const mutated = JSON.parse(JSON.stringify({ ...data, events: data.events.map((event) => ({ ...event, ...junk })) })) as unknown;
      expect(() => parseDatasetLenient(mutated)).not.toThrow();
      expect(Object.keys(Object.prototype)).toEqual([]);
    }), { ...SEED, numRuns: 1000 });
  });

  it('F2: a valid dataset parses with no issue and survives a JSON round trip unchanged (500 runs)', () => {
    fc.assert(fc.property(datasetArb, (data) => {
      const first = parseDataset(data);
      if (!first.ok) throw new Error(first.issues.map((issue) => issue.message).join('\n'));
      const second = parseDataset(JSON.parse(JSON.stringify(data)));
      expect(second).toEqual(first);
      expect(first.dataset.events.map((event) => event.id).sort()).toEqual(data.events.map((event) => event.id).sort());
      const starts = first.dataset.events.map((event) => event.when.startMs);
      expect([...starts].sort((a, b) => a - b)).toEqual(starts);
    }), { ...SEED, numRuns: 500 });
  });

  it('F3: one broken field of one event yields an error at that event, and no error anywhere else (1,000 runs)', () => {
    const mutation = fc.constantFrom(
      (event: Record<string, unknown>) => { delete event.title; },
      (event: Record<string, unknown>) => { event.title = 42; },
      (event: Record<string, unknown>) => { event.date = '2021-02-30'; },
      (event: Record<string, unknown>) => { event.kind = 'nonsense'; },
      (event: Record<string, unknown>) => { event.id = 'has space'; },
      (event: Record<string, unknown>) => { event.actors = 'not-a-list'; },
    );
    fc.assert(fc.property(datasetArb, fc.nat(), mutation, (data, pick, mutate) => {
      const index = pick % data.events.length;
      const copy = JSON.parse(JSON.stringify(data)) as typeof data;
      mutate(copy.events[index] as unknown as Record<string, unknown>);
      const result = parseDatasetLenient(copy);
      const errors = result.issues.filter(isError);
      expect(errors.length).toBeGreaterThanOrEqual(1);
      for (const issue of errors) expect(issue.path.startsWith(`/events/${index}/`)).toBe(true);
      if (result.ok) expect(result.dataset.events).toHaveLength(data.events.length - 1);
      else expect(data.events).toHaveLength(1);
    }), { ...SEED, numRuns: 1000 });
  });
});

describe('date properties', () => {
  it('F4: every real calendar day round-trips through its text, in UTC (3,000 runs)', () => {
    fc.assert(fc.property(dayArb, (day) => {
      const result = parsePartialDate(dayText(day));
      if (!result.ok) throw new Error(result.reason);
      const { date } = result;
      expect([date.year, date.month, date.day, date.precision]).toEqual([day.year, day.month, day.day, 'day']);
      expect(date.endMs - date.startMs).toBe(86_400_000);
      expect(toIsoDay(date.startMs)).toBe(dayText(day));
    }), { ...SEED, numRuns: 3000 });
  });

  it('F4b: any string either parses to an interval inside years 1–9999 or gives a reason; it never throws (2,000 runs)', () => {
    const near = fc.oneof(fc.string(), fc.stringMatching(/^[0-9+-]{1,7}(-[0-9]{1,3}){0,2}[T~?% ]?[a-z0-9:]*$/));
    fc.assert(fc.property(near, (text) => {
      const result = parsePartialDate(text);
      if (result.ok) {
        expect(result.date.startMs).toBeLessThan(result.date.endMs);
        expect(result.date.text).toBe(text);
        expect(text).toMatch(/^\d{4}/);
      } else {
        expect(result.reason.length).toBeGreaterThan(0);
      }
    }), { ...SEED, numRuns: 2000 });
  });

  it('F4c: impossible days (day beyond the month) are always refused, never rolled over (500 runs)', () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 9999 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 4 }), (year, month, extra) => {
      const day = daysInMonth(year, month) + extra;
      if (day > 99) return;
      expect(parsePartialDate(`${pad(year, 4)}-${pad(month)}-${pad(day)}`).ok).toBe(false);
    }), { ...SEED, numRuns: 500 });
  });
});

describe('link policy', () => {
  it('F6: any accepted link is absolute http(s) without credentials or white space (2,000 runs)', () => {
    const candidates = fc.oneof(fc.webUrl({ withFragments: true, withQueryParameters: true }), fc.string(), fc.constantFrom('javascript:', 'data:', 'blob:', 'file:', 'http://', 'https://').chain((scheme) => fc.string().map((rest) => scheme + rest)));
    fc.assert(fc.property(candidates, (value) => {
      if (linkProblem(value) !== undefined) return;
      const url = new URL(value);
      expect(['http:', 'https:']).toContain(url.protocol);
      expect(url.username + url.password).toBe('');
      expect(value).not.toMatch(/\s/);
    }), { ...SEED, numRuns: 2000 });
  });
});

describe('view-state encoding in attributes', () => {
  it('id lists round-trip through the comma-separated attribute (1,000 runs)', () => {
    fc.assert(fc.property(fc.uniqueArray(idArb, { maxLength: 10 }), (ids) => {
      expect(parseIdList(ids.join(','))).toEqual(ids);
      expect(parseIdList(` ${ids.join(' , ')} `)).toEqual(ids);
    }), { ...SEED, numRuns: 1000 });
  });

  it('the reported start/end days read back as the same window (1,000 runs)', () => {
    const msArb = fc.integer({ min: Date.UTC(1, 0, 1), max: Date.UTC(9999, 11, 31) });
    fc.assert(fc.property(msArb, (ms) => {
      const day = toIsoDay(ms);
      const start = parseWindowStart(day)!;
      expect(start).toBeLessThanOrEqual(ms);
      expect(ms - start).toBeLessThan(86_400_000);
      expect(parseWindowEnd(day)).toBe(start + 86_400_000);
      expect(toIsoDay(start)).toBe(day);
    }), { ...SEED, numRuns: 1000 });
  });
});
