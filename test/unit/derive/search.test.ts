import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { createSearchIndex, normalizeText, queryTerms, searchEvents, stepMatch } from '../../../src/derive/search.ts';
import { assertDataset } from '../../../src/model/parse-dataset.ts';
import type { Dataset } from '../../../src/model/types.ts';
import { loadFixture, makeDataset, rawDataset } from '../helpers.ts';

function datasetWithText(): Dataset {
  const raw = rawDataset([
    { id: 'b', date: '2016-03-01', actors: ['g1'], victims: ['v1'] },
    { id: 'a', date: '2015-01-01', actors: ['vendor'] },
    { id: 'c', date: '2017-06', victims: ['v2'], attributedTo: ['g2'] },
    { id: 'd', date: '2018' },
  ]);
  const actors = raw.actors as Record<string, unknown>[];
  actors[0]!.aliases = ['Stone Panda', 'menuPass'];
  const events = raw.events as Record<string, unknown>[];
  events[0]!.title = 'Intrusion at the Régie';
  events[0]!.description = 'Attackers entered through a VPN.';
  events[1]!.title = 'Vendor report';
  events[2]!.title = 'Bank breach';
  events[3]!.title = 'İstanbul meeting';
  events[3]!.description = 'Talks about Cloud Hopper.';
  return assertDataset(raw);
}

describe('normalizeText / queryTerms', () => {
  it('folds case and accents', () => {
    expect(normalizeText('Régie ÉVIAN Ångström')).toBe('regie evian angstrom');
    expect(normalizeText('İstanbul')).toBe('istanbul');
    expect(normalizeText('')).toBe('');
  });

  it('splits a query into normalised words, dropping blanks', () => {
    expect(queryTerms('  Cloud   HÖPPER ')).toEqual(['cloud', 'hopper']);
    expect(queryTerms(' \t ')).toEqual([]);
  });

  it('is idempotent', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme' }), (text) => normalizeText(normalizeText(text)) === normalizeText(text)));
  });
});

describe('searchEvents', () => {
  const dataset = datasetWithText();
  const index = createSearchIndex(dataset);

  it('matches titles and descriptions, ignoring case and accents', () => {
    expect(searchEvents(index, 'regie')).toEqual(['b']);
    expect(searchEvents(index, 'RÉGIE')).toEqual(['b']);
    expect(searchEvents(index, 'vpn')).toEqual(['b']);
    expect(searchEvents(index, 'istanbul')).toEqual(['d']);
  });

  it('matches actor names and aliases, attributed actors and victim names', () => {
    expect(searchEvents(index, 'stone panda')).toEqual(['b']);
    expect(searchEvents(index, 'menupass')).toEqual(['b']);
    expect(searchEvents(index, 'a vendor')).toEqual(['a']);
    expect(searchEvents(index, 'group two')).toEqual(['c']);
    expect(searchEvents(index, 'victim two')).toEqual(['c']);
  });

  it('needs every word somewhere in the event, in any order', () => {
    expect(searchEvents(index, 'panda vpn')).toEqual(['b']);
    expect(searchEvents(index, 'vpn panda régie')).toEqual(['b']);
    expect(searchEvents(index, 'panda bank')).toEqual([]);
  });

  it('returns ids in time order', () => {
    expect(searchEvents(index, 'e')).toEqual(['a', 'b', 'c', 'd']);
  });

  it('matches nothing for an empty or blank query', () => {
    expect(searchEvents(index, '')).toEqual([]);
    expect(searchEvents(index, '   ')).toEqual([]);
  });

  it('does not match across two fields', () => {
    // Title "Bank breach" and description "Test event." must not join into "breachtest".
    expect(searchEvents(index, 'breachtest')).toEqual([]);
  });

  it('accepts maps of actors and victims and sorts events given out of order', () => {
    const reversed = createSearchIndex({
      events: [...dataset.events].reverse(),
      actors: new Map(dataset.actors.map((actor) => [actor.id, actor])),
      victims: new Map(dataset.victims.map((victim) => [victim.id, victim])),
    });
    expect(searchEvents(reversed, 'e')).toEqual(['a', 'b', 'c', 'd']);
    expect(searchEvents(reversed, 'menupass')).toEqual(['b']);
  });

  it('finds the fixture events by alias', () => {
    const small = assertDataset(loadFixture('small.json'));
    const ids = searchEvents(createSearchIndex(small), 'Stone Panda');
    expect(ids.length).toBeGreaterThan(0);
    const order = small.events.map((event) => event.id).filter((id) => ids.includes(id));
    expect(ids).toEqual(order);
  });

  it('returns only events whose text contains every word (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('bank', 'VPN', 'panda', 'régie', 'two', 'x', 'e'), { maxLength: 3 }), (words) => {
        const query = words.join(' ');
        const ids = new Set(searchEvents(index, query));
        index.events.forEach((event, i) => {
          const expected = words.length > 0 && words.every((word) => index.texts[i]!.includes(normalizeText(word)));
          expect(ids.has(event.id)).toBe(expected);
        });
      }),
    );
  });

  it('searches 100,000 events (correctness at scale; speed is measured by npm run bench)', () => {
    const big = makeDataset(Array.from({ length: 2000 }, (_, i) => ({ id: `e${i}`, date: `20${10 + (i % 10)}-01-01`, actors: ['g1'] })));
    const events = Array.from({ length: 50 }, (_, copy) => big.events.map((event) => ({ ...event, id: `${event.id}-${copy}` }))).flat();
    const large = createSearchIndex({ events, actors: big.actors, victims: big.victims });
    expect(searchEvents(large, 'group one e199').length).toBe(50 * 11);
    expect(events.length).toBe(100_000);
  });
});

describe('stepMatch', () => {
  const index = createSearchIndex(datasetWithText());
  const matches = ['a', 'c', 'd'];

  it('goes to the neighbouring match, wrapping around', () => {
    expect(stepMatch(index, matches, 'a', 1)).toBe('c');
    expect(stepMatch(index, matches, 'd', 1)).toBe('a');
    expect(stepMatch(index, matches, 'c', -1)).toBe('a');
    expect(stepMatch(index, matches, 'a', -1)).toBe('d');
  });

  it('from an event that is not a match, goes to the next (or previous) match in time', () => {
    expect(stepMatch(index, matches, 'b', 1)).toBe('c');
    expect(stepMatch(index, matches, 'b', -1)).toBe('a');
  });

  it('from nothing, goes to the first or the last match', () => {
    expect(stepMatch(index, matches, null, 1)).toBe('a');
    expect(stepMatch(index, matches, null, -1)).toBe('d');
    expect(stepMatch(index, matches, 'unknown', 1)).toBe('a');
  });

  it('gives null without matches', () => {
    expect(stepMatch(index, [], 'a', 1)).toBeNull();
  });
});
