import { describe, it, expect } from 'vitest';
import { isSidewaysWheel, wheelPanPx, wheelZoomDelta, WHEEL_NOTCH_FACTOR } from '../../../src/scales/wheel-zoom.ts';

const factor = (deltaY: number, deltaMode = 0, ctrlKey = true) => 2 ** wheelZoomDelta({ deltaY, deltaMode, ctrlKey });

describe('wheelZoomDelta', () => {
  it('zooms ×1.5 per mouse notch in each delta mode (Chrome 100 px or 120 px, Firefox 3 lines, page mode)', () => {
    expect(WHEEL_NOTCH_FACTOR).toBe(1.5);
    for (const [deltaY, mode] of [[-100, 0], [-120, 0], [-53, 0], [-3, 1], [-1, 1], [-1, 2]] as const) {
      expect(factor(deltaY, mode), `${deltaY} in mode ${mode}`).toBeCloseTo(1.5, 10);
      expect(factor(-deltaY, mode), `${-deltaY} in mode ${mode}`).toBeCloseTo(1 / 1.5, 10);
    }
  });

  it('counts coalesced notches, up to three', () => {
    expect(factor(-200)).toBeCloseTo(1.5 ** 2, 10);
    expect(factor(-300)).toBeCloseTo(1.5 ** 3, 10);
    expect(factor(-2000)).toBeCloseTo(1.5 ** 3, 10);
  });

  it('keeps a pinch (small pixel deltas with ctrlKey) at d3-zoom\'s own rate', () => {
    // d3-zoom's default wheelDelta: -deltaY × 0.002 × 10 with ctrlKey.
    expect(wheelZoomDelta({ deltaY: -5, deltaMode: 0, ctrlKey: true })).toBeCloseTo(0.1, 10);
    expect(wheelZoomDelta({ deltaY: 2.5, deltaMode: 0, ctrlKey: true })).toBeCloseTo(-0.05, 10);
    // A whole pinch of many small events can still zoom far: 20 events of -5 px zoom ×4.
    expect(2 ** (20 * wheelZoomDelta({ deltaY: -5, deltaMode: 0, ctrlKey: true }))).toBeCloseTo(4, 10);
    expect(wheelZoomDelta({ deltaY: -5, deltaMode: 0, ctrlKey: false })).toBeCloseTo(0.01, 10);
  });

  it('is no zoom at all for no vertical delta', () => {
    expect(wheelZoomDelta({ deltaY: 0, deltaMode: 0, ctrlKey: true })).toBe(0);
  });
});

describe('horizontal wheel', () => {
  it('pans by the pixels a swipe reports, or 16 px a line, or a view a page', () => {
    expect(wheelPanPx(37, 0, 800)).toBe(37);
    expect(wheelPanPx(-2, 1, 800)).toBe(-32);
    expect(wheelPanPx(1, 2, 800)).toBe(800);
  });

  it('takes only mostly-sideways wheels, leaving vertical ones to the page', () => {
    expect(isSidewaysWheel(30, 4)).toBe(true);
    expect(isSidewaysWheel(-30, 4)).toBe(true);
    expect(isSidewaysWheel(4, 30)).toBe(false);
    expect(isSidewaysWheel(0, 0)).toBe(false);
  });
});
