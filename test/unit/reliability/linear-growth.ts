/**
 * How the cost of a function grows with the size of its input, measured without any absolute
 * time budget: only ratios of times for inputs of size n, 2n and 4n on the same machine, so a
 * slow or busy machine changes nothing but the size where measuring starts.
 */

export interface Growth {
  /** Size (in units of `make`) where the timings were taken. */
  readonly size: number;
  /** Time of 2n over time of n (about 2 for linear work). */
  readonly doubled: number;
  /** Time of 4n over time of n (about 4 for linear work, 16 for quadratic); Infinity when 2n already failed. */
  readonly quadrupled: number;
  /** Milliseconds per call at n, for the report only. */
  readonly baseMs: number;
}

/** Limits with generous slack: linear work gives 2 and 4, quadratic 4 and 16, worse explodes. */
export const GROWTH_LIMITS = { doubled: 5, quadrupled: 10 } as const;

/** Least time per call of `run` over a few batches, each repeated until it lasts `batchMs`. */
function timePerCall(run: () => unknown, batchMs = 3, batches = 3): number {
  let best = Infinity;
  for (let batch = 0; batch < batches; batch++) {
    const start = performance.now();
    let calls = 0;
    let elapsed = 0;
    do {
      run();
      calls++;
      elapsed = performance.now() - start;
    } while (elapsed < batchMs);
    best = Math.min(best, elapsed / calls);
    // A single call this slow is already a clear answer; repeating it only costs time.
    if (elapsed > 20 * batchMs) break;
  }
  return best;
}

/**
 * Grows the input from `startSize` (doubling, at most `maxSize`) until one call takes about
 * `settleMs`, so fixed costs no longer hide the growth, then compares n with 2n and 4n. The 4n
 * step is skipped when 2n already exploded, so runaway code fails in well under a second.
 */
export function measureGrowth(run: (input: string) => unknown, make: (size: number) => string, options: { startSize?: number; maxSize?: number; settleMs?: number } = {}): Growth {
  const { startSize = 8, maxSize = 1 << 11, settleMs = 0.05 } = options;
  let size = startSize;
  let input = make(size);
  let base = timePerCall(() => run(input));
  while (base < settleMs && size < maxSize) {
    size *= 2;
    input = make(size);
    base = timePerCall(() => run(input));
  }
  const twice = make(2 * size);
  const doubledMs = timePerCall(() => run(twice));
  base = Math.min(base, timePerCall(() => run(input)));
  const doubled = doubledMs / base;
  if (doubled > GROWTH_LIMITS.doubled) return { size, doubled, quadrupled: Infinity, baseMs: base };
  const fourTimes = make(4 * size);
  let quadrupledMs = timePerCall(() => run(fourTimes));
  base = Math.min(base, timePerCall(() => run(input)));
  quadrupledMs = Math.min(quadrupledMs, timePerCall(() => run(fourTimes)));
  return { size, doubled, quadrupled: quadrupledMs / base, baseMs: base };
}

/** `unit` repeated to about `size` characters, between `before` and `after`. */
export function pump(before: string, unit: string, after = ''): (size: number) => string {
  return (size) => before + unit.repeat(Math.max(1, Math.ceil(size / unit.length))) + after;
}
