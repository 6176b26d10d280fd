/**
 * Partial dates as the dataset writes them, turned into UTC intervals without ever handing a
 * string to `Date` (which rolls `2021-02-30` into March and reads `2016` in local time).
 */

/** How much of a calendar position a partial date pins down. */
export type DatePrecision = 'day' | 'month' | 'season' | 'third' | 'year';

export type Season = 'spring' | 'summer' | 'autumn' | 'winter';
export type YearThird = 'early' | 'mid' | 'late';

/** A parsed partial date: the text as written and the half-open UTC interval it covers. */
export interface PartialDate {
  /** The text exactly as written in the data, e.g. `2016-04` or `2018-summer`. */
  readonly text: string;
  readonly precision: DatePrecision;
  readonly year: number;
  /** 1–12 for month and day precision. */
  readonly month?: number;
  /** 1–31 for day precision. */
  readonly day?: number;
  readonly season?: Season;
  readonly third?: YearThird;
  /** Inclusive start of the interval, UTC milliseconds. */
  readonly startMs: number;
  /** Exclusive end of the interval, UTC milliseconds. */
  readonly endMs: number;
}

export type PartialDateResult =
  | { readonly ok: true; readonly date: PartialDate }
  | { readonly ok: false; readonly reason: string };

/** Human description of the accepted grammar, used in error messages and the JSON Schema. */
export const PARTIAL_DATE_FORMS =
  'a date as YYYY, YYYY-MM, YYYY-MM-DD, YYYY-early|mid|late or YYYY-spring|summer|autumn|winter';

/** Pattern for the JSON Schema; calendar validity (no 30 February) is checked by the parser. */
export const PARTIAL_DATE_PATTERN =
  '^[0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?|-(early|mid|late|spring|summer|autumn|winter))?$';

const MIN_YEAR = 1;
const MAX_YEAR = 9999;

/** Month ranges (1-based start, month count) for the named parts of a year. */
const SEASONS: Record<Season, readonly [number, number]> = {
  spring: [3, 3],
  summer: [6, 3],
  autumn: [9, 3],
  winter: [12, 3],
};
const THIRDS: Record<YearThird, readonly [number, number]> = {
  early: [1, 4],
  mid: [5, 4],
  late: [9, 4],
};

const GRAMMAR = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?|-([a-z]+))?$/;

/**
 * UTC milliseconds of the first instant of a calendar day. Month may overflow past 12 (the next
 * year); `setUTCFullYear` keeps years below 100 from being read as 19xx.
 */
export function utcDayStartMs(year: number, month: number, day: number): number {
  // Date.UTC reads years 0–99 as 1900–1999, so only those take the slower exact route.
  if (year >= 100) return Date.UTC(year, month - 1, day);
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  date.setUTCHours(0, 0, 0, 0);
  return date.getTime();
}

/**
 * The instants partial dates can name, UTC ms: from the start of year 1 to the end of year 9999
 * (exclusive). A window the element reports stays inside it, so its dates can always be read back.
 */
export const DATE_RANGE_MS: readonly [number, number] = [utcDayStartMs(MIN_YEAR, 1, 1), utcDayStartMs(MAX_YEAR + 1, 1, 1)];

/** Days in a month of the proleptic Gregorian calendar. */
export function daysInMonth(year: number, month: number): number {
  return new Date(utcDayStartMs(year, month + 1, 0)).getUTCDate();
}

/**
 * Parses one partial date. Never throws: returns the interval, or a reason naming what is wrong.
 * Surrounding white space is not accepted, so what is stored is exactly what is shown.
 */
export function parsePartialDate(text: string): PartialDateResult {
  const match = GRAMMAR.exec(text);
  if (!match) return { ok: false, reason: explainMismatch(text) };
  const year = Number(match[1]);
  if (year < MIN_YEAR || year > MAX_YEAR) {
    return { ok: false, reason: `year ${match[1]} is outside ${MIN_YEAR}–${MAX_YEAR}` };
  }
  // Indexed rather than destructured: array destructuring steps an iterator, slow before V8 optimises.
  const monthText = match[2];
  const dayText = match[3];
  const word = match[4];
  if (word !== undefined) return parseNamedPart(text, year, word);
  if (monthText === undefined) {
    return ok(partialDate(text, 'year', year, undefined, undefined, undefined, undefined, utcDayStartMs(year, 1, 1), utcDayStartMs(year + 1, 1, 1)));
  }
  const month = Number(monthText);
  if (month < 1 || month > 12) return { ok: false, reason: `month ${monthText} is not between 01 and 12` };
  if (dayText === undefined) {
    return ok(partialDate(text, 'month', year, month, undefined, undefined, undefined, utcDayStartMs(year, month, 1), utcDayStartMs(year, month + 1, 1)));
  }
  const day = Number(dayText);
  const lastDay = daysInMonth(year, month);
  if (day < 1 || day > lastDay) {
    return { ok: false, reason: `day ${dayText} does not exist in ${year}-${monthText} (it has ${lastDay} days)` };
  }
  return ok(partialDate(text, 'day', year, month, day, undefined, undefined, utcDayStartMs(year, month, day), utcDayStartMs(year, month, day + 1)));
}

function parseNamedPart(text: string, year: number, word: string): PartialDateResult {
  if (Object.hasOwn(SEASONS, word)) {
    const season = word as Season;
    const [firstMonth, count] = SEASONS[season];
    return ok(partialDate(text, 'season', year, undefined, undefined, season, undefined, utcDayStartMs(year, firstMonth, 1), utcDayStartMs(year, firstMonth + count, 1)));
  }
  if (Object.hasOwn(THIRDS, word)) {
    const third = word as YearThird;
    const [firstMonth, count] = THIRDS[third];
    return ok(partialDate(text, 'third', year, undefined, undefined, undefined, third, utcDayStartMs(year, firstMonth, 1), utcDayStartMs(year, firstMonth + count, 1)));
  }
  return { ok: false, reason: `"${word}" is not a known part of a year (early, mid, late, spring, summer, autumn, winter)` };
}

/** Names the likely mistake in a date outside the grammar, so an editor knows what to change. */
function explainMismatch(text: string): string {
  const forms = `expected ${PARTIAL_DATE_FORMS}`;
  if (text !== text.trim()) return `${forms} (remove the white space around the date)`;
  if (/^[+-]\d/.test(text)) return `${forms} (years before 1 or after 9999, and signed years, are not supported)`;
  if (/^\d{4}-\d{2}-\d{2}[T ]/.test(text)) return `${forms} (times of day are not supported: give the day and explain the time in dateNote)`;
  if (/^\d{4}(-\d{2}){0,2}[~?%]$/.test(text) || /X/.test(text)) {
    return `${forms} (uncertainty marks ~ ? % X are not supported: give the coarser date it is known to, e.g. "2016", and say so in dateNote)`;
  }
  if (/^\d{5,}/.test(text)) return `${forms} (the year has more than four digits)`;
  return forms;
}

/**
 * Every partial date has the same fields in the same order (absent ones undefined): code that
 * reads dates of 100,000 events then sees one object shape, which JavaScript engines read fastest.
 */
function partialDate(
  text: string, precision: DatePrecision, year: number, month: number | undefined, day: number | undefined,
  season: Season | undefined, third: YearThird | undefined, startMs: number, endMs: number,
): PartialDate {
  return { text, precision, year, month, day, season, third, startMs, endMs };
}

function ok(date: PartialDate): PartialDateResult {
  return { ok: true, date };
}
