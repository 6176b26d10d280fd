// The zoom bench's frame statistics (bench/zoom-steps.mjs), shared by the warm page and the
// reader's cold first zoom: a late frame counts as the 60 Hz frames it covered beyond the first.
import { describe, expect, it } from 'vitest';
import { frameStats } from '../../../bench/zoom-steps.mjs';

const FRAME = 1000 / 60;

describe('frameStats', () => {
  it('counts no dropped frame when every interval is one 60 Hz frame, give or take jitter', () => {
    const stats = frameStats([FRAME, FRAME + 4, FRAME - 4, FRAME]);
    expect(stats.droppedShare).toBe(0);
    expect(stats.medianMs).toBeCloseTo(FRAME + 0, 5);
  });

  it('counts an interval of two and of three frames as one and two dropped frames', () => {
    // 4 intervals; 1 + 2 frames missed; 3 of the 7 frames there should have been.
    const stats = frameStats([FRAME, 2 * FRAME, 3 * FRAME, FRAME]);
    expect(stats.droppedShare).toBeCloseTo(3 / 7, 10);
  });

  it('reads the median and p95 from the sorted intervals, whatever their order', () => {
    const intervals = Array.from({ length: 20 }, (_, i) => (i === 7 ? 50 : 10 + i));
    const stats = frameStats(intervals);
    expect(stats.medianMs).toBe(21);
    expect(stats.p95Ms).toBe(50);
  });
});
