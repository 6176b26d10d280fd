import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { EXIT_INVALID, EXIT_OK, EXIT_USAGE, runCli } from '../../../src/formats/cli.ts';
import { fromStixBundle } from '../../../src/formats/stix-import.ts';
import { inputFromBytes } from '../helpers.ts';

function run(args: string[], files: Record<string, string> = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const written: Record<string, string> = {};
  const code = runCli(args, {
    openFile: (path) => inputFromBytes(path in files ? files[path]! : readFileSync(new URL(`../../../${path}`, import.meta.url))),
    writeFile: (path, text) => { written[path] = text; },
    stdout: (text) => out.push(text),
    stderr: (text) => err.push(text),
  });
  return { code, stdout: out.join(''), stderr: err.join(''), written };
}

describe('attack-timeline CLI', () => {
  it('validate: exit 0 and a one-line summary for a good file', () => {
    const result = run(['validate', 'test/fixtures/small.json']);
    expect(result.code).toBe(EXIT_OK);
    expect(result.stdout).toMatch(/^test\/fixtures\/small.json: valid json: \d+ events/);
  });

  it('validate: exit 1 and one "file: path: problem" line per issue', () => {
    const result = run(['validate', 'test/fixtures/invalid.json']);
    expect(result.code).toBe(EXIT_INVALID);
    expect(result.stderr).toMatch(/^test\/fixtures\/invalid.json: \/events\/1\/date: day 30 does not exist/m);
    expect(result.stderr).toMatch(/\d+ problems \(read as json\)/);
  });

  it('validate: reads CSV by its name and reports line and column', () => {
    const result = run(['validate', 'test/fixtures/formats/bad.csv']);
    expect(result.code).toBe(EXIT_INVALID);
    expect(result.stderr).toMatch(/bad.csv: line 2, column "kind"/);
  });

  it('exit 2 for a wrong command line or an unreadable file', () => {
    expect(run([]).code).toBe(EXIT_USAGE);
    expect(run(['frobnicate', 'x']).code).toBe(EXIT_USAGE);
    expect(run(['convert', 'test/fixtures/small.json']).code).toBe(EXIT_USAGE);
    expect(run(['convert', 'test/fixtures/small.json', '--to', 'xml']).code).toBe(EXIT_USAGE);
    expect(run(['validate', 'test/fixtures/none.json']).stderr).toMatch(/cannot read test\/fixtures\/none.json/);
    expect(run(['validate', 'test/fixtures/none.json']).code).toBe(EXIT_USAGE);
    expect(run(['--help']).code).toBe(EXIT_OK);
  });

  it('convert --to stix writes a bundle that imports back; --max-tlp leaves out marked records', () => {
    const small = JSON.parse(readFileSync(new URL('../../fixtures/small.json', import.meta.url), 'utf8')) as { events: Record<string, unknown>[] };
    small.events[0]!.tlp = 'red';
    const result = run(['convert', 'marked.json', '--to', 'stix', '--max-tlp', 'amber', '-o', 'out.json'], { 'marked.json': JSON.stringify(small) });
    expect(result.code).toBe(EXIT_OK);
    const back = fromStixBundle(JSON.parse(result.written['out.json']!));
    expect(back.ok).toBe(true);
    if (back.ok) expect(back.json.events.map((e) => e.id)).not.toContain(small.events[0]!.id);
    expect(back.ok && back.json.events.length).toBe(small.events.length - 1);
  });

  it('convert --to csv and --to json print to stdout', () => {
    expect(run(['convert', 'test/fixtures/formats/newsroom.csv', '--to', 'json', '--title', 'APT10']).stdout).toMatch(/"title": "APT10"/);
    expect(run(['convert', 'test/fixtures/formats/timeline.json', '--to', 'csv']).stdout).toMatch(/^id,title,kind,date/);
  });
});

describe('attack-timeline CLI on real STIX bundles', () => {
  const fixture = (name: string) => `test/fixtures/formats/stix/${name}`;

  it('validate counts what was skipped; --strict fails when anything was (ATT&CK menuPass: the MITRE identity)', () => {
    const plain = run(['validate', fixture('attack-menupass.json')]);
    expect(plain.code).toBe(EXIT_OK);
    expect(plain.stdout).toMatch(/valid stix: 0 events, 1 actors, 0 victims, \d+ sources, 1 input object skipped\n$/);
    expect(plain.stderr).toMatch(/warning: 1 identity object skipped: .*only created objects/);
    const strict = run(['validate', fixture('attack-menupass.json'), '--strict']);
    expect(strict.code).toBe(EXIT_INVALID);
    expect(strict.stderr).toMatch(/attack-menupass.json: 3 warnings, 1 input object skipped \(--strict\)\n$/);
  });

  it('validate --strict fails on MISP groupings with the reason, and passes a bundle this tool exported', () => {
    const misp = run(['validate', fixture('misp-events-collection.json'), '--strict']);
    expect(misp.code).toBe(EXIT_INVALID);
    expect(misp.stderr).toMatch(/warning: 4 grouping objects skipped: a grouping is shared context with no date of its own/);
    const exported = run(['convert', 'test/fixtures/small.json', '--to', 'stix', '-o', 'small.stix.json']);
    const again = run(['validate', 'small.stix.json', '--strict'], { 'small.stix.json': exported.written['small.stix.json']! });
    expect(again.code).toBe(EXIT_OK);
    expect(again.stderr).toBe('');
    expect(again.stdout).not.toMatch(/skipped/);
  });

  it('convert --max-tlp amber leaves nothing marked TLP:TEST or TLP:RED in the output (OpenCTI test bundle)', () => {
    const result = run(['convert', fixture('opencti-data-test.json'), '--to', 'json', '--max-tlp', 'amber']);
    expect(result.code).toBe(EXIT_OK);
    for (const secret of ['APT41', 'A new campaign', 'A new incident', 'A demo report', 'Allied Universal', 'Paradise Ransomware']) expect(result.stdout).not.toContain(secret);
    const json = JSON.parse(result.stdout) as { victims: { name: string }[]; events: unknown[] };
    expect(json.victims.map((v) => v.name).sort()).toEqual(['CIRCL', 'France']);
    expect(json.events).toHaveLength(2);
    expect(result.stderr).toMatch(/Marking definition TLP "TLP:TEST" .* treated as TLP:RED/);
  });

  it('convert: the analysis org that created an indicator is no victim; revoked groups are no actors', () => {
    const sighting = JSON.parse(run(['convert', fixture('oasis-sighting-of-an-indicator.json'), '--to', 'json']).stdout) as { actors: unknown[]; victims: { name: string }[] };
    expect(sighting.victims.map((v) => v.name)).toEqual(['Beta Cyber Intelligence Company']);
    expect(sighting.actors).toEqual([]);
    const ics = run(['convert', fixture('attack-ics-subset.json'), '--to', 'json']);
    expect((JSON.parse(ics.stdout) as { actors: { name: string }[] }).actors.map((a) => a.name).sort()).toEqual(['Dragonfly', 'OilRig', 'Sandworm Team']);
    expect(ics.stderr).toMatch(/warning: 2 intrusion-set objects skipped: revoked/);
  });

  it('convert --to stix writes no custom top-level property and no incident first_seen', () => {
    const result = run(['convert', fixture('opencti-data-test.json'), '--to', 'stix']);
    const bundle = JSON.parse(result.stdout) as { objects: Record<string, unknown>[] };
    expect(bundle.objects.flatMap(Object.keys).filter((key) => key.startsWith('x_'))).toEqual([]);
    expect(bundle.objects.filter((o) => o.type === 'incident' && ('first_seen' in o || 'last_seen' in o))).toEqual([]);
    expect(bundle.objects.some((o) => o.type === 'sighting' && String(o.sighting_of_ref).startsWith('incident--'))).toBe(true);
  });
});
