/**
 * The measure behind linear-patterns.test.ts must tell linear work from runaway work, or that
 * whole audit passes whatever the patterns do.
 */
import { describe, expect, it } from 'vitest';
import { GROWTH_LIMITS, measureGrowth, pump } from './linear-growth.ts';

const withinLimits = ({ doubled, quadrupled }: { doubled: number; quadrupled: number }) =>
  doubled < GROWTH_LIMITS.doubled && quadrupled < GROWTH_LIMITS.quadrupled;

describe('measureGrowth', () => {
  it('passes a pattern that does linear work', () => {
    const growth = measureGrowth((input) => input.replace(/\s+/g, ' '), pump('a', ' ', 'b'));
    expect(withinLimits(growth), JSON.stringify(growth)).toBe(true);
  });

  it('fails a pattern that backtracks quadratically (a run of spaces not at the end)', () => {
    // From each space, \s+$ runs to the "x", fails and starts again one space on.
    const growth = measureGrowth((input) => input.replace(/\s+$/g, ''), pump('a', ' ', 'x'));
    expect(withinLimits(growth), JSON.stringify(growth)).toBe(false);
  });

  it('fails a hand-written loop that is quadratic', () => {
    const quadratic = (input: string) => {
      let pairs = 0;
      for (let i = 0; i < input.length; i++) for (let j = i; j < input.length; j++) if (input[i] === input[j]) pairs++;
      return pairs;
    };
    const growth = measureGrowth(quadratic, pump('', 'a'));
    expect(withinLimits(growth), JSON.stringify(growth)).toBe(false);
  });

  it('fails a quadratic loop whose first timing met a busy moment (one slow call while the size was sought)', () => {
    const quadraticPairs = (input: string) => {
      let pairs = 0;
      for (let i = 0; i < input.length; i++) for (let j = i; j < input.length; j++) if (input[i] === input[j]) pairs++;
      return pairs;
    };
    // The first call after the 40 warm-up calls spins for 5 ms of CPU, as a collection or a
    // compile on another thread would count: the search would stop at the smallest size.
    let calls = 0;
    const busyOnce = (input: string) => {
      if (++calls === 41) for (const start = performance.now(); performance.now() - start < 5;);
      return quadraticPairs(input);
    };
    const growth = measureGrowth(busyOnce, pump('', 'a'));
    expect(calls).toBeGreaterThan(41);
    expect(withinLimits(growth), JSON.stringify(growth)).toBe(false);
    expect(growth.size, 'the search went on past the smallest size').toBeGreaterThan(8);
  });
});
