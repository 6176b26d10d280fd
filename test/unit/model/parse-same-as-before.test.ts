/**
 * The parser was restructured for speed (round four of issue 16): events are checked, dated and
 * resolved in one pass, with issues kept in the order of the former three passes. This property
 * test holds it to the implementation it replaced (a frozen copy in ./oracle): on generated
 * datasets, valid and broken at random fields of random records, both give the same result,
 * compared strictly: the dataset, every issue in order, the counts and the record ids.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generateDataset } from '../../../bench/generate-dataset.mjs';
import { parseDatasetLenient } from '../../../src/model/parse-dataset.ts';
import { parseDatasetLenient as parseDatasetLenientBefore } from './oracle/parse-dataset-round3.ts';

type Json = Record<string, unknown>;

/** Values that break a field in as many ways as the parser tells apart; `undefined` deletes it. */
const VALUES: readonly unknown[] = [
  undefined, null, 42, 1.5, -1, true, '', '   ', 'x\u0000y', 'a\uFFFFb', 'lone \uD800', 'x'.repeat(400),
  'event-0', 'event-1', 'actor-0', 'victim-0', 'subject-0', 'source-0', 'nope', 'a,b',
  '2016', '2019-06', '2019-06-25', '2016-summer', '2021-02-30', '2016-13', ' 2016', '2019-06-25T10:00', '0000',
  '0001', '0001-01-01', '1969-12-31', '1900-summer', '9999-12-31', '2010-06-01', 3,
  [], ['source-0'], ['source-0', 'source-0'], ['nope'], ['event-0', 'event-1'], ['actor-0', 'nope'], [1], {},
  { actor: 'actor-0', by: 'actor-1', sources: ['source-0'] },
  [{ actor: 'actor-0', by: 'nope', sources: ['source-0'] }],
  [{ topic: 'Who', positions: [{ claim: 'A', sources: ['source-0'] }, { claim: 'B', sources: ['nope'] }] }],
  'https://example.org/x', 'javascript:alert(1)', 'T1190', 'G0045', 'SE', 'clear', 'red', 'activity', 'government',
];

const FIELDS: Record<string, readonly string[]> = {
  events: ['id', 'title', 'kind', 'description', 'actors', 'victims', 'sources', 'date', 'start', 'end', 'openStart', 'approxDays',
    'dateNote', 'subjects', 'reveals', 'attributions', 'disputes', 'techniques', 'tlp', 'callout', 'reviewed', 'sorces'],
  actors: ['id', 'name', 'type', 'sources', 'aliases', 'attackId', 'country'],
  victims: ['id', 'name', 'type', 'sector', 'sources', 'country'],
  subjects: ['id', 'name', 'type', 'sector', 'sources'],
  sources: ['id', 'title', 'publisher', 'kind', 'claims', 'url', 'date'],
};
const LISTS = Object.keys(FIELDS);

/** A generated dataset with the optional parts the benchmark's lacks: subjects, reveals, attributions, disputes, notes. */
function richDataset(count: number, seed: number): Json {
  const data = generateDataset(count, seed) as unknown as Json & { events: Json[]; sources: Json[] };
  data.sources.push({ id: 'source-1', title: 'Second', publisher: 'Test', kind: 'reference', claims: ['More.'] });
  data.subjects = [{ id: 'subject-0', name: 'Subject 0', type: 'organization', sector: 'Sector' }];
  data.events.forEach((event, i) => {
    if (i % 7 === 1) event.reveals = [`event-${(i * 3) % count}`, `event-${(i + 1) % count}`];
    if (i % 11 === 2) event.subjects = i % 2 ? ['subject-0'] : ['victim-1', 'subject-0'];
    if (i % 13 === 3) event.attributions = [{ actor: 'actor-0', by: 'actor-6', sources: ['source-0', 'source-1'], confidence: 'high' }];
    if (i % 17 === 4) event.disputes = [{ topic: 'When', positions: [{ claim: 'Early', sources: ['source-0'] }, { claim: 'Late', sources: ['source-1'] }] }];
    if (i % 5 === 0 && typeof event.date === 'string') event.dateNote = 'Reported later.';
    if (i % 9 === 0) event.sources = ['source-0', 'source-1'];
  });
  return data;
}

type Mutation = readonly [list: number, record: number, field: number, value: number];

function mutate(data: Json, mutations: readonly Mutation[]): Json {
  for (const [l, r, f, v] of mutations) {
    const name = LISTS[l % LISTS.length]!;
    const list = data[name] as Json[];
    if (list.length === 0) continue;
    const record = list[r % list.length]!;
    const fields = FIELDS[name]!;
    const field = fields[f % fields.length]!;
    const value = VALUES[v % VALUES.length];
    if (value === undefined) delete record[field];
    else record[field] = structuredClone(value);
  }
  return data;
}

function expectSameResult(input: Json): void {
  const after = parseDatasetLenient(structuredClone(input));
  const before = parseDatasetLenientBefore(structuredClone(input));
  expect(after).toStrictEqual(before);
}

const mutationArb = fc.tuple(fc.nat(), fc.nat(), fc.nat(), fc.nat());

describe('parseDatasetLenient gives the same result as before the one-pass restructuring', () => {
  it('on valid generated datasets of several sizes', () => {
    for (const count of [1, 2, 50, 2_000]) {
      expectSameResult(generateDataset(count) as unknown as Json);
      expectSameResult(richDataset(count, count));
    }
  });

  it('on generated datasets broken at random fields of random records', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 40 }), fc.nat(), fc.array(mutationArb, { minLength: 1, maxLength: 12 }), (count, seed, mutations) => {
        expectSameResult(mutate(richDataset(count, seed), mutations));
      }),
      { seed: 20261204, numRuns: 400 },
    );
  });

  it('on a large dataset with many broken records', () => {
    const mutations: Mutation[] = [];
    for (let i = 0; i < 400; i++) mutations.push([i % 7 === 0 ? i : 4, i * 37, i * 11, i * 5]);
    expectSameResult(mutate(richDataset(3_000, 7), mutations));
  });
});
