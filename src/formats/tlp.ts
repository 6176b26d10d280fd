/**
 * Traffic Light Protocol (TLP 2.0) helpers: ordering, parsing an attribute, and cutting a dataset
 * down to what a given audience may see.
 */
import { TLP_LEVELS, type Dataset, type TlpLevel } from '../model/types.ts';

/** 0 for clear up to 4 for red; an unmarked record counts as clear. */
export function tlpRank(level: TlpLevel | undefined): number {
  return level === undefined ? 0 : TLP_LEVELS.indexOf(level);
}

/** Reads a TLP label as people write it ("TLP:AMBER+STRICT", "amber", "white"); undefined if unknown. */
export function parseTlp(text: string | null | undefined): TlpLevel | undefined {
  if (text == null) return undefined;
  const value = text.trim().toLowerCase().replace(/^tlp:\s*/, '');
  if (value === 'white') return 'clear';
  return (TLP_LEVELS as readonly string[]).includes(value) ? (value as TlpLevel) : undefined;
}

/**
 * The part of `dataset` an audience cleared for `max` may see. Events and sources marked above
 * `max` are removed, and so is every citation of a removed source; an event left citing no
 * source is removed too (nothing is shown without a source). Attributions and dispute positions
 * that lose all their sources go, as do disputes left with fewer than two positions and links
 * to removed events. Actors, victims and subjects stay (they are filter options, not claims). Returns the
 * same object when nothing is above `max`.
 */
export function restrictToTlp(dataset: Dataset, max: TlpLevel): Dataset {
  const limit = tlpRank(max);
  const allowed = (level: TlpLevel | undefined) => tlpRank(level) <= limit;
  if (dataset.events.every((e) => allowed(e.tlp)) && dataset.sources.every((s) => allowed(s.tlp))) return dataset;

  const sources = dataset.sources.filter((source) => allowed(source.tlp));
  const sourceIds = new Set(sources.map((source) => source.id));
  const keepSources = (ids: readonly string[]) => ids.filter((id) => sourceIds.has(id));

  const events = dataset.events
    .filter((event) => allowed(event.tlp) && keepSources(event.sources).length > 0)
    .map((event) => ({
      ...event,
      sources: keepSources(event.sources),
      attributions: event.attributions
        .map((attribution) => ({ ...attribution, sources: keepSources(attribution.sources) }))
        .filter((attribution) => attribution.sources.length > 0),
      disputes: event.disputes
        .map((dispute) => ({
          ...dispute,
          positions: dispute.positions
            .map((position) => ({ ...position, sources: keepSources(position.sources) }))
            .filter((position) => position.sources.length > 0),
        }))
        .filter((dispute) => dispute.positions.length >= 2),
    }));
  const eventIds = new Set(events.map((event) => event.id));
  return {
    ...dataset,
    actors: dataset.actors.map((actor) => ({ ...actor, sources: keepSources(actor.sources) })),
    victims: dataset.victims.map((victim) => ({ ...victim, sources: keepSources(victim.sources) })),
    subjects: dataset.subjects.map((subject) => ({ ...subject, sources: keepSources(subject.sources) })),
    sources,
    events: events.map((event) => ({ ...event, reveals: event.reveals.filter((id) => eventIds.has(id)) })),
  };
}

/**
 * The data issues a reader cleared for the restricted dataset may see: an issue that points into
 * an event or source record (`/events/3…`) is kept only when that record's id is still in
 * `visible`, so a problem report never quotes a record marked above the limit (or one that was
 * left out, whose marking is unknown). Issues about the dataset as a whole are kept.
 */
export function issuesWithinTlp<I extends { readonly path: string }>(issues: readonly I[], recordIds: ReadonlyMap<string, string>, visible: Dataset): I[] {
  const ids = { events: new Set(visible.events.map((e) => e.id)), sources: new Set(visible.sources.map((s) => s.id)) };
  return issues.filter((issue) => {
    const match = /^\/(events|sources)\/\d+/.exec(issue.path);
    if (!match) return true;
    const id = recordIds.get(match[0]);
    return id !== undefined && ids[match[1] as 'events' | 'sources'].has(id);
  });
}
