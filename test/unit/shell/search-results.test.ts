import { describe, expect, it } from 'vitest';
import { indexDataset } from '../../../src/shell/indexed-dataset.ts';
import * as searchCode from '../../../src/derive/search.ts';
import { SearchResults } from '../../../src/shell/search-results.ts';
import { makeDataset } from '../helpers.ts';

describe('indexDataset and SearchResults', () => {
  const dataset = makeDataset([
    { id: 'a', date: '2016-02-01', actors: ['g1'] },
    { id: 'b', start: '2014', end: '2017-04', actors: ['g2'] },
    { id: 'c', date: '2019-06-25', actors: ['gov'] },
  ]);
  const indexed = indexDataset(dataset);

  it('indexes ids, the unpadded span and the padded extent', () => {
    expect([...indexed.events.keys()].sort()).toEqual(['a', 'b', 'c']);
    expect(indexed.span).toEqual([Date.UTC(2014, 0, 1), Date.UTC(2019, 5, 26)]);
    expect(indexed.extent[0]).toBeLessThan(indexed.span[0]);
    expect(indexed.extent[1]).toBeGreaterThan(indexed.span[1]);
    expect(indexed.kinds).toEqual(['activity']);
  });

  it('finds matches in time order and keeps the same result while nothing changes', () => {
    const results = new SearchResults(() => searchCode);
    const first = results.matches(indexed, 'group');
    expect(first.ids).toEqual(['b', 'a']);
    expect(results.matches(indexed, 'group')).toBe(first);
    expect(results.matches(indexed, 'government').ids).toEqual(['c']);
    expect(results.matches(indexed, '   ').ids).toEqual([]);
  });

  it('keeps only the matches the filters let through', () => {
    const results = new SearchResults(() => searchCode);
    const visible = dataset.events.filter((event) => event.id !== 'a');
    expect(results.shown(indexed, 'group', visible).map((event) => event.id)).toEqual(['b']);
    expect(results.shown(indexed, 'group', dataset.events).map((event) => event.id)).toEqual(['b', 'a']);
  });

  it('matches nothing while the search code is on its way, keeps none of that, and finds the matches once it is here', () => {
    let code: typeof searchCode | undefined;
    const results = new SearchResults(() => code);
    expect(results.matches(indexed, 'group').ids).toEqual([]);
    expect(results.shown(indexed, 'group', dataset.events)).toEqual([]);
    expect(results.next(indexed, 'group', dataset.events, null, 1)).toBeNull();
    code = searchCode;
    expect(results.matches(indexed, 'group').ids).toEqual(['b', 'a']);
    expect(results.shown(indexed, 'group', dataset.events).map((event) => event.id)).toEqual(['b', 'a']);
    expect(results.next(indexed, 'group', dataset.events, null, 1)).toBe('b');
  });
});

