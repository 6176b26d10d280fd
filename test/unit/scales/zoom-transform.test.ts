import { describe, it, expect } from 'vitest';
// d3-zoom only as the reference our transform must match.
import { zoom, zoomIdentity, type ZoomTransform as D3ZoomTransform } from 'd3-zoom';
import { select } from 'd3-selection';
import 'd3-transition';
import { scaleLinear } from 'd3-scale';
import { constrainTransform, dragTo, IDENTITY, panWithin, pinchTo, zoomAbout, ZoomTransform, type ZoomBounds } from '../../../src/scales/zoom-transform.ts';
import { createBaseScale } from '../../../src/scales/time-scale.ts';

const TRANSFORMS: readonly (readonly [k: number, x: number])[] = [[1, 0], [7.25, -300.5], [0.5, 20], [3, -1e6], [1e4, 12.125]];
const d3Of = ([k, x]: readonly [number, number]) => zoomIdentity.translate(x, 0).scale(k);
const oursOf = ([k, x]: readonly [number, number]) => new ZoomTransform(k, x);

/**
 * d3-zoom's behaviour run on a plain object standing in for the element (d3 keeps the transform
 * in its `__zoom` property): the reference for what a button, key or wheel notch must do.
 */
function d3Behaviour({ widthPx, scaleExtent }: ZoomBounds, start: readonly [number, number]) {
  const node = {} as Element;
  const behaviour = zoom<Element, unknown>()
    .scaleExtent(scaleExtent as [number, number])
    .extent([[0, 0], [widthPx, 200]])
    .translateExtent([[0, 0], [widthPx, 200]]);
  const selection = select(node);
  selection.property('__zoom', d3Of(start));
  const now = () => node as unknown as { __zoom: D3ZoomTransform };
  return {
    scaleBy(factor: number, anchorPx: number) {
      selection.call(behaviour.scaleBy, factor, [anchorPx, 0]);
      return now().__zoom;
    },
    translateBy(dx: number) {
      selection.call(behaviour.translateBy, dx, 0);
      return now().__zoom;
    },
  };
}

describe('ZoomTransform', () => {
  it('maps and inverts x as d3-zoom\'s ZoomTransform does', () => {
    for (const pair of TRANSFORMS) {
      const ours = oursOf(pair);
      const d3 = d3Of(pair);
      for (const px of [0, 1, -40, 333.3, 1440, 1e7]) {
        expect(ours.applyX(px)).toBe(d3.applyX(px));
        expect(ours.invertX(px)).toBe(d3.invertX(px));
      }
    }
  });

  it('translates and scales as d3-zoom\'s ZoomTransform does, returning new values', () => {
    for (const pair of TRANSFORMS) {
      for (const amount of [0.5, 2, -17.25, 1.5 ** 3]) {
        const translated = oursOf(pair).translate(amount);
        const d3Translated = d3Of(pair).translate(amount, 0);
        expect([translated.k, translated.x]).toEqual([d3Translated.k, d3Translated.x]);
        const scaled = oursOf(pair).scale(amount);
        const d3Scaled = d3Of(pair).scale(amount);
        expect([scaled.k, scaled.x]).toEqual([d3Scaled.k, d3Scaled.x]);
      }
    }
    const start = oursOf([2, 5]);
    expect(start.translate(3)).not.toBe(start);
    expect([start.k, start.x]).toEqual([2, 5]);
    expect(start.translate(0)).toBe(start);
    expect(start.scale(1)).toBe(start);
  });

  it('rescales a time scale as d3-zoom\'s rescaleX does with d3-scale', () => {
    const [d0, d1] = [Date.UTC(2006, 0, 1), Date.UTC(2020, 0, 1)];
    const base = createBaseScale([d0, d1], 1200);
    const reference = scaleLinear().domain([d0, d1]).range([0, 1200]);
    for (const pair of TRANSFORMS) {
      const ours = oursOf(pair).rescaleX(base);
      const d3 = d3Of(pair).rescaleX(reference);
      expect(ours.domain()).toEqual(d3.domain());
      expect(ours.range()).toEqual(d3.range());
      expect(base.domain()).toEqual([d0, d1]);
    }
  });

  it('IDENTITY shows the base as it is', () => {
    expect([IDENTITY.k, IDENTITY.x]).toEqual([zoomIdentity.k, zoomIdentity.x]);
    const base = createBaseScale([0, 1000], 500);
    expect(IDENTITY.rescaleX(base).domain()).toEqual([0, 1000]);
  });
});

describe('zoomAbout, panWithin, constrainTransform: d3-zoom\'s scaleBy and translateBy, bounds included', () => {
  const bounds: ZoomBounds = { widthPx: 900, scaleExtent: [1, 400] };

  it('zooms about an anchor like scaleBy: in, out, past both scale limits, near both edges', () => {
    for (const pair of [[1, 0], [4, -1200], [4, -2700], [350, -150000], [1.2, -1]] as const) {
      for (const factor of [2, 0.5, 1.5, 1 / 1.5, 1000, 1e-3]) {
        for (const anchorPx of [0, 450, 899.5, 123.4]) {
          const ours = zoomAbout(oursOf(pair), factor, anchorPx, bounds);
          const d3 = d3Behaviour(bounds, pair).scaleBy(factor, anchorPx);
          expect([ours.k, ours.x], `k=${pair[0]} x=${pair[1]} ×${factor} at ${anchorPx}`).toEqual([d3.k, d3.x]);
        }
      }
    }
  });

  it('keeps the anchor in place while inside the bounds', () => {
    const start = oursOf([4, -1200]);
    const zoomed = zoomAbout(start, 1.5, 300, bounds);
    expect(zoomed.k).toBe(6);
    expect(zoomed.invertX(300)).toBeCloseTo(start.invertX(300), 9);
  });

  it('pans like translateBy, stopping at both ends', () => {
    for (const pair of [[1, 0], [4, -1200], [4, -2690], [350, -150000]] as const) {
      for (const dxPx of [10, -10, 90, 5000, -5000]) {
        const ours = panWithin(oursOf(pair), dxPx, bounds);
        const d3 = d3Behaviour(bounds, pair).translateBy(-dxPx / pair[0]);
        expect([ours.k, ours.x], `k=${pair[0]} x=${pair[1]} pan ${dxPx}`).toEqual([d3.k, d3.x]);
      }
    }
    expect(panWithin(oursOf([4, -1200]), -1e6, bounds).x).toBe(0);
    expect(panWithin(oursOf([4, -1200]), 1e6, bounds).x).toBe(900 - 4 * 900);
  });

  it('centres a view wider than the base (k < 1), as d3-zoom does', () => {
    const wide = constrainTransform(oursOf([0.5, 300]), bounds);
    expect(wide.x).toBe(225);
  });

  it('drags a grabbed point to the pointer, inside the base', () => {
    const start = oursOf([4, -1200]);
    const grabbed = start.invertX(500);
    expect(dragTo(start, grabbed, 560, bounds).x).toBe(-1140);
    expect(dragTo(start, grabbed, 5000, bounds).x).toBe(0);
    expect(dragTo(start, grabbed, -5000, bounds).x).toBe(-2700);
  });

  it('pinches like d3-zoom: the grabbed points stay under the fingers, the scale from their distance, clamped', () => {
    const start = oursOf([2, -400]);
    const grab = (x: number, y: number) => [start.invertX(x), y / start.k] as const;
    const grabbed = [grab(300, 60), grab(500, 60)] as const;
    const spread = pinchTo(grabbed, [[200, 60], [600, 60]], bounds);
    expect(spread.k).toBe(4);
    expect(spread.invertX(200)).toBeCloseTo(grabbed[0][0], 9);
    expect(spread.invertX(600)).toBeCloseTo(grabbed[1][0], 9);
    // Fingers at an angle count their full distance, as d3-zoom's do.
    expect(pinchTo(grabbed, [[300, 0], [300 + 120, 160]], bounds).k).toBeCloseTo(2, 9);
    expect(pinchTo(grabbed, [[0, 60], [1e6, 60]], bounds).k).toBe(400);
    expect(pinchTo(grabbed, [[399, 60], [401, 60]], bounds)).toMatchObject({ k: 1, x: 0 });
  });
});
