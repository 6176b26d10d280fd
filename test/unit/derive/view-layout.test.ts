import { describe, expect, it } from 'vitest';
import { assignLanes } from '../../../src/derive/lanes.ts';
import { hitTest } from '../../../src/derive/hit-test.ts';
import { clusterMembers, createRowIndex, drawnEventIds, layoutView, type DrawItem } from '../../../src/derive/view-layout.ts';
import { DEFAULT_PLACE_OPTIONS } from '../../../src/derive/place.ts';
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

  it('sets a long bar inside a run aside: it stays a mark, and the cluster around it neither counts it nor ends with it', () => {
    const days = Array.from({ length: 10 }, (_, i) => ({ id: `d${i}`, date: `2016-03-${String(1 + i).padStart(2, '0')}` }));
    const specs = [...days.slice(0, 5), { id: 'long', start: '2016-03-05', end: '2016-09' }, ...days.slice(5)];
    const events = makeEvents(specs);
    const index = createRowIndex(oneRow(events, specs.map((spec) => spec.id)));
    const items = layoutView(index, { startMs: T0, endMs: T0 + 366 * DAY_MS, widthPx: 1000 }, OPTIONS);
    const long = items.find((item) => item.type === 'mark' && item.mark.event.id === 'long');
    expect(long).toBeDefined();
    const clusters = items.flatMap((item) => (item.type === 'cluster' ? [item.cluster] : []));
    expect(clusters).toHaveLength(1);
    const [cluster] = clusters;
    expect(cluster!.count).toBe(10);
    expect(cluster!.skipped).toHaveLength(1);
    expect(clusterMembers(index, cluster!).map((event) => event.id).sort()).toEqual(days.map((day) => day.id).sort());
    expect(cluster!.endMs).toBe(Math.max(...events.filter((event) => event.id !== 'long').map((event) => event.when.endMs)));
    expect(drawnEventIds(index, items).sort()).toEqual(specs.map((spec) => spec.id).sort());
  });

  it('gives a cluster with no bar set aside an empty skipped list and its members\' latest end', () => {
    const specs = Array.from({ length: 10 }, (_, i) => ({ id: `d${i}`, date: `2016-03-${String(1 + i).padStart(2, '0')}` }));
    const events = makeEvents(specs);
    const index = createRowIndex(oneRow(events, specs.map((spec) => spec.id)));
    const [item, ...rest] = layoutView(index, { startMs: T0, endMs: T0 + 366 * DAY_MS, widthPx: 1000 }, OPTIONS);
    expect(rest).toEqual([]);
    if (item?.type !== 'cluster') throw new Error('expected one cluster');
    expect(item.cluster.skipped).toEqual([]);
    expect(item.cluster.count).toBe(10);
    expect(item.cluster.endMs).toBe(Math.max(...events.map((event) => event.when.endMs)));
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

  it('lays out only the rows asked for, each exactly as the whole layout has it', () => {
    // Eight rows of mixed marks, dense enough to cluster, seen at several zooms.
    const specs = Array.from({ length: 800 }, (_, i) => ({
      id: `m${i}`,
      ...(i % 5 === 0 ? { start: `2016-${String(1 + (i % 12)).padStart(2, '0')}`, end: '2017-03' } : { date: `2016-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}` }),
    }));
    const events = makeEvents(specs);
    const index = createRowIndex(layoutOf(events, new Map(specs.map((spec, i) => [spec.id, i % 8])), 8));
    const rowOf = (item: DrawItem) => (item.type === 'mark' ? item.mark.row : item.cluster.row);
    const strip = (item: DrawItem) => (item.type === 'mark' ? { ...item.mark, event: item.mark.event.id } : item.cluster);
    for (const days of [30, 200, 700]) {
      const view = { startMs: T0 + 40 * DAY_MS, endMs: T0 + (40 + days) * DAY_MS, widthPx: 1000 };
      const whole = layoutView(index, view, OPTIONS);
      const kept = new Set([1, 2, 6]);
      const some = layoutView(index, view, OPTIONS, (row) => kept.has(row));
      expect(some.length).toBeGreaterThan(0);
      expect(some.map(strip)).toEqual(whole.filter((item) => kept.has(rowOf(item))).map(strip));
      expect(layoutView(index, view, OPTIONS, () => false)).toEqual([]);
    }
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
