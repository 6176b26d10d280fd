import { describe, it, expect } from 'vitest';
import { DATE_STYLE_OPTIONS, DEFAULT_LOCALE, describePrecision, formatPartialDate, formatUtc, formatWhen, toLocalLookalike, type DateStyle } from '../../../src/scales/date-format.ts';
import { parsePartialDate, type PartialDate } from '../../../src/model/partial-date.ts';
import type { When } from '../../../src/model/types.ts';
import { makeEvents, type EventSpec } from '../helpers.ts';

const whenOf = (spec: Omit<EventSpec, 'id'>): When => makeEvents([{ id: 'e', ...spec }])[0]!.when;

function date(text: string): PartialDate {
  const result = parsePartialDate(text);
  if (!result.ok) throw new Error(result.reason);
  return result.date;
}

describe('formatUtc and toLocalLookalike', () => {
  it('reads the UTC calendar day, whatever the local zone', () => {
    const local = toLocalLookalike(Date.UTC(2016, 0, 1));
    expect([local.getFullYear(), local.getMonth(), local.getDate()]).toEqual([2016, 0, 1]);
    expect(formatUtc(Date.UTC(2016, 0, 1), 'day-month-year')).toBe('1 Jan 2016');
    // 23:59 UTC on 13 March is still the 13th, though it is the 13th afternoon in Los Angeles.
    expect(formatUtc(Date.UTC(2016, 2, 13, 23, 59), 'day-month-year')).toBe('13 Mar 2016');
    expect(formatUtc(Date.UTC(2016, 0, 1, 0, 0), 'year')).toBe('2016');
  });

  it('writes every style, and years before 100 as themselves', () => {
    const ms = Date.UTC(2018, 11, 20);
    expect(formatUtc(ms, 'month')).toBe('Dec');
    expect(formatUtc(ms, 'day-month')).toBe('20 Dec');
    expect(formatUtc(ms, 'month-year')).toBe('Dec 2018');
    expect(formatUtc(ms, 'long-month-year')).toBe('December 2018');
    expect(formatUtc(new Date(0).setUTCFullYear(75, 2, 5), 'year')).toBe('75');
  });

  it('follows a locale', () => {
    expect(formatUtc(Date.UTC(2018, 11, 20), 'long-month-year', 'fr')).toBe('décembre 2018');
    expect(formatUtc(Date.UTC(2018, 11, 20), 'long-month-year', 'de')).toBe('Dezember 2018');
  });
});

describe('formatUtc in the default locale, without Intl', () => {
  const styles = Object.keys(DATE_STYLE_OPTIONS) as DateStyle[];
  const utc = (year: number, month: number, day: number, ms = 0) => new Date(0).setUTCFullYear(year, month, day) + ms;
  // Every month on its first, ninth, tenth and last day (one- and two-digit days, 28 to 31), in a
  // leap year and not; the first and last millisecond of a day; years of one to six digits; the epoch.
  const dates = [
    ...[2016, 2019].flatMap((year) => Array.from({ length: 12 }, (_, month) => [utc(year, month, 1), utc(year, month, 9), utc(year, month, 10), utc(year, month + 1, 0)]).flat()),
    utc(2016, 1, 29), utc(2018, 11, 20, 86_399_999), utc(2018, 11, 20), 0, -1, utc(1969, 11, 31),
    ...[1, 9, 75, 99, 100, 999, 1000, 1899, 1900, 2000, 9999, 10000, 99999].map((year) => utc(year, 0, 1)),
    8.64e15, utc(1, 0, 1) - 1, utc(0, 5, 15), utc(-44, 2, 15), -8.64e15,
  ];

  it('writes exactly what Intl writes in en-GB, for every style and these dates', () => {
    const intl = (style: DateStyle, ms: number) => new Intl.DateTimeFormat(DEFAULT_LOCALE, { ...DATE_STYLE_OPTIONS[style], timeZone: 'UTC' }).format(ms);
    for (const style of styles) for (const ms of dates) expect(`${style} ${ms}: ${formatUtc(ms, style)}`).toBe(`${style} ${ms}: ${intl(style, ms)}`);
    // The names themselves, so the comparison cannot pass on two wrong tables.
    expect(Array.from({ length: 12 }, (_, month) => formatUtc(Date.UTC(2019, month, 1), 'month')).join(' ')).toBe('Jan Feb Mar Apr May Jun Jul Aug Sept Oct Nov Dec');
    expect(formatUtc(Date.UTC(2019, 8, 9), 'long-month-year')).toBe('September 2019');
  });

  it('creates no Intl formatter for a year from 1 CE on (earlier years, which Intl writes as "1" for 1 BCE, are compared above); an invalid time still throws', () => {
    const original = Intl.DateTimeFormat;
    let created = 0;
    Intl.DateTimeFormat = function (this: unknown, ...args: ConstructorParameters<typeof Intl.DateTimeFormat>) {
      created++;
      return new original(...args);
    } as unknown as typeof Intl.DateTimeFormat;
    try {
      for (const style of styles) for (const ms of dates.filter((ms) => new Date(ms).getUTCFullYear() >= 1)) formatUtc(ms, style);
      expect(created).toBe(0);
    } finally {
      Intl.DateTimeFormat = original;
    }
    expect(() => formatUtc(NaN, 'day-month-year')).toThrow(RangeError);
  });
});

describe('formatPartialDate', () => {
  it.each([
    ['2018-12-20', '20 Dec 2018'],
    ['2016-01-01', '1 Jan 2016'],
    ['2016-04', 'April 2016'],
    ['2018-summer', 'summer 2018'],
    ['2018-winter', 'winter 2018–19'],
    ['1999-winter', 'winter 1999–00'],
    ['2019-early', 'early 2019'],
    ['2014', '2014'],
  ])('formats %s as %j', (text, expected) => {
    expect(formatPartialDate(date(text))).toBe(expected);
  });
});

describe('formatWhen', () => {
  it('formats a firm day', () => {
    expect(formatWhen(whenOf({ date: '2018-12-20' }))).toBe('20 Dec 2018');
  });

  it('formats an approximate day with its tolerance', () => {
    expect(formatWhen(whenOf({ date: '2019-06-25', approxDays: 1 }))).toBe('c. 25 Jun 2019 (± 1 day)');
    expect(formatWhen(whenOf({ date: '2019-06-25', approxDays: 3 }))).toBe('c. 25 Jun 2019 (± 3 days)');
  });

  it('formats a month, a season and a third, capitalised', () => {
    expect(formatWhen(whenOf({ date: '2016-04' }))).toBe('April 2016');
    expect(formatWhen(whenOf({ date: '2018-summer' }))).toBe('Summer 2018');
    expect(formatWhen(whenOf({ date: '2018-winter' }))).toBe('Winter 2018–19');
    expect(formatWhen(whenOf({ date: '2019-late' }))).toBe('Late 2019');
  });

  it('formats an open-start period', () => {
    expect(formatWhen(whenOf({ start: '2012', end: '2019-06', openStart: true }))).toBe('2012 or earlier – June 2019');
  });

  it('formats a closed period', () => {
    expect(formatWhen(whenOf({ start: '2016-04', end: '2018-summer' }))).toBe('April 2016 – summer 2018');
  });
});

describe('describePrecision', () => {
  it('describes each precision of a moment', () => {
    expect(describePrecision(whenOf({ date: '2018-12-20' }))).toBe('Known to the day.');
    expect(describePrecision(whenOf({ date: '2016-04' }))).toBe('Known to the month.');
    expect(describePrecision(whenOf({ date: '2018-winter' }))).toBe('Known to the season (Dec–Feb).');
    expect(describePrecision(whenOf({ date: '2019-mid' }))).toBe('Known to a third of the year (May–Aug).');
    expect(describePrecision(whenOf({ date: '2014' }))).toBe('Known to the year.');
  });

  it('describes an approximate day', () => {
    expect(describePrecision(whenOf({ date: '2019-06-25', approxDays: 1 }))).toBe('Approximate: within 1 day of the date shown.');
    expect(describePrecision(whenOf({ date: '2019-06-25', approxDays: 2 }))).toBe('Approximate: within 2 days of the date shown.');
  });

  it('describes a period, saying when it may have begun earlier', () => {
    expect(describePrecision(whenOf({ start: '2014', end: '2019-06', openStart: true }))).toBe(
      'A period; start known to the year, end known to the month. It may have begun earlier than the start shown.',
    );
    expect(describePrecision(whenOf({ start: '2014-summer', end: '2015-02-01' }))).toBe(
      'A period; start known to the season (Jun–Aug), end known to the day.',
    );
  });
});

describe('lagOf', async () => {
  const { lagOf } = await import('../../../src/scales/date-format.ts');
  it('gives the lag between activity and disclosure in its largest whole unit', () => {
    expect(lagOf(Date.UTC(2012, 0, 1), Date.UTC(2019, 5, 25))).toEqual({ count: 7, unit: 'year' });
    expect(lagOf(Date.UTC(2018, 11, 1), Date.UTC(2018, 11, 20))).toEqual({ count: 19, unit: 'day' });
    expect(lagOf(Date.UTC(2018, 0, 15), Date.UTC(2018, 4, 1))).toEqual({ count: 3, unit: 'month' });
  });
});
