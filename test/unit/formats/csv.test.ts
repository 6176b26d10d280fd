import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseCsv, toCsvLine } from '../../../src/formats/csv.ts';
import { parseNamedEntry } from '../../../src/formats/csv-columns.ts';
import { fromCsv } from '../../../src/formats/csv-import.ts';
import { toCsv } from '../../../src/formats/csv-export.ts';
import { assertDataset } from '../../../src/model/parse-dataset.ts';

const fixture = (name: string) => readFileSync(new URL(`../../fixtures/formats/${name}`, import.meta.url), 'utf8');

describe('parseCsv', () => {
  it('reads quotes, doubled quotes, line breaks in cells, CRLF and a byte-order mark, with line numbers', () => {
    const result = parseCsv('\uFEFFa,b\r\n"x, y","say ""hi"""\r\n\r\n"two\nlines",z\n');
    expect(result).toEqual({ ok: true, rows: [
      { line: 1, cells: ['a', 'b'] },
      { line: 2, cells: ['x, y', 'say "hi"'] },
      { line: 4, cells: ['two\nlines', 'z'] },
    ] });
  });
  it('names the line of a quote that is never closed', () => {
    expect(parseCsv('a\n"open\nstill')).toMatchObject({ ok: false, line: 2 });
  });
  it('writes what it reads', () => {
    const cells = ['plain', 'a,b', 'q"uote', 'line\nbreak', ' padded '];
    expect(parseCsv(toCsvLine(cells))).toEqual({ ok: true, rows: [{ line: 1, cells }] });
  });
});

describe('parseNamedEntry', () => {
  it('reads the name and the optional ATT&CK id, [type] and {sector} written after it', () => {
    expect(parseNamedEntry('APT10 (G0045)')).toEqual({ name: 'APT10', attackId: 'G0045' });
    expect(parseNamedEntry('US Department of Justice [government]')).toEqual({ name: 'US Department of Justice', type: 'government' });
    expect(parseNamedEntry('Managed service providers [group] {IT services}')).toEqual({ name: 'Managed service providers', type: 'group', sector: 'IT services' });
    expect(parseNamedEntry('Cloud Hopper {a} (G0045)')).toEqual({ name: 'Cloud Hopper', attackId: 'G0045', sector: 'a' });
    expect(parseNamedEntry('Name [Not A Type]')).toEqual({ name: 'Name [Not A Type]' });
  });

  // The regular expression this parser replaced backtracked for seconds on a few hundred spaces,
  // but gave the intended reading on short entries: the two must agree on every short entry as
  // splitCell hands them over (trimmed).
  it('reads every short entry as the pattern it replaced did', () => {
    const replaced = /^(.*?)\s*(?:\((G\d{4})\))?\s*(?:\[([a-z-]+)\])?\s*(?:\{([^}]*)\})?\s*(?:\((G\d{4})\))?$/;
    const tokens = ['A', ' ', '(G0045)', '(G0046)', '[group]', '[x]', '{IT}', '{', '}', '[', ']', '(', ')'];
    let entries = [''];
    for (let length = 1; length <= 4; length++) entries = [...entries, ...entries.filter((e) => e.length >= length - 1).flatMap((e) => tokens.map((t) => e + t))];
    let compared = 0;
    for (const entry of new Set(entries.map((e) => e.trim()))) {
      const match = replaced.exec(entry)!;
      const expected = { name: match[1]!.trim(), attackId: match[2] ?? match[5], type: match[3], sector: match[4] };
      const actual = parseNamedEntry(entry);
      expect({ name: actual.name.trim(), attackId: actual.attackId, type: actual.type, sector: actual.sector }, JSON.stringify(entry)).toEqual(expected);
      compared++;
    }
    expect(compared).toBeGreaterThan(5000);
  });
});

describe('fromCsv', () => {
  it('reads the newsroom spreadsheet: several actors in one cell, ATT&CK ids, typed names, sources and TLP', () => {
    const result = fromCsv(fixture('newsroom.csv'), { title: 'APT10' });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const dataset = assertDataset(result.json);
    expect(dataset.events.map((e) => e.when.start.text)).toEqual(['2017-04', '2018-12-20']);
    expect(dataset.actors.find((a) => a.name === 'APT10')).toMatchObject({ type: 'threat-group', attackId: 'G0045' });
    expect(dataset.actors.find((a) => a.name === 'US Department of Justice')).toMatchObject({ type: 'government' });
    expect(dataset.events[1]!.actors).toEqual(['us-department-of-justice', 'apt10']);
    expect(dataset.victims[0]).toMatchObject({ name: 'Managed service providers', type: 'group', sector: 'IT services' });
    expect(dataset.events[1]!.tlp).toBe('green');
    expect(dataset.sources[1]).toMatchObject({ publisher: 'US Department of Justice', kind: 'government', date: { text: '2018-12-20' } });
  });

  it('reports every bad cell by line and column', () => {
    const result = fromCsv(fixture('bad.csv'));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const messages = result.issues.map((i) => i.message);
    expect(messages).toContainEqual(expect.stringMatching(/^line 2, column "kind": expected one of activity/));
    expect(messages).toContainEqual(expect.stringMatching(/^line 4, column "actors": "villain" is not an actor type/));
    expect(messages).toContainEqual(expect.stringMatching(/^line 4, column "source_url": expected an absolute http/));
  });

  it('reports a bad date in the row and column it came from', () => {
    const csv = 'title,kind,date,description,source_url\nA,report,2019-02-30,D,https://example.org/a\n';
    const result = fromCsv(csv);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues[0]!.message).toMatch(/^line 2, column "date": day 30 does not exist/);
  });

  it('says which required columns the header lacks', () => {
    const result = fromCsv('name,when\nx,2019\n');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues.map((i) => i.message).join('\n')).toMatch(/no "title" column[\s\S]*no "description" column[\s\S]*no date columns/);
  });
});

describe('toCsv → fromCsv', () => {
  it('keeps every event of the default dataset with its dates, kinds, actors, victims and source links', () => {
    const dataset = assertDataset(JSON.parse(readFileSync(new URL('../../../data/default-dataset.json', import.meta.url), 'utf8')));
    const result = fromCsv(toCsv(dataset), { title: dataset.title });
    if (!result.ok) throw new Error(result.issues.map((i) => i.message).slice(0, 5).join('\n'));
    const back = assertDataset(result.json);
    const summary = (d: typeof dataset) => d.events.map((e) => ({
      id: e.id, kind: e.kind, start: e.when.start.text, end: e.when.end.text, openStart: e.when.openStart,
      actors: e.actors.map((id) => d.actors.find((a) => a.id === id)!.name),
      victims: e.victims.map((id) => d.victims.find((v) => v.id === id)!.name),
      urls: e.sources.map((id) => d.sources.find((s) => s.id === id)!.url),
    }));
    expect(summary(back)).toEqual(summary(dataset));
  });
});
