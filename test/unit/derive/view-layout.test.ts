import { describe, expect, it } from 'vitest';
import { assignLanes } from '../../../src/derive/lanes.ts';
import { hitTest } from '../../../src/derive/hit-test.ts';
import { clusterMembers, createRowIndex, drawnEventIds, itemRow, itemsInRows, layoutView, type DrawItem } from '../../../src/derive/view-layout.ts';
import { DEFAULT_PLACE_OPTIONS, placeMark } from '../../../src/derive/place.ts';
import type { LaneLayout } from '../../../src/derive/lanes.ts';
import { actorMap, DAY_MS, layoutOf, makeDataset, makeEvents, victimMap } from '../helpers.ts';
import type { TimelineEvent } from '../../../src/model/types.ts';

const T0 = Date.UTC(2016, 0, 1);
const OPTIONS = { ...DEFAULT_PLACE_OPTIONS, widthPx: 1000, clusterGapPx: 0 };

function oneRow(events: readonly TimelineEvent[], ids: string[]): LaneLayout {
  return layoutOf(events, new Map(ids.map((id) => [id, 0])), 1);
}

describe('layoutView', () => {
  it('keeps touching spans (consecutive months) apart: only overlap on screen merges', () => {
    const events = makeEvents([{ id: 'mar', date: '2016-03' }, { id: 'apr', date: '2016-04' }]);
    const items = layoutView(createRowIndex(oneRow(events, ['mar', 'apr'])), { startMs: T0, endMs: T0 + 1000 * DAY_MS, widthPx: 1000 }, OPTIONS);
    expect(items.map((item) => item.type)).toEqual(['mark', 'mark']);
  });

  it('turns a dense row seen from afar into a few clusters, and counts every member', () => {
    const specs = Array.from({ length: 5000 }, (_, i) => ({ id: `e${i}`, date: `2016-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}` }));
    const events = makeEvents(specs);
    const index = createRowIndex(oneRow(events, specs.map((spec) => spec.id)));
    const items = layoutView(index, { startMs: T0 - 365 * DAY_MS, endMs: T0 + 730 * DAY_MS, widthPx: 1000 }, OPTIONS);
    expect(items.length).toBeLessThan(20);
    expect(drawnEventIds(index, items).sort()).toEqual(specs.map((spec) => spec.id).sort());
    const cluster = items.find((item) => item.type === 'cluster');
    if (cluster?.type !== 'cluster') throw new Error('expected a cluster');
    expect(clusterMembers(index, cluster.cluster)).toHaveLength(cluster.cluster.count);
  });

  it('costs no more than what is drawn: a narrow window over many events gives few items', () => {
    const specs = Array.from({ length: 2000 }, (_, i) => ({ id: `p${i}`, date: new Date(T0 + i * DAY_MS).toISOString().slice(0, 10) }));
    const events = makeEvents(specs);
    const index = createRowIndex(oneRow(events, specs.map((spec) => spec.id)));
    const items = layoutView(index, { startMs: T0 + 100 * DAY_MS, endMs: T0 + 110 * DAY_MS, widthPx: 1000 }, OPTIONS);
    const ids = drawnEventIds(index, items);
    expect(ids.length).toBeGreaterThanOrEqual(10);
    expect(ids.length).toBeLessThanOrEqual(13);
  });

  it('lays out rows from real lanes', () => {
    const dataset = makeDataset([
      { id: 'a', date: '2016-02-01', actors: ['g1'] },
      { id: 'b', date: '2016-02-01', actors: ['g2'] },
    ]);
    const lanes = assignLanes(dataset.events, { groupBy: 'actor', actors: actorMap(dataset), victims: victimMap(dataset), minGapMs: 0 });
    const items = layoutView(createRowIndex(lanes), { startMs: T0, endMs: T0 + 100 * DAY_MS, widthPx: 1000 }, OPTIONS);
    expect(items.map((item) => (item.type === 'mark' ? item.mark.row : -1)).sort()).toEqual([0, 1]);
  });
});

describe('hitTest', () => {
  const events = makeEvents([{ id: 'a', date: '2016-01-10' }, { id: 'b', start: '2016-03', end: '2016-05' }]);
  const lanes = layoutOf(events, new Map([['a', 0], ['b', 1]]));
  const items: DrawItem[] = layoutView(createRowIndex(lanes), { startMs: T0, endMs: T0 + 1000 * DAY_MS, widthPx: 1000 }, OPTIONS);
  const rowCentre = (row: number) => 40 + row * 28;

  it('finds the mark under the pointer, with a tolerance for small targets', () => {
    const hit = hitTest(items, rowCentre, 9.5 + 8, 45, 12);
    expect(hit?.type === 'mark' && hit.mark.event.id).toBe('a');
    const span = hitTest(items, rowCentre, 100, 68, 12);
    expect(span?.type === 'mark' && span.mark.event.id).toBe('b');
  });

  it('misses when the pointer is in another row or too far', () => {
    expect(hitTest(items, rowCentre, 9.5, 90, 12)).toBeNull();
    expect(hitTest(items, rowCentre, 300, 40, 12)).toBeNull();
  });
});

describe('itemsInRows', () => {
  const specs = Array.from({ length: 40 }, (_, i) => ({ id: `r${i}`, date: `2016-${String(1 + (i % 12)).padStart(2, '0')}-15` }));
  const events = makeEvents(specs);
  // Rows 0, 2, 3 and 5 hold events (four rows of ten); rows 1 and 4 are empty.
  const rowOfEvent = new Map(specs.map((spec, i) => [spec.id, [0, 2, 3, 5][i % 4]!]));
  const items = layoutView(createRowIndex(layoutOf(events, rowOfEvent, 6)), { startMs: T0, endMs: T0 + 366 * DAY_MS, widthPx: 4000 }, { ...OPTIONS, widthPx: 4000 });

  it('gives the run of items in the rows asked for, as filtering by row would', () => {
    expect(new Set(items.map(itemRow))).toEqual(new Set([0, 2, 3, 5]));
    expect(items.length).toBeGreaterThan(8);
    for (const [first, last] of [[0, 0], [0, 5], [1, 2], [2, 3], [3, 4], [4, 4], [5, 9], [-3, 1], [6, 8], [3, 2]] as const) {
      expect(itemsInRows(items, first, last), `rows ${first} to ${last}`).toEqual(items.filter((item) => itemRow(item) >= first && itemRow(item) <= last));
    }
  });

  it('returns the list itself when every row is asked for, and [] for no items', () => {
    expect(itemsInRows(items, 0, 5)).toBe(items);
    expect(itemsInRows([], 0, 3)).toEqual([]);
  });
});

describe('layoutView places marks from its row index', () => {
  it('as placeMark places them from the events: points, rough dates and periods with rough ends', () => {
    const events = makeEvents([
      { id: 'day', date: '2016-02-10' },
      { id: 'month', date: '2016-04' },
      { id: 'rough-ends', start: '2016-06', end: '2016-11' },
      { id: 'firm', start: '2016-12-01', end: '2017-02-20' },
      { id: 'year-to-day', start: '2017', end: '2017-09-14' },
    ]);
    const rowOf = new Map(events.map((event) => [event.id, 0]));
    const view = { startMs: T0, endMs: T0 + 700 * DAY_MS, widthPx: 1000 };
    const items = layoutView(createRowIndex(layoutOf(events, rowOf, 1)), view, OPTIONS);
    const x = (ms: number) => ((ms - view.startMs) / (view.endMs - view.startMs)) * view.widthPx;
    const marks = items.flatMap((item) => (item.type === 'mark' ? [item.mark] : []));
    expect(marks.map((mark) => mark.event.id)).toEqual(events.map((event) => event.id));
    for (const mark of marks) {
      const expected = placeMark(mark.event, 0, x, OPTIONS);
      for (const key of ['shape', 'x0Px', 'x1Px', 'solidX0Px', 'solidX1Px', 'labelXPx'] as const) {
        const actual = mark[key];
        if (typeof actual === 'number') expect(actual, `${mark.event.id} ${key}`).toBeCloseTo(expected[key] as number, 6);
        else expect(actual, `${mark.event.id} ${key}`).toBe(expected[key]);
      }
    }
    expect(marks.find((mark) => mark.event.id === 'rough-ends')!.solidX1Px).toBeLessThan(marks.find((mark) => mark.event.id === 'rough-ends')!.x1Px);
  });
});
