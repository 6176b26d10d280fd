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
