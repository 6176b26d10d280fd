import {
  symbol, symbolAsterisk, symbolCircle, symbolCross, symbolDiamond, symbolSquare, symbolStar, symbolTimes, symbolTriangle, symbolWye,
  type SymbolType,
} from 'd3-shape';
import type { EventKind } from '../model/types.ts';
import { GLYPH_STROKE_PX, KIND_GLYPH, isStrokedGlyph, type GlyphName } from './kind-symbols.ts';

const D3_SYMBOL: Readonly<Record<GlyphName, SymbolType>> = {
  circle: symbolCircle,
  ring: symbolCircle,
  triangle: symbolTriangle,
  diamond: symbolDiamond,
  square: symbolSquare,
  star: symbolStar,
  wye: symbolWye,
  cross: symbolCross,
  asterisk: symbolAsterisk,
  times: symbolTimes,
};

const pathCache = new Map<string, string>();

/**
 * SVG path data of the kind's glyph centred on 0,0, about `sizePx` across, at any size (the SVG
 * export takes its mark size as input): d3-shape's symbol of area `sizePx² × 0.8`. A stroked glyph
 * (`isStrokedGlyph`) is computed `GLYPH_STROKE_PX` smaller, so with its line it covers the same
 * box. The element draws at one size, written out in kind-symbols.ts (`drawnSymbolPath`) so its
 * first download does not need d3-shape.
 */
export function kindSymbolPath(kind: EventKind, sizePx: number): string {
  const key = `${kind}:${sizePx}`;
  let path = pathCache.get(key);
  if (path === undefined) {
    const glyph = KIND_GLYPH[kind];
    const boxPx = isStrokedGlyph(kind) ? Math.max(sizePx - GLYPH_STROKE_PX, 1) : sizePx;
    path = symbol(D3_SYMBOL[glyph], boxPx * boxPx * 0.8)() ?? '';
    pathCache.set(key, path);
  }
  return path;
}
