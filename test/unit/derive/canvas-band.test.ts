import { describe, expect, it } from 'vitest';
import { bandIsStale, chooseBand, screenBand } from '../../../src/derive/canvas-band.ts';

const SCREEN = 720;

describe('chooseBand', () => {
  it('draws a chart up to two screens tall whole, wherever it is on the page', () => {
    expect(chooseBand(600, { topPx: -2000, bottomPx: -1280 }, SCREEN)).toEqual({ topPx: 0, bottomPx: 600 });
    expect(chooseBand(1440, { topPx: 300, bottomPx: 1020 }, SCREEN)).toEqual({ topPx: 0, bottomPx: 1440 });
  });

  it('draws a taller chart only around the screen, half a screen beyond each edge', () => {
    expect(chooseBand(4000, { topPx: 1000, bottomPx: 1720 }, SCREEN)).toEqual({ topPx: 640, bottomPx: 2080 });
  });

  it('takes a smaller overscan when asked (while the view moves)', () => {
    expect(chooseBand(4000, { topPx: 1000, bottomPx: 1720 }, SCREEN, 0.05)).toEqual({ topPx: 964, bottomPx: 1756 });
  });

  it('keeps the slice inside the chart at its top and bottom', () => {
    // The chart starts 300 px down the screen: its first 420 px are visible.
    expect(chooseBand(2000, { topPx: -300, bottomPx: 420 }, SCREEN)).toEqual({ topPx: 0, bottomPx: 780 });
    expect(chooseBand(2000, { topPx: 1600, bottomPx: 2320 }, SCREEN)).toEqual({ topPx: 1240, bottomPx: 2000 });
  });

  it('gives an empty or thin slice for a chart far off screen, never one outside the chart', () => {
    const below = chooseBand(3000, { topPx: -5000, bottomPx: -4280 }, SCREEN);
    expect(below).toEqual({ topPx: 0, bottomPx: 0 });
    const above = chooseBand(3000, { topPx: 9000, bottomPx: 9720 }, SCREEN);
    expect(above).toEqual({ topPx: 3000, bottomPx: 3000 });
  });
});

describe('screenBand', () => {
  it('keeps to the rows on screen and the margin, even for a chart short enough to draw whole', () => {
    // The chart starts 300 px down the screen: its first 420 px are visible.
    expect(screenBand(1300, { topPx: -300, bottomPx: 420 }, 36)).toEqual({ topPx: 0, bottomPx: 456 });
    expect(screenBand(4000, { topPx: 1000, bottomPx: 1720 }, 36)).toEqual({ topPx: 964, bottomPx: 1756 });
  });

  it('is the whole chart when all of it is on screen', () => {
    expect(screenBand(500, { topPx: -100, bottomPx: 620 }, 36)).toEqual({ topPx: 0, bottomPx: 500 });
  });

  it('is empty for a chart off screen, beyond the margin', () => {
    expect(screenBand(1300, { topPx: -900, bottomPx: -180 }, 36)).toEqual({ topPx: 0, bottomPx: 0 });
    expect(screenBand(1300, { topPx: 1400, bottomPx: 2120 }, 36)).toEqual({ topPx: 1300, bottomPx: 1300 });
  });
});

describe('bandIsStale', () => {
  const chart = 4000;
  const visible = { topPx: 1000, bottomPx: 1720 };
  const band = chooseBand(chart, visible, SCREEN);

  it('is false for the band just chosen and for small scrolls inside its margin', () => {
    expect(bandIsStale(band, chart, visible, SCREEN)).toBe(false);
    expect(bandIsStale(band, chart, { topPx: 1150, bottomPx: 1870 }, SCREEN)).toBe(false);
  });

  it('is true once the screen comes within half the overscan of an edge', () => {
    expect(bandIsStale(band, chart, { topPx: 1200, bottomPx: 1920 }, SCREEN)).toBe(true);
    expect(bandIsStale(band, chart, { topPx: 700, bottomPx: 1420 }, SCREEN)).toBe(true);
  });

  it('needs no margin at the edges of the chart', () => {
    const top = chooseBand(chart, { topPx: -300, bottomPx: 420 }, SCREEN);
    expect(bandIsStale(top, chart, { topPx: -250, bottomPx: 470 }, SCREEN)).toBe(false);
  });

  it('is true when a short chart is not drawn whole (after it shrank)', () => {
    expect(bandIsStale({ topPx: 0, bottomPx: 500 }, 900, { topPx: 0, bottomPx: 720 }, SCREEN)).toBe(true);
    expect(bandIsStale({ topPx: 0, bottomPx: 900 }, 900, { topPx: 0, bottomPx: 720 }, SCREEN)).toBe(false);
  });
});
