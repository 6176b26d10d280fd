import { describe, it, expect } from 'vitest';
import { createBaseScale } from '../../../src/scales/time-scale.ts';
import { timeTicks, type Tick } from '../../../src/scales/ticks.ts';
import { keepTickSlots, type TickSlots } from '../../../src/scales/tick-slots.ts';

const tick = (ms: number): Tick => ({ ms, xPx: ms, label: String(ms), major: false });
const msOf = (slots: readonly (Tick | null)[]) => slots.map((slot) => slot?.ms ?? null);

/** Every tick given appears once, in a slot the map names, and nothing else is in the list. */
function expectConsistent(ticks: readonly Tick[], slots: readonly (Tick | null)[], next: TickSlots): void {
  expect(slots.filter((slot) => slot !== null)).toHaveLength(ticks.length);
  expect(next.size).toBe(ticks.length);
  for (const t of ticks) expect(slots[next.get(t.ms)!]).toBe(t);
  expect(slots.length === 0 || slots[slots.length - 1] !== null).toBe(true);
}

describe('keepTickSlots', () => {
  it('lays the first ticks out in order', () => {
    const ticks = [tick(10), tick(20), tick(30)];
    const { slots, next } = keepTickSlots(new Map(), ticks);
    expect(msOf(slots)).toEqual([10, 20, 30]);
    expectConsistent(ticks, slots, next);
  });

  it('keeps a tick still on screen where it was, and puts new ones in the gaps a pan leaves', () => {
    const first = keepTickSlots(new Map(), [tick(10), tick(20), tick(30)]);
    // Panned right: 10 left the screen, 40 came in.
    const panned = keepTickSlots(first.next, [tick(20), tick(30), tick(40)]);
    expect(msOf(panned.slots)).toEqual([40, 20, 30]);
    // Panned on: 20 left, 50 came in; 30 and 40 stay put.
    const again = keepTickSlots(panned.next, [tick(30), tick(40), tick(50)]);
    expect(msOf(again.slots)).toEqual([40, 50, 30]);
  });

  it('leaves gaps as null when ticks go, and trims none it still needs', () => {
    const first = keepTickSlots(new Map(), [tick(1), tick(2), tick(3), tick(4)]);
    const fewer = keepTickSlots(first.next, [tick(2), tick(4)]);
    expect(msOf(fewer.slots)).toEqual([null, 2, null, 4]);
    const none = keepTickSlots(fewer.next, []);
    expect(none.slots).toEqual([]);
    expect(none.next.size).toBe(0);
  });

  it('stays consistent through a zoom from years to days, every tick once, each persisting tick in its slot', () => {
    let previous: TickSlots = new Map();
    let most = 0;
    const start = Date.UTC(2006, 0, 1);
    for (let step = 0; step < 60; step++) {
      const spanMs = (Date.UTC(2020, 0, 1) - start) / (1 + step * step);
      const centre = Date.UTC(2015, 5, 1) + step * 86_400_000 * 3;
      const ticks = timeTicks(createBaseScale([centre - spanMs / 2, centre + spanMs / 2], 900), 900);
      const { slots, next } = keepTickSlots(previous, ticks);
      expectConsistent(ticks, slots, next);
      for (const t of ticks) if (previous.has(t.ms)) expect(next.get(t.ms)).toBe(previous.get(t.ms));
      // A new tick takes the lowest free slot, so the list is never longer than the most ticks
      // any frame so far has had: it does not grow as the view keeps moving.
      most = Math.max(most, ticks.length);
      expect(slots.length).toBeLessThanOrEqual(most);
      previous = next;
    }
  });
});
