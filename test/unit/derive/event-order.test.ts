import { describe, expect, it } from 'vitest';
import { indexAtTime, neighbours } from '../../../src/derive/event-order.ts';
import { cardRange, cardsWindow, revealersOf } from '../../../src/derive/card-range.ts';
import { assertDataset } from '../../../src/model/parse-dataset.ts';
import { DAY_MS, makeDataset, rawDataset } from '../helpers.ts';

const dataset = makeDataset([
  { id: 'c', date: '2017-04-03' },
  { id: 'a', date: '2014' },
  { id: 'b', start: '2015-06', end: '2016' },
  { id: 'd', date: '2017-04-03' },
  { id: 'e', date: '2019-06-25' },
]);
const events = dataset.events;
const byId = (id: string) => events.find((event) => event.id === id)!;
const ids = (list: readonly { id: string }[]) => list.map((event) => event.id);

describe('neighbours', () => {
  it('walks the list in date order, ties by id, with nothing before the first or after the last', () => {
    expect(ids(events)).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect(neighbours(events, byId('c'))).toEqual({ previous: byId('b'), next: byId('d') });
    expect(neighbours(events, byId('a'))).toEqual({ previous: null, next: byId('b') });
    expect(neighbours(events, byId('e'))).toEqual({ previous: byId('d'), next: null });
  });

  it('walks only the events passing the filters', () => {
    const filtered = events.filter((event) => event.id !== 'b' && event.id !== 'd');
    expect(neighbours(filtered, byId('c'))).toEqual({ previous: byId('a'), next: byId('e') });
  });

  it('places an event the filters now hide by its start, so previous and next go on from there', () => {
    const filtered = events.filter((event) => event.id !== 'c');
    expect(neighbours(filtered, byId('c'))).toEqual({ previous: byId('b'), next: byId('d') });
    // Same start as d, but c sorts before d: d is next.
    expect(neighbours([byId('a'), byId('d')], byId('c'))).toEqual({ previous: byId('a'), next: byId('d') });
    expect(neighbours([byId('a')], byId('e'))).toEqual({ previous: byId('a'), next: null });
  });

  it('finds the event by id when the list holds another copy of it', () => {
    const copy = { ...byId('c') };
    expect(neighbours(events, copy)).toEqual({ previous: byId('b'), next: byId('d') });
  });

  it('gives nothing for no selection or an empty list', () => {
    expect(neighbours(events, null)).toEqual({ previous: null, next: null });
    expect(neighbours([], byId('a'))).toEqual({ previous: null, next: null });
  });
});

describe('indexAtTime', () => {
  it('finds the first event starting at or after a time', () => {
    expect(indexAtTime(events, Date.UTC(2010, 0, 1))).toBe(0);
    expect(indexAtTime(events, Date.UTC(2014, 0, 1))).toBe(0);
    expect(indexAtTime(events, Date.UTC(2014, 0, 2))).toBe(1);
    expect(indexAtTime(events, Date.UTC(2017, 3, 3))).toBe(2);
    expect(indexAtTime(events, Date.UTC(2017, 3, 4))).toBe(4);
    expect(indexAtTime(events, Date.UTC(2030, 0, 1))).toBe(5);
    expect(indexAtTime([], 0)).toBe(0);
  });
});

describe('revealersOf', () => {
  it('lists, for each event, the reports that made it public, in date order', () => {
    const raw = rawDataset([
      { id: 'campaign', start: '2012', end: '2017' },
      { id: 'intrusion', date: '2016-05' },
      { id: 'report-1', date: '2018-12-20', kind: 'report' },
      { id: 'report-2', date: '2019-06-25', kind: 'report' },
    ]);
    const reveals: Record<string, string[]> = { 'report-1': ['campaign'], 'report-2': ['campaign', 'intrusion'] };
    for (const event of raw.events as Record<string, unknown>[]) if (reveals[event.id as string]) event.reveals = reveals[event.id as string];
    const parsed = assertDataset(raw);
    const index = revealersOf(parsed.events);
    expect(ids(index.get('campaign')!)).toEqual(['report-1', 'report-2']);
    expect(ids(index.get('intrusion')!)).toEqual(['report-2']);
    expect(index.has('report-1')).toBe(false);
  });
});

describe('cardRange', () => {
  it('keeps the range when the target is already in it', () => {
    expect(cardRange(500, 40, { from: 0, to: 100 }, 100)).toEqual({ from: 0, to: 100 });
  });

  it('moves to a page starting a few cards before a target outside it, within the list', () => {
    expect(cardRange(500, 250, { from: 0, to: 100 }, 100)).toEqual({ from: 240, to: 340 });
    expect(cardRange(500, 495, { from: 0, to: 100 }, 100)).toEqual({ from: 400, to: 500 });
    expect(cardRange(500, 3, { from: 240, to: 340 }, 100)).toEqual({ from: 0, to: 100 });
    expect(cardRange(50, 49, { from: 0, to: 0 }, 100)).toEqual({ from: 0, to: 50 });
  });

  it('clamps the target and handles an empty or shrunk list', () => {
    expect(cardRange(500, 9999, { from: 0, to: 100 }, 100)).toEqual({ from: 400, to: 500 });
    expect(cardRange(0, 3, { from: 0, to: 100 }, 100)).toEqual({ from: 0, to: 0 });
    // The list shrank under the range (a filter): a fresh page.
    expect(cardRange(30, 5, { from: 0, to: 100 }, 100)).toEqual({ from: 0, to: 30 });
  });
});

describe('cardsWindow', () => {
  it('runs from the first card start to the last card start, at least a day', () => {
    expect(cardsWindow(events, 1, 3)).toEqual({ startMs: byId('b').when.startMs, endMs: byId('d').when.startMs });
    expect(cardsWindow(events, 2, 3)).toEqual({ startMs: Date.UTC(2017, 3, 3), endMs: Date.UTC(2017, 3, 3) + DAY_MS });
    expect(cardsWindow(events, 4, 9)).toBe(null);
  });
});
