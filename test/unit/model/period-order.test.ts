import { describe, expect, it } from 'vitest';
import { parseDataset } from '../../../src/model/parse-dataset.ts';

const withPeriod = (start: string, end: string) => ({
  version: 1,
  title: 't',
  actors: [],
  victims: [],
  sources: [{ id: 's', title: 'S', publisher: 'P', kind: 'news', claims: ['c'], url: 'https://example.org/' }],
  events: [{ id: 'e', title: 'E', kind: 'activity', description: 'd', actors: [], victims: [], sources: ['s'], start, end }],
});

describe('period order', () => {
  it('accepts an end at a coarser precision that contains the start ("2016-06" to "2016")', () => {
    const result = parseDataset(withPeriod('2016-06', '2016'));
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.dataset.events[0]!.when.startMs).toBe(Date.UTC(2016, 5, 1));
      expect(result.dataset.events[0]!.when.endMs).toBe(Date.UTC(2017, 0, 1));
    }
  });

  it('rejects an end whose whole interval is before the start, naming both', () => {
    const result = parseDataset(withPeriod('2020-05', '2020-03'));
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.issues[0]!.path).toBe('/events/0/end');
      expect(result.issues[0]!.message).toContain('"2020-03" is before start "2020-05"');
    }
  });
});

describe('event order', () => {
  it('sorts shuffled events by start, then id, across 1970 and with ± days and periods', () => {
    const specs = [
      { id: 'b-2019', date: '2019-06-25' },
      { id: 'year-50', date: '0050' },
      { id: 'a-2019', date: '2019-06-25' },
      { id: 'eve', date: '1969-12-31' },
      { id: 'epoch', date: '1970-01-01' },
      { id: 'approx', date: '2019-06-27', approxDays: 2 },
      { id: 'period', start: '2019-06', end: '2019-07' },
      { id: 'season', date: '1969-winter' },
    ];
    const events = specs.map(({ id, ...when }) => ({ id, title: id, kind: 'activity', description: 'd', actors: [], victims: [], sources: ['s'], ...when }));
    const result = parseDataset({ ...withPeriod('2019', '2019'), events });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.dataset.events.map((event) => event.id)).toEqual(['year-50', 'season', 'eve', 'epoch', 'period', 'a-2019', 'approx', 'b-2019']);
  });
});
