import { symbol, symbolCircle, symbolCross, symbolDiamond, symbolSquare, symbolStar, symbolTriangle, symbolWye, type SymbolType } from 'd3-shape';
import type { EventKind } from '../model/types.ts';

/**
 * Each kind has a symbol as well as a colour, so the encoding survives colour blindness,
 * greyscale print and projectors. Colours live in CSS (`--at-kind-*`), symbols here.
 */
const KIND_SYMBOL: Record<EventKind, SymbolType> = {
  activity: symbolCircle,
  intrusion: symbolTriangle,
  detection: symbolDiamond,
  report: symbolSquare,
  'follow-up': symbolSquare,
  'legal-action': symbolStar,
  'government-statement': symbolWye,
  'government-advisory': symbolCross,
  policy: symbolCross,
  corporate: symbolCircle,
};

const pathCache = new Map<string, string>();

/** SVG path data of the kind's symbol centred on 0,0, about `sizePx` across. */
export function kindSymbolPath(kind: EventKind, sizePx: number): string {
  const key = `${kind}:${sizePx}`;
  let path = pathCache.get(key);
  if (path === undefined) {
    path = symbol(KIND_SYMBOL[kind], sizePx * sizePx * 0.8)() ?? '';
    pathCache.set(key, path);
  }
  return path;
}
