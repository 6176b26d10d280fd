import { describe, expect, it } from 'vitest';
import { assignLanes } from '../../../src/derive/lanes.ts';
import { actorMap, makeDataset, victimMap } from '../helpers.ts';

describe('assignLanes with maxRowsPerGroup', () => {
  const specs = Array.from({ length: 10 }, (_, i) => ({ id: `e${i}`, start: '2016', end: '2017', actors: ['g1'] }));
  const dataset = makeDataset(specs);
  const base = { groupBy: 'actor' as const, actors: actorMap(dataset), victims: victimMap(dataset), minGapMs: 0 };

  it('gives ten overlapping periods ten rows when uncapped', () => {
    expect(assignLanes(dataset.events, base).rowCount).toBe(10);
  });

  it('stops at the cap and shares rows, keeping every event', () => {
    const layout = assignLanes(dataset.events, { ...base, maxRowsPerGroup: 3 });
    expect(layout.rowCount).toBe(3);
    expect(layout.rowOf.size).toBe(10);
    expect([...layout.rowOf.values()].every((row) => row >= 0 && row < 3)).toBe(true);
    // The first three each get their own row; the rest share.
    expect(new Set(['e0', 'e1', 'e2'].map((id) => layout.rowOf.get(id)))).toEqual(new Set([0, 1, 2]));
  });
});

describe('assignLanes with maxTotalRows', () => {
  const specs = ['g1', 'g2'].flatMap((actor) => Array.from({ length: 10 }, (_, i) => ({ id: `${actor}-${i}`, start: '2016', end: '2017', actors: [actor] })));
  const dataset = makeDataset(specs);
  const base = { groupBy: 'actor' as const, actors: actorMap(dataset), victims: victimMap(dataset), minGapMs: 0 };

  it('shares a total row budget between the groups', () => {
    const layout = assignLanes(dataset.events, { ...base, maxTotalRows: 8 });
    expect(layout.groups.map((group) => group.rowCount)).toEqual([4, 4]);
    expect(layout.rowOf.size).toBe(20);
  });

  it('still gives every group at least two rows', () => {
    expect(assignLanes(dataset.events, { ...base, maxTotalRows: 1 }).groups.map((group) => group.rowCount)).toEqual([2, 2]);
  });
});
