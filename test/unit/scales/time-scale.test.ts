import { describe, it, expect } from 'vitest';
// d3-scale only as the reference our scale must match.
import { scaleLinear } from 'd3-scale';
import { zoomIdentity } from 'd3-zoom';
import { ZoomTransform } from '../../../src/scales/zoom-transform.ts';
import {
  createBaseScale,
  datasetExtent,
  DAY_MS,
  minWindowMs,
  scaleExtentFor,
  transformForRange,
  viewScale,
  windowOf,
} from '../../../src/scales/time-scale.ts';
import { assertDataset } from '../../../src/model/parse-dataset.ts';
import { loadFixture, makeEvents } from '../helpers.ts';

const WIDTH = 1000;
const events = assertDataset(loadFixture('small.json')).events;
const extent = datasetExtent(events);
const base = createBaseScale(extent, WIDTH);

/** Shows [a, b] and returns the window the view scale really has. */
function shown(a: number, b: number): [number, number] {
  return windowOf(viewScale(base, transformForRange(base, a, b)));
}

describe('datasetExtent', () => {
  it('pads the events by 3 % of the span on each side', () => {
    const min = Date.UTC(2014, 0, 1);
    const max = Date.UTC(2019, 5, 27); // e-reuters: 25 June ± 1 day, exclusive end
    const pad = (max - min) * 0.03;
    expect(extent[0]).toBeCloseTo(min - pad, 0);
    expect(extent[1]).toBeCloseTo(max + pad, 0);
  });

  it('pads at least 30 days', () => {
    const [day] = makeEvents([{ id: 'a', date: '2016-06-14' }]);
    expect(datasetExtent([day!])).toEqual([Date.UTC(2016, 5, 14) - 30 * DAY_MS, Date.UTC(2016, 5, 15) + 30 * DAY_MS]);
  });

  it('gives 2010–2020 for no events', () => {
    expect(datasetExtent([])).toEqual([Date.UTC(2010, 0, 1), Date.UTC(2020, 0, 1)]);
  });
});

describe('createBaseScale', () => {
  it('maps the extent across the width, in UTC', () => {
    expect(windowOf(base)).toEqual(extent);
    expect(base.range()).toEqual([0, WIDTH]);
    expect(base(extent[0])).toBe(0);
    expect(base(extent[1])).toBeCloseTo(WIDTH, 9);
  });

  it('never has a zero-width range', () => {
    expect(createBaseScale(extent, 0).range()).toEqual([0, 1]);
  });
});

describe('transformForRange and viewScale', () => {
  it.each([
    ['a year', Date.UTC(2016, 0, 1), Date.UTC(2017, 0, 1)],
    ['three weeks', Date.UTC(2015, 2, 1), Date.UTC(2015, 2, 22)],
    ['a campaign', Date.UTC(2014, 0, 1), Date.UTC(2017, 4, 1)],
    ['half a year at the end', Date.UTC(2018, 11, 1), Date.UTC(2019, 5, 1)],
    ['odd instants', Date.UTC(2015, 6, 3, 13, 17, 5, 123), Date.UTC(2016, 1, 29, 7, 1, 2, 3)],
  ])('round-trips %s', (_name, a, b) => {
    const [start, end] = shown(a, b);
    expect(start / 1000).toBeCloseTo(a / 1000, 2);
    expect(end / 1000).toBeCloseTo(b / 1000, 2);
  });

  it('accepts the bounds in either order', () => {
    const [start, end] = shown(Date.UTC(2017, 0, 1), Date.UTC(2016, 0, 1));
    expect(start / 1000).toBeCloseTo(Date.UTC(2016, 0, 1) / 1000, 2);
    expect(end / 1000).toBeCloseTo(Date.UTC(2017, 0, 1) / 1000, 2);
  });

  it('shows the whole extent for the whole extent', () => {
    const transform = transformForRange(base, extent[0], extent[1]);
    expect(transform.k).toBeCloseTo(1, 9);
    expect(transform.x).toBeCloseTo(0, 6);
  });

  it('clamps a window wider than the extent to the extent', () => {
    const [start, end] = shown(Date.UTC(1990, 0, 1), Date.UTC(2050, 0, 1));
    expect(start / 1000).toBeCloseTo(extent[0] / 1000, 2);
    expect(end / 1000).toBeCloseTo(extent[1] / 1000, 2);
  });

  it('pulls a window hanging over the start back inside, keeping its width', () => {
    const year = 365 * DAY_MS;
    const [start, end] = shown(extent[0] - year, extent[0] + year);
    expect(start / 1000).toBeCloseTo(extent[0] / 1000, 2);
    expect((end - start) / 1000).toBeCloseTo((2 * year) / 1000, 2);
  });

  it('pulls a window hanging over the end back inside', () => {
    const [start, end] = shown(extent[1] - 100 * DAY_MS, extent[1] + 100 * DAY_MS);
    expect(end / 1000).toBeCloseTo(extent[1] / 1000, 2);
    expect((end - start) / DAY_MS).toBeCloseTo(200, 6);
  });

  it('widens a tiny window to minWindowMs around its centre', () => {
    const centre = Date.UTC(2016, 5, 15, 12);
    const [start, end] = shown(centre - 3_600_000, centre + 3_600_000);
    expect((end - start) / 1000).toBeCloseTo(minWindowMs(WIDTH) / 1000, 2);
    expect((start + end) / 2 / 1000).toBeCloseTo(centre / 1000, 2);
  });

  it('handles a zero-length window', () => {
    const t = Date.UTC(2016, 5, 15);
    const [start, end] = shown(t, t);
    expect((end - start) / 1000).toBeCloseTo(minWindowMs(WIDTH) / 1000, 2);
    expect(Number.isFinite(start)).toBe(true);
  });

  it('never mutates the base scale', () => {
    const before = windowOf(base);
    viewScale(base, transformForRange(base, Date.UTC(2016, 0, 1), Date.UTC(2016, 2, 1)));
    expect(windowOf(base)).toEqual(before);
    expect(base.range()).toEqual([0, WIDTH]);
  });
});

describe('minWindowMs and scaleExtentFor', () => {
  it('keeps the narrowest window at a week, or more on wide screens', () => {
    expect(minWindowMs(320)).toBe(7 * DAY_MS);
    expect(minWindowMs(1600)).toBe(20 * DAY_MS);
  });

  it('allows zooming from the whole extent to the narrowest window', () => {
    const [kMin, kMax] = scaleExtentFor(extent, WIDTH);
    expect(kMin).toBe(1);
    expect(kMax).toBeCloseTo((extent[1] - extent[0]) / minWindowMs(WIDTH), 9);
  });

  it('never allows zooming out past the extent or a kMax below 1', () => {
    expect(scaleExtentFor([0, DAY_MS], WIDTH)).toEqual([1, 1]);
  });
});

describe('the scale matches d3 scaleLinear exactly', () => {
  const domains: [number, number][] = [
    extent,
    [Date.UTC(2016, 0, 1), Date.UTC(2016, 0, 1)],
    [Date.UTC(2019, 0, 1), Date.UTC(2006, 0, 1)],
    [Date.UTC(2015, 6, 3, 13, 17, 5, 123) + 0.25, Date.UTC(2016, 1, 29, 7, 1, 2, 3)],
  ];
  const xs = (d: [number, number]) => [d[0], d[1], (d[0] + d[1]) / 2, d[0] - 12_345_678.9, d[1] + 98_765_432.1, Date.UTC(2016, 5, 15)];

  it.each(domains)('maps, inverts and rescales %d–%d as d3 does', (d0, d1) => {
    for (const width of [1, 360, 1280.5]) {
      const ours = createBaseScale([d0, d1], width);
      const d3 = scaleLinear().domain([d0, d1]).range([0, width]);
      for (const x of xs([d0, d1])) expect(ours(x)).toBe(d3(x));
      for (const px of [0, width / 3, width, -40, width + 40]) expect(ours.invert(px)).toBe(d3.invert(px));
      for (const [k, x] of [[1, 0], [7.25, -300.5], [0.5, 20]] as const) {
        const view = viewScale(ours, new ZoomTransform(k, x));
        const reference = zoomIdentity.translate(x, 0).scale(k).rescaleX(d3);
        expect(view.domain()).toEqual(reference.domain());
        expect(view.range()).toEqual(reference.range());
        for (const x of xs([d0, d1])) expect(view(x)).toBe(reference(x));
      }
    }
  });

  it('is immutable: domain(), range() and copy() give new scales', () => {
    const scale = createBaseScale([0, 100], 10);
    const wider = scale.domain([0, 200]);
    const longer = scale.range([0, 20]);
    expect(scale.domain()).toEqual([0, 100]);
    expect(scale.range()).toEqual([0, 10]);
    expect(wider(100)).toBe(5);
    expect(longer(100)).toBe(20);
    expect(scale.copy()(50)).toBe(5);
    expect(scale.domain([new Date(0), new Date(100)])(50)).toBe(5);
  });
});
