import type { PartialDate } from '../model/partial-date.ts';
import type { TimelineEvent, When } from '../model/types.ts';
import { DEFAULT_LOCALE, formatPartialDate, formatUtc, lagOf } from './date-format.ts';
import { ENGLISH_CARD_DATE, type CardDateWords } from './card-date-words.ts';

/** A partial date as short as its precision allows: "3 Apr 2017", "Apr 2017", "spring 2017", "late 2017", "2017". */
function shortDate(date: PartialDate, locale: string): string {
  if (date.precision === 'day') return formatUtc(date.startMs, 'day-month-year', locale);
  if (date.precision === 'month') return formatUtc(date.startMs, 'month-year', locale);
  return formatPartialDate(date, locale);
}

/**
 * The date line of an event card, at the precision the data has and no finer: "2017",
 * "spring 2017", "Apr 2017", "3 Apr 2017 ± 2 days", and for periods "2014 – late 2017" or
 * "since at least 2014 – late 2017". Never invents a day the data does not give.
 */
export function formatCardDate(when: When, locale: string = DEFAULT_LOCALE, words: CardDateWords = ENGLISH_CARD_DATE): string {
  const start = shortDate(when.start, locale);
  if (!when.isPeriod) return when.approxDays > 0 ? `${start} ${words.approx(when.approxDays)}` : start;
  return `${when.openStart ? words.sinceAtLeast(start) : start} – ${shortDate(when.end, locale)}`;
}

/**
 * How long an event stayed unknown: from its start to the start of the report that made it
 * public (the earliest of `revealers`), as a count of its largest whole unit. Null when no report
 * revealed it, or the report does not come after it.
 */
export function disclosureLag(event: TimelineEvent, revealers: readonly TimelineEvent[]): { readonly count: number; readonly unit: 'year' | 'month' | 'day'; readonly by: TimelineEvent } | null {
  let first: TimelineEvent | null = null;
  for (const report of revealers) if (!first || report.when.startMs < first.when.startMs) first = report;
  if (!first || first.when.startMs <= event.when.startMs) return null;
  return { ...lagOf(event.when.startMs, first.when.startMs), by: first };
}
