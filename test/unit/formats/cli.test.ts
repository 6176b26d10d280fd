import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { EXIT_INVALID, EXIT_OK, EXIT_USAGE, runCli } from '../../../src/formats/cli.ts';
import { fromStixBundle } from '../../../src/formats/stix-import.ts';

function run(args: string[], files: Record<string, string> = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const written: Record<string, string> = {};
  const code = runCli(args, {
    readFile: (path) => {
      if (path in files) return files[path]!;
      return readFileSync(new URL(`../../../${path}`, import.meta.url), 'utf8');
    },
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
