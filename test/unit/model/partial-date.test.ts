import { describe, it, expect } from 'vitest';
import {
  daysInMonth,
  parsePartialDate,
  PARTIAL_DATE_PATTERN,
  utcDayStartMs,
  type PartialDate,
} from '../../../src/model/partial-date.ts';

const DAY_MS = 86_400_000;
/** 2000 Gregorian years are exactly five 400-year cycles of 146,097 days. */
const TWO_THOUSAND_YEARS_MS = 5 * 146_097 * DAY_MS;

function parsed(text: string): PartialDate {
  const result = parsePartialDate(text);
  if (!result.ok) throw new Error(`expected "${text}" to parse, got: ${result.reason}`);
  return result.date;
}

function reason(text: string): string {
  const result = parsePartialDate(text);
  if (result.ok) throw new Error(`expected "${text}" to be rejected`);
  return result.reason;
}

describe('time zone pin', () => {
  it('runs the unit tests in a non-UTC zone, so a local-time leak fails', () => {
    expect(new Date(2020, 0, 1).getTimezoneOffset()).not.toBe(0);
    expect(process.env.TZ).toBe('America/Los_Angeles');
  });
});

describe('parsePartialDate: accepted forms', () => {
  it('reads a year as the whole UTC year', () => {
    const date = parsed('2016');
    expect(date).toMatchObject({ text: '2016', precision: 'year', year: 2016 });
    expect(date.startMs).toBe(Date.UTC(2016, 0, 1));
    expect(date.endMs).toBe(Date.UTC(2017, 0, 1));
    expect(date.month).toBeUndefined();
  });

  it('reads a month as the whole UTC month', () => {
    const date = parsed('2016-04');
    expect(date).toMatchObject({ precision: 'month', year: 2016, month: 4 });
    expect(date.startMs).toBe(Date.UTC(2016, 3, 1));
    expect(date.endMs).toBe(Date.UTC(2016, 4, 1));
  });

  it('rolls December over into January of the next year', () => {
    const date = parsed('2016-12');
    expect(date.startMs).toBe(Date.UTC(2016, 11, 1));
    expect(date.endMs).toBe(Date.UTC(2017, 0, 1));
  });

  it('reads a day as one UTC day', () => {
    const date = parsed('2016-06-14');
    expect(date).toMatchObject({ precision: 'day', year: 2016, month: 6, day: 14 });
    expect(date.startMs).toBe(Date.UTC(2016, 5, 14));
    expect(date.endMs - date.startMs).toBe(DAY_MS);
  });

  it('keeps the text exactly as written', () => {
    expect(parsed('2018-summer').text).toBe('2018-summer');
    expect(parsed('2016-06-01').text).toBe('2016-06-01');
  });

  it('last day of a year ends at the next New Year', () => {
    const date = parsed('2019-12-31');
    expect(date.endMs).toBe(Date.UTC(2020, 0, 1));
  });

  it.each([
    ['early', 0, 4],
    ['mid', 4, 8],
    ['late', 8, 12],
  ] as const)('reads %s as a third of the year', (third, firstMonth, endMonth) => {
    const date = parsed(`2019-${third}`);
    expect(date).toMatchObject({ precision: 'third', third, year: 2019 });
    expect(date.startMs).toBe(Date.UTC(2019, firstMonth, 1));
    expect(date.endMs).toBe(Date.UTC(2019, endMonth, 1));
  });

  it.each([
    ['spring', 2, 5],
    ['summer', 5, 8],
    ['autumn', 8, 11],
  ] as const)('reads %s as three months', (season, firstMonth, endMonth) => {
    const date = parsed(`2018-${season}`);
    expect(date).toMatchObject({ precision: 'season', season, year: 2018 });
    expect(date.startMs).toBe(Date.UTC(2018, firstMonth, 1));
    expect(date.endMs).toBe(Date.UTC(2018, endMonth, 1));
  });

  it('reads winter as December to the next year\'s 1 March', () => {
    const date = parsed('2018-winter');
    expect(date.startMs).toBe(Date.UTC(2018, 11, 1));
    expect(date.endMs).toBe(Date.UTC(2019, 2, 1));
    expect(date.year).toBe(2018);
  });

  it('winter before a leap year ends after 29 February', () => {
    const date = parsed('2023-winter');
    expect(date.endMs).toBe(Date.UTC(2024, 2, 1));
    expect((date.endMs - date.startMs) / DAY_MS).toBe(31 + 31 + 29);
  });

  it('reads years 1 and 9999 at the ends of the range', () => {
    const first = parsed('0001');
    expect(first.year).toBe(1);
    expect(first.startMs).toBe(-62_135_596_800_000);
    const last = parsed('9999');
    expect(last.year).toBe(9999);
    expect(last.endMs).toBe(253_402_300_800_000);
    expect(parsed('9999-12-31').endMs).toBe(253_402_300_800_000);
  });

  it('reads "0075" as the year 75, not 1975', () => {
    const date = parsed('0075');
    expect(date.year).toBe(75);
    expect(new Date(date.startMs).getUTCFullYear()).toBe(75);
    expect(date.startMs).toBe(Date.UTC(2075, 0, 1) - TWO_THOUSAND_YEARS_MS);
    expect(date.endMs).toBe(Date.UTC(2076, 0, 1) - TWO_THOUSAND_YEARS_MS);
  });

  it('reads a day in the year 75 without a 19xx shift', () => {
    const date = parsed('0075-03-15');
    expect(date.startMs).toBe(Date.UTC(2075, 2, 15) - TWO_THOUSAND_YEARS_MS);
  });

  it('does not depend on the local time zone (no local midnight)', () => {
    for (const text of ['2016', '2016-03', '2016-03-13', '2016-11-06', '2018-summer', '2019-late']) {
      const date = parsed(text);
      expect(new Date(date.startMs).getUTCHours()).toBe(0);
      expect(new Date(date.endMs).getUTCHours()).toBe(0);
    }
  });
});

describe('parsePartialDate: leap years', () => {
  it('accepts 29 February in a leap year', () => {
    expect(parsed('2024-02-29').startMs).toBe(Date.UTC(2024, 1, 29));
  });

  it('accepts 29 February 2000 (divisible by 400)', () => {
    expect(parsed('2000-02-29').startMs).toBe(Date.UTC(2000, 1, 29));
  });

  it('rejects 29 February in a common year', () => {
    expect(reason('2023-02-29')).toMatch(/day 29/);
    expect(reason('2023-02-29')).toContain('28 days');
  });

  it('rejects 29 February 1900 (divisible by 100, not 400)', () => {
    expect(parsePartialDate('1900-02-29').ok).toBe(false);
  });

  it('rejects 30 February instead of rolling it into March', () => {
    expect(reason('2021-02-30')).toMatch(/day 30 does not exist in 2021-02/);
  });
});

describe('parsePartialDate: rejected input', () => {
  it('rejects month 13, naming the month', () => {
    expect(reason('2021-13-01')).toMatch(/month 13/);
  });

  it('rejects month 00, naming the month', () => {
    expect(reason('2021-00-10')).toMatch(/month 00/);
    expect(reason('2021-00')).toMatch(/month 00/);
  });

  it('rejects 31 April, naming the day', () => {
    expect(reason('2021-04-31')).toMatch(/day 31/);
    expect(reason('2021-04-31')).toContain('30 days');
  });

  it('rejects day 00', () => {
    expect(reason('2021-04-00')).toMatch(/day 00/);
  });

  it('rejects the year 0000, naming the year', () => {
    expect(reason('0000')).toMatch(/year 0000/);
  });

  it.each([
    [' 2016'],
    ['2016 '],
    ['06/14/2016'],
    ['20160614'],
    ['2016-06-14T10:00'],
    ['2016-06-14T00:00:00Z'],
    ['-0044-03-15'],
    ['+002016'],
    ['16'],
    ['2016-6'],
    ['2016-06-1'],
    [''],
    ['2016\n'],
    ['２０１６'],
    ['2016-Summer'],
    ['2016-__proto__'],
  ])('rejects %j as outside the grammar', (text) => {
    expect(reason(text)).toMatch(/^expected a date as YYYY/);
  });

  it.each([['2016-constructor'], ['2016-toString'], ['2016-hasOwnProperty'], ['2016-fall'], ['2016-q1']])(
    'rejects %j, a word that is not a part of a year (no prototype lookup)',
    (text) => {
      const result = parsePartialDate(text);
      expect(result.ok).toBe(false);
    },
  );

  it('names the unknown word in the reason', () => {
    expect(reason('2016-constructor')).toContain('"constructor" is not a known part of a year');
  });
});

describe('PARTIAL_DATE_PATTERN (published JSON Schema pattern)', () => {
  const pattern = new RegExp(PARTIAL_DATE_PATTERN);

  it('matches every form the parser accepts', () => {
    for (const text of ['2016', '2016-04', '2016-06-14', '2019-early', '2019-mid', '2019-late', '2018-spring', '2018-summer', '2018-autumn', '2018-winter']) {
      expect(parsePartialDate(text).ok).toBe(true);
      expect(pattern.test(text)).toBe(true);
    }
  });

  it('does not match forms the parser rejects by grammar', () => {
    for (const text of [' 2016', '2016-13', '2016-constructor', '20160614', '2016-06-14T10:00']) {
      expect(parsePartialDate(text).ok).toBe(false);
      expect(pattern.test(text)).toBe(false);
    }
  });
});

describe('utcDayStartMs and daysInMonth', () => {
  it('lets the month overflow into the next year', () => {
    expect(utcDayStartMs(2018, 15, 1)).toBe(Date.UTC(2019, 2, 1));
  });

  it('counts the days of each month, leap years included', () => {
    expect(daysInMonth(2024, 2)).toBe(29);
    expect(daysInMonth(2023, 2)).toBe(28);
    expect(daysInMonth(1900, 2)).toBe(28);
    expect(daysInMonth(2000, 2)).toBe(29);
    expect(daysInMonth(2021, 4)).toBe(30);
    expect(daysInMonth(2021, 12)).toBe(31);
  });
});
