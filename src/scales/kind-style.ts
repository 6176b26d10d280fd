import { symbol, symbolCircle, symbolCross, symbolDiamond, symbolSquare, symbolStar, symbolTriangle, symbolWye, type SymbolType } from 'd3-shape';
import type { EventKind } from '../model/types.ts';
import { KIND_SYMBOL, type SymbolName } from './kind-symbols.ts';

const D3_SYMBOL: Readonly<Record<SymbolName, SymbolType>> = {
  circle: symbolCircle,
  triangle: symbolTriangle,
  diamond: symbolDiamond,
  square: symbolSquare,
  star: symbolStar,
  wye: symbolWye,
  cross: symbolCross,
};

const pathCache = new Map<string, string>();

/**
 * SVG path data of the kind's symbol centred on 0,0, about `sizePx` across, at any size (the SVG
 * export takes its mark size as input). The element draws at two sizes, written out in
 * kind-symbols.ts (`drawnSymbolPath`) so its first download does not need d3-shape.
 */
export function kindSymbolPath(kind: EventKind, sizePx: number): string {
  const key = `${kind}:${sizePx}`;
  let path = pathCache.get(key);
  if (path === undefined) {
    path = symbol(D3_SYMBOL[KIND_SYMBOL[kind]], sizePx * sizePx * 0.8)() ?? '';
    pathCache.set(key, path);
  }
  return path;
}
