import type { TimelineEvent } from '../model/types.ts';

/** The active filters: an event passes when it matches any selected actor AND any selected victim. */
export interface Filter {
  /** Actor ids; empty means no actor filter. */
  readonly actors: readonly string[];
  /** Victim ids; empty means no victim filter. */
  readonly victims: readonly string[];
}

export const NO_FILTER: Filter = { actors: [], victims: [] };

export function isFilterEmpty(filter: Filter): boolean {
  return filter.actors.length === 0 && filter.victims.length === 0;
}

function matchesAny(ids: readonly string[], selected: ReadonlySet<string>): boolean {
  if (selected.size === 0) return true;
  return ids.some((id) => selected.has(id));
}

/** Events passing `filter`, in their input order. Returns the input array itself when nothing filters. */
export function filterEvents(events: readonly TimelineEvent[], filter: Filter): readonly TimelineEvent[] {
  if (isFilterEmpty(filter)) return events;
  const actors = new Set(filter.actors);
  const victims = new Set(filter.victims);
  return events.filter((event) => matchesAny(event.actors, actors) && matchesAny(event.victims, victims));
}

/** How many events each filter option would show. */
export interface FacetCounts {
  readonly actors: ReadonlyMap<string, number>;
  readonly victims: ReadonlyMap<string, number>;
}

/**
 * Counts per option, faceted: an actor's count applies the victim filter but not the actor
 * filter (and the other way round), so each number says what ticking that option adds.
 * Options with no events are absent from the maps.
 */
export function facetCounts(events: readonly TimelineEvent[], filter: Filter): FacetCounts {
  const actorFilter = new Set(filter.actors);
  const victimFilter = new Set(filter.victims);
  const actors = new Map<string, number>();
  const victims = new Map<string, number>();
  for (const event of events) {
    if (matchesAny(event.victims, victimFilter)) {
      for (const id of event.actors) actors.set(id, (actors.get(id) ?? 0) + 1);
    }
    if (matchesAny(event.actors, actorFilter)) {
      for (const id of event.victims) victims.set(id, (victims.get(id) ?? 0) + 1);
    }
  }
  return { actors, victims };
}
