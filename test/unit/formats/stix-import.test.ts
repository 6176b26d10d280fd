// Native STIX import against real third-party bundles (test/fixtures/formats/stix, see
// PROVENANCE.md) and small hand-made bundles for the cases they lack: TLP on every object with
// nothing leaking, who is a victim, revoked and deprecated objects, and every skipped object counted.
import { describe, expect, it } from 'vitest';
import { fromStixBundle } from '../../../src/formats/stix-import.ts';
import { TLP2_MARKING_IDS } from '../../../src/formats/stix-markings.ts';
import { restrictToTlp } from '../../../src/formats/tlp.ts';
import { assertDataset } from '../../../src/model/parse-dataset.ts';
import type { Dataset } from '../../../src/model/types.ts';
import { readStixFixture } from './stix-schemas.ts';

function read(input: unknown) {
  const result = fromStixBundle(input);
  if (!result.ok) throw new Error(result.issues.map((i) => i.message).join('\n'));
  return { dataset: assertDataset(result.json), warnings: result.warnings };
}

const bundle = (objects: Record<string, unknown>[]) => ({ type: 'bundle', id: 'bundle--test', objects });
const names = (dataset: Dataset) => [...dataset.actors, ...dataset.victims].map((x) => x.name).sort();
/** `{type: count}` of the "N <type> objects skipped" warnings. */
function skipped(warnings: readonly string[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const warning of warnings) {
    const match = /^(\d+) (\S+) objects? skipped: /.exec(warning);
    if (match) counts[match[2]!] = (counts[match[2]!] ?? 0) + Number(match[1]);
  }
  return counts;
}

const RED = TLP2_MARKING_IDS.red;
const TLP1_AMBER = 'marking-definition--f88d31f6-486f-44da-b317-01333bde0b82';

/** A bundle where RED objects and RED relationships touch clear ones everywhere text is generated. */
function leakyBundle() {
  return bundle([
    { type: 'identity', id: 'identity--vendor', name: 'Vendor', identity_class: 'organization' },
    { type: 'identity', id: 'identity--victim', name: 'Victim Co', identity_class: 'organization' },
    { type: 'intrusion-set', id: 'intrusion-set--red', name: 'Red Panda', object_marking_refs: [RED], external_references: [{ source_name: 'Red notes', url: 'https://example.org/red-panda' }] },
    { type: 'intrusion-set', id: 'intrusion-set--clear', name: 'Clear Bear' },
    { type: 'malware', id: 'malware--red', name: 'SecretTool', is_family: true, object_marking_refs: [RED] },
    {
      type: 'campaign', id: 'campaign--red', name: 'Operation Secret', first_seen: '2019-03-01T00:00:00Z', object_marking_refs: [RED],
      external_references: [{ source_name: 'Secret blog', description: 'Inside Operation Secret', url: 'https://example.org/shared' }],
    },
    {
      type: 'campaign', id: 'campaign--clear', name: 'Operation Open', first_seen: '2020-03-01T00:00:00Z', description: 'An open campaign.',
      external_references: [
        { source_name: 'Open blog', description: 'Open write-up', url: 'https://example.org/shared' },
        { source_name: 'Closed blog', description: 'Closed write-up', url: 'https://example.org/granular' },
      ],
      granular_markings: [{ marking_ref: RED, selectors: ['external_references.[1]'] }],
    },
    { type: 'relationship', id: 'relationship--1', relationship_type: 'attributed-to', source_ref: 'campaign--clear', target_ref: 'intrusion-set--clear', object_marking_refs: [RED] },
    { type: 'relationship', id: 'relationship--2', relationship_type: 'attributed-to', source_ref: 'campaign--clear', target_ref: 'intrusion-set--red' },
    { type: 'relationship', id: 'relationship--3', relationship_type: 'targets', source_ref: 'campaign--clear', target_ref: 'identity--victim' },
    { type: 'relationship', id: 'relationship--4', relationship_type: 'uses', source_ref: 'campaign--clear', target_ref: 'malware--red' },
    { type: 'sighting', id: 'sighting--1', sighting_of_ref: 'intrusion-set--red', first_seen: '2020-05-01T00:00:00Z', where_sighted_refs: ['identity--victim'] },
    { type: 'report', id: 'report--red', name: 'Secret report', published: '2020-06-01T00:00:00Z', created_by_ref: 'identity--vendor', object_refs: ['campaign--clear'], object_marking_refs: [RED] },
  ]);
}

describe('TLP on every object, and nothing leaks', () => {
  it('a RED actor and a RED attributed-to vanish at amber; the campaign stays without them', () => {
    const { dataset } = read(leakyBundle());
    const open = dataset.events.find((e) => e.title === 'Operation Open')!;
    // At red everything is there.
    expect(open.actors.map((id) => dataset.actors.find((a) => a.id === id)!.name).sort()).toEqual(['Clear Bear', 'Red Panda']);
    const amber = restrictToTlp(dataset, 'amber');
    expect(amber.actors.map((a) => a.name)).toEqual(['Clear Bear']);
    expect(amber.events.find((e) => e.title === 'Operation Open')!.actors).toEqual([]);
    expect(amber.events.map((e) => e.title).sort()).toEqual(['Activity sighted', 'Operation Open']);
  });

  it('once RED objects are removed, no generated text names them: claims, titles, descriptions, ids, the dataset title', () => {
    const { dataset } = read(leakyBundle());
    const amber = restrictToTlp(dataset, 'amber');
    const text = JSON.stringify(amber);
    for (const secret of ['Red Panda', 'red-panda', 'Operation Secret', 'operation-secret', 'SecretTool', 'Secret report', 'Secret blog', 'Inside Operation Secret', 'Closed write-up', 'granular']) {
      expect(text, secret).not.toContain(secret);
    }
    // The link both campaigns cite is one source, titled and claimed by the clear citation only.
    const shared = amber.sources.find((s) => s.url === 'https://example.org/shared')!;
    expect(shared).toMatchObject({ title: 'Open write-up', publisher: 'Open blog', claims: ['Cited for campaign "Operation Open".'] });
    expect(amber.title).toBe('STIX bundle bundle--test');
    expect(amber.events.find((e) => e.title === 'Operation Open')!.description).toBe('An open campaign.');
  });

  it('warnings name a marked object only by its id', () => {
    const { warnings } = read(leakyBundle());
    expect(warnings.join('\n')).toMatch(/malware--red/);
    for (const secret of ['Red Panda', 'Operation Secret', 'SecretTool', 'Secret report']) expect(warnings.join('\n')).not.toContain(secret);
  });

  it('OpenCTI\'s TLP:TEST and MITRE\'s copyright statement are treated as TLP:RED, with a warning naming each', () => {
    const { dataset, warnings } = read(readStixFixture('opencti-data-test.json'));
    expect(warnings.find((w) => w.includes('"TLP:TEST"'))).toMatch(/marking-definition--78ca4366-f5b8-4764-83f7-34ce38198e27\) is not a TLP level: the 12 objects carrying it are treated as TLP:RED/);
    expect(warnings.find((w) => w.includes('statement "Copyright 2017, The MITRE Corporation"'))).toMatch(/the 3 objects carrying it are treated as TLP:RED/);
    expect(dataset.events.filter((e) => e.tlp === 'red').map((e) => e.title).sort()).toEqual(['A demo report for testing purposes', 'A new campaign', 'A new incident']);
    expect(dataset.actors.find((a) => a.name === 'APT41')!.tlp).toBe('red');
    // TLP:WHITE written the OpenCTI way (definition_type "TLP", {"TLP": "TLP:WHITE"}) is clear.
    expect(warnings.join()).not.toContain('TLP:WHITE');
    const clear = restrictToTlp(dataset, 'clear');
    expect(clear.events.map((e) => e.title).sort()).toEqual(['2a0169c72c84e6d3fa49af701fd46ee7aaf1d1d9e107798d93a6ca8df5d25957 sighted', 'www.one-clap.jp sighted']);
    // Allied Universal is marked TLP:WHITE, but only a TLP:TEST relationship says it was targeted.
    expect(names(clear)).toEqual(['CIRCL', 'France']);
    for (const secret of ['APT41', 'A new campaign', 'A new incident', 'A demo report', 'Allied Universal', 'ANSSI', 'Paradise', 'Southwire']) expect(JSON.stringify(clear)).not.toContain(secret);
  });

  it('the OASIS granular-markings example: the TLP:RED threat actor is red, and gone at amber', () => {
    const { dataset } = read(readStixFixture('oasis-using-granular-markings.json'));
    expect(dataset.actors.map((a) => [a.name, a.tlp])).toEqual([['The Joker', 'red']]);
    expect(restrictToTlp(dataset, 'amber').actors).toEqual([]);
  });

  it('granular markings: on a property the record shows, they mark the whole record; on one reference, only that citation', () => {
    const { dataset } = read(bundle([
      { type: 'intrusion-set', id: 'intrusion-set--1', name: 'Group', description: 'Secret description', granular_markings: [{ marking_ref: TLP1_AMBER, selectors: ['description'] }] },
      {
        type: 'intrusion-set', id: 'intrusion-set--2', name: 'Other', external_references: [
          { source_name: 'A', url: 'https://example.org/a' }, { source_name: 'B', url: 'https://example.org/b' },
        ], granular_markings: [{ marking_ref: RED, selectors: ['external_references.[1].url'] }],
      },
    ]));
    expect(dataset.actors[0]!.tlp).toBe('amber');
    const other = dataset.actors[1]!;
    expect(other.tlp).toBeUndefined();
    expect(other.granularTlp).toEqual([{ field: 'sources', value: 'example-org-b', tlp: 'red' }]);
    expect(restrictToTlp(dataset, 'amber').actors.find((a) => a.name === 'Other')!.sources).toEqual(['example-org-a']);
  });

  it('an unknown marking, or one the bundle does not define, is TLP:RED with a warning; TLP 2.0 definitions are read', () => {
    const { dataset, warnings } = read(bundle([
      { type: 'marking-definition', id: 'marking-definition--iep', definition_type: 'iep', definition: {} },
      { type: 'marking-definition', id: 'marking-definition--tlp2', name: 'TLP:AMBER+STRICT', extensions: { 'extension-definition--60a3c5c5-0d10-413e-aab3-9e08dde9e88d': { extension_type: 'property-extension', tlp_2_0: 'amber+strict' } } },
      { type: 'intrusion-set', id: 'intrusion-set--1', name: 'A', object_marking_refs: ['marking-definition--iep'] },
      { type: 'intrusion-set', id: 'intrusion-set--2', name: 'B', object_marking_refs: ['marking-definition--missing'] },
      { type: 'intrusion-set', id: 'intrusion-set--3', name: 'C', object_marking_refs: ['marking-definition--tlp2'] },
    ]));
    expect(dataset.actors.map((a) => a.tlp)).toEqual(['red', 'red', 'amber+strict']);
    expect(warnings).toContain('Marking definition iep (marking-definition--iep) is not a TLP level: the 1 object carrying it is treated as TLP:RED, the most restrictive level.');
    expect(warnings.find((w) => w.includes('marking-definition--missing'))).toMatch(/not defined in the bundle/);
  });
});

describe('who is a victim', () => {
  it('the analysis org that created an indicator is not a victim; the company where it was sighted is', () => {
    const { dataset, warnings } = read(readStixFixture('oasis-sighting-of-an-indicator.json'));
    expect(dataset.victims.map((v) => v.name)).toEqual(['Beta Cyber Intelligence Company']);
    expect(dataset.actors).toEqual([]);
    expect(warnings.find((w) => w.startsWith('1 identity object skipped'))).toMatch(/only created objects.*"Alpha Threat Analysis Org\."/);
  });

  it('MITRE (ATT&CK), MISP-Project and the creators in the OASIS examples are neither victims nor actors', () => {
    for (const [file, creator] of [['attack-menupass.json', 'The MITRE Corporation'], ['misp-events-collection.json', 'MISP-Project'], ['oasis-using-marking-definitions.json', 'Stark Industries'], ['oasis-using-granular-markings.json', 'Gotham National Bank']] as const) {
      expect(names(read(readStixFixture(file)).dataset), file).not.toContain(creator);
    }
  });

  it('OpenCTI: targeted and sighted identities and locations are victims; the report\'s creator is its publisher; others it names are its subjects', () => {
    const { dataset } = read(readStixFixture('opencti-data-test.json'));
    expect(dataset.victims.map((v) => v.name).sort()).toEqual(['Allied Universal', 'CIRCL', 'France', 'Hietzing']);
    expect(dataset.subjects.map((v) => `${v.name} ${v.type}`).sort()).toEqual(['Energy group', 'Southwire organization']);
    expect(dataset.events.find((e) => e.kind === 'report')!.subjects).toEqual(dataset.subjects.map((s) => s.id));
    expect(dataset.actors.map((a) => `${a.name} ${a.type}`).sort()).toEqual(['ANSSI organization', 'APT41 threat-group']);
    expect(dataset.sources.find((s) => s.title === 'A demo report for testing purposes')!.publisher).toBe('ANSSI');
  });

  it('the OASIS campaigns example: the targeted party is the victim, the impersonated one is not; the identity behind the actor is an actor', () => {
    const { dataset } = read(readStixFixture('oasis-defining-campaigns-threat-actors-intrusion-sets.json'));
    expect(dataset.victims.map((v) => v.name)).toEqual(['Branistan Peoples Party']);
    expect(dataset.actors.map((a) => a.name).sort()).toEqual(['APT BPP', 'Fake BPP (Branistan Peoples Party)', 'Franistan Intelligence']);
  });
});

describe('revoked and deprecated objects', () => {
  it('ATT&CK for ICS: revoked groups are not actors, deprecated malware is not software, and each is counted with its reason', () => {
    const { dataset, warnings } = read(readStixFixture('attack-ics-subset.json'));
    expect(dataset.actors.map((a) => a.name).sort()).toEqual(['Dragonfly', 'OilRig', 'Sandworm Team']);
    expect(dataset.actors.find((a) => a.name === 'Sandworm Team')!.software).toEqual(['Bad Rabbit', 'BlackEnergy', 'Industroyer', 'Industroyer2', 'KillDisk', 'NotPetya', 'VPNFilter']);
    expect(warnings).toContainEqual(expect.stringMatching(/^2 intrusion-set objects skipped: revoked \(intrusion-set--76d59913/));
    expect(warnings).toContainEqual(expect.stringMatching(/^2 malware objects skipped: deprecated \(x_mitre_deprecated\)/));
    expect(warnings).toContainEqual(expect.stringMatching(/^1 attack-pattern object skipped: deprecated/));
    expect(warnings).toContainEqual('2 relationship objects skipped: it links a revoked or deprecated object.');
  });

  it('a revoked campaign is no event, a deprecated relationship no link, deprecated malware no software', () => {
    const { dataset, warnings } = read(bundle([
      { type: 'intrusion-set', id: 'intrusion-set--1', name: 'Group' },
      { type: 'malware', id: 'malware--old', name: 'OldRAT', is_family: true, x_mitre_deprecated: true },
      { type: 'relationship', id: 'relationship--2', relationship_type: 'uses', source_ref: 'intrusion-set--1', target_ref: 'malware--old' },
      { type: 'campaign', id: 'campaign--old', name: 'Old', first_seen: '2019-01-01T00:00:00Z', revoked: true },
      { type: 'campaign', id: 'campaign--new', name: 'New', first_seen: '2020-01-01T00:00:00Z' },
      { type: 'relationship', id: 'relationship--1', relationship_type: 'attributed-to', source_ref: 'campaign--new', target_ref: 'intrusion-set--1', x_mitre_deprecated: true },
    ]));
    expect(dataset.events.map((e) => [e.title, e.actors])).toEqual([['New', []]]);
    expect(dataset.actors[0]).not.toHaveProperty('software');
    expect(skipped(warnings)).toEqual({ campaign: 1, relationship: 2, malware: 1 });
    expect(warnings).toContain('1 relationship object skipped: it links a revoked or deprecated object.');
  });
});

describe('every object not used is counted, with a reason', () => {
  it('ATT&CK menuPass: the 46 techniques and 25 malware and tools its 71 uses name are kept on the actor; nothing of them is skipped', () => {
    const { dataset, warnings } = read(readStixFixture('attack-menupass.json'));
    const [menuPass] = dataset.actors;
    expect(dataset.actors).toHaveLength(1);
    expect(menuPass).toMatchObject({ name: 'menuPass', attackId: 'G0045', tlp: 'red' });
    expect(menuPass!.aliases).toContain('APT10');
    expect(menuPass!.techniques).toHaveLength(46);
    expect(menuPass!.techniques).toContain('T1199');
    expect(menuPass!.software).toHaveLength(25);
    expect(menuPass!.software).toEqual(expect.arrayContaining(['PlugX', 'QuasarRAT', 'Mimikatz']));
    // Only the MITRE identity is skipped; the statement marking is reported; the timeline has no dated event.
    expect(skipped(warnings)).toEqual({ identity: 1 });
    expect(warnings.at(-1)).toMatch(/the timeline is empty/);
  });

  it('OpenCTI: each type not drawn is counted, and the counts add up to the bundle', () => {
    const { warnings } = read(readStixFixture('opencti-data-test.json'));
    const counts = skipped(warnings);
    expect(counts).toEqual({
      'observed-data': 1, identity: 4, relationship: 17, note: 1, opinion: 1, malware: 1, indicator: 3, 'attack-pattern': 2, location: 2, 'course-of-action': 1,
    });
    // 54 objects: 33 skipped; used: 3 marking definitions, 2 actors (APT41, ANSSI), 4 victims,
    // 2 subjects, 5 events (campaign, incident, two sightings, report), the malware APT41 uses,
    // and 4 relationships (campaign attributed-to APT41, APT41 targets two victims, APT41 uses malware).
    expect(Object.values(counts).reduce((a, b) => a + b, 0)).toBe(54 - 3 - 2 - 4 - 2 - 5 - 1 - 4);
    expect(warnings).toContain('1 relationship object skipped: attributed-to another event: the timeline attributes events to actors only.');
    expect(warnings).toContain('5 relationship objects skipped: part-of (identity → identity) is not a link the timeline draws.');
  });

  it('MISP groupings: a clear reason, not only "the timeline is empty"', () => {
    const { dataset, warnings } = read(readStixFixture('misp-events-collection.json'));
    expect(dataset.events).toEqual([]);
    expect(warnings.find((w) => w.startsWith('4 grouping objects skipped'))).toMatch(/no date of its own.*unpublished event as a grouping: publish it to get a dated report/);
    expect(skipped(warnings)).toMatchObject({ grouping: 4, indicator: 3, 'observed-data': 4, relationship: 3 });
  });
});
