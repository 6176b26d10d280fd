import { EVENT_KINDS, type Actor, type Dataset, type EventKind, type Source, type Subject, type TimelineEvent, type Victim } from '../model/types.ts';
import { subjectOptions } from '../derive/filter.ts';
import { datasetExtent } from '../scales/time-scale.ts';
import { parseView } from '../derive/view.ts';
import type { TimeWindow } from '../derive/view-window.ts';

/** A parsed dataset with the lookups and extents the shell needs, built once per dataset. */
export interface Indexed {
  readonly dataset: Dataset;
  readonly actors: ReadonlyMap<string, Actor>;
  readonly victims: ReadonlyMap<string, Victim>;
  /** Every record an event's `subjects` may name: subject records and victim records. */
  readonly subjects: ReadonlyMap<string, Subject>;
  /** The subjects facet's options: records some event names as a subject. */
  readonly subjectOptions: readonly Subject[];
  readonly sources: ReadonlyMap<string, Source>;
  readonly events: ReadonlyMap<string, TimelineEvent>;
  /** The axis extent: the events' span plus margins. */
  readonly extent: readonly [number, number];
  /** First start and last end of the events, unpadded. */
  readonly span: readonly [number, number];
  /** Event kinds present, in the canonical order (for the legend). */
  readonly kinds: readonly EventKind[];
  /** The window the chart opens on (the dataset's `opening`), in UTC ms; null: the whole extent. */
  readonly opening: TimeWindow | null;
}

export function indexDataset(dataset: Dataset): Indexed {
  return {
    dataset,
    actors: byId(dataset.actors),
    victims: byId(dataset.victims),
    subjects: byId([...dataset.victims, ...dataset.subjects]),
    subjectOptions: subjectOptions(dataset),
    sources: byId(dataset.sources),
    events: byId(dataset.events),
    extent: datasetExtent(dataset.events),
    span: eventSpan(dataset.events),
    kinds: kindsPresent(dataset.events),
    opening: openingWindow(dataset),
  };
}

/** Records by id, built with a loop: no [id, record] pair allocated per record (100,000 of them). */
function byId<T extends { readonly id: string }>(records: readonly T[]): Map<string, T> {
  const map = new Map<string, T>();
  for (const record of records) map.set(record.id, record);
  return map;
}

/** The kinds the events use, in the canonical order; one pass over the events. */
function kindsPresent(events: readonly TimelineEvent[]): EventKind[] {
  const present = new Set<EventKind>();
  for (const { kind } of events) present.add(kind);
  return EVENT_KINDS.filter((kind) => present.has(kind));
}

/** First start and last end of a list of events, UTC ms; [0, 0] for none. */
function eventSpan(events: readonly TimelineEvent[]): [number, number] {
  if (events.length === 0) return [0, 0];
  let start = Infinity;
  let end = -Infinity;
  for (const { when } of events) {
    if (when.startMs < start) start = when.startMs;
    if (when.endMs > end) end = when.endMs;
  }
  return [start, end];
}

/** The dataset's opening window in ms, decoded like the `start` and `end` attributes. */
function openingWindow(dataset: Dataset): TimeWindow | null {
  if (!dataset.opening) return null;
  const { view } = parseView({ start: dataset.opening.start, end: dataset.opening.end });
  return view.startMs !== undefined && view.endMs !== undefined ? { startMs: view.startMs, endMs: view.endMs } : null;
}
