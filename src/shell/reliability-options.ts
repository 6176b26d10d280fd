import { messagesFor, type Messages } from '../i18n/messages.ts';
/**
 * Small readers for the shell's reliability attributes, and the one-sentence chart summary for
 * screen readers. Pure functions, tested in Node.
 */
import type { TimelineEvent } from '../model/types.ts';
import { describeWindow } from '../scales/ticks.ts';

/** A positive finite number from an attribute (`"2.5"`), or undefined when absent or invalid. */
export function parsePositiveNumber(text: string | null | undefined): number | undefined {
  if (text === null || text === undefined || text.trim() === '') return undefined;
  const value = Number(text);
  return Number.isFinite(value) && value > 0 ? value : undefined;
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
