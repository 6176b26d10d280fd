/**
 * Traffic Light Protocol (TLP 2.0) helpers: ordering, parsing an attribute, and cutting a dataset
 * down to what a given audience may see.
 */
import { TLP_LEVELS, type Dataset, type GranularTlp, type StoryStep, type TimelineEvent, type TlpLevel, type Victim } from '../model/types.ts';

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
 * The part of `dataset` an audience cleared for `max` may see. Every record marked above `max` is
 * removed (events, sources, actors, victims, subjects), and so is every part of a kept record
 * marked above it (`granularTlp`: an actor link, a technique, a citation, the country…). Then
 * every reference to something removed goes: citations, event actors, victims and subjects,
 * attributions naming a removed actor (as actor or as attributor) or left without sources,
 * dispute sides left without sources (and disputes left with fewer than two), links to removed
 * events, and story steps' filters and selections. An event left citing no source is removed
 * too (nothing is shown without a source). Returns the same object when nothing is above `max`.
 */
export function restrictToTlp(dataset: Dataset, max: TlpLevel): Dataset {
  const limit = tlpRank(max);
  const allowed = (level: TlpLevel | undefined) => tlpRank(level) <= limit;
  const clean = (record: Marked) => allowed(record.tlp) && (record.granularTlp ?? []).every((part) => allowed(part.tlp));
  if ([dataset.events, dataset.actors, dataset.victims, dataset.subjects].every((list) => list.every(clean)) && dataset.sources.every((s) => allowed(s.tlp))) return dataset;

  const sources = dataset.sources.filter((source) => allowed(source.tlp));
  const sourceIds = new Set(sources.map((source) => source.id));
  const restrict = <R extends Marked>(record: R) => restrictParts(record, allowed, sourceIds);

  const actors = dataset.actors.filter((actor) => allowed(actor.tlp)).map((actor) => {
    const { keep, finish } = restrict(actor);
    const { techniques, software, country, ...rest } = actor;
    return finish({
      ...rest,
      sources: keep('sources', actor.sources),
      ...(techniques ? { techniques: keep('techniques', techniques) } : {}),
      ...(software ? { software: keep('software', software) } : {}),
      ...(country && keep('country', [country]).length > 0 ? { country } : {}),
    });
  });
  // Victims and subjects share one record shape.
  const restrictOrganisation = (record: Victim) => {
    const { keep, finish } = restrict(record);
    const { country, ...rest } = record;
    return finish({ ...rest, sources: keep('sources', record.sources), ...(country && keep('country', [country]).length > 0 ? { country } : {}) });
  };
  const victims = dataset.victims.filter((victim) => allowed(victim.tlp)).map(restrictOrganisation);
  const subjects = dataset.subjects.filter((subject) => allowed(subject.tlp)).map(restrictOrganisation);
  const actorIds = new Set(actors.map((actor) => actor.id));
  const victimIds = new Set(victims.map((victim) => victim.id));
  // An event's subjects may name victim records too.
  const subjectIds = new Set([...subjects, ...victims].map((record) => record.id));

  const events: TimelineEvent[] = [];
  for (const event of dataset.events) {
    if (!allowed(event.tlp)) continue;
    const { keep, finish } = restrict(event);
    const cited = keep('sources', event.sources);
    if (cited.length === 0) continue;
    const eventActors = keep('actors', event.actors).filter((id) => actorIds.has(id));
    events.push(finish({
      ...event,
      sources: cited,
      actors: eventActors,
      victims: keep('victims', event.victims).filter((id) => victimIds.has(id)),
      subjects: keep('subjects', event.subjects).filter((id) => subjectIds.has(id)),
      techniques: keep('techniques', event.techniques),
      attributions: event.attributions
        .filter((attribution) => actorIds.has(attribution.by) && actorIds.has(attribution.actor) && keep('actors', [attribution.actor]).length > 0)
        .map((attribution) => ({ ...attribution, sources: keep('sources', attribution.sources) }))
        .filter((attribution) => attribution.sources.length > 0),
      disputes: event.disputes
        .map((dispute) => ({
          ...dispute,
          positions: dispute.positions
            .map((position) => ({ ...position, sources: keep('sources', position.sources) }))
            .filter((position) => position.sources.length > 0),
        }))
        .filter((dispute) => dispute.positions.length >= 2),
    }));
  }
  const eventIds = new Set(events.map((event) => event.id));
  const { stories, ...rest } = dataset;
  return {
    ...rest,
    actors,
    victims,
    subjects,
    sources,
    events: events.map((event) => ({ ...event, reveals: event.reveals.filter((id) => eventIds.has(id)) })),
    ...(stories ? { stories: stories.map((story) => ({ ...story, steps: story.steps.map((step) => restrictStep(step, actorIds, victimIds, eventIds)) })) } : {}),
  };
}

type Marked = { readonly tlp?: TlpLevel; readonly granularTlp?: readonly GranularTlp[] };

/**
 * For one kept record: `keep(field, values)` drops the values whose part is marked above the
 * limit (and citations of removed sources); `finish(record)` leaves in `granularTlp` only the
 * parts still allowed and still present, so nothing names what was removed.
 */
function restrictParts(record: Marked, allowed: (level: TlpLevel | undefined) => boolean, sourceIds: ReadonlySet<string>) {
  const key = (field: string, value: string) => `${field}\n${value}`;
  const hidden = new Set((record.granularTlp ?? []).filter((part) => !allowed(part.tlp)).map((part) => key(part.field, part.value)));
  const kept = new Set<string>();
  const keep = (field: GranularTlp['field'], values: readonly string[]) => {
    const visible = values.filter((value) => !hidden.has(key(field, value)) && (field !== 'sources' || sourceIds.has(value)));
    for (const value of visible) kept.add(key(field, value));
    return visible;
  };
  const finish = <R extends Marked>(restricted: R): R => {
    const { granularTlp, ...rest } = restricted;
    const parts = (granularTlp ?? []).filter((part) => kept.has(key(part.field, part.value)));
    return (parts.length > 0 ? { ...rest, granularTlp: parts } : rest) as R;
  };
  return { keep, finish };
}

function restrictStep(step: StoryStep, actorIds: ReadonlySet<string>, victimIds: ReadonlySet<string>, eventIds: ReadonlySet<string>): StoryStep {
  const { actors, victims, selected, ...rest } = step;
  return {
    ...rest,
    ...(actors ? { actors: actors.filter((id) => actorIds.has(id)) } : {}),
    ...(victims ? { victims: victims.filter((id) => victimIds.has(id)) } : {}),
    ...(selected !== undefined && eventIds.has(selected) ? { selected } : {}),
  };
}

/**
 * The data issues a reader cleared for the restricted dataset may see: an issue that points into
 * a record (`/events/3…`, `/actors/0…`) is kept only when that record's id is still in
 * `visible`, so a problem report never quotes a record marked above the limit (or one that was
 * left out, whose marking is unknown). Issues about the dataset as a whole are kept.
 */
export function issuesWithinTlp<I extends { readonly path: string }>(issues: readonly I[], recordIds: ReadonlyMap<string, string>, visible: Dataset): I[] {
  const ids = {
    events: new Set(visible.events.map((e) => e.id)),
    sources: new Set(visible.sources.map((s) => s.id)),
    actors: new Set(visible.actors.map((a) => a.id)),
    victims: new Set(visible.victims.map((v) => v.id)),
    subjects: new Set(visible.subjects.map((v) => v.id)),
  };
  return issues.filter((issue) => {
    const match = /^\/(events|sources|actors|victims|subjects)\/\d+/.exec(issue.path);
    if (!match) return true;
    const id = recordIds.get(match[0]);
    return id !== undefined && ids[match[1] as keyof typeof ids].has(id);
  });
}
