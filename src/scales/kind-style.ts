import { pathRound, type Path } from 'd3';
import type { EventKind } from '../model/types.ts';

/**
 * The seven glyphs the kinds use, drawn exactly as d3-shape's `symbol(symbolCircle | …, size)()`
 * draws them (same geometry, same d3-path rounding to 3 decimals; a unit test compares the two).
 * They are written out here because d3-shape ships as one file whose curve factories run at load
 * (`(function custom(beta) {…})(0.85)`, `Curve.prototype = …`), so a bundler must keep all of its
 * 14 KiB for 50 lines of glyphs. Geometry after d3-shape's src/symbol/*.js (ISC, Mike Bostock).
 */
type Glyph = (context: Path, size: number) => void;

const { sqrt, sin, cos, PI } = Math;
const TAU = 2 * PI;
const SQRT3 = sqrt(3);
const TAN30 = sqrt(1 / 3);
const STAR_KR = sin(PI / 10) / sin((7 * PI) / 10);
const STAR_KX = sin(TAU / 10) * STAR_KR;
const STAR_KY = -cos(TAU / 10) * STAR_KR;
const WYE_C = -0.5;
const WYE_S = SQRT3 / 2;
const WYE_K = 1 / sqrt(12);
const WYE_A = (WYE_K / 2 + 1) * 3;

const circle: Glyph = (context, size) => {
  const r = sqrt(size / PI);
  context.moveTo(r, 0);
  context.arc(0, 0, r, 0, TAU);
};

const cross: Glyph = (context, size) => {
  const r = sqrt(size / 5) / 2;
  const points = [[-3, -1], [-1, -1], [-1, -3], [1, -3], [1, -1], [3, -1], [3, 1], [1, 1], [1, 3], [-1, 3], [-1, 1], [-3, 1]] as const;
  context.moveTo(points[0][0] * r, points[0][1] * r);
  for (const [x, y] of points.slice(1)) context.lineTo(x * r, y * r);
  context.closePath();
};

const diamond: Glyph = (context, size) => {
  const y = sqrt(size / (TAN30 * 2));
  const x = y * TAN30;
  context.moveTo(0, -y);
  context.lineTo(x, 0);
  context.lineTo(0, y);
  context.lineTo(-x, 0);
  context.closePath();
};

const square: Glyph = (context, size) => {
  const w = sqrt(size);
  const x = -w / 2;
  context.rect(x, x, w, w);
};

const star: Glyph = (context, size) => {
  const r = sqrt(size * 0.89081309152928522810);
  const x = STAR_KX * r;
  const y = STAR_KY * r;
  context.moveTo(0, -r);
  context.lineTo(x, y);
  for (let i = 1; i < 5; ++i) {
    const a = (TAU * i) / 5;
    const c = cos(a);
    const s = sin(a);
    context.lineTo(s * r, -c * r);
    context.lineTo(c * x - s * y, s * x + c * y);
  }
  context.closePath();
};

const triangle: Glyph = (context, size) => {
  const y = -sqrt(size / (SQRT3 * 3));
  context.moveTo(0, y * 2);
  context.lineTo(-SQRT3 * y, -y);
  context.lineTo(SQRT3 * y, -y);
  context.closePath();
};

const wye: Glyph = (context, size) => {
  const r = sqrt(size / WYE_A);
  const x0 = r / 2;
  const y0 = r * WYE_K;
  const x1 = x0;
  const y1 = r * WYE_K + r;
  const x2 = -x1;
  const y2 = y1;
  const c = WYE_C;
  const s = WYE_S;
  context.moveTo(x0, y0);
  context.lineTo(x1, y1);
  context.lineTo(x2, y2);
  context.lineTo(c * x0 - s * y0, s * x0 + c * y0);
  context.lineTo(c * x1 - s * y1, s * x1 + c * y1);
  context.lineTo(c * x2 - s * y2, s * x2 + c * y2);
  context.lineTo(c * x0 + s * y0, c * y0 - s * x0);
  context.lineTo(c * x1 + s * y1, c * y1 - s * x1);
  context.lineTo(c * x2 + s * y2, c * y2 - s * x2);
  context.closePath();
};

/**
 * Each kind has a symbol as well as a colour, so the encoding survives colour blindness,
 * greyscale print and projectors. Colours live in CSS (`--at-kind-*`), symbols here.
 */
const KIND_SYMBOL: Record<EventKind, Glyph> = {
  activity: circle,
  intrusion: triangle,
  detection: diamond,
  report: square,
  'follow-up': square,
  'legal-action': star,
  'government-statement': wye,
  'government-advisory': cross,
  policy: cross,
  corporate: circle,
};

const pathCache = new Map<string, string>();

/** SVG path data of the kind's symbol centred on 0,0, about `sizePx` across (area `0.8 · sizePx²`). */
export function kindSymbolPath(kind: EventKind, sizePx: number): string {
  const key = `${kind}:${sizePx}`;
  let path = pathCache.get(key);
  if (path === undefined) {
    const context = pathRound(3);
    KIND_SYMBOL[kind](context, sizePx * sizePx * 0.8);
    path = context.toString();
    pathCache.set(key, path);
  }
  return path;
}
