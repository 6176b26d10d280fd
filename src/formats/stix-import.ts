/**
 * STIX 2.1 bundle → dataset JSON. A bundle exported by attack-timeline is restored exactly from
 * its `x_attack_timeline*` properties. Any other bundle is read natively:
 * - events: campaigns and incidents (first_seen/last_seen), intrusion sets and threat actors with
 *   a first_seen ("activity"), reports (published), sightings (first_seen/last_seen);
 * - actors: intrusion sets and threat actors (ATT&CK group ids from their external references),
 *   identities that something is `attributed-to`, and the identities that created reports;
 * - victims: identities and locations that something `targets` or where something was sighted,
 *   and identities with no other role (except `system` identities: feeds and software);
 * - sources: every report, and every external reference with an http(s) URL;
 * - relationships: `attributed-to`, `related-to` (actors), `targets` (victims), `uses`
 *   (ATT&CK techniques; malware and tools are named in the description), `located-at` (country);
 * - TLP markings (1.0 and 2.0) on objects become `tlp` on events and sources.
 * Dates become days (STIX timestamps carry no precision); nothing is invented to fill a gap:
 * an object with no date is left out, with a warning.
 */
import { createIssue, type DataIssue } from '../model/issues.ts';
import { TLP_LEVELS, type TlpLevel } from '../model/types.ts';
import type { ActorJson, DatasetJson, EventJson, SourceJson, VictimJson } from './dataset-json.ts';
import { cleanText, createIdAllocator, failure, finishImport, isHttpUrl, slugify, type ImportResult } from './import-helpers.ts';
import { X_RECORD, X_ROLE, X_SOURCES } from './stix-export.ts';
import { TLP2_EXTENSION_ID, tlpOfMarkingId } from './stix-markings.ts';
import { tlpRank } from './tlp.ts';

type Obj = Record<string, unknown> & { type: string; id: string };

export interface StixImportOptions {
  /** Title of the dataset; defaults to the report's name when the bundle holds one report. */
  readonly title?: string;
}

const ACTOR_TYPES = new Set(['intrusion-set', 'threat-actor']);
const EVENT_TYPES = new Set(['campaign', 'incident', 'sighting']);

/** Reads a STIX 2.1 bundle (parsed JSON). Never throws. */
export function fromStixBundle(input: unknown, options: StixImportOptions = {}): ImportResult {
  if (!isRecord(input) || input.type !== 'bundle') return failure('/type', isRecord(input) ? input.type : input, '"bundle" (a STIX 2.1 bundle object)');
  if (!Array.isArray(input.objects)) return failure('/objects', input.objects, 'a list of STIX objects');
  const issues: DataIssue[] = [];
  const objects: Obj[] = [];
  input.objects.forEach((object, i) => {
    if (!isRecord(object) || typeof object.type !== 'string' || typeof object.id !== 'string') {
      issues.push(createIssue(`/objects/${i}`, object, 'a STIX object with "type" and "id"'));
    } else {
      objects.push(object as Obj);
    }
  });
  if (issues.length > 0) return { ok: false, issues };
  const producer = objects.find((object) => object[X_ROLE] === 'dataset');
  return producer ? restoreExported(objects, producer) : readNative(objects, String(input.id ?? ''), options);
}

/** A bundle written by `toStixBundle`: every record travels whole in custom properties. */
function restoreExported(objects: readonly Obj[], producer: Obj): ImportResult {
  const header = isRecord(producer[X_RECORD]) ? producer[X_RECORD] : {};
  const byRole = (role: string) => objects.filter((object) => object[X_ROLE] === role).map((object) => object[X_RECORD]);
  const sources = new Map<string, SourceJson>();
  for (const object of objects) {
    const records = object[X_SOURCES];
    if (Array.isArray(records)) for (const record of records) if (isRecord(record) && typeof record.id === 'string' && !sources.has(record.id)) sources.set(record.id, record as unknown as SourceJson);
  }
  const json = {
    ...header,
    actors: byRole('actor'),
    victims: byRole('victim'),
    sources: [...sources.values()],
    events: byRole('event'),
  } as unknown as DatasetJson;
  return finishImport(json, []);
}

function readNative(objects: readonly Obj[], bundleId: string, options: StixImportOptions): ImportResult {
  const warnings: string[] = [];
  const byId = new Map(objects.map((object) => [object.id, object]));
  const relationships = objects.filter((object) => object.type === 'relationship');
  const outgoing = (id: string, type: string) => relationships
    .filter((r) => r.source_ref === id && r.relationship_type === type)
    .map((r) => ({ relationship: r, target: byId.get(String(r.target_ref)) }))
    .filter((x): x is { relationship: Obj; target: Obj } => x.target !== undefined);
  const incoming = (id: string, type: string) => relationships.filter((r) => r.target_ref === id && r.relationship_type === type);

  const markingLevels = readMarkings(objects);
  const tlpOf = (object: Obj): TlpLevel | undefined => {
    const refs = Array.isArray(object.object_marking_refs) ? object.object_marking_refs : [];
    let best: TlpLevel | undefined;
    for (const ref of refs) {
      const level = markingLevels.get(String(ref)) ?? tlpOfMarkingId(String(ref));
      if (level && tlpRank(level) >= tlpRank(best)) best = level;
    }
    return best;
  };

  // Roles of identities and locations.
  const actorObjects = objects.filter((o) => ACTOR_TYPES.has(o.type));
  const actorIdentityIds = new Set<string>();
  for (const r of relationships) {
    const source = byId.get(String(r.source_ref));
    if (r.relationship_type === 'attributed-to' && source && (ACTOR_TYPES.has(source.type) || EVENT_TYPES.has(source.type))) {
      const target = byId.get(String(r.target_ref));
      if (target?.type === 'identity') actorIdentityIds.add(target.id);
    }
  }
  for (const report of objects.filter((o) => o.type === 'report')) {
    const creator = typeof report.created_by_ref === 'string' ? byId.get(report.created_by_ref) : undefined;
    if (creator?.type === 'identity' && creator.identity_class !== 'system') actorIdentityIds.add(creator.id);
  }
  const victimIds = new Set<string>();
  for (const r of relationships) {
    const target = byId.get(String(r.target_ref));
    if (r.relationship_type === 'targets' && target && (target.type === 'identity' || target.type === 'location')) victimIds.add(target.id);
  }
  for (const sighting of objects.filter((o) => o.type === 'sighting')) {
    for (const ref of asStrings(sighting.where_sighted_refs)) if (byId.has(ref)) victimIds.add(ref);
  }
  // A 'system' identity (a feed, a tool, the exporting software) is neither side of an event.
  for (const identity of objects.filter((o) => o.type === 'identity' && o.identity_class !== 'system')) {
    if (!actorIdentityIds.has(identity.id) && !victimIds.has(identity.id)) victimIds.add(identity.id);
  }
  for (const id of actorIdentityIds) victimIds.delete(id);

  const countryOf = (id: string): string | undefined => {
    for (const { target } of outgoing(id, 'located-at')) {
      const country = typeof target.country === 'string' ? target.country.toUpperCase() : '';
      if (/^[A-Z]{2}$/.test(country)) return country;
    }
    return undefined;
  };

  // Sources: reports first (they are the documents), then external references with URLs.
  const sources: SourceJson[] = [];
  const sourceIdOf = new Map<string, string>();
  const sourceTlp = new Map<string, TlpLevel | undefined>();
  const allocateSource = createIdAllocator();
  const noteTlp = (id: string, level: TlpLevel | undefined) => {
    const known = sourceTlp.has(id) ? sourceTlp.get(id) : 'red';
    sourceTlp.set(id, tlpRank(level) < tlpRank(known as TlpLevel) ? level : known as TlpLevel | undefined);
  };
  const reportSource = new Map<string, string>();
  for (const report of objects.filter((o) => o.type === 'report')) {
    const name = nameOf(report);
    const creator = typeof report.created_by_ref === 'string' ? byId.get(report.created_by_ref) : undefined;
    const url = externalReferences(report).map((ref) => ref.url).find(isHttpUrl);
    const day = dayOf(report.published);
    const types = asStrings(report.report_types);
    const id = allocateSource(slugify(name, 'report'));
    sources.push({
      id,
      title: cleanText(name, 500),
      publisher: creator ? cleanText(nameOf(creator), 300) : 'Publisher not named in the STIX bundle',
      ...(day ? { date: day } : {}),
      ...(url ? { url } : {}),
      kind: types.includes('threat-report') ? 'vendor-report' : 'reference',
      claims: [typeof report.description === 'string' && report.description.trim() ? cleanText(report.description, 2000) : `The report "${cleanText(name, 300)}".`],
    });
    reportSource.set(report.id, id);
    if (url) sourceIdOf.set(url, id);
    noteTlp(id, tlpOf(report));
  }
  const citedBy = new Map<string, string[]>();
  const sourcesOf = (object: Obj): string[] => {
    const ids: string[] = [];
    for (const ref of externalReferences(object)) {
      if (!isHttpUrl(ref.url)) continue;
      let id = sourceIdOf.get(ref.url);
      if (!id) {
        const title = typeof ref.description === 'string' && ref.description.trim() ? ref.description : String(ref.source_name ?? ref.url);
        id = allocateSource(slugify(`${ref.source_name ?? ''} ${title}`, 'source'));
        sourceIdOf.set(ref.url, id);
        sources.push({
          id,
          title: cleanText(title, 500),
          publisher: cleanText(typeof ref.source_name === 'string' && ref.source_name.trim() ? ref.source_name : new URL(ref.url).hostname, 300),
          url: ref.url,
          kind: 'reference',
          claims: [],
        });
      }
      const claims = citedBy.get(id) ?? [];
      claims.push(`Cited for ${object.type} "${cleanText(nameOf(object), 300)}".`);
      citedBy.set(id, claims);
      noteTlp(id, tlpOf(object));
      if (!ids.includes(id)) ids.push(id);
    }
    return ids;
  };

  // Actors.
  const actors: ActorJson[] = [];
  const actorIdOf = new Map<string, string>();
  const allocateActor = createIdAllocator();
  for (const object of actorObjects) {
    const name = cleanText(nameOf(object), 200);
    const attackId = externalReferences(object).map((ref) => ref.external_id).find((id): id is string => typeof id === 'string' && /^G\d{4}$/.test(id));
    const aliases = [...new Set(asStrings(object.aliases).map((alias) => cleanText(alias, 200)).filter((alias) => alias && alias !== name))].slice(0, 100);
    const id = allocateActor(slugify(name, 'actor'));
    actorIdOf.set(object.id, id);
    const country = countryOf(object.id);
    const cited = sourcesOf(object);
    actors.push({
      id, name, type: 'threat-group',
      ...(aliases.length > 0 ? { aliases } : {}),
      ...(attackId ? { attackId } : {}),
      ...(country ? { country } : {}),
      ...(typeof object.description === 'string' && object.description.trim() ? { description: cleanText(object.description, 5000) } : {}),
      ...(cited.length > 0 ? { sources: cited } : {}),
    });
  }
  for (const id of actorIdentityIds) {
    const object = byId.get(id)!;
    const name = cleanText(nameOf(object), 200);
    const actorId = allocateActor(slugify(name, 'actor'));
    actorIdOf.set(id, actorId);
    const country = countryOf(id);
    const cited = sourcesOf(object);
    actors.push({
      id: actorId, name, type: object.identity_class === 'individual' ? 'person' : 'organization',
      ...(country ? { country } : {}),
      ...(typeof object.description === 'string' && object.description.trim() ? { description: cleanText(object.description, 5000) } : {}),
      ...(cited.length > 0 ? { sources: cited } : {}),
    });
  }

  // Victims.
  const victims: VictimJson[] = [];
  const victimIdOf = new Map<string, string>();
  const allocateVictim = createIdAllocator();
  for (const id of victimIds) {
    const object = byId.get(id)!;
    const isLocation = object.type === 'location';
    const name = cleanText(isLocation ? String(object.name ?? object.country ?? object.region ?? 'Location') : nameOf(object), 300);
    const victimId = allocateVictim(slugify(name, 'victim'));
    victimIdOf.set(id, victimId);
    const sectors = asStrings(object.sectors);
    const country = isLocation
      ? (typeof object.country === 'string' && /^[A-Za-z]{2}$/.test(object.country) ? object.country.toUpperCase() : undefined)
      : countryOf(id);
    const cited = sourcesOf(object);
    victims.push({
      id: victimId, name,
      type: !isLocation && (object.identity_class === 'organization' || object.identity_class === 'individual') ? 'organization' : 'group',
      sector: sectors.length > 0 ? cleanText(sectors.join(', '), 200) : 'not stated',
      ...(country ? { country } : {}),
      ...(isLocation && typeof object.region === 'string' ? { region: cleanText(object.region, 300) } : {}),
      ...(typeof object.description === 'string' && object.description.trim() ? { description: cleanText(object.description, 5000) } : {}),
      ...(cited.length > 0 ? { sources: cited } : {}),
    });
  }

  // Events.
  const events: EventJson[] = [];
  const eventIdOf = new Map<string, string>();
  const allocateEvent = createIdAllocator();
  const reportsContaining = (id: string) => objects.filter((o) => o.type === 'report' && asStrings(o.object_refs).includes(id)).map((o) => reportSource.get(o.id)!);
  const related = (id: string) => {
    const eventActors = new Set<string>();
    const attributions: NonNullable<EventJson['attributions']>[number][] = [];
    for (const type of ['attributed-to', 'related-to']) {
      for (const { relationship, target } of outgoing(id, type)) {
        const actorId = actorIdOf.get(target.id);
        if (!actorId) continue;
        eventActors.add(actorId);
        const by = typeof relationship.created_by_ref === 'string' ? actorIdOf.get(relationship.created_by_ref) : undefined;
        const cited = sourcesOf(relationship);
        if (type === 'attributed-to' && by && cited.length > 0) {
          attributions.push({ actor: actorId, by, sources: cited, ...(typeof relationship.confidence === 'number' ? { confidence: `STIX confidence ${relationship.confidence}` } : {}) });
        }
      }
    }
    for (const r of [...incoming(id, 'attributed-to')]) {
      const actorId = actorIdOf.get(String(r.source_ref));
      if (actorId) eventActors.add(actorId);
    }
    const eventVictims = outgoing(id, 'targets').map(({ target }) => victimIdOf.get(target.id)).filter((v): v is string => v !== undefined);
    const uses = outgoing(id, 'uses');
    const techniques = uses.flatMap(({ target }) => target.type === 'attack-pattern' ? techniqueIds(target) : []);
    const software = uses.filter(({ target }) => target.type === 'malware' || target.type === 'tool').map(({ target }) => cleanText(nameOf(target), 200));
    return { eventActors, attributions, eventVictims, techniques, software };
  };

  const addEvent = (object: Obj, kind: EventJson['kind'], title: string, when: When | undefined, extra: { actors?: string[]; victims?: string[]; sources?: string[] } = {}) => {
    if (!when) {
      warnings.push(`${object.type} "${nameOf(object)}" (${object.id}) has no usable date (first_seen, last_seen or published) and was left out.`);
      return;
    }
    const links = related(object.id);
    const sourceIds = [...new Set([...(extra.sources ?? []), ...sourcesOf(object), ...reportsContaining(object.id)])];
    const base = typeof object.description === 'string' && object.description.trim() ? object.description.trim() : `${title} (STIX ${object.type}).`;
    const description = links.software.length > 0 ? `${base}\n\nMalware and tools named: ${[...new Set(links.software)].join(', ')}.` : base;
    const id = allocateEvent(slugify(title, 'event'));
    eventIdOf.set(object.id, id);
    const level = tlpOf(object);
    events.push({
      id,
      title: cleanText(title, 300),
      kind,
      ...when,
      description: cleanText(description, 10_000),
      actors: [...new Set([...(extra.actors ?? []), ...links.eventActors])],
      victims: [...new Set([...(extra.victims ?? []), ...links.eventVictims])],
      sources: sourceIds,
      ...(links.attributions.length > 0 ? { attributions: links.attributions } : {}),
      ...(links.techniques.length > 0 ? { techniques: [...new Set(links.techniques)] } : {}),
      ...(level ? { tlp: level } : {}),
    });
  };

  for (const object of objects) {
    if (object.type === 'campaign') addEvent(object, 'activity', nameOf(object), seenWhen(object));
    else if (object.type === 'incident') addEvent(object, 'intrusion', nameOf(object), seenWhen(object));
    else if (object.type === 'sighting') {
      const of = typeof object.sighting_of_ref === 'string' ? byId.get(object.sighting_of_ref) : undefined;
      const ofActor = of ? actorIdOf.get(of.id) : undefined;
      const where = asStrings(object.where_sighted_refs).map((ref) => victimIdOf.get(ref)).filter((v): v is string => v !== undefined);
      addEvent(object, 'detection', `${of ? nameOf(of) : 'Activity'} sighted`, seenWhen(object), { actors: ofActor ? [ofActor] : [], victims: where });
    } else if (ACTOR_TYPES.has(object.type) && (object.first_seen !== undefined || object.last_seen !== undefined)) {
      addEvent(object, 'activity', `${nameOf(object)} activity`, seenWhen(object), { actors: [actorIdOf.get(object.id)!] });
    }
  }
  for (const report of objects.filter((o) => o.type === 'report')) {
    const refs = asStrings(report.object_refs);
    const creator = typeof report.created_by_ref === 'string' ? actorIdOf.get(report.created_by_ref) : undefined;
    const day = dayOf(report.published);
    addEvent(report, 'report', nameOf(report), day ? { date: day } : undefined, {
      actors: [...(creator ? [creator] : []), ...refs.map((ref) => actorIdOf.get(ref)).filter((a): a is string => a !== undefined)],
      victims: refs.map((ref) => victimIdOf.get(ref)).filter((v): v is string => v !== undefined),
      sources: [reportSource.get(report.id)!],
    });
    const event = events.find((e) => e.id === eventIdOf.get(report.id));
    if (!event) continue;
    const reveals = refs.map((ref) => eventIdOf.get(ref)).filter((e): e is string => e !== undefined && e !== event.id);
    const techniques = refs.map((ref) => byId.get(ref)).flatMap((o) => o?.type === 'attack-pattern' ? techniqueIds(o) : []);
    const merged = [...new Set([...(event.techniques ?? []), ...techniques])];
    Object.assign(event, {
      ...(reveals.length > 0 ? { reveals: [...new Set(reveals)] } : {}),
      ...(merged.length > 0 ? { techniques: merged } : {}),
    });
  }

  // Events need a source; when the bundle names none, the bundle itself is cited.
  if (events.some((event) => event.sources.length === 0)) {
    const id = createIdAllocator();
    const taken = new Set(sources.map((s) => s.id));
    let bundleSourceId = 'stix-bundle';
    while (taken.has(bundleSourceId)) bundleSourceId = id('stix-bundle');
    sources.push({
      id: bundleSourceId,
      title: `STIX bundle ${bundleId || '(no id)'}`,
      publisher: 'STIX bundle',
      kind: 'reference',
      claims: ['The imported bundle itself; it cites no external document for some of its objects.'],
    });
    for (const event of events) if (event.sources.length === 0) Object.assign(event, { sources: [bundleSourceId] });
  }
  for (const source of sources) {
    const level = sourceTlp.get(source.id);
    const claims = source.claims.length > 0 ? source.claims : [...new Set(citedBy.get(source.id) ?? ['Cited in the STIX bundle.'])].slice(0, 50);
    Object.assign(source, { claims, ...(level && level !== 'clear' ? { tlp: level } : level === 'clear' ? { tlp: 'clear' } : {}) });
  }

  const reports = objects.filter((o) => o.type === 'report');
  const title = options.title ?? (reports.length === 1 ? nameOf(reports[0]!) : `STIX bundle ${bundleId}`.trim());
  const json: DatasetJson = {
    version: 1,
    title: cleanText(title, 300),
    description: `Imported from STIX 2.1 bundle ${bundleId || '(no id)'}.`,
    actors, victims, sources, events,
  };
  if (events.length === 0) warnings.push('The bundle holds no dated campaign, incident, sighting, report or first-seen actor: the timeline is empty.');
  return finishImport(json, warnings);
}

type When = Pick<EventJson, 'date' | 'start' | 'end' | 'dateNote'>;

function seenWhen(object: Obj): When | undefined {
  const first = dayOf(object.first_seen);
  const last = dayOf(object.last_seen);
  if (first && last && last >= first) return first === last ? { date: first } : { start: first, end: last, dateNote: 'From first_seen to last_seen in STIX.' };
  if (first) return { date: first, dateNote: 'First seen (STIX first_seen); the bundle gives no last_seen.' };
  if (last) return { date: last, dateNote: 'Last seen (STIX last_seen); the bundle gives no first_seen.' };
  return undefined;
}

/** The UTC day of a STIX timestamp, `YYYY-MM-DD`, or undefined. */
function dayOf(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const match = /^(\d{4}-\d{2}-\d{2})T/.exec(value);
  return match?.[1];
}

function techniqueIds(object: Obj): string[] {
  return externalReferences(object)
    .filter((ref) => ref.source_name === 'mitre-attack')
    .map((ref) => ref.external_id)
    .filter((id): id is string => typeof id === 'string' && /^T\d{4}(\.\d{3})?$/.test(id));
}

function readMarkings(objects: readonly Obj[]): Map<string, TlpLevel> {
  const levels = new Map<string, TlpLevel>();
  for (const object of objects) {
    if (object.type !== 'marking-definition') continue;
    const known = tlpOfMarkingId(object.id);
    const definition = isRecord(object.definition) ? object.definition : {};
    const extension = isRecord(object.extensions) && isRecord(object.extensions[TLP2_EXTENSION_ID]) ? object.extensions[TLP2_EXTENSION_ID] : {};
    const text = String(extension.tlp_2_0 ?? (object.definition_type === 'tlp' ? definition.tlp : '') ?? '').toLowerCase();
    const level = known ?? (text === 'white' ? 'clear' : (TLP_LEVELS as readonly string[]).includes(text) ? text as TlpLevel : undefined);
    if (level) levels.set(object.id, level);
  }
  return levels;
}

function externalReferences(object: Obj): Record<string, unknown>[] {
  return Array.isArray(object.external_references) ? object.external_references.filter(isRecord) : [];
}

function nameOf(object: Obj): string {
  return typeof object.name === 'string' && object.name.trim() ? object.name : object.id;
}

function asStrings(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
