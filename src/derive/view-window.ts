import { parsePartialDate } from '../model/partial-date.ts';

/** A visible window, in UTC ms. */
export interface TimeWindow {
  readonly startMs: number;
  readonly endMs: number;
  /** Fly there (unless the reader prefers reduced motion) instead of jumping. */
  readonly animate?: boolean;
}

/**
 * Reads the `start` attribute: any partial date, taken at the beginning of its interval.
 * Returns undefined for an absent or malformed value (the caller reports it).
 */
export function parseWindowStart(text: string | null | undefined): number | undefined {
  if (!text) return undefined;
  const result = parsePartialDate(text.trim());
  return result.ok ? result.date.startMs : undefined;
}

/** Reads the `end` attribute: a partial date taken at the end of its interval ("2019" = end of 2019). */
export function parseWindowEnd(text: string | null | undefined): number | undefined {
  if (!text) return undefined;
  const result = parsePartialDate(text.trim());
  return result.ok ? result.date.endMs : undefined;
}

/** Splits a comma-separated id list, trimming blanks and dropping empties and repeats. */
export function parseIdList(text: string | null | undefined): string[] {
  if (!text) return [];
  return [...new Set(text.split(',').map((part) => part.trim()).filter((part) => part !== ''))];
}

/** UTC ms → `YYYY-MM-DD`, the form `start`/`end` report back. */
export function toIsoDay(ms: number): string {
  const date = new Date(ms);
  const year = date.getUTCFullYear();
  const pad = (n: number, width = 2) => String(n).padStart(width, '0');
  return `${pad(year, 4)}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
}

/**
 * The window that brings an interval into view: null when it already overlaps `current`; else
 * one centred on it, as wide as `current` (or as the interval, or `minSpanMs`, if wider).
 */
export function windowToReveal(when: { readonly startMs: number; readonly endMs: number }, current: TimeWindow, minSpanMs: number): TimeWindow | null {
  const { startMs, endMs } = when;
  if (endMs > current.startMs && startMs < current.endMs) return null;
  const span = Math.max(current.endMs - current.startMs, endMs - startMs, minSpanMs);
  const centre = (startMs + endMs) / 2;
  return { startMs: centre - span / 2, endMs: centre + span / 2 };
}

/** Shortest window `windowAround` gives: about a quarter year, so a single day keeps some context. */
const AROUND_MIN_SPAN_MS = 91 * 86_400_000;

/**
 * A window close enough around an interval to tell it from its neighbours: its own span with a
 * margin (1.5 × its length), and at least about three months.
 */
export function windowAround(when: { readonly startMs: number; readonly endMs: number }): TimeWindow {
  const { startMs, endMs } = when;
  const span = Math.max((endMs - startMs) * 1.5, AROUND_MIN_SPAN_MS);
  const centre = (startMs + endMs) / 2;
  return { startMs: centre - span / 2, endMs: centre + span / 2 };
}
