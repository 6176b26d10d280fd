import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { assertDataset } from '../../../src/model/parse-dataset.ts';
import { assignLanes, type LaneLayout } from '../../../src/derive/lanes.ts';
import { markShapeOf } from '../../../src/derive/place.ts';
import { createRowIndex } from '../../../src/derive/view-layout.ts';
import type { TimelineEvent } from '../../../src/model/types.ts';
import { generateDataset } from '../../../bench/generate-dataset.mjs';

/** The row index as first written: every row's events stably sorted by anchor with a full sort. */
function referenceRow(members: readonly TimelineEvent[]) {
  const anchor = (event: TimelineEvent) => (markShapeOf(event) === 'point' ? (event.when.startMs + event.when.endMs) / 2 : event.when.startMs);
  const events = [...members].sort((a, b) => anchor(a) - anchor(b));
  let maxEnd = -Infinity;
  return {
    events: events.map((event) => event.id),
    anchorStarts: events.map(anchor),
    shapes: events.map((event) => ['point', 'uncertain', 'period'].indexOf(markShapeOf(event))),
    starts: events.map((event) => event.when.startMs),
    ends: events.map((event) => event.when.endMs),
    maxAnchorEnds: events.map((event) => (maxEnd = Math.max(maxEnd, markShapeOf(event) === 'point' ? (event.when.startMs + event.when.endMs) / 2 : event.when.endMs))),
  };
}

function indexed(layout: LaneLayout) {
  return createRowIndex(layout).rows.map((row) => ({
    events: row.events.map((event) => event.id),
    anchorStarts: [...row.anchorStarts], shapes: [...row.shapes], starts: [...row.starts], ends: [...row.ends], maxAnchorEnds: [...row.maxAnchorEnds],
  }));
}

const rowsOnly = (rows: TimelineEvent[][]): LaneLayout => ({ groups: [], rowCount: rows.length, rows, rowOf: new Map() });
const dataset = assertDataset(generateDataset(3000));

describe('createRowIndex', () => {
  it('gives what a full stable sort by anchor gives, for capped (crowded) lanes of generated data', () => {
    const extentMs = Date.UTC(2021, 0, 1) - Date.UTC(2006, 0, 1);
    const actors = new Map(dataset.actors.map((actor) => [actor.id, actor]));
    const victims = new Map(dataset.victims.map((victim) => [victim.id, victim]));
    for (const maxTotalRows of [4, 64]) {
      const layout = assignLanes(dataset.events, { groupBy: 'actor', actors, victims, minGapMs: extentMs / 60, maxRowsPerGroup: 16, maxTotalRows, kindNames: {} } as Parameters<typeof assignLanes>[1]);
      expect(indexed(layout)).toEqual(layout.rows.map(referenceRow));
      const reordered = layout.rows.filter((row) => referenceRow(row).events.join() !== row.map((event) => event.id).join());
      expect(reordered.length, 'some rows needed a point moved before a later start').toBeGreaterThan(0);
    }
  });

  it('gives the same for rows in any order (a shuffled row takes the full sort after too many moves)', () => {
    fc.assert(fc.property(fc.array(fc.integer({ min: 0, max: dataset.events.length - 1 }), { maxLength: 300 }), fc.boolean(), (picks, sortFirst) => {
      const row = picks.map((i) => dataset.events[i]!);
      if (sortFirst) row.sort((a, b) => a.when.startMs - b.when.startMs);
      expect(indexed(rowsOnly([row]))).toEqual([referenceRow(row)]);
    }), { numRuns: 200 });
  });

  it('indexes a row when it is first read, once, and only that row', () => {
    const events = dataset.events.slice(0, 40);
    const rows = [events.slice(0, 10), events.slice(10, 20), events.slice(20, 40)];
    const reads = [0, 0, 0];
    // Each row's members are read through a getter, so the test sees which rows were indexed.
    const layout = { rows: rows.map((members, r) => new Proxy(members, { get: (target, key) => (key === 'length' && reads[r]++, Reflect.get(target, key)) })) };
    const index = createRowIndex(layout);
    expect(index.count).toBe(3);
    expect(reads).toEqual([0, 0, 0]);
    const second = index.row(1);
    expect(reads[0]).toBe(0);
    expect(reads[2]).toBe(0);
    expect(reads[1]).toBeGreaterThan(0);
    const readsOfSecond = reads[1];
    expect(index.row(1)).toBe(second);
    expect(reads[1]).toBe(readsOfSecond);
    expect(index.rows[1]).toBe(second);
    expect(index.rows.map((row) => row.events.map((event) => event.id))).toEqual(rows.map(referenceRow).map((row) => row.events));
  });
});
