/**
 * Dataset → STIX 2.1 bundle. Ids are name-based UUIDs (the same dataset always gives the same
 * bundle) and every timestamp comes from the data, never from the clock. Records map to the
 * nearest STIX objects (activity → campaign, intrusions and detections → incident, publications
 * and statements → report, threat groups → intrusion-set, other actors and victims → identity,
 * countries → location) and relationships (attributed-to, targets, uses, located-at, related-to);
 * what STIX has no field for (partial dates, kinds, claims, disputes) travels in custom
 * `x_attack_timeline*` properties so `fromStixBundle` restores the dataset exactly.
 */
import type { Actor, Dataset, Source, TimelineEvent, TlpLevel, Victim } from '../model/types.ts';
import { attackUrl } from './attack-links.ts';
import { toDatasetJson, toEventJson, type SourceJson } from './dataset-json.ts';
import { tlpMarkingDefinition, TLP2_MARKING_IDS } from './stix-markings.ts';
import { tlpRank } from './tlp.ts';
import { uuidV5 } from './uuid.ts';

export type StixObject = Record<string, unknown> & { readonly type: string; readonly id: string };

export interface StixBundle {
  readonly type: 'bundle';
  readonly id: string;
  readonly objects: readonly StixObject[];
}

export interface StixExportOptions {
  /** Keeps ids of different datasets apart; defaults to the dataset title. */
  readonly scope?: string;
  /**
   * `created`/`modified` of every object, an ISO timestamp. Defaults to the start of the latest
   * date in the dataset, so exporting twice gives byte-identical output.
   */
  readonly timestamp?: string;
}

/** Marks our custom properties so an import knows the bundle came from attack-timeline. */
export const X_ROLE = 'x_attack_timeline_role';
export const X_RECORD = 'x_attack_timeline';
export const X_SOURCES = 'x_attack_timeline_sources';

const CAMPAIGN_KINDS = new Set(['activity']);
const INCIDENT_KINDS = new Set(['intrusion', 'detection']);

/** STIX timestamp (millisecond precision, UTC) of a UTC ms value. */
export function toStixTimestamp(ms: number): string {
  return new Date(ms).toISOString();
}


/** The STIX type an event becomes. */
export function stixTypeOfEvent(event: Pick<TimelineEvent, 'kind'>): 'campaign' | 'incident' | 'report' {
  return CAMPAIGN_KINDS.has(event.kind) ? 'campaign' : INCIDENT_KINDS.has(event.kind) ? 'incident' : 'report';
}

/**
 * A STIX 2.1 bundle holding every event, actor, victim and source of `dataset`, with TLP 2.0
 * marking definitions for the levels used. Pure and deterministic.
 */
export function toStixBundle(dataset: Dataset, options: StixExportOptions = {}): StixBundle {
  const scope = options.scope ?? dataset.title;
  const stixId = (type: string, key: string) => `${type}--${uuidV5(`${scope}\n${type}\n${key}`)}`;
  const created = options.timestamp ?? toStixTimestamp(latestMs(dataset));
  const common = { spec_version: '2.1', created, modified: created };

  const sourcesById = new Map(dataset.sources.map((source) => [source.id, source]));
  const sourceJson = new Map(toDatasetJson(dataset).sources.map((source) => [source.id, source]));
  const actorsById = new Map(dataset.actors.map((actor) => [actor.id, actor]));
  const usedLevels = new Set<TlpLevel>();
  const objects: StixObject[] = [];
  const relationships: StixObject[] = [];

  const producerId = stixId('identity', 'dataset');
  const actorRef = (actor: Actor) => stixId(actor.type === 'threat-group' ? 'intrusion-set' : 'identity', `actor:${actor.id}`);
  const victimRef = (id: string) => stixId('identity', `victim:${id}`);
  const eventRef = (event: TimelineEvent) => stixId(stixTypeOfEvent(event), `event:${event.id}`);
  const locationRef = (country: string) => stixId('location', `country:${country}`);
  const countries = new Set<string>();

  const relate = (source: string, type: string, target: string, extra: Record<string, unknown> = {}) => {
    relationships.push({
      type: 'relationship', ...common,
      id: stixId('relationship', `${source}|${type}|${target}`),
      relationship_type: type, source_ref: source, target_ref: target, ...extra,
    });
  };

  /** External references and source records for `ids`, with granular markings above `level`. */
  const citations = (ids: readonly string[], level: TlpLevel | undefined, leading: readonly Record<string, unknown>[] = []) => {
    const references: Record<string, unknown>[] = [...leading];
    const records: SourceJson[] = [];
    const granular: { marking_ref: string; selectors: string[] }[] = [];
    for (const id of ids) {
      const source = sourcesById.get(id);
      if (!source) continue;
      if (tlpRank(source.tlp) > tlpRank(level) && source.tlp) {
        usedLevels.add(source.tlp);
        granular.push({ marking_ref: TLP2_MARKING_IDS[source.tlp], selectors: [`external_references.[${references.length}]`, `${X_SOURCES}.[${records.length}]`] });
      }
      references.push(toExternalReference(source));
      records.push(sourceJson.get(id)!);
    }
    return {
      ...(references.length > 0 ? { external_references: references } : {}),
      ...(records.length > 0 ? { [X_SOURCES]: records } : {}),
      ...(granular.length > 0 ? { granular_markings: granular } : {}),
    };
  };
  const marking = (level: TlpLevel | undefined) => {
    if (!level) return {};
    usedLevels.add(level);
    return { object_marking_refs: [TLP2_MARKING_IDS[level]] };
  };

  const cited = new Set(dataset.events.flatMap(citedByEvent).concat(dataset.actors.flatMap((a) => a.sources), dataset.victims.flatMap((v) => v.sources)));
  const uncited = dataset.sources.filter((source) => !cited.has(source.id)).map((source) => source.id);
  const { actors: _a, victims: _v, sources: _s, events: _e, ...datasetHeader } = toDatasetJson(dataset);
  objects.push({
    type: 'identity', ...common, id: producerId,
    name: dataset.title,
    ...(dataset.description !== undefined ? { description: dataset.description } : {}),
    identity_class: 'system',
    [X_ROLE]: 'dataset',
    [X_RECORD]: datasetHeader,
    ...citations(uncited, undefined),
  });

  for (const actor of dataset.actors) {
    const id = actorRef(actor);
    const attack = actor.attackId ? [{ source_name: 'mitre-attack', external_id: actor.attackId, url: attackUrl(actor.attackId)! }] : [];
    const { aliases, sources, ...record } = toDatasetJson({ ...dataset, actors: [actor] }).actors[0]!;
    objects.push({
      type: actor.type === 'threat-group' ? 'intrusion-set' : 'identity', ...common, id,
      name: actor.name,
      ...(actor.description !== undefined ? { description: actor.description } : {}),
      ...(actor.type === 'threat-group'
        ? (actor.aliases.length > 0 ? { aliases: actor.aliases } : {})
        : { identity_class: actor.type === 'person' ? 'individual' : 'organization' }),
      created_by_ref: producerId,
      [X_ROLE]: 'actor',
      [X_RECORD]: { ...record, ...(aliases ? { aliases } : {}), ...(sources ? { sources } : {}) },
      ...citations(actor.sources, undefined, attack),
    });
    if (actor.country) {
      countries.add(actor.country);
      relate(id, 'located-at', locationRef(actor.country));
    }
  }

  for (const victim of dataset.victims) {
    const id = victimRef(victim.id);
    objects.push({
      type: 'identity', ...common, id,
      name: victim.name,
      ...(victim.description !== undefined ? { description: victim.description } : {}),
      identity_class: victim.type === 'group' ? 'class' : 'organization',
      sectors: [victim.sector],
      created_by_ref: producerId,
      [X_ROLE]: 'victim',
      [X_RECORD]: victimRecord(victim),
      ...citations(victim.sources, undefined),
    });
    if (victim.country) {
      countries.add(victim.country);
      relate(id, 'located-at', locationRef(victim.country));
    }
  }

  const techniques = new Set<string>();
  const eventsById = new Map(dataset.events.map((event) => [event.id, event]));
  for (const event of dataset.events) {
    const id = eventRef(event);
    const type = stixTypeOfEvent(event);
    const firstMs = event.when.startMs;
    const lastMs = event.when.endMs - 1;
    const refs = [
      ...event.actors.map((actorId) => actorRef(actorsById.get(actorId)!)),
      ...event.victims.map(victimRef),
      ...event.reveals.map((revealed) => eventRef(eventsById.get(revealed)!)),
    ];
    const dates = type === 'report'
      ? { published: toStixTimestamp(firstMs), object_refs: refs.length > 0 ? refs : [producerId] }
      : { first_seen: toStixTimestamp(firstMs), last_seen: toStixTimestamp(lastMs) };
    objects.push({
      type, ...common, id,
      name: event.title,
      description: event.description,
      ...(type === 'report' && (event.kind === 'report' || event.kind === 'government-advisory') ? { report_types: ['threat-report'] } : {}),
      ...dates,
      created_by_ref: producerId,
      ...marking(event.tlp),
      [X_ROLE]: 'event',
      [X_RECORD]: toEventJson(event),
      ...citations(citedByEvent(event), event.tlp),
    });
    if (type === 'report') continue;
    for (const actorId of event.actors) {
      const actor = actorsById.get(actorId)!;
      relate(id, actor.type === 'threat-group' ? 'attributed-to' : 'related-to', actorRef(actor), marking(event.tlp));
    }
    for (const victimId of event.victims) relate(id, 'targets', victimRef(victimId), marking(event.tlp));
    for (const technique of event.techniques) {
      techniques.add(technique);
      relate(id, 'uses', stixId('attack-pattern', `technique:${technique}`), marking(event.tlp));
    }
  }

  for (const technique of [...techniques].sort()) {
    objects.push({
      type: 'attack-pattern', ...common, id: stixId('attack-pattern', `technique:${technique}`),
      name: technique,
      external_references: [{ source_name: 'mitre-attack', external_id: technique, url: attackUrl(technique)! }],
    });
  }
  for (const country of [...countries].sort()) {
    objects.push({ type: 'location', ...common, id: locationRef(country), country });
  }
  const markings = [...usedLevels].sort((a, b) => tlpRank(a) - tlpRank(b)).map((level) => tlpMarkingDefinition(level) as StixObject);
  return { type: 'bundle', id: stixId('bundle', 'bundle'), objects: [...markings, ...objects, ...relationships] };
}

/** Every source an event refers to: its own, then those of its attributions and disputes. */
function citedByEvent(event: TimelineEvent): string[] {
  return [...new Set([
    ...event.sources,
    ...event.attributions.flatMap((a) => a.sources),
    ...event.disputes.flatMap((d) => d.positions.flatMap((p) => p.sources)),
  ])];
}

function toExternalReference(source: Source): Record<string, unknown> {
  return {
    source_name: source.publisher,
    description: source.title,
    ...(source.url !== undefined ? { url: source.url } : {}),
    external_id: source.id,
  };
}

function victimRecord(victim: Victim): Record<string, unknown> {
  const { sources, ...rest } = victim;
  return { ...rest, ...(sources.length > 0 ? { sources } : {}) };
}

/** Start of the latest date the dataset mentions (events and sources); 0 for an empty dataset. */
function latestMs(dataset: Dataset): number {
  let latest = 0;
  for (const event of dataset.events) latest = Math.max(latest, event.when.end.startMs);
  for (const source of dataset.sources) if (source.date) latest = Math.max(latest, source.date.startMs);
  return latest;
}
