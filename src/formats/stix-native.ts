/**
 * A STIX 2.1 (or 2.0) bundle from any producer → dataset JSON.
 * - events: campaigns and incidents (first_seen/last_seen; an undated incident takes the dates of
 *   its sightings), intrusion sets and threat actors with a first_seen ("activity"), reports
 *   (published), sightings of anything but an incident (first_seen/last_seen);
 * - actors: intrusion sets and threat actors (ATT&CK group id, aliases, country, and the ATT&CK
 *   techniques and malware or tools they `uses`), identities an actor or event is `attributed-to`
 *   or an event is `related-to`, and the identities that created reports;
 * - victims: only identities and locations that something `targets` or where something was
 *   sighted (an identity that only created objects is neither actor nor victim);
 * - subjects: identities and locations a report names (`object_refs`) that have no other role;
 * - sources: every report, and every external reference with an http(s) URL.
 * Revoked and deprecated objects are left out. Every object gets its TLP level from its markings
 * (stix-markings.ts); a link or citation marked above its record becomes a `granularTlp` part,
 * and no generated text (titles, claims, the dataset title, warnings) names an object marked
 * above the record that carries the text. Every object not turned into something is counted,
 * by type and reason, in the warnings (stix-skips.ts). Dates become days (STIX timestamps carry
 * no precision); nothing is invented to fill a gap.
 */
import type { TlpLevel } from '../model/types.ts';
import type { ActorJson, DatasetJson, EventJson, VictimJson } from './dataset-json.ts';
import { cleanText, createIdAllocator, finishImport, slugify, type ImportResult } from './import-helpers.ts';
import { createMarkingReader } from './stix-markings.ts';
import {
  ACTOR_TYPES, EVENT_TYPES, GROUP_ID, TECHNIQUE_ID, asStrings, attackReferenceIndex, createParts, dayOf, externalReferences,
  isUnmarked, maxTlp, nameOf, retiredReason, techniqueIdOf, type Parts, type StixObj,
} from './stix-objects.ts';
import { createSkipLog } from './stix-skips.ts';
import { createSourceCollector } from './stix-sources.ts';
import { tlpRank } from './tlp.ts';

type When = Pick<EventJson, 'date' | 'start' | 'end' | 'dateNote'>;

export function readNative(all: readonly StixObj[], bundleId: string, title: string | undefined): ImportResult {
  const markings = createMarkingReader(all);
  const levelOf = (object: StixObj) => markings.recordLevel(object);
  const skips = createSkipLog();

  const live: StixObj[] = [];
  const retired = new Set<string>();
  for (const object of all) {
    const reason = retiredReason(object);
    if (reason) {
      skips.skip(object, reason);
      retired.add(object.id);
    } else {
      live.push(object);
    }
  }
  const byId = new Map(live.map((object) => [object.id, object]));

  const out = new Map<string, StixObj[]>();
  const into = new Map<string, StixObj[]>();
  for (const relationship of live.filter((o) => o.type === 'relationship')) {
    const ends = [String(relationship.source_ref), String(relationship.target_ref)];
    if (ends.some((end) => retired.has(end))) skips.skip(relationship, 'it links a revoked or deprecated object');
    else if (ends.some((end) => !byId.has(end))) skips.skip(relationship, 'it links an object that is not in the bundle');
    else {
      pushTo(out, ends[0]!, relationship);
      pushTo(into, ends[1]!, relationship);
    }
  }
  const outgoing = (id: string, types: readonly string[]) => (out.get(id) ?? [])
    .filter((r) => types.includes(String(r.relationship_type)))
    .map((relationship) => ({ relationship, target: byId.get(String(relationship.target_ref))! }));
  const incoming = (id: string, types: readonly string[]) => (into.get(id) ?? [])
    .filter((r) => types.includes(String(r.relationship_type)))
    .map((relationship) => ({ relationship, source: byId.get(String(relationship.source_ref))! }));
  const refersTo = (object: StixObj, key: string) => (typeof object[key] === 'string' ? byId.get(object[key] as string) : undefined);

  const reports = live.filter((o) => o.type === 'report');
  const sightings = live.filter((o) => o.type === 'sighting');
  const sightingsOf = new Map<string, StixObj[]>();
  for (const sighting of sightings) {
    const of = refersTo(sighting, 'sighting_of_ref');
    if (of?.type === 'incident') pushTo(sightingsOf, of.id, sighting);
  }

  // Roles of identities and locations. A role is known at the level of what gives it (a
  // relationship and its source, a sighting, a report): the record is marked at least that high.
  const isPlayer = (o: StixObj) => ACTOR_TYPES.has(o.type) || EVENT_TYPES.has(o.type);
  const actorRoles = new Map<string, TlpLevel | undefined>();
  const victimRoles = new Map<string, TlpLevel | undefined>();
  const giveRole = (roles: Map<string, TlpLevel | undefined>, id: string, level: TlpLevel | undefined) => {
    if (!roles.has(id) || tlpRank(level) < tlpRank(roles.get(id))) roles.set(id, level);
  };
  for (const object of live.filter(isPlayer)) {
    for (const { relationship, target } of outgoing(object.id, ['attributed-to', 'related-to', 'targets'])) {
      if (target.type !== 'identity' && target.type !== 'location') continue;
      const type = relationship.relationship_type;
      const level = maxTlp(levelOf(relationship), levelOf(object));
      if (type === 'targets') giveRole(victimRoles, target.id, level);
      else if (target.type === 'identity' && target.identity_class !== 'class' && (type === 'attributed-to' || EVENT_TYPES.has(object.type))) giveRole(actorRoles, target.id, level);
      else continue;
      skips.use(relationship.id);
    }
  }
  for (const report of reports) {
    const creator = refersTo(report, 'created_by_ref');
    if (creator?.type === 'identity' && dayOf(report.published)) giveRole(actorRoles, creator.id, levelOf(report));
  }
  for (const sighting of sightings) {
    for (const ref of asStrings(sighting.where_sighted_refs)) if (byId.has(ref)) giveRole(victimRoles, ref, levelOf(sighting));
  }
  for (const roles of [actorRoles, victimRoles]) for (const id of roles.keys()) if (byId.get(id)!.identity_class === 'system') roles.delete(id);
  for (const id of actorRoles.keys()) victimRoles.delete(id);
  // An identity or location a report names (object_refs) with no other role is a subject of that
  // report: named, without the bundle saying that it acted or was targeted.
  const subjectRoles = new Map<string, TlpLevel | undefined>();
  for (const report of reports.filter((r) => dayOf(r.published))) {
    for (const ref of asStrings(report.object_refs)) {
      const named = byId.get(ref);
      if (!named || (named.type !== 'identity' && named.type !== 'location') || named.identity_class === 'system' || actorRoles.has(ref) || victimRoles.has(ref)) continue;
      giveRole(subjectRoles, ref, levelOf(report));
    }
  }

  /** The country of an actor or victim (located-at, or originates-from for groups), at the level of what says so. */
  const addCountry = (id: string, parts: Parts): string | undefined => {
    let country: string | undefined;
    for (const { relationship, target } of outgoing(id, ['located-at', 'originates-from'])) {
      const code = typeof target.country === 'string' ? target.country.toUpperCase() : '';
      if (target.type !== 'location' || !/^[A-Z]{2}$/.test(code)) continue;
      if (country && code !== country) {
        skips.skip(relationship, 'another country is already recorded for this actor or victim');
        continue;
      }
      country = code;
      parts.add('country', code, maxTlp(levelOf(relationship), levelOf(target)));
      skips.use(relationship.id);
      skips.use(target.id);
    }
    return country;
  };
  const withParts = (level: TlpLevel | undefined, collected: Parts) => {
    const list = collected.list();
    return { ...(level ? { tlp: level } : {}), ...(list.length > 0 ? { granularTlp: list } : {}) };
  };
  const description = (object: StixObj, max: number) => (typeof object.description === 'string' && object.description.trim() ? { description: cleanText(object.description, max) } : {});

  /**
   * Techniques (attack patterns with an ATT&CK id) and software (malware, tools) that `object`
   * uses, each added to `collected` at its own level. For events, `related-to` an attack pattern
   * also names a technique (incidents have no suggested `uses`).
   */
  const usesOf = (object: StixObj, collected: Parts, isEvent: boolean) => {
    const techniques: string[] = [];
    // The caller decides which software it keeps, and marks those used.
    const software: { name: string; level: TlpLevel | undefined; relationship: StixObj; target: StixObj }[] = [];
    for (const { relationship, target } of outgoing(object.id, isEvent ? ['uses', 'related-to'] : ['uses'])) {
      const level = maxTlp(levelOf(relationship), levelOf(target));
      if (target.type === 'attack-pattern') {
        const technique = techniqueIdOf(target);
        if (!technique) {
          skips.skip(relationship, 'the attack pattern has no ATT&CK technique id (T####); only ATT&CK techniques are listed');
          skips.skip(target, 'no ATT&CK technique id (T####)');
          continue;
        }
        if (!techniques.includes(technique)) techniques.push(technique);
        collected.add('techniques', technique, maxTlp(level, markings.referenceLevel(target, attackReferenceIndex(target, TECHNIQUE_ID))));
        skips.use(relationship.id);
        skips.use(target.id);
      } else if ((target.type === 'malware' || target.type === 'tool') && relationship.relationship_type === 'uses') {
        software.push({ name: cleanText(nameOf(target), 200), level, relationship, target });
      }
    }
    return { techniques, software };
  };

  const sources = createSourceCollector(markings);
  const reportSource = new Map<string, string>();
  for (const report of reports) {
    if (!dayOf(report.published)) continue;
    const creator = refersTo(report, 'created_by_ref');
    reportSource.set(report.id, sources.addReport(report, creator?.type === 'identity' ? { name: nameOf(creator), level: levelOf(creator) } : undefined));
  }

  // Actors.
  const actors: ActorJson[] = [];
  const actorIdOf = new Map<string, string>();
  const allocateActor = createIdAllocator();
  for (const object of live.filter((o) => ACTOR_TYPES.has(o.type))) {
    const groupRef = attackReferenceIndex(object, GROUP_ID);
    const level = groupRef >= 0 ? markings.referenceLevel(object, groupRef) : levelOf(object);
    const collected = createParts(level);
    const name = cleanText(nameOf(object), 200);
    const aliases = [...new Set(asStrings(object.aliases).map((alias) => cleanText(alias, 200)).filter((alias) => alias && alias !== name))].slice(0, 100);
    const id = allocateActor(slugify(name, 'actor'));
    actorIdOf.set(object.id, id);
    skips.use(object.id);
    const country = addCountry(object.id, collected);
    const cited = sources.cite(object, name, collected);
    const uses = usesOf(object, collected, false);
    for (const tool of uses.software) {
      collected.add('software', tool.name, tool.level);
      skips.use(tool.relationship.id);
      skips.use(tool.target.id);
    }
    const software = [...new Set(uses.software.map((s) => s.name))].sort();
    actors.push({
      id, name, type: 'threat-group',
      ...(aliases.length > 0 ? { aliases } : {}),
      ...(groupRef >= 0 ? { attackId: String(externalReferences(object)[groupRef]!.external_id) } : {}),
      ...(country ? { country } : {}),
      ...description(object, 5000),
      ...(cited.length > 0 ? { sources: cited } : {}),
      ...(uses.techniques.length > 0 ? { techniques: [...uses.techniques].sort() } : {}),
      ...(software.length > 0 ? { software } : {}),
      ...withParts(level, collected),
    });
  }
  for (const [id, roleLevel] of actorRoles) {
    const object = byId.get(id)!;
    const level = maxTlp(levelOf(object), roleLevel);
    const collected = createParts(level);
    const name = cleanText(nameOf(object), 200);
    const actorId = allocateActor(slugify(name, 'actor'));
    actorIdOf.set(id, actorId);
    skips.use(id);
    const country = addCountry(id, collected);
    const cited = sources.cite(object, name, collected);
    actors.push({
      id: actorId, name, type: object.identity_class === 'individual' ? 'person' : 'organization',
      ...(country ? { country } : {}),
      ...description(object, 5000),
      ...(cited.length > 0 ? { sources: cited } : {}),
      ...withParts(level, collected),
    });
  }

  // Victims and subjects: one record shape, ids unique across both lists.
  const allocateOrganisation = createIdAllocator();
  const organisations = (roles: ReadonlyMap<string, TlpLevel | undefined>) => {
    const records: VictimJson[] = [];
    const idOf = new Map<string, string>();
    for (const [id, roleLevel] of roles) {
      const object = byId.get(id)!;
      const level = maxTlp(levelOf(object), roleLevel);
      const collected = createParts(level);
      const isLocation = object.type === 'location';
      const name = cleanText(isLocation ? String(object.name ?? object.country ?? object.region ?? 'Location') : nameOf(object), 300);
      const recordId = allocateOrganisation(slugify(name, 'organisation'));
      idOf.set(id, recordId);
      skips.use(id);
      const sectors = asStrings(object.sectors);
      const country = isLocation
        ? (typeof object.country === 'string' && /^[A-Za-z]{2}$/.test(object.country) ? object.country.toUpperCase() : undefined)
        : addCountry(id, collected);
      const cited = sources.cite(object, name, collected);
      records.push({
        id: recordId, name,
        type: !isLocation && (object.identity_class === 'organization' || object.identity_class === 'individual') ? 'organization' : 'group',
        sector: sectors.length > 0 ? cleanText(sectors.join(', '), 200) : 'not stated',
        ...(country ? { country } : {}),
        ...(isLocation && typeof object.region === 'string' ? { region: cleanText(object.region, 300) } : {}),
        ...description(object, 5000),
        ...(cited.length > 0 ? { sources: cited } : {}),
        ...withParts(level, collected),
      });
    }
    return { records, idOf };
  };
  const { records: victims, idOf: victimIdOf } = organisations(victimRoles);
  const { records: subjects, idOf: subjectIdOf } = organisations(subjectRoles);

  // Events.
  const events: EventJson[] = [];
  const eventIdOf = new Map<string, string>();
  const allocateEvent = createIdAllocator();
  const containing = new Map<string, string[]>();
  for (const report of reports) {
    const source = reportSource.get(report.id);
    if (source) for (const ref of asStrings(report.object_refs)) pushTo(containing, ref, source);
  }

  interface Extra {
    readonly actors?: readonly string[];
    readonly victims?: readonly { readonly id: string; readonly level: TlpLevel | undefined }[];
    readonly subjects?: readonly string[];
    readonly sources?: readonly string[];
    /** The level of the event when more than its object's (an incident dated by a more restricted sighting). */
    readonly level?: TlpLevel;
  }
  const addEvent = (object: StixObj, kind: EventJson['kind'], eventTitle: string, when: When | undefined, extra: Extra = {}) => {
    if (!when) {
      skips.skip(object, `no usable date (${object.type === 'report' ? 'published' : 'first_seen or last_seen'})`);
      return;
    }
    const level = maxTlp(levelOf(object), extra.level);
    const collected = createParts(level);
    const eventActors = new Set(extra.actors ?? []);
    const eventVictims = new Set<string>();
    for (const { id, level: linkLevel } of extra.victims ?? []) {
      eventVictims.add(id);
      collected.add('victims', id, linkLevel);
    }
    const attributions: NonNullable<EventJson['attributions']>[number][] = [];
    for (const { relationship, target } of outgoing(object.id, ['attributed-to', 'related-to'])) {
      const actorId = actorIdOf.get(target.id);
      if (!actorId) {
        if (relationship.relationship_type === 'attributed-to' && EVENT_TYPES.has(target.type)) skips.skip(relationship, 'attributed-to another event: the timeline attributes events to actors only');
        continue;
      }
      skips.use(relationship.id);
      eventActors.add(actorId);
      collected.add('actors', actorId, levelOf(relationship));
      const by = typeof relationship.created_by_ref === 'string' ? actorIdOf.get(relationship.created_by_ref) : undefined;
      if (relationship.relationship_type === 'attributed-to' && by) {
        const cited = sources.cite(relationship, nameOf(relationship), collected);
        if (cited.length > 0) attributions.push({ actor: actorId, by, sources: cited, ...(typeof relationship.confidence === 'number' ? { confidence: `STIX confidence ${relationship.confidence}` } : {}) });
      }
    }
    for (const { relationship, source } of incoming(object.id, ['attributed-to'])) {
      const actorId = actorIdOf.get(source.id);
      if (!actorId) continue;
      skips.use(relationship.id);
      eventActors.add(actorId);
      collected.add('actors', actorId, levelOf(relationship));
    }
    for (const { relationship, target } of outgoing(object.id, ['targets'])) {
      const victimId = victimIdOf.get(target.id);
      if (!victimId) continue;
      eventVictims.add(victimId);
      collected.add('victims', victimId, levelOf(relationship));
    }
    const uses = usesOf(object, collected, true);
    // A name in the description cannot be hidden on its own: software marked above the event is left out.
    const named = uses.software.filter((s) => tlpRank(s.level) <= tlpRank(level));
    for (const s of uses.software) {
      if (named.includes(s)) {
        skips.use(s.relationship.id);
        skips.use(s.target.id);
      } else {
        skips.skip(s.relationship, 'the malware or tool is marked above the event whose description would name it');
      }
    }
    const base = typeof object.description === 'string' && object.description.trim() ? object.description.trim() : `${eventTitle} (STIX ${object.type}).`;
    const text = named.length > 0 ? `${base}\n\nMalware and tools named: ${[...new Set(named.map((s) => s.name))].join(', ')}.` : base;
    const sourceIds = [...new Set([...(extra.sources ?? []), ...sources.cite(object, eventTitle, collected), ...(containing.get(object.id) ?? [])])];
    const id = allocateEvent(slugify(eventTitle, 'event'));
    eventIdOf.set(object.id, id);
    skips.use(object.id);
    events.push({
      id,
      title: cleanText(eventTitle, 300),
      kind,
      ...when,
      description: cleanText(text, 10_000),
      actors: [...eventActors],
      victims: [...eventVictims],
      ...(extra.subjects && extra.subjects.length > 0 ? { subjects: extra.subjects } : {}),
      sources: sourceIds,
      ...(attributions.length > 0 ? { attributions } : {}),
      ...(uses.techniques.length > 0 ? { techniques: uses.techniques } : {}),
      ...withParts(level, collected),
    });
  };

  for (const object of live) {
    if (object.type === 'campaign') {
      addEvent(object, 'activity', nameOf(object), seenWhen(object));
    } else if (object.type === 'incident') {
      addIncident(object);
    } else if (object.type === 'sighting') {
      const of = refersTo(object, 'sighting_of_ref');
      if (of?.type === 'incident') continue;
      const ofActor = of ? actorIdOf.get(of.id) : undefined;
      const where = asStrings(object.where_sighted_refs).map((ref) => victimIdOf.get(ref)).filter((v): v is string => v !== undefined);
      // The sighted object is named only when no more restricted than the sighting.
      const named = of && tlpRank(levelOf(of)) <= tlpRank(levelOf(object));
      addEvent(object, 'detection', `${named ? nameOf(of) : 'Activity'} sighted`, seenWhen(object), {
        actors: ofActor ? [ofActor] : [],
        victims: where.map((id) => ({ id, level: levelOf(object) })),
      });
    } else if (ACTOR_TYPES.has(object.type) && (object.first_seen !== undefined || object.last_seen !== undefined)) {
      addEvent(object, 'activity', `${nameOf(object)} activity`, seenWhen(object), { actors: [actorIdOf.get(object.id)!] });
    }
  }

  /** An incident, dated by its own first_seen/last_seen or else by the least restricted sightings of it. */
  function addIncident(incident: StixObj): void {
    const seen = sightingsOf.get(incident.id) ?? [];
    const victimsSeen = seen.flatMap((sighting) => asStrings(sighting.where_sighted_refs)
      .map((ref) => victimIdOf.get(ref))
      .filter((id): id is string => id !== undefined)
      .map((id) => ({ id, level: maxTlp(levelOf(incident), levelOf(sighting)) })));
    for (const sighting of seen) skips.use(sighting.id);
    const own = seenWhen(incident);
    if (own || seen.length === 0) {
      addEvent(incident, 'intrusion', nameOf(incident), own, { victims: victimsSeen });
      return;
    }
    const lowest = Math.min(...seen.map((s) => tlpRank(levelOf(s))));
    const dating = seen.filter((s) => tlpRank(levelOf(s)) === lowest);
    const firsts = dating.map((s) => dayOf(s.first_seen)).filter((d): d is string => d !== undefined).sort();
    const lasts = dating.map((s) => dayOf(s.last_seen)).filter((d): d is string => d !== undefined).sort();
    const when = whenOf(firsts[0], lasts.at(-1));
    const level = levelOf(dating[0]!);
    addEvent(incident, 'intrusion', nameOf(incident), when && { ...when, dateNote: `${when.dateNote ?? ''} Dates from the sightings of the incident.`.trim() }, { victims: victimsSeen, ...(level ? { level } : {}) });
  }

  for (const report of reports) {
    const refs = asStrings(report.object_refs);
    const level = levelOf(report);
    const creator = typeof report.created_by_ref === 'string' ? actorIdOf.get(report.created_by_ref) : undefined;
    const day = dayOf(report.published);
    addEvent(report, 'report', nameOf(report), day ? { date: day } : undefined, {
      actors: [...(creator ? [creator] : []), ...refs.map((ref) => actorIdOf.get(ref)).filter((a): a is string => a !== undefined)],
      victims: refs.map((ref) => victimIdOf.get(ref)).filter((v): v is string => v !== undefined).map((id) => ({ id, level })),
      subjects: refs.map((ref) => subjectIdOf.get(ref)).filter((v): v is string => v !== undefined),
      ...(reportSource.has(report.id) ? { sources: [reportSource.get(report.id)!] } : {}),
    });
    const event = events.find((e) => e.id === eventIdOf.get(report.id));
    if (!event) continue;
    const reveals = refs.map((ref) => eventIdOf.get(ref)).filter((e): e is string => e !== undefined && e !== event.id);
    const collected = createParts(level);
    for (const part of event.granularTlp ?? []) collected.add(part.field, part.value, part.tlp);
    const techniques = [...(event.techniques ?? [])];
    for (const ap of refs.map((ref) => byId.get(ref)).filter((o): o is StixObj => o?.type === 'attack-pattern')) {
      const technique = techniqueIdOf(ap);
      if (!technique) continue;
      skips.use(ap.id);
      if (!techniques.includes(technique)) techniques.push(technique);
      collected.add('techniques', technique, maxTlp(maxTlp(level, levelOf(ap)), markings.referenceLevel(ap, attackReferenceIndex(ap, TECHNIQUE_ID))));
    }
    const list = collected.list();
    Object.assign(event, {
      ...(reveals.length > 0 ? { reveals: [...new Set(reveals)] } : {}),
      ...(techniques.length > 0 ? { techniques } : {}),
      ...(list.length > 0 ? { granularTlp: list } : {}),
    });
  }

  const allSources = sources.finish();
  // Events need a source; when the bundle names none, the bundle itself is cited.
  if (events.some((event) => event.sources.length === 0)) {
    const allocate = createIdAllocator();
    const taken = new Set(allSources.map((s) => s.id));
    let bundleSourceId = 'stix-bundle';
    while (taken.has(bundleSourceId)) bundleSourceId = allocate('stix-bundle');
    allSources.push({
      id: bundleSourceId,
      title: `STIX bundle ${bundleId || '(no id)'}`,
      publisher: 'STIX bundle',
      kind: 'reference',
      claims: ['The imported bundle itself; it cites no external document for some of its objects.'],
    });
    for (const event of events) if (event.sources.length === 0) Object.assign(event, { sources: [bundleSourceId] });
  }

  // Every object's markings are read before the warnings, so each unknown marking counts all its carriers.
  for (const object of all) levelOf(object);
  for (const object of all) if (object.type === 'marking-definition' && markings.isReferenced(object.id)) skips.use(object.id);
  const dated = reports.filter((report) => reportSource.has(report.id));
  const onlyReport = dated.length === 1 && isUnmarked(levelOf(dated[0]!)) ? nameOf(dated[0]!) : undefined;
  const json: DatasetJson = {
    version: 1,
    title: cleanText(title ?? onlyReport ?? `STIX bundle ${bundleId}`.trim(), 300),
    description: `Imported from STIX bundle ${bundleId || '(no id)'}.`,
    actors, victims, ...(subjects.length > 0 ? { subjects } : {}), sources: allSources, events,
  };
  const summary = skips.summarise(all, levelOf);
  const warnings = [...markings.warnings(), ...summary.warnings];
  if (events.length === 0) warnings.push('The bundle holds no dated campaign, incident, sighting, report or first-seen actor: the timeline is empty.');
  const result = finishImport(json, warnings);
  return result.ok ? { ...result, skipped: summary.skipped } : result;
}

function pushTo<V>(map: Map<string, V[]>, key: string, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function seenWhen(object: StixObj): When | undefined {
  return whenOf(dayOf(object.first_seen), dayOf(object.last_seen));
}

/** The dates of an event first and last seen on these days (either may be missing). */
function whenOf(first: string | undefined, last: string | undefined): When | undefined {
  if (first && last && last >= first) return first === last ? { date: first } : { start: first, end: last, dateNote: 'From first_seen to last_seen in STIX.' };
  if (first) return { date: first, dateNote: 'First seen (STIX first_seen); the bundle gives no last_seen.' };
  if (last) return { date: last, dateNote: 'Last seen (STIX last_seen); the bundle gives no first_seen.' };
  return undefined;
}
