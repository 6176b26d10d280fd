import type { Dataset, Subject, TimelineEvent } from '../model/types.ts';

/**
 * The active filters: an event passes when it matches any selected actor AND any selected victim
 * AND any selected subject. Empty (or absent) lists do not filter.
 */
export interface Filter {
  /** Actor ids; an event matches an actor that acts in it or that one of its attributions names. */
  readonly actors: readonly string[];
  /** Victim ids. */
  readonly victims: readonly string[];
  /** Ids of organisations named as subjects (neither acting nor targeted). */
  readonly subjects?: readonly string[];
}

export const NO_FILTER: Filter = { actors: [], victims: [], subjects: [] };

const NONE: readonly string[] = [];

/** A facet of the filter. */
export type Facet = 'actors' | 'victims' | 'subjects';

/** One active choice, named: what the filter bar shows as a chip. */
export interface Choice {
  readonly facet: Facet;
  readonly id: string;
  readonly name: string;
}

/**
 * The choices of `filter`, actors first, then victims, then subjects, each named from its facet's
 * options (by its id when none has it: the id a page or link set is still shown, not dropped).
 */
export function activeChoices(filter: Filter, options: Readonly<Record<Facet, readonly { readonly id: string; readonly name: string }[]>>): Choice[] {
  const named = (facet: Facet, ids: readonly string[]) => ids.map((id) => ({ facet, id, name: options[facet].find((option) => option.id === id)?.name ?? id }));
  return [...named('actors', filter.actors), ...named('victims', filter.victims), ...named('subjects', filter.subjects ?? NONE)];
}

export function isFilterEmpty(filter: Filter): boolean {
  return filter.actors.length === 0 && filter.victims.length === 0 && (filter.subjects ?? NONE).length === 0;
}

function matchesAny(ids: readonly string[], selected: ReadonlySet<string>): boolean {
  if (selected.size === 0) return true;
  return ids.some((id) => selected.has(id));
}

/**
 * The actors an event involves: those acting in it, then those its attributions name responsible
 * (an actor such as a ministry may only ever be named by others), each once.
 */
export function involvedActors(event: TimelineEvent): readonly string[] {
  if (event.attributions.length === 0) return event.actors;
  const out = [...event.actors];
  for (const { actor } of event.attributions) if (!out.includes(actor)) out.push(actor);
  return out;
}

/** Events passing `filter`, in their input order. Returns the input array itself when nothing filters. */
export function filterEvents(events: readonly TimelineEvent[], filter: Filter): readonly TimelineEvent[] {
  if (isFilterEmpty(filter)) return events;
  const actors = new Set(filter.actors);
  const victims = new Set(filter.victims);
  const subjects = new Set(filter.subjects);
  return events.filter((event) => matchesAny(involvedActors(event), actors) && matchesAny(event.victims, victims) && matchesAny(event.subjects, subjects));
}

/** How many events each filter option would show. */
export interface FacetCounts {
  readonly actors: ReadonlyMap<string, number>;
  readonly victims: ReadonlyMap<string, number>;
  readonly subjects: ReadonlyMap<string, number>;
}

/**
 * Counts per option, faceted: each facet's counts apply the other facets' filters but not its
 * own, so each number says what ticking that option adds. Options with no events are absent
 * from the maps.
 */
export function facetCounts(events: readonly TimelineEvent[], filter: Filter): FacetCounts {
  const actorFilter = new Set(filter.actors);
  const victimFilter = new Set(filter.victims);
  const subjectFilter = new Set(filter.subjects);
  const actors = new Map<string, number>();
  const victims = new Map<string, number>();
  const subjects = new Map<string, number>();
  const add = (map: Map<string, number>, ids: readonly string[]) => {
    for (const id of ids) map.set(id, (map.get(id) ?? 0) + 1);
  };
  for (const event of events) {
    const involved = involvedActors(event);
    const actorOk = matchesAny(involved, actorFilter);
    const victimOk = matchesAny(event.victims, victimFilter);
    const subjectOk = matchesAny(event.subjects, subjectFilter);
    if (victimOk && subjectOk) add(actors, involved);
    if (actorOk && subjectOk) add(victims, event.victims);
    if (actorOk && victimOk) add(subjects, event.subjects);
  }
  return { actors, victims, subjects };
}

/**
 * The same counts, computed on first read: the filter bar reads them only once its code (the
 * controls chunk) has arrived and it draws, which is after the first frame. A new filter or
 * dataset gets a new object, so a filter bar that never drew the old one never paid for it.
 */
export function lazyFacetCounts(events: readonly TimelineEvent[], filter: Filter): FacetCounts {
  let counts: FacetCounts | undefined;
  const get = () => (counts ??= facetCounts(events, filter));
  return {
    get actors() { return get().actors; },
    get victims() { return get().victims; },
    get subjects() { return get().subjects; },
  };
}

/**
 * The records an events' `subjects` facet offers: every subject record, then every victim record
 * that some event names as a subject (one organisation keeps one record). Unsorted: the filter bar
 * sorts every facet by name when it draws, and sorting here would build a collator (ICU's
 * collation data, about 100 ms in a fresh renderer) inside the first frame.
 */
export function subjectOptions(dataset: Pick<Dataset, 'victims' | 'subjects' | 'events'>): readonly Subject[] {
  const named = new Set<string>();
  // Indexed, not for…of: at 100,000 events an iterator per event is slow before V8 optimises.
  for (let i = 0; i < dataset.events.length; i++) {
    const subjects = dataset.events[i]!.subjects;
    for (let j = 0; j < subjects.length; j++) named.add(subjects[j]!);
  }
  return [...dataset.subjects, ...dataset.victims.filter((victim) => named.has(victim.id))];
}
