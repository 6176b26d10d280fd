import type { Actor, TimelineEvent, Victim } from '../model/types.ts';

/** Per-event searchable text, built once per dataset by `createSearchIndex`. */
export interface SearchIndex {
  /** The events in time order (start, then id). */
  readonly events: readonly TimelineEvent[];
  /** `texts[i]` is the normalised searchable text of `events[i]`. */
  readonly texts: readonly string[];
  /** Event id → its position in `events`. */
  readonly positionOf: ReadonlyMap<string, number>;
}

/**
 * Folds text for matching: lower case, canonical decomposition (NFD) with the combining marks
 * removed, so "Évian" and "evian" match. Returns "" for "".
 */
export function normalizeText(text: string): string {
  // Lower-case first: some capitals decompose into a letter plus a mark only when lowered (İ → i̇).
  return text.toLowerCase().normalize('NFD').replace(/\p{M}+/gu, '');
}

/** The words of a query, normalised; blanks are dropped, so "  " gives []. */
export function queryTerms(query: string): string[] {
  return normalizeText(query).split(/\s+/u).filter((term) => term !== '');
}

type EntityLookup<T> = ReadonlyMap<string, T> | readonly T[];

function toMap<T extends { readonly id: string }>(entities: EntityLookup<T>): ReadonlyMap<string, T> {
  return entities instanceof Map ? entities : new Map((entities as readonly T[]).map((entity) => [entity.id, entity]));
}

/**
 * Builds the search index: for each event, its title, description, and the names and aliases of
 * its actors (including those it is attributed to), victims and other organisations named
 * (subjects), normalised. `actors`, `victims` and `subjects`
 * may be lists or maps by id (a `Dataset` fits as it is); unknown ids are skipped. Events are put in time order (start, then
 * id), whatever order they come in. Linear in the size of the data; call it once per dataset.
 */
export function createSearchIndex(data: {
  readonly events: readonly TimelineEvent[];
  readonly actors: EntityLookup<Actor>;
  readonly victims: EntityLookup<Victim>;
  /** Subject records; an event's subjects may also name victims. */
  readonly subjects?: EntityLookup<Victim>;
}): SearchIndex {
  const actors = toMap(data.actors);
  const victims = toMap(data.victims);
  const subjects = data.subjects ? toMap(data.subjects) : undefined;
  const actorText = new Map<string, string>();
  for (const actor of actors.values()) actorText.set(actor.id, [actor.name, ...actor.aliases].join('\n'));
  const events = [...data.events].sort((a, b) => a.when.startMs - b.when.startMs || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const texts = events.map((event) => {
    const parts = [event.title, event.description];
    const actorIds = new Set([...event.actors, ...event.attributions.map((attribution) => attribution.actor)]);
    for (const id of actorIds) parts.push(actorText.get(id) ?? '');
    for (const id of event.victims) parts.push(victims.get(id)?.name ?? '');
    for (const id of event.subjects) parts.push((subjects?.get(id) ?? victims.get(id))?.name ?? '');
    // Newlines keep one field's end and the next one's start from forming a match together.
    return normalizeText(parts.join('\n'));
  });
  return { events, texts, positionOf: new Map(events.map((event, i) => [event.id, i])) };
}

/**
 * Ids of the events matching `query`, in time order. Matching ignores case and accents; every
 * word of the query must occur somewhere in the event's searchable text (as a substring: "hop"
 * finds "Cloud Hopper"). An empty or blank query matches nothing.
 */
export function searchEvents(index: SearchIndex, query: string): string[] {
  const terms = queryTerms(query);
  if (terms.length === 0) return [];
  const ids: string[] = [];
  const { texts, events } = index;
  for (let i = 0; i < texts.length; i++) {
    const text = texts[i]!;
    let all = true;
    for (const term of terms) {
      if (!text.includes(term)) {
        all = false;
        break;
      }
    }
    if (all) ids.push(events[i]!.id);
  }
  return ids;
}

/**
 * The match to go to from `currentId` in `direction` (1 next, -1 previous), wrapping around.
 * `matchIds` must be in the index's time order. From a match, it is the neighbouring match; from
 * an event that is not a match, the first match after it (or before it, going back); from
 * nothing (or an id the index does not have), the first (or the last) match. Null when there
 * are no matches.
 */
export function stepMatch(index: SearchIndex, matchIds: readonly string[], currentId: string | null, direction: 1 | -1): string | null {
  if (matchIds.length === 0) return null;
  const current = currentId === null ? undefined : index.positionOf.get(currentId);
  if (current === undefined) return direction === 1 ? matchIds[0]! : matchIds[matchIds.length - 1]!;
  const positions = matchIds.map((id) => index.positionOf.get(id) ?? -1);
  if (direction === 1) {
    const next = positions.findIndex((position) => position > current);
    return matchIds[next === -1 ? 0 : next]!;
  }
  for (let i = positions.length - 1; i >= 0; i--) if (positions[i]! < current) return matchIds[i]!;
  return matchIds[matchIds.length - 1]!;
}
