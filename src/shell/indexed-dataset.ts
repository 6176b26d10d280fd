import { EVENT_KINDS, type Actor, type Dataset, type EventKind, type Source, type TimelineEvent, type Victim } from '../model/types.ts';
import { datasetExtent } from '../scales/time-scale.ts';

/** A parsed dataset with the lookups and extents the shell needs, built once per dataset. */
export interface Indexed {
  readonly dataset: Dataset;
  readonly actors: ReadonlyMap<string, Actor>;
  readonly victims: ReadonlyMap<string, Victim>;
  readonly sources: ReadonlyMap<string, Source>;
  readonly events: ReadonlyMap<string, TimelineEvent>;
  /** The axis extent: the events' span plus margins. */
  readonly extent: readonly [number, number];
  /** First start and last end of the events, unpadded. */
  readonly span: readonly [number, number];
  /** Event kinds present, in the canonical order (for the legend). */
  readonly kinds: readonly EventKind[];
}

export function indexDataset(dataset: Dataset): Indexed {
  return {
    dataset,
    actors: new Map(dataset.actors.map((actor) => [actor.id, actor])),
    victims: new Map(dataset.victims.map((victim) => [victim.id, victim])),
    sources: new Map(dataset.sources.map((source) => [source.id, source])),
    events: new Map(dataset.events.map((event) => [event.id, event])),
    extent: datasetExtent(dataset.events),
    span: eventSpan(dataset.events),
    kinds: kindsPresent(dataset.events),
  };
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
