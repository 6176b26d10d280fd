/**
 * Dataset → STIX 2.1 bundle. Ids are name-based UUIDs (the same dataset always gives the same
 * bundle) and every timestamp comes from the data, never from the clock. Records map to the
 * nearest STIX objects (activity → campaign, intrusions and detections → incident dated by a
 * sighting of it, publications and statements → report, threat groups → intrusion-set, other
 * actors and victims → identity, countries → location) and to the relationships the STIX 2.1
 * specification suggests for those types (attributed-to, targets, uses, originates-from,
 * located-at; related-to where it suggests none). Only properties the specification defines are
 * written at the top level; what STIX has no property for (partial dates, kinds, claims,
 * disputes, software, TLP parts) travels in attack-timeline's property extension
 * (stix-extension.ts), so `fromStixBundle` restores the dataset exactly.
 */
import type { Actor, Dataset, GranularTlp, Source, TimelineEvent, TlpLevel, Victim } from '../model/types.ts';
import { attackUrl } from './attack-links.ts';
import { toDatasetJson, toEventJson, type SourceJson } from './dataset-json.ts';
import { extensionObjects, toExtensions, TOOL_IDENTITY_ID, type RecordExtension } from './stix-extension.ts';
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
 * marking definitions for the levels used: a record's `tlp` marks its object, a part marked
 * above its record (`granularTlp`) marks the relationship or citation that carries it. Pure and
 * deterministic.
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
  // An event's subjects name subject records or victim records (one organisation, one record).
  const victimIds = new Set(dataset.victims.map((victim) => victim.id));
  const subjectRef = (id: string) => (victimIds.has(id) ? victimRef(id) : stixId('identity', `subject:${id}`));
  const eventRef = (event: TimelineEvent) => stixId(stixTypeOfEvent(event), `event:${event.id}`);
  const locationRef = (country: string) => stixId('location', `country:${country}`);
  const techniqueRef = (technique: string) => stixId('attack-pattern', `technique:${technique}`);
  const countries = new Set<string>();
  const techniques = new Set<string>();

  const marking = (level: TlpLevel | undefined) => {
    if (!level) return {};
    usedLevels.add(level);
    return { object_marking_refs: [TLP2_MARKING_IDS[level]] };
  };
  /** The level of one part of `record`: the record's own, or the part's when marked above it. */
  const partLevel = (record: { tlp?: TlpLevel; granularTlp?: readonly GranularTlp[] }, field: GranularTlp['field'], value: string) => {
    const part = record.granularTlp?.find((p) => p.field === field && p.value === value);
    return part && tlpRank(part.tlp) > tlpRank(record.tlp) ? part.tlp : record.tlp;
  };
  const relate = (source: string, type: string, target: string, level: TlpLevel | undefined) => {
    relationships.push({
      type: 'relationship', ...common,
      id: stixId('relationship', `${source}|${type}|${target}`),
      relationship_type: type, source_ref: source, target_ref: target,
      created_by_ref: producerId,
      ...marking(level),
    });
  };

  /**
   * External references and source records for `ids`, with a granular marking on each citation
   * marked above `record` (the source's own level, or the citation's part level).
   */
  const citations = (ids: readonly string[], record: { tlp?: TlpLevel; granularTlp?: readonly GranularTlp[] }, leading: readonly Record<string, unknown>[] = []) => {
    const references: Record<string, unknown>[] = [...leading];
    const records: SourceJson[] = [];
    const granular: { marking_ref: string; selectors: string[] }[] = [];
    for (const id of ids) {
      const source = sourcesById.get(id);
      if (!source) continue;
      const cited = partLevel(record, 'sources', id);
      const level = tlpRank(source.tlp) > tlpRank(cited) ? source.tlp : cited;
      if (level && tlpRank(level) > tlpRank(record.tlp)) {
        usedLevels.add(level);
        granular.push({ marking_ref: TLP2_MARKING_IDS[level], selectors: [`external_references.[${references.length}]`] });
      }
      references.push(toExternalReference(source));
      records.push(sourceJson.get(id)!);
    }
    return {
      references: references.length > 0 ? { external_references: references } : {},
      granular: granular.length > 0 ? { granular_markings: granular } : {},
      records,
    };
  };
  /** The object's properties for `record`: markings, references and the extension. */
  const described = (role: RecordExtension['role'], record: Record<string, unknown>, cited: ReturnType<typeof citations>, level: TlpLevel | undefined) => ({
    created_by_ref: producerId,
    ...marking(level),
    ...cited.references,
    ...cited.granular,
    ...toExtensions({ role, record, ...(cited.records.length > 0 ? { sources: cited.records } : {}) }),
  });

  const cited = new Set(dataset.events.flatMap(citedByEvent).concat(
    dataset.actors.flatMap((a) => a.sources), dataset.victims.flatMap((v) => v.sources), dataset.subjects.flatMap((s) => s.sources),
  ));
  const uncited = dataset.sources.filter((source) => !cited.has(source.id)).map((source) => source.id);
  const { actors: _a, victims: _v, subjects: _j, sources: _s, events: _e, ...datasetHeader } = toDatasetJson(dataset);
  const producerCitations = citations(uncited, {});
  objects.push({
    type: 'identity', ...common, id: producerId,
    name: dataset.title,
    ...(dataset.description !== undefined ? { description: dataset.description } : {}),
    identity_class: 'system',
    created_by_ref: TOOL_IDENTITY_ID,
    ...producerCitations.references,
    ...toExtensions({ role: 'dataset', record: datasetHeader, ...(producerCitations.records.length > 0 ? { sources: producerCitations.records } : {}) }),
  });

  for (const actor of dataset.actors) {
    const id = actorRef(actor);
    const isGroup = actor.type === 'threat-group';
    const attack = actor.attackId ? [{ source_name: 'mitre-attack', external_id: actor.attackId, url: attackUrl(actor.attackId)! }] : [];
    objects.push({
      type: isGroup ? 'intrusion-set' : 'identity', ...common, id,
      name: actor.name,
      ...(actor.description !== undefined ? { description: actor.description } : {}),
      ...(isGroup ? (actor.aliases.length > 0 ? { aliases: actor.aliases } : {}) : { identity_class: actor.type === 'person' ? 'individual' : 'organization' }),
      ...described('actor', toDatasetJson({ ...dataset, actors: [actor] }).actors[0]!, citations(actor.sources, actor, attack), actor.tlp),
    });
    if (actor.country) {
      countries.add(actor.country);
      // The specification suggests originates-from for intrusion sets, located-at for identities.
      relate(id, isGroup ? 'originates-from' : 'located-at', locationRef(actor.country), partLevel(actor, 'country', actor.country));
    }
    // Identities have no suggested `uses`; their techniques travel in the extension only.
    if (isGroup) {
      for (const technique of actor.techniques ?? []) {
        techniques.add(technique);
        relate(id, 'uses', techniqueRef(technique), partLevel(actor, 'techniques', technique));
      }
    }
  }

  const organisations = (records: readonly Victim[], role: 'victim' | 'subject', ref: (id: string) => string) => {
    for (const record of records) {
      const id = ref(record.id);
      const sectors = stixSectors(record.sector);
      objects.push({
        type: 'identity', ...common, id,
        name: record.name,
        ...(record.description !== undefined ? { description: record.description } : {}),
        identity_class: record.type === 'group' ? 'class' : 'organization',
        ...(sectors.length > 0 ? { sectors } : {}),
        ...described(role, victimRecord(record), citations(record.sources, record), record.tlp),
      });
      if (record.country) {
        countries.add(record.country);
        relate(id, 'located-at', locationRef(record.country), partLevel(record, 'country', record.country));
      }
    }
  };
  organisations(dataset.victims, 'victim', victimRef);
  // Subjects are identities a report names in object_refs; other events keep them in the extension only.
  organisations(dataset.subjects, 'subject', subjectRef);

  /**
   * Incidents have no date property and no suggested relationship but related-to: sightings of
   * the incident carry its dates and victims, one sighting per marking level.
   */
  const addSightings = (event: TimelineEvent, incidentId: string) => {
    const byLevel = new Map<TlpLevel | undefined, string[]>([[event.tlp, []]]);
    for (const victimId of event.victims) {
      const level = partLevel(event, 'victims', victimId);
      byLevel.set(level, [...(byLevel.get(level) ?? []), victimRef(victimId)]);
    }
    for (const [level, where] of byLevel) {
      objects.push({
        type: 'sighting', ...common,
        id: stixId('sighting', `event:${event.id}|${level ?? ''}`),
        ...seenDates(event),
        sighting_of_ref: incidentId,
        ...(where.length > 0 ? { where_sighted_refs: where } : {}),
        created_by_ref: producerId,
        ...marking(level),
      });
    }
  };

  const eventsById = new Map(dataset.events.map((event) => [event.id, event]));
  for (const event of dataset.events) {
    const id = eventRef(event);
    const type = stixTypeOfEvent(event);
    const refs = [
      ...event.actors.map((actorId) => actorRef(actorsById.get(actorId)!)),
      ...event.victims.map(victimRef),
      ...event.subjects.map(subjectRef),
      ...event.reveals.map((revealed) => eventRef(eventsById.get(revealed)!)),
    ];
    const dates = type === 'report'
      ? { published: toStixTimestamp(event.when.startMs), object_refs: refs.length > 0 ? refs : [producerId] }
      : type === 'campaign' ? seenDates(event) : {};
    objects.push({
      type, ...common, id,
      name: event.title,
      description: event.description,
      ...(type === 'report' && (event.kind === 'report' || event.kind === 'government-advisory') ? { report_types: ['threat-report'] } : {}),
      ...dates,
      ...described('event', toEventJson(event) as unknown as Record<string, unknown>, citations(citedByEvent(event), event), event.tlp),
    });
    if (type === 'report') continue;
    if (type === 'incident') addSightings(event, id);
    for (const actorId of event.actors) {
      const actor = actorsById.get(actorId)!;
      relate(id, type === 'campaign' && actor.type === 'threat-group' ? 'attributed-to' : 'related-to', actorRef(actor), partLevel(event, 'actors', actorId));
    }
    if (type === 'campaign') for (const victimId of event.victims) relate(id, 'targets', victimRef(victimId), partLevel(event, 'victims', victimId));
    for (const technique of event.techniques) {
      techniques.add(technique);
      relate(id, type === 'campaign' ? 'uses' : 'related-to', techniqueRef(technique), partLevel(event, 'techniques', technique));
    }
  }

  for (const technique of [...techniques].sort()) {
    objects.push({
      type: 'attack-pattern', ...common, id: techniqueRef(technique),
      name: technique,
      created_by_ref: producerId,
      external_references: [{ source_name: 'mitre-attack', external_id: technique, url: attackUrl(technique)! }],
    });
  }
  for (const country of [...countries].sort()) {
    objects.push({ type: 'location', ...common, id: locationRef(country), country, created_by_ref: producerId });
  }
  const markings = [...usedLevels].sort((a, b) => tlpRank(a) - tlpRank(b)).map((level) => tlpMarkingDefinition(level) as StixObject);
  return { type: 'bundle', id: stixId('bundle', 'bundle'), objects: [...markings, ...objects, ...(extensionObjects() as StixObject[]), ...relationships] };
}

/** `first_seen`/`last_seen` of an event: its first and last instant, as STIX timestamps. */
function seenDates(event: TimelineEvent): { first_seen: string; last_seen: string } {
  return { first_seen: toStixTimestamp(event.when.startMs), last_seen: toStixTimestamp(event.when.endMs - 1) };
}

/**
 * A sector in STIX's industry-sector-ov (STIX 2.1, section 10.12), when the dataset's free text
 * names one; other text stays in the extension only, since open vocabularies SHOULD be used.
 */
function stixSectors(sector: string): string[] {
  const value = sector.trim().toLowerCase().replace(/[\s_]+/g, '-');
  return INDUSTRY_SECTORS.has(value) ? [value] : [];
}

const INDUSTRY_SECTORS: ReadonlySet<string> = new Set([
  'agriculture', 'aerospace', 'automotive', 'chemical', 'commercial', 'communications', 'construction', 'defense',
  'education', 'energy', 'entertainment', 'financial-services', 'government', 'emergency-services', 'government-local',
  'government-national', 'government-public-services', 'government-regional', 'healthcare', 'hospitality-leisure',
  'infrastructure', 'dams', 'nuclear', 'water', 'insurance', 'manufacturing', 'mining', 'non-profit', 'pharmaceuticals',
  'retail', 'technology', 'telecommunications', 'transportation', 'utilities',
]);

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
