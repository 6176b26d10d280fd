import type { Tick } from './ticks.ts';

/** Where each tick was drawn in the axis's list of elements, by its time (ms → index). */
export type TickSlots = ReadonlyMap<number, number>;

/**
 * The axis's ticks laid out in a list where a tick still on screen keeps its index from the last
 * frame (`previous`), new ticks take the free indices in order, and the gaps are null. Lit reuses
 * a list's elements by index, so a zoom or pan frame then moves the ticks' elements rather than
 * rewriting each one's text and class: the rewrites made the browser lay the axis's text out again
 * on every frame.
 */
export function keepTickSlots(previous: TickSlots, ticks: readonly Tick[]): { readonly slots: (Tick | null)[]; readonly next: TickSlots } {
  const slots: (Tick | null)[] = [];
  const next = new Map<number, number>();
  const fresh: Tick[] = [];
  for (const tick of ticks) {
    const slot = previous.get(tick.ms);
    if (slot === undefined) fresh.push(tick);
    else {
      slots[slot] = tick;
      next.set(tick.ms, slot);
    }
  }
  let free = 0;
  for (const tick of fresh) {
    while (slots[free]) free++;
    slots[free] = tick;
    next.set(tick.ms, free);
  }
  for (let i = 0; i < slots.length; i++) slots[i] ??= null;
  return { slots, next };
}
