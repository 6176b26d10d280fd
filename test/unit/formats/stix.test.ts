import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { toDatasetJson } from '../../../src/formats/dataset-json.ts';
import { fromStixBundle } from '../../../src/formats/stix-import.ts';
import { toStixBundle, type StixObject } from '../../../src/formats/stix-export.ts';
import { TLP2_MARKING_IDS } from '../../../src/formats/stix-markings.ts';
import { assertDataset } from '../../../src/model/parse-dataset.ts';
import type { Dataset } from '../../../src/model/types.ts';
import { loadFixture } from '../helpers.ts';
import { EXTENSION_ID } from '../../../src/formats/stix-extension.ts';
import { createStixValidator, FIXTURE_SCHEMAS, HAVE_STIX_REPORTS, HAVE_STIX_SCHEMAS, readReport, readStixFixture, STIX_ROOT } from './stix-schemas.ts';
import { strictProblems } from './stix-strict.ts';

const defaultDataset = () => assertDataset(JSON.parse(readFileSync(new URL('../../../data/default-dataset.json', import.meta.url), 'utf8')));

/** The small fixture with TLP markings added: one amber event, one red source cited next to a clear one. */
function markedDataset(): Dataset {
  const json = loadFixture('small.json') as { events: Record<string, unknown>[]; sources: Record<string, unknown>[] };
  json.events[0]!.tlp = 'amber';
  json.sources[2]!.tlp = 'red';
  json.sources[0]!.tlp = 'green';
  return assertDataset(json);
}

/**
 * The small fixture with everything the extension must carry: TLP on actors and victims, actor
 * techniques and software, and parts marked above their records (links, techniques, software,
 * a country, a citation).
 */
function partsDataset(): Dataset {
  const json = loadFixture('small.json') as { actors: Record<string, unknown>[]; victims: Record<string, unknown>[]; events: Record<string, unknown>[]; sources: Record<string, unknown>[] };
  const [apt10, , pwc] = json.actors;
  Object.assign(apt10!, {
    tlp: 'green', techniques: ['T1199', 'T1566'], software: ['PlugX', 'QuasarRAT'],
    granularTlp: [{ field: 'techniques', value: 'T1566', tlp: 'red' }, { field: 'country', value: 'CN', tlp: 'amber' }, { field: 'software', value: 'QuasarRAT', tlp: 'amber' }],
  });
  Object.assign(pwc!, { tlp: 'red' });
  Object.assign(json.victims[2]!, { tlp: 'amber', granularTlp: [{ field: 'sources', value: 'src-reuters-2019', tlp: 'red' }] });
  const event = (id: string) => json.events.find((e) => e.id === id)!;
  Object.assign(event('e-visma-intrusion'), { granularTlp: [{ field: 'victims', value: 'visma', tlp: 'red' }, { field: 'actors', value: 'apt10', tlp: 'amber' }] });
  Object.assign(event('e-cloudhopper'), { tlp: 'green', granularTlp: [{ field: 'actors', value: 'apt10', tlp: 'red' }, { field: 'techniques', value: 'T1199', tlp: 'amber' }] });
  json.sources[1]!.tlp = 'green';
  // A subject (named, neither acting nor targeted), marked, and its link from the report marked higher.
  Object.assign(json, { subjects: [{ id: 'example-client', name: 'Example client', type: 'organization', sector: 'not stated', tlp: 'green' }] });
  Object.assign(event('e-reuters'), { subjects: ['example-client', 'visma'], granularTlp: [{ field: 'subjects', value: 'example-client', tlp: 'amber' }] });
  return assertDataset(json);
}

/** Dataset JSON with sources in id order (a bundle keeps each source with the records citing it). */
function canonical(dataset: Dataset) {
  const json = toDatasetJson(dataset);
  return { ...json, sources: [...json.sources].sort((a, b) => (a.id < b.id ? -1 : 1)) };
}

function importBack(bundle: unknown): Dataset {
  const result = fromStixBundle(JSON.parse(JSON.stringify(bundle)));
  if (!result.ok) throw new Error(result.issues.map((i) => i.message).join('\n'));
  return assertDataset(result.json);
}

/**
 * Removes attack-timeline's extension (its definition, and its content from every object),
 * leaving only what any STIX tool understands.
 */
function stripCustom(bundle: { objects: readonly StixObject[] }): unknown {
  return {
    ...bundle,
    objects: bundle.objects.filter((o) => o.id !== EXTENSION_ID).map((object) => {
      const { extensions, ...rest } = object as StixObject & { extensions?: Record<string, unknown> };
      const { [EXTENSION_ID]: _ours, ...others } = extensions ?? {};
      return Object.keys(others).length > 0 ? { ...rest, extensions: others } : rest;
    }),
  };
}

describe('toStixBundle', () => {
  it('is deterministic: the same dataset gives byte-identical bundles, with STIX ids', () => {
    const a = JSON.stringify(toStixBundle(defaultDataset()));
    expect(JSON.stringify(toStixBundle(defaultDataset()))).toBe(a);
    const bundle = JSON.parse(a) as { id: string; objects: StixObject[] };
    expect(bundle.id).toMatch(/^bundle--[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(new Set(bundle.objects.map((o) => o.id)).size).toBe(bundle.objects.length);
  });

  it('keeps ids of different datasets apart through the scope', () => {
    const d = defaultDataset();
    expect(toStixBundle(d, { scope: 'a' }).objects[1]!.id).not.toBe(toStixBundle(d, { scope: 'b' }).objects[1]!.id);
  });

  it('maps kinds, actors and techniques to STIX objects and relationships', () => {
    const bundle = toStixBundle(assertDataset(loadFixture('small.json')));
    const types = new Set(bundle.objects.map((o) => o.type));
    for (const type of ['identity', 'intrusion-set', 'report', 'relationship', 'location']) expect(types).toContain(type);
    const group = bundle.objects.find((o) => o.type === 'intrusion-set')!;
    expect(group.external_references).toContainEqual({ source_name: 'mitre-attack', external_id: 'G0045', url: 'https://attack.mitre.org/groups/G0045/' });
  });

  it('carries TLP 2.0 marking definitions, object markings and granular markings for sources above their event', () => {
    const bundle = toStixBundle(markedDataset());
    const markings = bundle.objects.filter((o) => o.type === 'marking-definition');
    expect(markings.map((m) => m.id)).toEqual([TLP2_MARKING_IDS.green, TLP2_MARKING_IDS.amber, TLP2_MARKING_IDS.red]);
    const amberEvent = bundle.objects.find((o) => (o.object_marking_refs as string[] | undefined)?.includes(TLP2_MARKING_IDS.amber));
    expect(amberEvent).toBeDefined();
    const granular = bundle.objects.flatMap((o) => (o.granular_markings as { marking_ref: string }[] | undefined) ?? []);
    expect(granular.map((g) => g.marking_ref)).toContain(TLP2_MARKING_IDS.red);
  });
});

describe('export → import', () => {
  it('restores the default dataset exactly (every event, date, actor, victim, source)', () => {
    const dataset = defaultDataset();
    expect(canonical(importBack(toStixBundle(dataset)))).toEqual(canonical(dataset));
  });

  it('restores TLP markings on events and sources', () => {
    const dataset = markedDataset();
    expect(canonical(importBack(toStixBundle(dataset)))).toEqual(canonical(dataset));
  });

  it('restores actor techniques and software, TLP on actors and victims, and TLP parts of every record', () => {
    const dataset = partsDataset();
    expect(canonical(importBack(toStixBundle(dataset)))).toEqual(canonical(dataset));
  });

  it('without our extension, still keeps every event with its day, every actor, victim and subject an event names, and every source link', () => {
    const dataset = defaultDataset();
    const result = fromStixBundle(stripCustom(JSON.parse(JSON.stringify(toStixBundle(dataset)))));
    if (!result.ok) throw new Error(result.issues.map((i) => i.message).join('\n'));
    const back = assertDataset(result.json);
    expect(back.events).toHaveLength(dataset.events.length);
    const starts = (d: Dataset) => d.events.map((e) => e.when.startMs).sort((a, b) => a - b);
    // A partial date becomes its first day, so each event starts where it did (incidents through their sightings).
    expect(starts(back)).toEqual(starts(dataset));
    const names = (list: readonly { name: string }[]) => new Set(list.map((x) => x.name));
    // Actors and victims of an activity or intrusion, and every threat group, keep their role.
    const inActivity = new Set(dataset.events.filter((e) => e.kind === 'activity' || e.kind === 'intrusion' || e.kind === 'detection').flatMap((e) => [...e.actors, ...e.victims]));
    const linkedActors = dataset.actors.filter((a) => inActivity.has(a.id) || a.type === 'threat-group');
    const linkedVictims = dataset.victims.filter((v) => inActivity.has(v.id));
    expect(linkedActors.length + linkedVictims.length).toBeGreaterThan(20);
    expect(linkedActors.map((a) => a.name).filter((name) => !names(back.actors).has(name))).toEqual([]);
    expect(linkedVictims.map((v) => v.name).filter((name) => !names(back.victims).has(name))).toEqual([]);
    // The others a publication names come back as its subjects: without the extension, the bundle
    // does not say whether they acted or were targeted.
    const named = new Set(dataset.events.flatMap((e) => [...e.actors, ...e.victims, ...e.subjects]));
    const everyone = [...dataset.actors, ...dataset.victims, ...dataset.subjects];
    const rest = everyone.filter((x) => named.has(x.id) && !linkedActors.includes(x as never) && !linkedVictims.includes(x as never));
    expect(rest.length).toBeGreaterThan(20);
    expect(rest.map((x) => x.name).filter((name) => !names(back.subjects).has(name))).toEqual([]);
    // Records no event names are left out, and the warnings count every one of them.
    const unnamed = everyone.filter((x) => !named.has(x.id));
    const counted = result.warnings.map((w) => /^(\d+) identity objects? skipped: not targeted/.exec(w)).filter((m) => m !== null).map((m) => Number(m[1]));
    expect(counted.reduce((a, b) => a + b, 0)).toBe(unnamed.length);
    // Every source link survives; ATT&CK group pages are added as references of their groups.
    const backUrls = new Set(back.sources.map((s) => s.url));
    expect(dataset.sources.map((s) => s.url).filter((url) => url !== undefined && !backUrls.has(url))).toEqual([]);
  });
});

describe('strict STIX 2.1 export (schemas copied under test/fixtures, plus the validator\'s strict rules)', () => {
  const validator = createStixValidator(FIXTURE_SCHEMAS);
  const exported = (dataset: Dataset) => JSON.parse(JSON.stringify(toStixBundle(dataset))) as { objects: StixObject[] };

  it('default, TLP-marked and TLP-part datasets: every object passes its OASIS schema and every strict rule', () => {
    for (const dataset of [defaultDataset(), markedDataset(), partsDataset()]) expect(strictProblems(exported(dataset), validator)).toEqual([]);
  });

  it('no top-level custom property anywhere; our data sits in one extension the bundle defines', () => {
    const bundle = exported(partsDataset());
    expect(bundle.objects.flatMap((o) => Object.keys(o)).filter((key) => key.startsWith('x_'))).toEqual([]);
    const definition = bundle.objects.find((o) => o.id === EXTENSION_ID)!;
    expect(definition).toMatchObject({ type: 'extension-definition', extension_types: ['property-extension'] });
    expect(bundle.objects.filter((o) => o.type !== 'marking-definition' && o.type !== 'relationship' && o.type !== 'sighting' && o.type !== 'attack-pattern' && o.type !== 'location' && o.id !== EXTENSION_ID)
      .filter((o) => o.name !== 'attack-timeline')
      .every((o) => (o.extensions as Record<string, unknown> | undefined)?.[EXTENSION_ID] !== undefined)).toBe(true);
  });

  it('an incident has no first_seen/last_seen: a sighting of it carries them, and victims marked above it get a sighting at their own level', () => {
    const bundle = exported(partsDataset());
    const incident = bundle.objects.find((o) => o.type === 'incident')!;
    expect(incident).not.toHaveProperty('first_seen');
    expect(incident).not.toHaveProperty('last_seen');
    const sightings = bundle.objects.filter((o) => o.type === 'sighting' && o.sighting_of_ref === incident.id);
    expect(sightings.map((o) => [o.first_seen, o.object_marking_refs ?? null, o.where_sighted_refs ?? null])).toEqual([
      ['2018-06-01T00:00:00.000Z', null, null],
      ['2018-06-01T00:00:00.000Z', [TLP2_MARKING_IDS.red], [expect.stringMatching(/^identity--/)]],
    ]);
  });

  it('bundles re-exported from real third-party imports pass too', () => {
    for (const name of ['opencti-data-test.json', 'attack-ics-subset.json', 'attack-menupass.json', 'oasis-defining-campaigns-threat-actors-intrusion-sets.json', 'oasis-sighting-of-an-indicator.json']) {
      const imported = fromStixBundle(readStixFixture(name));
      if (!imported.ok) throw new Error(name);
      expect(strictProblems(exported(assertDataset(imported.json)), validator), name).toEqual([]);
    }
  });

  it('catches what it is there for: custom properties, undefined extensions, unsuggested relationships, vocabularies, dangling references', () => {
    const bundle = exported(markedDataset());
    const incident = bundle.objects.find((o) => o.type === 'incident')!;
    const relationship = bundle.objects.find((o) => o.type === 'relationship' && o.relationship_type === 'targets')!;
    const identity = bundle.objects.find((o) => o.type === 'identity' && o.identity_class === 'organization')!;
    Object.assign(incident, { first_seen: '2019-01-01T00:00:00.000Z', x_attack_timeline: {}, extensions: { 'extension-definition--00000000-0000-4000-8000-000000000000': { extension_type: 'property-extension' } } });
    Object.assign(relationship, { source_ref: incident.id });
    Object.assign(identity, { sectors: ['IT services'], created_by_ref: 'identity--00000000-0000-4000-8000-000000000001', granular_markings: [{ marking_ref: TLP2_MARKING_IDS.red, selectors: ['external_references.[9]'] }] });
    const problems = strictProblems(bundle, validator).join('\n');
    for (const expected of ['property "first_seen" is not defined for incident', 'property "x_attack_timeline" is not defined', 'has no extension-definition in the bundle',
      'incident targets identity is not a suggested relationship', 'sector "IT services" not in industry-sector-ov', 'created_by_ref identity--00000000-0000-4000-8000-000000000001 is not in the bundle',
      'selector "external_references.[9]" selects nothing']) expect(problems).toContain(expected);
  });
});

describe('OASIS STIX 2.1 JSON schemas', () => {
  it.skipIf(!HAVE_STIX_SCHEMAS)(`every exported object validates against the schema of its type (${STIX_ROOT})`, () => {
    const validator = createStixValidator();
    for (const dataset of [defaultDataset(), markedDataset()]) {
      const bundle = JSON.parse(JSON.stringify(toStixBundle(dataset))) as { objects: StixObject[] };
      const problems = bundle.objects.flatMap((o) => validator.object(o).map((p) => `${o.id}: ${p}`));
      expect(problems).toEqual([]);
    }
  });

  it.skipIf(!HAVE_STIX_SCHEMAS)('the bundle validates against bundle.json (for the types bundle.json lists)', () => {
    // OASIS bundle.json predates some STIX 2.1 objects: it does not list incident, location or
    // extension-definition, and its branch for custom objects rejects them (they match both core
    // and cyber-observable core). Those objects are checked against their own schemas above.
    const validator = createStixValidator();
    const bundle = JSON.parse(JSON.stringify(toStixBundle(markedDataset()))) as { objects: StixObject[] };
    const listed = { ...bundle, objects: bundle.objects.filter((o) => o.type !== 'incident' && o.type !== 'location' && o.type !== 'extension-definition') };
    expect(validator.bundle!(listed), JSON.stringify(validator.bundle!.errors?.slice(0, 3))).toBe(true);
  });

  it.runIf(!HAVE_STIX_SCHEMAS)('skipped: ../shared/stix2-json-schemas is not present in this checkout', () => {
    console.warn(`Skipping STIX schema validation: ${STIX_ROOT} not found.`);
  });
});

describe('fromStixBundle on the OASIS example threat reports', () => {
  it.skipIf(!HAVE_STIX_REPORTS)('imports APT1: the intrusion set first seen in 2006 and the report of 19 February 2013', () => {
    const result = fromStixBundle(readReport('apt1.json'));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const dataset = assertDataset(result.json);
    const apt1 = dataset.actors.find((a) => a.name === 'APT1')!;
    expect(apt1).toMatchObject({ type: 'threat-group', aliases: ['Comment Crew', 'Comment Group', 'Shady Rat'] });
    const report = dataset.events.find((e) => e.kind === 'report')!;
    expect(report.when.start.text).toBe('2013-02-19');
    const activity = dataset.events.find((e) => e.kind === 'activity')!;
    expect(activity.when.start.text).toBe('2006-06-01');
    expect(activity.actors).toContain(apt1.id);
    expect(report.reveals).toEqual([activity.id]);
    // Identities the threat actors are attributed to are people, not victims.
    expect(dataset.actors.filter((a) => a.type === 'person').map((a) => a.name).sort()).toEqual(['JackWang', 'Mei Qiang', 'Wang Dong', 'dota']);
  });

  it.skipIf(!HAVE_STIX_REPORTS)('imports Poison Ivy: three campaigns revealed by the FireEye report of 21 August 2013', () => {
    const result = fromStixBundle(readReport('poisonivy.json'));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const dataset = assertDataset(result.json);
    const campaigns = dataset.events.filter((e) => e.kind === 'activity').map((e) => `${e.title} ${e.when.start.text}`).sort();
    expect(campaigns).toEqual(['admin@338 2008-01-07', 'menuPass 2009-12-14', 'th3bug 2009-10-26']);
    const report = dataset.events.find((e) => e.kind === 'report')!;
    expect(report.when.start.text).toBe('2013-08-21');
    expect(report.reveals).toHaveLength(3);
    expect(dataset.sources[0]!.publisher).toBe('FireEye, Inc.');
    expect(dataset.events.find((e) => e.title === 'menuPass')!.description).toMatch(/Malware and tools named: /);
  });

  it.runIf(!HAVE_STIX_REPORTS)('skipped: ../shared/stix2-json-schemas/examples is not present in this checkout', () => {
    console.warn('Skipping the OASIS example reports: folder not found.');
  });
});

describe('fromStixBundle on other input', () => {
  it('reads TLP markings (1.0 ids and 2.0 ids), targets and techniques, and names what it left out', () => {
    const bundle = {
      type: 'bundle', id: 'bundle--1',
      objects: [
        { type: 'intrusion-set', id: 'intrusion-set--1', name: 'Group', external_references: [{ source_name: 'mitre-attack', external_id: 'G0045', url: 'https://attack.mitre.org/groups/G0045/' }] },
        { type: 'identity', id: 'identity--v', name: 'Victim Org', identity_class: 'organization', sectors: ['telecommunications'] },
        { type: 'attack-pattern', id: 'attack-pattern--1', name: 'Exploit', external_references: [{ source_name: 'mitre-attack', external_id: 'T1190' }] },
        { type: 'campaign', id: 'campaign--1', name: 'Dated', first_seen: '2019-03-01T00:00:00Z', last_seen: '2019-05-01T00:00:00Z', object_marking_refs: ['marking-definition--f88d31f6-486f-44da-b317-01333bde0b82'], external_references: [{ source_name: 'Example', description: 'A write-up', url: 'https://example.org/write-up' }] },
        { type: 'campaign', id: 'campaign--2', name: 'Undated' },
        { type: 'relationship', id: 'relationship--1', relationship_type: 'attributed-to', source_ref: 'campaign--1', target_ref: 'intrusion-set--1' },
        { type: 'relationship', id: 'relationship--2', relationship_type: 'targets', source_ref: 'campaign--1', target_ref: 'identity--v' },
        { type: 'relationship', id: 'relationship--3', relationship_type: 'uses', source_ref: 'campaign--1', target_ref: 'attack-pattern--1' },
      ],
    };
    const result = fromStixBundle(bundle);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const [event] = assertDataset(result.json).events;
    expect(event).toMatchObject({ title: 'Dated', tlp: 'amber', actors: ['group'], victims: ['victim-org'], techniques: ['T1190'] });
    expect(event!.when).toMatchObject({ isPeriod: true, start: { text: '2019-03-01' }, end: { text: '2019-05-01' } });
    expect(result.warnings.find((w) => w.includes('"Undated"'))).toMatch(/no usable date/);
  });

  it('rejects what is not a bundle, with a path', () => {
    const result = fromStixBundle({ type: 'report' });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues[0]!.path).toBe('/type');
  });
});
