import { EVENT_KINDS, type Actor, type Dataset, type EventKind, type Source, type Subject, type TimelineEvent, type Victim } from '../model/types.ts';
import { subjectOptions } from '../derive/filter.ts';
import { datasetExtent, eventSpan } from '../scales/time-scale.ts';
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
  // The events by id and the subjects facet's options are built on first use: the first frame reads
  // neither (a selection, the details panel, search, the cards and the lazy filter bar do), and at
  // 100,000 events each is tens of ms of it.
  let events: ReadonlyMap<string, TimelineEvent> | undefined;
  let options: readonly Subject[] | undefined;
  const span = eventSpan(dataset.events);
  return {
    dataset,
    actors: byId(dataset.actors),
    victims: byId(dataset.victims),
    subjects: byId([...dataset.victims, ...dataset.subjects]),
    get subjectOptions() {
      return (options ??= subjectOptions(dataset));
    },
    sources: byId(dataset.sources),
    get events() {
      return (events ??= byId(dataset.events));
    },
    extent: datasetExtent(dataset.events, span),
    span,
    kinds: kindsPresent(dataset.events),
    opening: openingWindow(dataset),
  };
}

// Loops below index plainly rather than use for…of: on a reader's first page load this code is
// not optimised yet, and an iterator step per event is several times slower there.

/** Records by id, built with a loop: no [id, record] pair allocated per record (100,000 of them). */
function byId<T extends { readonly id: string }>(records: readonly T[]): Map<string, T> {
  const map = new Map<string, T>();
  for (let i = 0; i < records.length; i++) map.set(records[i]!.id, records[i]!);
  return map;
}

/** The kinds the events use, in the canonical order; stops as soon as every kind has been seen. */
function kindsPresent(events: readonly TimelineEvent[]): EventKind[] {
  const present = new Set<EventKind>();
  for (let i = 0; i < events.length && present.size < EVENT_KINDS.length; i++) present.add(events[i]!.kind);
  return EVENT_KINDS.filter((kind) => present.has(kind));
}

/** The dataset's opening window in ms, decoded like the `start` and `end` attributes. */
function openingWindow(dataset: Dataset): TimeWindow | null {
  if (!dataset.opening) return null;
  const { view } = parseView({ start: dataset.opening.start, end: dataset.opening.end });
  return view.startMs !== undefined && view.endMs !== undefined ? { startMs: view.startMs, endMs: view.endMs } : null;
}
