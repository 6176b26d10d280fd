import type { TimeScale } from './time-scale.ts';

/**
 * A horizontal zoom transform: screen x = k · x₀ + x, for x₀ in the base scale's pixels. Our own
 * value type, so the first paint needs no d3-zoom (its gesture code loads after it; see
 * controllers/zoom-controller.ts). It maps exactly as d3-zoom's `ZoomTransform` does on x (same
 * arithmetic; a unit test compares them); the chart zooms only in x, so there is no y.
 */
export class ZoomTransform {
  constructor(
    /** Scale factor, > 0 (1 shows the whole base range). */
    readonly k: number,
    /** Translation in screen px. */
    readonly x: number,
  ) {}

  /** Screen x of base x `px`. */
  applyX(px: number): number {
    return px * this.k + this.x;
  }

  /** Base x of screen x `px`. */
  invertX(px: number): number {
    return (px - this.x) / this.k;
  }

  /** This transform followed by a translation of `dx` in base px (so `k · dx` on screen). */
  translate(dx: number): ZoomTransform {
    return dx === 0 ? this : new ZoomTransform(this.k, this.x + this.k * dx);
  }

  /** This transform with its scale multiplied by `factor` (about screen x 0). */
  scale(factor: number): ZoomTransform {
    return factor === 1 ? this : new ZoomTransform(this.k * factor, this.x);
  }

  /** A copy of `base` whose domain is what this transform shows across the base's range. */
  rescaleX(base: TimeScale): TimeScale {
    return base.domain(base.range().map((px) => base.invert(this.invertX(px))));
  }
}

/** No zoom, no pan. */
export const IDENTITY = new ZoomTransform(1, 0);

/** Where a transform may go: the view's width (also the pan limit) and the allowed scale range. */
export interface ZoomBounds {
  readonly widthPx: number;
  readonly scaleExtent: readonly [number, number];
}

/**
 * `transform` pulled back so the view stays inside [0, widthPx] of the base (the same rule as
 * d3-zoom's default `constrain` with extent and translate extent both [0, widthPx]): when the view
 * is wider than the base it is centred.
 */
export function constrainTransform(transform: ZoomTransform, { widthPx }: ZoomBounds): ZoomTransform {
  const overLeft = transform.invertX(0);
  const overRight = transform.invertX(widthPx) - widthPx;
  const dx = overRight > overLeft ? (overLeft + overRight) / 2 : Math.min(0, overLeft) || Math.max(0, overRight);
  return transform.translate(dx);
}

/**
 * `transform` zoomed by `factor` about screen x `anchorPx` (that point stays put), the scale held
 * inside `scaleExtent` and the view inside the base: what d3-zoom's `scaleBy` and a Ctrl+wheel do.
 */
export function zoomAbout(transform: ZoomTransform, factor: number, anchorPx: number, bounds: ZoomBounds): ZoomTransform {
  const [kMin, kMax] = bounds.scaleExtent;
  const k = Math.max(kMin, Math.min(kMax, transform.k * factor));
  const anchorBasePx = transform.invertX(anchorPx);
  return constrainTransform(new ZoomTransform(k, anchorPx - anchorBasePx * k), bounds);
}

/** `transform` panned so the view moves `dxPx` screen px later in time, inside the base. */
export function panWithin(transform: ZoomTransform, dxPx: number, bounds: ZoomBounds): ZoomTransform {
  return constrainTransform(transform.translate(-dxPx / transform.k), bounds);
}

/**
 * `transform` moved so base x `basePx` sits under screen x `pointerPx` (a drag that grabbed that
 * point), inside the base.
 */
export function dragTo(transform: ZoomTransform, basePx: number, pointerPx: number, bounds: ZoomBounds): ZoomTransform {
  return constrainTransform(new ZoomTransform(transform.k, pointerPx - basePx * transform.k), bounds);
}

/** A point [x, y] in px. */
export type Point = readonly [number, number];

/**
 * Two fingers that grabbed base points `grabbed` (screen points through the inverse transform,
 * y divided by k) and are now at screen points `now`: the transform that keeps them under the
 * fingers, its scale set by their distance (as d3-zoom's pinch does), inside the bounds.
 */
export function pinchTo(grabbed: readonly [Point, Point], now: readonly [Point, Point], bounds: ZoomBounds): ZoomTransform {
  const [[ax, ay], [bx, by]] = grabbed;
  const [[cx, cy], [dx, dy]] = now;
  const [kMin, kMax] = bounds.scaleExtent;
  const k = Math.max(kMin, Math.min(kMax, Math.sqrt(((dx - cx) ** 2 + (dy - cy) ** 2) / ((bx - ax) ** 2 + (by - ay) ** 2))));
  return constrainTransform(new ZoomTransform(k, (cx + dx) / 2 - ((ax + bx) / 2) * k), bounds);
}
