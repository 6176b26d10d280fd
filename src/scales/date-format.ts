// Per-function entry points: the package index pulls in about a hundred modules wherever modules
// load one by one (the dev server, the browser tests); bundles tree-shake either way.
import { differenceInDays } from 'date-fns/differenceInDays';
import { differenceInMonths } from 'date-fns/differenceInMonths';
import { differenceInYears } from 'date-fns/differenceInYears';
import type { PartialDate, Season, YearThird } from '../model/partial-date.ts';
import type { When } from '../model/types.ts';

/**
 * Copies the UTC calendar day into a local Date at noon, for date-fns arithmetic, which works in
 * local time (noon, so no time-zone or DST shift can move it to another day).
 */
export function toLocalLookalike(ms: number): Date {
  const utc = new Date(ms);
  const local = new Date(2000, 0, 1, 12, 0, 0, 0);
  local.setFullYear(utc.getUTCFullYear(), utc.getUTCMonth(), utc.getUTCDate());
  return local;
}

/** The date shapes the interface shows. */
export type DateStyle = 'year' | 'month' | 'day-month' | 'month-year' | 'long-month-year' | 'day-month-year';

/** The Intl options of each style (in `DEFAULT_LOCALE`, `formatUtc` writes the same text from tables). */
export const DATE_STYLE_OPTIONS: Readonly<Record<DateStyle, Intl.DateTimeFormatOptions>> = {
  year: { year: 'numeric' },
  month: { month: 'short' },
  'day-month': { day: 'numeric', month: 'short' },
  'month-year': { month: 'short', year: 'numeric' },
  'long-month-year': { month: 'long', year: 'numeric' },
  'day-month-year': { day: 'numeric', month: 'short', year: 'numeric' },
};

/** The locale dates are written in; British English puts the day first ("20 Dec 2018"). */
export const DEFAULT_LOCALE = 'en-GB';

/**
 * Formats UTC ms in a style, reading the UTC calendar day. In `DEFAULT_LOCALE` the text comes from
 * two month tables: the first Intl.DateTimeFormat of a page loads ICU's data (about 25 ms of
 * main-thread CPU in a cold first frame), and the default locale needs none of it. Other locales
 * (and years before 1 CE, where Intl writes no era in en-GB) use the platform's Intl, so their
 * month names cost no bundle bytes; one formatter per style and locale is kept, since constructing
 * one (what date-fns' `intlFormat` does on every call) costs about a millisecond the first time.
 */
export function formatUtc(ms: number, style: DateStyle, locale: string = DEFAULT_LOCALE): string {
  if (locale === DEFAULT_LOCALE) {
    const text = formatBritish(ms, style);
    if (text !== null) return text;
  }
  const key = `${style}|${locale}`;
  // Texts are kept too: formatting is tens of microseconds, and a zoom frame relabels the same
  // tick dates as the frame before.
  const textKey = `${key}|${ms}`;
  let text = formatted.get(textKey);
  if (text !== undefined) return text;
  let formatter = formatters.get(key);
  if (!formatter) formatters.set(key, (formatter = new Intl.DateTimeFormat(locale, { ...DATE_STYLE_OPTIONS[style], timeZone: 'UTC' })));
  text = formatter.format(ms);
  if (formatted.size >= 5000) formatted.clear();
  formatted.set(textKey, text);
  return text;
}

const formatters = new Map<string, Intl.DateTimeFormat>();
const formatted = new Map<string, string>();

const LONG_MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** `formatUtc` in en-GB without Intl; null for a year before 1 CE or an invalid time (Intl decides those). */
function formatBritish(ms: number, style: DateStyle): string | null {
  const date = new Date(ms);
  const year = date.getUTCFullYear();
  if (!(year >= 1)) return null;
  const day = date.getUTCDate();
  const long = LONG_MONTHS[date.getUTCMonth()]!;
  // CLDR's en-GB abbreviations: the first three letters, but "Sept" (en-US has "Sep").
  const month = style === 'long-month-year' ? long : long.slice(0, long === 'September' ? 4 : 3);
  if (style === 'year') return `${year}`;
  if (style === 'month') return month;
  return style === 'day-month' ? `${day} ${month}` : style === 'day-month-year' ? `${day} ${month} ${year}` : `${month} ${year}`;
}

const SEASON_MONTHS = { spring: 'Mar–May', summer: 'Jun–Aug', autumn: 'Sep–Nov', winter: 'Dec–Feb' } as const;
const THIRD_MONTHS = { early: 'Jan–Apr', mid: 'May–Aug', late: 'Sep–Dec' } as const;

/** A partial date in words at its own precision: "20 Dec 2018", "April 2016", "summer 2018", "2014". */
export function formatPartialDate(date: PartialDate, locale: string = DEFAULT_LOCALE): string {
  switch (date.precision) {
    case 'day':
      return formatUtc(date.startMs, 'day-month-year', locale);
    case 'month':
      return formatUtc(date.startMs, 'long-month-year', locale);
    case 'season':
      return date.season === 'winter' ? `winter ${date.year}–${String((date.year + 1) % 100).padStart(2, '0')}` : `${date.season} ${date.year}`;
    case 'third':
      return `${date.third} ${date.year}`;
    case 'year':
      return String(date.year);
  }
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** The date line of an event: "20 Dec 2018", "c. 25 Jun 2019 (± 1 day)", "2012 or earlier – June 2019". */
export function formatWhen(when: When, locale: string = DEFAULT_LOCALE): string {
  if (!when.isPeriod) {
    const text = capitalise(formatPartialDate(when.start, locale));
    if (when.approxDays === 0) return text;
    return `c. ${text} (± ${when.approxDays} day${when.approxDays === 1 ? '' : 's'})`;
  }
  const start = formatPartialDate(when.start, locale);
  const end = formatPartialDate(when.end, locale);
  return `${capitalise(start)}${when.openStart ? ' or earlier' : ''} – ${end}`;
}

/** The words of the precision sentence, in one language (see `src/i18n/messages.ts`). */
export interface PrecisionWords {
  readonly day: string;
  readonly month: string;
  readonly year: string;
  readonly season: (season: Season) => string;
  readonly third: (third: YearThird) => string;
  /** "Known to the month." from "to the month". */
  readonly known: (precision: string) => string;
  readonly approx: (days: number) => string;
  readonly period: (start: string, end: string) => string;
  readonly openStart: string;
}

export const ENGLISH_PRECISION: PrecisionWords = {
  day: 'to the day',
  month: 'to the month',
  year: 'to the year',
  season: (season) => `to the season (${SEASON_MONTHS[season]})`,
  third: (third) => `to a third of the year (${THIRD_MONTHS[third]})`,
  known: (precision) => `Known ${precision}.`,
  approx: (days) => `Approximate: within ${days} day${days === 1 ? '' : 's'} of the date shown.`,
  period: (start, end) => `A period; start known ${start}, end known ${end}.`,
  openStart: 'It may have begun earlier than the start shown.',
};

function precisionWords(date: PartialDate, words: PrecisionWords): string {
  switch (date.precision) {
    case 'day':
      return words.day;
    case 'month':
      return words.month;
    case 'season':
      return words.season(date.season!);
    case 'third':
      return words.third(date.third!);
    case 'year':
      return words.year;
  }
}

/** A sentence on how precisely the date is known, for the detail panel and screen readers. */
export function describePrecision(when: When, words: PrecisionWords = ENGLISH_PRECISION): string {
  if (!when.isPeriod) {
    if (when.approxDays > 0) return words.approx(when.approxDays);
    return words.known(precisionWords(when.start, words));
  }
  const parts = [words.period(precisionWords(when.start, words), precisionWords(when.end, words))];
  if (when.openStart) parts.push(words.openStart);
  return parts.join(' ');
}

/** The time between two instants as a count of its largest whole unit, for writing in any language. */
export function lagOf(fromMs: number, toMs: number): { readonly count: number; readonly unit: 'year' | 'month' | 'day' } {
  const from = toLocalLookalike(fromMs);
  const to = toLocalLookalike(toMs);
  const years = differenceInYears(to, from);
  if (years >= 1) return { count: years, unit: 'year' };
  const months = differenceInMonths(to, from);
  if (months >= 1) return { count: months, unit: 'month' };
  return { count: differenceInDays(to, from), unit: 'day' };
}
