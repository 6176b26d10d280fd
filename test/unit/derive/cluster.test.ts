import { describe, expect, it } from 'vitest';
import { clusterMarks, clusterRange } from '../../../src/derive/cluster.ts';
import { hitTest } from '../../../src/derive/hit-test.ts';
import type { Mark } from '../../../src/derive/place.ts';
import type { TimelineEvent } from '../../../src/model/types.ts';

function mark(id: string, row: number, x0: number, x1 = x0, shape: Mark['shape'] = x0 === x1 ? 'point' : 'period'): Mark {
  const event = { id, when: { startMs: x0 * 1000, endMs: (x1 + 1) * 1000 } } as unknown as TimelineEvent;
  return { event, shape, row, x0Px: x0, x1Px: x1, solidX0Px: x0, solidX1Px: x1, labelXPx: x1 + 10, labelRoomPx: 50 };
}

describe('clusterMarks', () => {
  it('keeps marks apart when they do not come within the gap', () => {
    const items = clusterMarks([mark('a', 0, 10), mark('b', 0, 40)], 2, 6);
    expect(items.map((item) => item.type)).toEqual(['mark', 'mark']);
  });

  it('merges points whose symbols touch, counting the radius', () => {
    const items = clusterMarks([mark('a', 0, 10), mark('b', 0, 22), mark('c', 0, 100)], 2, 6);
    const clusters = items.filter((item) => item.type === 'cluster');
    expect(clusters).toHaveLength(1);
    const cluster = clusters[0]!.type === 'cluster' ? clusters[0]!.cluster : undefined;
    expect(cluster!.members.map((e) => e.id)).toEqual(['a', 'b']);
    expect(cluster!.x0Px).toBe(4);
    expect(cluster!.x1Px).toBe(28);
  });

  it('never merges across rows', () => {
    const items = clusterMarks([mark('a', 0, 10), mark('b', 1, 10)], 2, 6);
    expect(items.every((item) => item.type === 'mark')).toBe(true);
  });

  it('chains overlapping spans into one cluster and reports its time range', () => {
    const items = clusterMarks([mark('a', 0, 0, 50), mark('b', 0, 40, 90), mark('c', 0, 91, 120)], 2, 6);
    expect(items).toHaveLength(1);
    const item = items[0]!;
    if (item.type !== 'cluster') throw new Error('expected a cluster');
    expect(item.cluster.members).toHaveLength(3);
    expect(clusterRange(item.cluster)).toEqual([0, 121_000]);
  });

  it('returns nothing for nothing', () => {
    expect(clusterMarks([], 2, 6)).toEqual([]);
  });
});

describe('hitTest', () => {
  const items = clusterMarks([mark('a', 0, 100), mark('b', 1, 200, 300)], 2, 6);
  const rowCentre = (row: number) => 40 + row * 28;

  it('finds the mark under the pointer, with a tolerance for small targets', () => {
    const hit = hitTest(items, rowCentre, 108, 45, 12);
    expect(hit?.type === 'mark' && hit.mark.event.id).toBe('a');
    const span = hitTest(items, rowCentre, 250, 68, 12);
    expect(span?.type === 'mark' && span.mark.event.id).toBe('b');
  });

  it('misses when the pointer is in another row or too far', () => {
    expect(hitTest(items, rowCentre, 100, 90, 12)).toBeNull();
    expect(hitTest(items, rowCentre, 150, 40, 12)).toBeNull();
  });
});
