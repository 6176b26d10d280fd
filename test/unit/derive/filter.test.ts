import { describe, it, expect } from 'vitest';
import { activeChoices, facetCounts, filterEvents, involvedActors, isFilterEmpty, lazyFacetCounts, NO_FILTER, subjectOptions } from '../../../src/derive/filter.ts';
import { parseDataset } from '../../../src/model/parse-dataset.ts';
import type { TimelineEvent } from '../../../src/model/types.ts';
import { makeEvents, rawDataset } from '../helpers.ts';

const events = makeEvents([
  { id: 'a', date: '2016', actors: ['g1'], victims: ['v1'] },
  { id: 'b', date: '2017', actors: ['g2'], victims: ['v1'] },
  { id: 'c', date: '2018', actors: ['g1', 'gov'], victims: ['v2'] },
  { id: 'd', date: '2019', actors: [], victims: ['v3'] },
]);

const ids = (list: readonly TimelineEvent[]) => list.map((event) => event.id);

describe('filterEvents', () => {
  it('returns the same array when nothing filters', () => {
    expect(filterEvents(events, NO_FILTER)).toBe(events);
    expect(filterEvents(events, { actors: [], victims: [] })).toBe(events);
    expect(isFilterEmpty(NO_FILTER)).toBe(true);
    expect(isFilterEmpty({ actors: ['g1'], victims: [] })).toBe(false);
  });

  it('ORs the options within a facet', () => {
    expect(ids(filterEvents(events, { actors: ['g1', 'g2'], victims: [] }))).toEqual(['a', 'b', 'c']);
    expect(ids(filterEvents(events, { actors: [], victims: ['v2', 'v3'] }))).toEqual(['c', 'd']);
  });

  it('ANDs across facets', () => {
    expect(ids(filterEvents(events, { actors: ['g1'], victims: ['v1'] }))).toEqual(['a']);
    expect(ids(filterEvents(events, { actors: ['g2'], victims: ['v2'] }))).toEqual([]);
  });

  it('matches an event through any of its actors, not only the first', () => {
    expect(ids(filterEvents(events, { actors: ['gov'], victims: [] }))).toEqual(['c']);
  });

  it('drops events with no actors under an actor filter', () => {
    expect(ids(filterEvents(events, { actors: ['g1', 'g2', 'gov'], victims: [] }))).not.toContain('d');
  });

  it('keeps input order and does not mutate the input', () => {
    const reversed = [...events].reverse();
    expect(ids(filterEvents(reversed, { actors: ['g1'], victims: [] }))).toEqual(['c', 'a']);
    expect(ids(reversed)).toEqual(['d', 'c', 'b', 'a']);
  });

  it('gives nothing for an unknown id', () => {
    expect(filterEvents(events, { actors: ['nobody'], victims: [] })).toEqual([]);
  });
});

describe('facetCounts', () => {
  it('counts every option without a filter', () => {
    const counts = facetCounts(events, NO_FILTER);
    expect(Object.fromEntries(counts.actors)).toEqual({ g1: 2, g2: 1, gov: 1 });
    expect(Object.fromEntries(counts.victims)).toEqual({ v1: 2, v2: 1, v3: 1 });
  });

  it('applies only the victim filter to actor counts, and only the actor filter to victim counts', () => {
    const counts = facetCounts(events, { actors: ['g1'], victims: ['v1'] });
    // Events with v1: a (g1), b (g2); the actor filter g1 does not hide g2.
    expect(Object.fromEntries(counts.actors)).toEqual({ g1: 1, g2: 1 });
    // Events with g1: a (v1), c (v2); the victim filter v1 does not hide v2.
    expect(Object.fromEntries(counts.victims)).toEqual({ v1: 1, v2: 1 });
  });

  it('leaves options with no events out of the maps', () => {
    const counts = facetCounts(events, { actors: [], victims: ['v3'] });
    expect(counts.actors.size).toBe(0);
    expect(counts.victims.get('v3')).toBe(1);
    expect(counts.victims.has('v1')).toBe(true);
  });

  it('gives empty maps for no events', () => {
    const counts = facetCounts([], { actors: ['g1'], victims: [] });
    expect(counts.actors.size).toBe(0);
    expect(counts.victims.size).toBe(0);
  });
});

describe('lazyFacetCounts', () => {
  it('reads no event until a count is read, then counts once, as facetCounts does', () => {
    let reads = 0;
    const watched = events.map((event) => new Proxy(event, { get: (target, key, receiver) => (reads++, Reflect.get(target, key, receiver)) }));
    const filter = { actors: ['g1'], victims: ['v1'] };
    const counts = lazyFacetCounts(watched, filter);
    expect(reads).toBe(0);
    const expected = facetCounts(events, filter);
    expect(Object.fromEntries(counts.victims)).toEqual(Object.fromEntries(expected.victims));
    const afterFirst = reads;
    expect(afterFirst).toBeGreaterThan(0);
    expect(Object.fromEntries(counts.actors)).toEqual(Object.fromEntries(expected.actors));
    expect(Object.fromEntries(counts.subjects)).toEqual(Object.fromEntries(expected.subjects));
    expect(counts.actors).toBe(counts.actors);
    expect(reads).toBe(afterFirst);
  });
});

describe('actors named only in attributions', () => {
  const attributed = makeEvents([
    { id: 'stmt', date: '2018', actors: ['gov'], attributedTo: ['g2'] },
    { id: 'act', date: '2017', actors: ['g1'] },
  ]);

  it('lists acting actors first, then attributed ones, each once', () => {
    expect(involvedActors(attributed[0]!)).toEqual(['gov', 'g2']);
    expect(involvedActors(attributed[1]!)).toBe(attributed[1]!.actors);
  });

  it('are reachable by the actor filter and counted in its facet', () => {
    expect(ids(filterEvents(attributed, { actors: ['g2'], victims: [] }))).toEqual(['stmt']);
    expect(Object.fromEntries(facetCounts(attributed, NO_FILTER).actors)).toEqual({ gov: 1, g2: 1, g1: 1 });
  });
});

describe('subjects (organisations named, neither acting nor targeted)', () => {
  const named = makeEvents([
    { id: 'merger', date: '2017', actors: ['g1'], subjects: ['v2'] },
    { id: 'hack', date: '2018', actors: ['g1'], victims: ['v2'] },
    { id: 'policy', date: '2019', actors: ['gov'], subjects: ['v2', 'v3'] },
  ]);

  it('filter on their own facet only: a subject filter does not match victims', () => {
    expect(ids(filterEvents(named, { actors: [], victims: [], subjects: ['v2'] }))).toEqual(['merger', 'policy']);
    expect(ids(filterEvents(named, { actors: [], victims: ['v2'] }))).toEqual(['hack']);
    expect(ids(filterEvents(named, { actors: ['g1'], victims: [], subjects: ['v2'] }))).toEqual(['merger']);
    expect(isFilterEmpty({ actors: [], victims: [], subjects: ['v2'] })).toBe(false);
  });

  it('have their own counts, faceted like the others', () => {
    const counts = facetCounts(named, { actors: ['g1'], victims: [], subjects: ['v3'] });
    // The actor filter g1 leaves merger and hack; only merger names a subject.
    expect(Object.fromEntries(counts.subjects)).toEqual({ v2: 1 });
    // Subject filter v3: only policy; its actor gov counts, g1 does not.
    expect(Object.fromEntries(counts.actors)).toEqual({ gov: 1 });
    expect(counts.victims.size).toBe(0);
  });

  it('offer subject records, then the victims some event names as a subject (the filter bar sorts them)', () => {
    const raw = rawDataset([{ id: 'merger', date: '2017', subjects: ['o1', 'v2'] }]);
    const result = parseDataset({ ...raw, subjects: [{ id: 'o1', name: 'A Merger Party', type: 'organization', sector: 'IT' }] });
    if (!result.ok) throw new Error(JSON.stringify(result.issues));
    expect(subjectOptions(result.dataset).map((record) => record.id)).toEqual(['o1', 'v2']);
  });
});

describe('activeChoices (the chips of the filter bar and of its stand-in)', () => {
  const options = {
    actors: [{ id: 'apt10', name: 'APT10' }, { id: 'apt31', name: 'APT31' }],
    victims: [{ id: 'hpe', name: 'Hewlett Packard Enterprise' }],
    subjects: [{ id: 'zte', name: 'ZTE' }],
  };

  it('names each choice, actors, then victims, then subjects, each in the order chosen', () => {
    expect(activeChoices({ actors: ['apt31', 'apt10'], victims: ['hpe'], subjects: ['zte'] }, options)).toEqual([
      { facet: 'actors', id: 'apt31', name: 'APT31' },
      { facet: 'actors', id: 'apt10', name: 'APT10' },
      { facet: 'victims', id: 'hpe', name: 'Hewlett Packard Enterprise' },
      { facet: 'subjects', id: 'zte', name: 'ZTE' },
    ]);
  });

  it('is empty when nothing is chosen, with or without a subjects list', () => {
    expect(activeChoices(NO_FILTER, options)).toEqual([]);
    expect(activeChoices({ actors: [], victims: [] }, options)).toEqual([]);
  });

  it('keeps a choice no option has, by its id (a page or link may name one the data lacks)', () => {
    expect(activeChoices({ actors: ['unknown-group'], victims: [] }, options)).toEqual([{ facet: 'actors', id: 'unknown-group', name: 'unknown-group' }]);
  });

  it('keeps the same id chosen in two facets apart', () => {
    const both = { ...options, victims: [{ id: 'apt10', name: 'APT10 as a target' }] };
    expect(activeChoices({ actors: ['apt10'], victims: ['apt10'] }, both).map((choice) => `${choice.facet}:${choice.name}`)).toEqual(['actors:APT10', 'victims:APT10 as a target']);
  });
});
