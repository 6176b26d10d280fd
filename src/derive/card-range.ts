import type { TimelineEvent } from '../model/types.ts';

/**
 * Reports by the events they made public: for each event id, the events whose `reveals` name it,
 * in the order given (date order for a dataset's events). Built once per dataset.
 */
export function revealersOf(events: Iterable<TimelineEvent>): ReadonlyMap<string, readonly TimelineEvent[]> {
  const byRevealed = new Map<string, TimelineEvent[]>();
  for (const report of events) {
    for (const id of report.reveals) {
      const list = byRevealed.get(id);
      if (list) list.push(report);
      else byRevealed.set(id, [report]);
    }
  }
  return byRevealed;
}

/** A slice of a list, `[from, to)`. */
export interface Range {
  readonly from: number;
  readonly to: number;
}

/**
 * Which cards to render so that `target` is among them: the range as it is when it already holds
 * the target, else a page of `page` cards starting a few before it (so a reader landing there
 * still sees what came just before). Always within [0, total]; an empty list gives [0, 0).
 */
export function cardRange(total: number, target: number, current: Range, page: number): Range {
  if (total <= 0) return { from: 0, to: 0 };
  const at = Math.max(0, Math.min(total - 1, target));
  if (at >= current.from && at < current.to && current.to <= total) return current;
  const from = Math.max(0, Math.min(at - Math.floor(page / 10), total - page));
  return { from, to: Math.min(total, from + page) };
}

/**
 * The stretch of time a run of cards covers, for the overview strip: from the start of the first
 * to the start of the last (cards are in start order, so their position maps to starts). A single
 * card, or cards starting together, cover one day from their start.
 */
export function cardsWindow(events: readonly TimelineEvent[], first: number, last: number): { readonly startMs: number; readonly endMs: number } | null {
  const a = events[first];
  const b = events[last];
  if (!a || !b) return null;
  const startMs = a.when.startMs;
  return { startMs, endMs: Math.max(b.when.startMs, startMs + 86_400_000) };
}
