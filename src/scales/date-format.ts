import { format, formatDistanceStrict } from 'date-fns';
import type { PartialDate } from '../model/partial-date.ts';
import type { When } from '../model/types.ts';

/**
 * date-fns formats in local time; dataset dates are UTC. This copies the UTC calendar day into a
 * local Date at noon (noon so no time-zone or DST shift can move it to another day).
 */
export function toLocalLookalike(ms: number): Date {
  const utc = new Date(ms);
  const local = new Date(2000, 0, 1, 12, 0, 0, 0);
  local.setFullYear(utc.getUTCFullYear(), utc.getUTCMonth(), utc.getUTCDate());
  return local;
}

/** Formats UTC ms with a date-fns pattern, reading the UTC calendar day. */
export function formatUtc(ms: number, pattern: string): string {
  return format(toLocalLookalike(ms), pattern);
}

const SEASON_MONTHS = { spring: 'Mar–May', summer: 'Jun–Aug', autumn: 'Sep–Nov', winter: 'Dec–Feb' } as const;
const THIRD_MONTHS = { early: 'Jan–Apr', mid: 'May–Aug', late: 'Sep–Dec' } as const;

/** A partial date in words at its own precision: "20 Dec 2018", "April 2016", "summer 2018", "2014". */
export function formatPartialDate(date: PartialDate): string {
  switch (date.precision) {
    case 'day':
      return formatUtc(date.startMs, 'd MMM yyyy');
    case 'month':
      return formatUtc(date.startMs, 'MMMM yyyy');
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
export function formatWhen(when: When): string {
  if (!when.isPeriod) {
    const text = capitalise(formatPartialDate(when.start));
    if (when.approxDays === 0) return text;
    return `c. ${text} (± ${when.approxDays} day${when.approxDays === 1 ? '' : 's'})`;
  }
  const start = formatPartialDate(when.start);
  const end = formatPartialDate(when.end);
  return `${capitalise(start)}${when.openStart ? ' or earlier' : ''} – ${end}`;
}

function precisionWords(date: PartialDate): string {
  switch (date.precision) {
    case 'day':
      return 'to the day';
    case 'month':
      return 'to the month';
    case 'season':
      return `to the season (${SEASON_MONTHS[date.season!]})`;
    case 'third':
      return `to a third of the year (${THIRD_MONTHS[date.third!]})`;
    case 'year':
      return 'to the year';
  }
}

/** A sentence on how precisely the date is known, for the detail panel and screen readers. */
export function describePrecision(when: When): string {
  if (!when.isPeriod) {
    if (when.approxDays > 0) return `Approximate: within ${when.approxDays} day${when.approxDays === 1 ? '' : 's'} of the date shown.`;
    return `Known ${precisionWords(when.start)}.`;
  }
  const parts = [`A period; start known ${precisionWords(when.start)}, end known ${precisionWords(when.end)}.`];
  if (when.openStart) parts.push('It may have begun earlier than the start shown.');
  return parts.join(' ');
}

/** The time between two instants in words, e.g. "7 years", for the lag between activity and disclosure. */
export function formatLag(fromMs: number, toMs: number): string {
  return formatDistanceStrict(toLocalLookalike(toMs), toLocalLookalike(fromMs));
}
