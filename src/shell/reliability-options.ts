/**
 * Small readers for the shell's reliability attributes, and the one-sentence chart summary for
 * screen readers. Pure functions, tested in Node.
 */
import { messagesFor, type Messages } from '../i18n/messages.ts';
import { createIssue, type DataIssue } from '../model/issues.ts';
import type { TimelineEvent } from '../model/types.ts';
import { describeWindow } from '../scales/ticks.ts';
import { DEFAULT_MAX_BYTES, DEFAULT_TIMEOUT_MS } from './load-dataset.ts';

/** A setting read from an attribute: the value to use, and the issue when the text was refused (the default is then used, and said). */
export interface Setting {
  readonly value: number;
  readonly issue: DataIssue | null;
}

/** Longest `timeout`, in seconds: an hour (a browser's own timers and abort signals refuse far larger values). */
export const MAX_TIMEOUT_S = 3600;
/** Largest `max-bytes`: 1 GiB, the most a page can reasonably hold as one text. */
export const MAX_MAX_BYTES = 1024 ** 3;

/**
 * The `timeout` attribute in ms: seconds above 0 and at most an hour (`"2.5"`). Absent or blank:
 * the default (10 s). Anything else is refused with an issue naming `timeout`.
 */
export function readTimeoutMs(text: string | null | undefined): Setting {
  return readNumber(text, 'timeout', DEFAULT_TIMEOUT_MS / 1000, (n) => n > 0 && n <= MAX_TIMEOUT_S, `a number of seconds above 0, at most ${MAX_TIMEOUT_S}`, 1000);
}

/**
 * The `max-bytes` attribute: a whole number of bytes from 1 to 1 GiB. Absent or blank: the
 * default (64 MB). Anything else is refused with an issue naming `max-bytes`.
 */
export function readMaxBytes(text: string | null | undefined): Setting {
  return readNumber(text, 'max-bytes', DEFAULT_MAX_BYTES, (n) => Number.isInteger(n) && n >= 1 && n <= MAX_MAX_BYTES, `a whole number of bytes from 1 to ${MAX_MAX_BYTES}`, 1);
}

function readNumber(text: string | null | undefined, name: string, fallback: number, accept: (n: number) => boolean, expected: string, scale: number): Setting {
  if (text == null || text.trim() === '') return { value: fallback * scale, issue: null };
  const value = Number(text);
  if (accept(value)) return { value: value * scale, issue: null };
  return { value: fallback * scale, issue: createIssue(name, text, expected) };
}

/**
 * The origins listed in `src-origins` (space or comma separated), normalised to
 * `scheme://host[:port]`; entries that are not http(s) origins are dropped. Null when absent.
 */
export function parseOriginList(text: string | null | undefined): string[] | null {
  if (text === null || text === undefined || text.trim() === '') return null;
  const origins: string[] = [];
  for (const part of text.split(/[\s,]+/)) {
    if (!part) continue;
    try {
      const url = new URL(part);
      if (url.protocol === 'https:' || url.protocol === 'http:') origins.push(url.origin);
    } catch {
      // Not an absolute origin: it can never match, so it is simply not added.
    }
  }
  return origins;
}

/**
 * "58 events from March 2006 to December 2019, in rows by actor." plus how many pass the filters:
 * what a sighted reader takes in at a glance, for a screen reader.
 */
export function describeSummary(
  all: readonly TimelineEvent[],
  visible: readonly TimelineEvent[],
  groupBy: string,
  messages: Messages = messagesFor('en'),
  locale?: string,
  /** First start and last end of `all`, when the caller has it already. */
  span?: readonly [number, number],
): string {
  if (all.length === 0) return 'This timeline has no events.';
  let [startMs, endMs] = span ?? [Infinity, -Infinity];
  if (!span) {
    for (const { when } of all) {
      if (when.startMs < startMs) startMs = when.startMs;
      if (when.endMs > endMs) endMs = when.endMs;
    }
  }
  const words = describeWindow(startMs, endMs - 1, locale);
  return messages.summary(all.length, words, groupBy, visible.length === all.length ? null : visible.length);
}
