import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { mergeRowsInto, rectList } from '../../../src/derive/merge-rows.ts';

/** The merged rectangles of `rects`, in a fresh list. */
function mergeRows(rects: number[]): number[] {
  const { values, length } = mergeRowsInto(rects, rects.length, rectList());
  return values.slice(0, length);
}

describe('mergeRows', () => {
  it('merges overlapping and touching rectangles of one row, and keeps gaps', () => {
    expect(mergeRows([50, 10, 30, 14, 0, 10, 20, 14, 20, 10, 5, 14, 100, 10, 10, 14])).toEqual([0, 10, 25, 14, 50, 10, 30, 14, 100, 10, 10, 14]);
  });

  it('never merges across rows or heights', () => {
    expect(mergeRows([0, 10, 20, 14, 5, 38, 20, 14, 5, 12, 20, 10])).toEqual([0, 10, 20, 14, 5, 12, 20, 10, 5, 38, 20, 14]);
  });

  it('keeps a rectangle inside another within it, and gives nothing for nothing', () => {
    expect(mergeRows([0, 0, 100, 10, 20, 0, 10, 10])).toEqual([0, 0, 100, 10]);
    expect(mergeRows([])).toEqual([]);
  });

  it('covers exactly the same points as its input (property)', () => {
    const rect = fc.tuple(fc.integer({ min: -50, max: 200 }), fc.constantFrom(0, 28, 56), fc.integer({ min: 1, max: 120 }), fc.constantFrom(10, 14));
    fc.assert(fc.property(fc.array(rect, { maxLength: 30 }), (list) => {
      const merged = mergeRows(list.flat());
      const covers = (rects: number[], x: number, y: number, h: number) => {
        for (let i = 0; i < rects.length; i += 4) if (rects[i + 1] === y && rects[i + 3] === h && x >= rects[i]! && x < rects[i]! + rects[i + 2]!) return true;
        return false;
      };
      for (const y of [0, 28, 56]) for (const h of [10, 14]) for (let x = -50; x < 330; x++) {
        if (covers(list.flat(), x, y, h) !== covers(merged, x, y, h)) return false;
      }
      // Merged rectangles of one row never overlap.
      for (let i = 0; i < merged.length; i += 4) for (let j = i + 4; j < merged.length; j += 4) {
        if (merged[i + 1] === merged[j + 1] && merged[i + 3] === merged[j + 3] && merged[i]! < merged[j]! + merged[j + 2]! && merged[j]! < merged[i]! + merged[i + 2]!) return false;
      }
      return true;
    }), { numRuns: 300 });
  });
});

describe('mergeRows, sorting only when out of order', () => {
  /** The merge as first written: always a stable sort by row, height and x first. */
  function reference(rects: number[]): number[] {
    const order = Array.from({ length: rects.length / 4 }, (_, i) => i * 4)
      .sort((a, b) => rects[a + 1]! - rects[b + 1]! || rects[a + 3]! - rects[b + 3]! || rects[a]! - rects[b]!);
    const merged: number[] = [];
    for (const i of order) {
      const [x, y, width, height] = [rects[i]!, rects[i + 1]!, rects[i + 2]!, rects[i + 3]!];
      const last = merged.length - 4;
      if (last >= 0 && merged[last + 1] === y && merged[last + 3] === height && x <= merged[last]! + merged[last + 2]!) merged[last + 2] = Math.max(merged[last]! + merged[last + 2]!, x + width) - merged[last]!;
      else merged.push(x, y, width, height);
    }
    return merged;
  }
  const rect = fc.tuple(fc.integer({ min: -20, max: 400 }), fc.constantFrom(10, 30, 50), fc.integer({ min: 0, max: 80 }), fc.constantFrom(10, 14));

  it('merges as before, rectangles in order or not', () => {
    fc.assert(fc.property(fc.array(rect, { maxLength: 60 }), fc.boolean(), (list, ordered) => {
      if (ordered) list.sort((a, b) => a[1] - b[1] || a[3] - b[3] || a[0] - b[0]);
      const rects = list.flat();
      expect(mergeRows(rects)).toEqual(reference(rects));
    }), { numRuns: 300 });
  });

  it('writes into a list kept across calls exactly what a fresh merge gives, longer or shorter than before', () => {
    const kept = rectList();
    fc.assert(fc.property(fc.array(fc.array(rect, { maxLength: 60 }), { minLength: 1, maxLength: 6 }), (lists) => {
      for (const list of lists) {
        const rects = list.flat();
        const merged = mergeRowsInto(rects, rects.length, kept);
        expect(merged).toBe(kept);
        expect(merged.values.slice(0, merged.length)).toEqual(reference(rects));
      }
    }), { numRuns: 200 });
  });

  it('reads only the first `length` numbers of a kept input list, not what an earlier, longer frame left after them', () => {
    fc.assert(fc.property(fc.array(rect, { maxLength: 40 }), fc.array(rect, { maxLength: 40 }), (now, before) => {
      const input = [...now.flat(), ...before.flat()];
      const merged = mergeRowsInto(input, now.length * 4, rectList());
      expect(merged.values.slice(0, merged.length)).toEqual(reference(now.flat()));
    }), { numRuns: 200 });
  });
});
