/**
 * How the cost of a function grows with the size of its input, measured without any absolute
 * time budget: only ratios of times for inputs of size n, 2n and 4n on the same machine, so a
 * slow or busy machine changes nothing but the size where measuring starts. The times are the
 * CPU time this process spent (user + system), not the wall clock: on a loaded machine the
 * wall clock also counts the slices other processes ran in, at random, which made one size look
 * several times slower than the next (a flake at load average 13-17 on two cores); CPU time counts
 * only this work.
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

/** CPU milliseconds this process has used (each vitest worker is a process of its own and runs one file at a time). */
function cpuMs(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

/** CPU time per call of `run`, repeated until it has used 3 ms; callers keep the least of several. */
function timePerCall(run: () => unknown): number {
  const start = cpuMs();
  let calls = 0;
  let elapsed = 0;
  do {
    run();
    calls++;
    elapsed = cpuMs() - start;
  } while (elapsed < 3);
  return elapsed / calls;
}

/**
 * Grows the input from `startSize` (doubling, at most `maxSize`) until one call takes about
 * `settleMs`, so fixed costs no longer hide the growth, then times n, 2n and 4n in interleaved
 * rounds and keeps the least time of each: a busy machine slows every size of a round alike,
 * and a quiet moment shows in every size. Runaway code is stopped after two rounds, before its
 * 4n input, so it fails in well under a second.
 *
 * Sizes stay at or below 2048 units (8192 at 4n) by default: past about 16,000 elements a
 * JavaScript array moves to V8's large-object space and allocation cost jumps once, which is a
 * step, not growth in work, and would fail parsers that build one element per character.
 */
export function measureGrowth(run: (input: string) => unknown, make: (size: number) => string, options: { startSize?: number; maxSize?: number; settleMs?: number } = {}): Growth {
  const { startSize = 8, maxSize = 1 << 11, settleMs = 0.05 } = options;
  // Let the engine compile `run` for this kind of input first: a cold start is slower by itself.
  for (const warm of [make(startSize), make(4 * startSize)]) for (let i = 0; i < 20; i++) run(warm);
  let size = startSize;
  for (;;) {
    let input = make(size);
    // One timing a size while looking for the size: the rounds below time n again, keeping the least.
    let base = timePerCall(() => run(input));
    while (base < settleMs && size < maxSize) {
      size *= 2;
      input = make(size);
      base = timePerCall(() => run(input));
    }
    const growth = timeRounds(run, make, size, base);
    // One slow timing (a compile or a collection on another thread of this process counts as its
    // CPU time) can end the search at a size too small to time: a quadratic loop over 8 characters
    // looked linear (0.003 ms a call). Then the search goes on from the next size.
    if (growth.baseMs >= settleMs / 4 || size >= maxSize || growth.quadrupled === Infinity) return growth;
    size *= 2;
  }
}

/** Times n, 2n and 4n in interleaved rounds (see measureGrowth), starting from a first time of n. */
function timeRounds(run: (input: string) => unknown, make: (size: number) => string, size: number, firstBase: number): Growth {
  const input = make(size);
  const twice = make(2 * size);
  const fourTimes = make(4 * size);
  let base = firstBase;
  let doubledMs = Infinity;
  let quadrupledMs = Infinity;
  for (let round = 0; round < 6; round++) {
    base = Math.min(base, timePerCall(() => run(input)));
    doubledMs = Math.min(doubledMs, timePerCall(() => run(twice)));
    // Two rounds of n and 2n tell runaway work from a busy moment; only then is 4n worth running.
    if (round === 1 && doubledMs / base > 2 * GROWTH_LIMITS.doubled) return { size, doubled: doubledMs / base, quadrupled: Infinity, baseMs: base };
    if (round >= 1) quadrupledMs = Math.min(quadrupledMs, timePerCall(() => run(fourTimes)));
    // Clearly linear after three rounds: more rounds could only lower the times further, and a
    // quieter n than any seen so far would have to be 40 % faster to break the limits.
    if (round >= 2 && doubledMs / base <= 0.6 * GROWTH_LIMITS.doubled && quadrupledMs / base <= 0.6 * GROWTH_LIMITS.quadrupled) break;
  }
  return { size, doubled: doubledMs / base, quadrupled: quadrupledMs / base, baseMs: base };
}

/** `unit` repeated to about `size` characters, between `before` and `after`. */
export function pump(before: string, unit: string, after = ''): (size: number) => string {
  return (size) => before + unit.repeat(Math.max(1, Math.ceil(size / unit.length))) + after;
}
