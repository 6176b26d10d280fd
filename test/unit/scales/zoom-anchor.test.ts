import { describe, it, expect } from 'vitest';
import { zoomAnchorPx } from '../../../src/scales/zoom-anchor.ts';

describe('zoomAnchorPx', () => {
  it('zooms about the selected event when it is in view', () => {
    expect(zoomAnchorPx([10, 20, 900], 700, 1000)).toBe(700);
  });

  it('falls back to the middle mark drawn when the selection is out of view or absent', () => {
    expect(zoomAnchorPx([900, 10, 880, 20, 890], -50, 1000)).toBe(880);
    expect(zoomAnchorPx([900, 10, 880, 20, 890], null, 1000)).toBe(880);
  });

  it('is always a mark\'s own x, never the empty middle between two clumps', () => {
    // Two clumps far apart: their mean (460) lies on empty ground; the anchor is a mark.
    const xs = [100, 110, 120, 800, 810, 820];
    const anchor = zoomAnchorPx(xs, null, 1000);
    expect(xs).toContain(anchor);
  });

  it('ignores marks outside the view, and uses the centre when nothing is drawn', () => {
    expect(zoomAnchorPx([-30, 1200, 300], null, 1000)).toBe(300);
    expect(zoomAnchorPx([], null, 1000)).toBe(500);
    expect(zoomAnchorPx([-5, 1005], null, 1000)).toBe(500);
  });
});
