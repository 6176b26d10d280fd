// The checks behind `npm run data:check`: the hand-edited files in data/ and seeds/ parse with
// the product's own parser and meet the rules a newsroom relies on (every mark cited, every
// reference resolving, stable formatting, the bundled copy up to date).
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseDataset } from '../../../src/model/parse-dataset.ts';
import type { Dataset } from '../../../src/model/types.ts';
import { assembleDefaultDataset, OUTPUT } from '../../../scripts/build-dataset.mjs';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const read = (path: string) => readFileSync(`${root}${path}`, 'utf8');
const seedFiles = readdirSync(`${root}seeds`).filter((name) => name.endsWith('.json')).sort();

function parseDefault(): Dataset {
  const result = parseDataset(JSON.parse(assembleDefaultDataset()));
  if (!result.ok) throw new Error(result.issues.map((issue) => issue.message).join('\n'));
  return result.dataset;
}

describe('default dataset (data/ + seeds/)', () => {
  const dataset = parseDefault();

  it('parses with the product parser and tells the story 2006–2021 (follow-ups to 2020, the MITRE rename of 2021)', () => {
    expect(dataset.events.length).toBeGreaterThanOrEqual(70);
    const years = dataset.events.map((event) => new Date(event.when.startMs).getUTCFullYear());
    expect(Math.min(...years)).toBe(2006);
    expect(Math.max(...years)).toBe(2021);
  });

  it('bundles an up-to-date copy (run npm run data:build after editing)', () => {
    expect(read(OUTPUT)).toBe(assembleDefaultDataset());
  });

  it.each(['data/meta.json', 'data/actors.json', 'data/victims.json', 'data/subjects.json', 'data/events.json', 'data/stories.json', ...seedFiles.map((f) => `seeds/${f}`)])(
    '%s is formatted stably (2-space JSON, trailing newline)',
    (path) => {
      const text = read(path);
      expect(text).toBe(`${JSON.stringify(JSON.parse(text), null, 2)}\n`);
    },
  );

  it('keeps actors, victims and subjects sorted by id and events by start, then id', () => {
    const sortedIds = (list: { id: string }[]) => list.map((x) => x.id).join('\n');
    for (const file of ['data/actors.json', 'data/victims.json', 'data/subjects.json']) {
      const records = JSON.parse(read(file)) as { id: string }[];
      expect(sortedIds(records), file).toBe(sortedIds([...records].sort((a, b) => (a.id < b.id ? -1 : 1))));
    }
    const fileOrder = (JSON.parse(read('data/events.json')) as { id: string }[]).map((e) => e.id);
    expect(fileOrder).toEqual(dataset.events.map((event) => event.id));
  });

  it('names each seed file after the id of the source it records', () => {
    for (const file of seedFiles) expect(JSON.parse(read(`seeds/${file}`)).id).toBe(file.replace(/\.json$/, ''));
  });

  it('cites at least one source, with a link, for every event; never the seed article alone', () => {
    const sources = new Map(dataset.sources.map((source) => [source.id, source]));
    for (const event of dataset.events) {
      const cited = event.sources.map((id) => sources.get(id)!);
      expect(cited.length, event.id).toBeGreaterThan(0);
      expect(cited.some((source) => source.kind !== 'seed' && source.url), event.id).toBe(true);
    }
  });

  it('uses every source record, and records the errors of the seed article', () => {
    const used = new Set<string>();
    for (const event of dataset.events) {
      event.sources.forEach((id) => used.add(id));
      event.attributions.forEach((a) => a.sources.forEach((id) => used.add(id)));
      event.disputes.forEach((d) => d.positions.forEach((p) => p.sources.forEach((id) => used.add(id))));
    }
    for (const list of [dataset.actors, dataset.victims, dataset.subjects]) for (const entity of list) entity.sources.forEach((id) => used.add(id));
    const unused = dataset.sources.filter((source) => !used.has(source.id)).map((source) => source.id);
    expect(unused).toEqual([]);
    const seed = dataset.sources.find((source) => source.kind === 'seed');
    expect(seed?.errors.length).toBeGreaterThanOrEqual(8);
    expect(seed?.errors.join(' ')).toMatch(/Swedish/);
  });

  it('has no two events describing the same fact (same kind, date and title)', () => {
    const keys = dataset.events.map((event) => `${event.kind}|${event.when.startMs}|${event.when.endMs}|${event.title.toLowerCase()}`);
    expect(new Set(keys).size).toBe(keys.length);
    const titles = dataset.events.map((event) => event.title.toLowerCase());
    expect(new Set(titles).size).toBe(titles.length);
  });

  it('keeps the key facts right: indictment unsealed 20 Dec 2018, Soft Cell 25 June 2019, Reuters 26 June 2019', () => {
    const onDay = (iso: string) => dataset.events.filter((event) => event.when.start.text === iso);
    expect(onDay('2018-12-20').some((event) => event.kind === 'legal-action' && /Zhu Hua|indict/i.test(event.title + event.description))).toBe(true);
    expect(onDay('2019-06-25').some((event) => /Soft Cell/.test(event.title))).toBe(true);
    expect(onDay('2019-06-26').some((event) => /Reuters/.test(event.title + event.description))).toBe(true);
    const ericsson = dataset.victims.find((victim) => victim.id === 'ericsson');
    expect(ericsson?.country).toBe('SE');
  });
});
