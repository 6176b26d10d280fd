import { describe, expect, it } from 'vitest';
import { calloutBandPx, keyMomentNumbers, placeCallouts } from '../../../src/derive/callout-layout.ts';
import { createRowIndex, layoutView } from '../../../src/derive/view-layout.ts';
import { DEFAULT_PLACE_OPTIONS } from '../../../src/derive/place.ts';
import { DAY_MS, layoutOf, makeEvents } from '../helpers.ts';

const T0 = Date.UTC(2016, 0, 1);
const charWidth = () => 6;

function setup(notes: Record<string, string>, dates: Record<string, string>) {
  const events = makeEvents(Object.entries(dates).map(([id, date]) => ({ id, date }))).map((event) => (notes[event.id] ? { ...event, callout: notes[event.id] } : event));
  const rows = new Map(events.map((event, i) => [event.id, i]));
  const items = layoutView(createRowIndex(layoutOf(events, rows)), { startMs: T0, endMs: T0 + 1000 * DAY_MS, widthPx: 1000 }, { ...DEFAULT_PLACE_OPTIONS, widthPx: 1000, clusterGapPx: 0 });
  const options = { widthPx: 1000, charWidth, rowCentrePx: (row: number) => 100 + row * 28, bandTopPx: 30, bandLines: 2, lineHeightPx: 22, markHalfPx: 7 };
  return { events, items, options };
}

describe('callouts', () => {
  it('numbers key moments in date order, and takes no band when there are none', () => {
    const { events } = setup({ b: 'Second', a: 'First' }, { a: '2016-02-01', b: '2016-06-01', c: '2016-09-01' });
    expect([...keyMomentNumbers(events)]).toEqual([['a', 1], ['b', 2]]);
    expect(calloutBandPx(0, 2, 22)).toBe(0);
    expect(calloutBandPx(2, 2, 22)).toBe(48);
  });

  it('places notes near their marks without overlapping, with a badge just above each mark', () => {
    const { events, items, options } = setup({ a: 'A note about a', b: 'A note about b', c: 'A third note' }, { a: '2016-02-01', b: '2016-02-10', c: '2016-02-20' });
    const callouts = placeCallouts(items, keyMomentNumbers(events), options);
    expect(callouts.map((callout) => callout.number)).toEqual([1, 2, 3]);
    for (const a of callouts) for (const b of callouts) {
      if (a !== b) expect(a.box.right <= b.box.left || b.box.right <= a.box.left || a.box.bottom <= b.box.top || b.box.bottom <= a.box.top).toBe(true);
    }
    for (const callout of callouts) {
      expect(callout.box.top).toBeGreaterThanOrEqual(30);
      expect(callout.box.bottom).toBeLessThanOrEqual(30 + 2 * 22);
      const row = events.findIndex((event) => event.id === callout.eventId);
      // The badge sits in the gap above the mark: below the row above's mark, above its own.
      expect(callout.badge.bottom).toBeLessThanOrEqual(100 + row * 28 - 7);
      expect(callout.badge.top).toBeGreaterThanOrEqual(100 + (row - 1) * 28 + 7);
    }
  });

  it('leaves out a note that finds no room rather than overlap', () => {
    const notes = Object.fromEntries(['a', 'b', 'c', 'd'].map((id) => [id, 'x'.repeat(60)]));
    const { events, items, options } = setup(notes, { a: '2016-02-01', b: '2016-02-02', c: '2016-02-03', d: '2016-02-04' });
    const callouts = placeCallouts(items, keyMomentNumbers(events), options);
    expect(callouts.length).toBeLessThan(4);
    expect(callouts.length).toBeGreaterThan(0);
  });
});
