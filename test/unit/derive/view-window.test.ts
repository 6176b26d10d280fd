import { describe, it, expect } from 'vitest';
import { parseIdList, parseWindowEnd, parseWindowStart, toIsoDay, windowAround, windowToReveal } from '../../../src/derive/view-window.ts';

describe('parseWindowStart / parseWindowEnd', () => {
  it('reads a year as its start and its end', () => {
    expect(parseWindowStart('2016')).toBe(Date.UTC(2016, 0, 1));
    expect(parseWindowEnd('2016')).toBe(Date.UTC(2017, 0, 1));
  });

  it('reads months, days and named parts', () => {
    expect(parseWindowStart('2016-04')).toBe(Date.UTC(2016, 3, 1));
    expect(parseWindowEnd('2016-04')).toBe(Date.UTC(2016, 4, 1));
    expect(parseWindowStart('2016-04-10')).toBe(Date.UTC(2016, 3, 10));
    expect(parseWindowEnd('2018-winter')).toBe(Date.UTC(2019, 2, 1));
  });

  it('trims attribute white space', () => {
    expect(parseWindowStart(' 2016-04 ')).toBe(Date.UTC(2016, 3, 1));
    expect(parseWindowEnd('\t2019\n')).toBe(Date.UTC(2020, 0, 1));
  });

  it.each([[null], [undefined], [''], ['soon'], ['2016-02-30'], ['06/14/2016'], ['2016-13']])(
    'returns undefined for %j',
    (text) => {
      expect(parseWindowStart(text)).toBeUndefined();
      expect(parseWindowEnd(text)).toBeUndefined();
    },
  );
});

describe('parseIdList', () => {
  it('splits, trims, drops empties and repeats, keeping first-seen order', () => {
    expect(parseIdList(' apt10 , doj,,apt10, ,pwc ')).toEqual(['apt10', 'doj', 'pwc']);
  });

  it('gives an empty list for nothing', () => {
    expect(parseIdList(null)).toEqual([]);
    expect(parseIdList(undefined)).toEqual([]);
    expect(parseIdList('')).toEqual([]);
    expect(parseIdList(' , ,')).toEqual([]);
  });

  it('keeps prototype-named ids', () => {
    expect(parseIdList('__proto__,constructor')).toEqual(['__proto__', 'constructor']);
  });
});

describe('toIsoDay', () => {
  it('formats the UTC day', () => {
    expect(toIsoDay(Date.UTC(2016, 5, 14))).toBe('2016-06-14');
  });

  it('reads the UTC day, not the local one, near midnight', () => {
    expect(toIsoDay(Date.UTC(2016, 0, 1, 0, 30))).toBe('2016-01-01');
    expect(toIsoDay(Date.UTC(2016, 11, 31, 23, 59))).toBe('2016-12-31');
  });

  it('pads small years to four digits', () => {
    const ms = new Date(0).setUTCFullYear(75, 2, 5);
    expect(toIsoDay(ms)).toBe('0075-03-05');
  });

  it('round-trips through parseWindowStart', () => {
    const ms = Date.UTC(2019, 6, 4);
    expect(parseWindowStart(toIsoDay(ms))).toBe(ms);
  });
});

describe('windowToReveal', () => {
  const DAY = 86_400_000;
  const current = { startMs: 100 * DAY, endMs: 200 * DAY };

  it('keeps the window (null) when the interval already overlaps it', () => {
    expect(windowToReveal({ startMs: 50 * DAY, endMs: 101 * DAY }, current, 7 * DAY)).toBeNull();
    expect(windowToReveal({ startMs: 199 * DAY, endMs: 199 * DAY + 1 }, current, 7 * DAY)).toBeNull();
  });

  it('centres an interval outside the window, keeping the zoom', () => {
    expect(windowToReveal({ startMs: 500 * DAY, endMs: 502 * DAY }, current, 7 * DAY)).toEqual({ startMs: 451 * DAY, endMs: 551 * DAY });
  });

  it('widens to the interval or the minimum span when either is wider than the window', () => {
    expect(windowToReveal({ startMs: 500 * DAY, endMs: 800 * DAY }, current, 7 * DAY)).toEqual({ startMs: 500 * DAY, endMs: 800 * DAY });
    expect(windowToReveal({ startMs: 500 * DAY, endMs: 500 * DAY }, { startMs: 0, endMs: DAY }, 7 * DAY)).toEqual({ startMs: 496.5 * DAY, endMs: 503.5 * DAY });
  });
});

describe('windowAround', () => {
  const DAY = 86_400_000;

  it('gives an interval half its length again as margin', () => {
    expect(windowAround({ startMs: 0, endMs: 200 * DAY })).toEqual({ startMs: -50 * DAY, endMs: 250 * DAY });
  });

  it('is at least 91 days wide, so a single day keeps some context', () => {
    expect(windowAround({ startMs: 10 * DAY, endMs: 11 * DAY })).toEqual({ startMs: 10.5 * DAY - 45.5 * DAY, endMs: 10.5 * DAY + 45.5 * DAY });
  });
});
