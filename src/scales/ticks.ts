import { utcDay, utcMonth, utcTicks, utcYear } from 'd3-time';
import { windowOf, type TimeScale } from './time-scale.ts';
import { DEFAULT_LOCALE, formatUtc } from './date-format.ts';

export interface Tick {
  readonly ms: number;
  readonly xPx: number;
  readonly label: string;
  /** Year boundaries are major ticks, drawn stronger. */
  readonly major: boolean;
}

/** Roughly one tick per this many pixels. */
const TICK_SPACING_PX = 90;

/**
 * Ticks for the visible scale, labelled by what changes at each: the year on 1 January, the
 * month on the 1st, else the day, in `locale` (a BCP 47 tag; default en-GB). Never finer than a
 * day. An empty or zero-width scale gives [].
 */
export function timeTicks(scale: TimeScale, widthPx: number, locale: string = DEFAULT_LOCALE): Tick[] {
  if (!(widthPx > 0)) return [];
  const count = Math.max(2, Math.floor(widthPx / TICK_SPACING_PX));
  const [startMs, endMs] = windowOf(scale);
  // The ticks scaleUtc(…).ticks(count) gives: d3-time's calendar-aware steps (years, months, days…).
  return utcTicks(new Date(startMs), new Date(endMs), count)
    .filter((date) => +utcDay.floor(date) === +date)
    .map((date) => {
      const ms = date.getTime();
      const isYear = +utcYear.floor(date) === ms;
      const isMonth = +utcMonth.floor(date) === ms;
      const label = formatUtc(ms, isYear ? 'year' : isMonth ? 'month' : 'day-month', locale);
      return { ms, xPx: scale(ms), label, major: isYear };
    });
}

/** The visible window in words, e.g. "Mar 2012 – Jan 2020", for the toolbar and announcements. */
export function describeWindow(startMs: number, endMs: number, locale: string = DEFAULT_LOCALE): string {
  const spanDays = (endMs - startMs) / 86_400_000;
  const style = spanDays > 400 ? 'month-year' : 'day-month-year';
  return `${formatUtc(startMs, style, locale)} – ${formatUtc(endMs, style, locale)}`;
}
