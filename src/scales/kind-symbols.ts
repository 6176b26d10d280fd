import type { EventKind } from '../model/types.ts';

/**
 * Each kind has a symbol as well as a colour, so the encoding survives colour blindness,
 * greyscale print and projectors. Colours live in CSS (`--at-kind-*`), symbols here.
 */
export const KIND_SYMBOL = {
  activity: 'circle',
  intrusion: 'triangle',
  detection: 'diamond',
  report: 'square',
  'follow-up': 'square',
  'legal-action': 'star',
  'government-statement': 'wye',
  'government-advisory': 'cross',
  policy: 'cross',
  corporate: 'circle',
} as const satisfies Record<EventKind, string>;

export type SymbolName = (typeof KIND_SYMBOL)[EventKind];

/** The sizes the element draws symbols at: 12 px in the legend, 14 px on the chart. */
export type DrawnSymbolPx = 12 | 14;

/**
 * SVG path data of each symbol centred on 0,0, at the sizes the element draws: exactly what
 * d3-shape's `symbol(type, sizePx² × 0.8)()` returns (`kindSymbolPath` in kind-style.ts, which a
 * unit test compares with this table), written out so the first download does not carry
 * d3-shape and all its curves for seven fixed glyphs.
 */
const SYMBOL_PATHS: Readonly<Record<SymbolName, Readonly<Record<DrawnSymbolPx, string>>>> = {
  circle: {
    12: 'M6.056,0A6.056,6.056,0,1,1,-6.056,0A6.056,6.056,0,1,1,6.056,0',
    14: 'M7.065,0A7.065,7.065,0,1,1,-7.065,0A7.065,7.065,0,1,1,7.065,0',
  },
  triangle: {
    12: 'M0,-9.417L8.155,4.709L-8.155,4.709Z',
    14: 'M0,-10.987L9.515,5.493L-9.515,5.493Z',
  },
  diamond: {
    12: 'M0,-9.988L5.767,0L0,9.988L-5.767,0Z',
    14: 'M0,-11.653L6.728,0L0,11.653L-6.728,0Z',
  },
  square: {
    12: 'M-5.367,-5.367h10.733v10.733h-10.733Z',
    14: 'M-6.261,-6.261h12.522v12.522h-12.522Z',
  },
  star: {
    12: 'M0,-10.13L2.274,-3.13L9.634,-3.13L3.68,1.196L5.954,8.196L0,3.869L-5.954,8.196L-3.68,1.196L-9.634,-3.13L-2.274,-3.13Z',
    14: 'M0,-11.819L2.653,-3.652L11.24,-3.652L4.293,1.395L6.947,9.561L0,4.514L-6.947,9.561L-4.293,1.395L-11.24,-3.652L-2.653,-3.652Z',
  },
  wye: {
    12: 'M2.896,1.672L2.896,7.465L-2.896,7.465L-2.896,1.672L-7.913,-1.224L-5.017,-6.241L0,-3.344L5.017,-6.241L7.913,-1.224Z',
    14: 'M3.379,1.951L3.379,8.709L-3.379,8.709L-3.379,1.951L-9.232,-1.428L-5.853,-7.281L0,-3.902L5.853,-7.281L9.232,-1.428Z',
  },
  cross: {
    12: 'M-7.2,-2.4L-2.4,-2.4L-2.4,-7.2L2.4,-7.2L2.4,-2.4L7.2,-2.4L7.2,2.4L2.4,2.4L2.4,7.2L-2.4,7.2L-2.4,2.4L-7.2,2.4Z',
    14: 'M-8.4,-2.8L-2.8,-2.8L-2.8,-8.4L2.8,-8.4L2.8,-2.8L8.4,-2.8L8.4,2.8L2.8,2.8L2.8,8.4L-2.8,8.4L-2.8,2.8L-8.4,2.8Z',
  },
};

/** SVG path data of the kind's symbol centred on 0,0, `sizePx` across (12 or 14, the sizes the element draws). */
export function drawnSymbolPath(kind: EventKind, sizePx: DrawnSymbolPx): string {
  return SYMBOL_PATHS[KIND_SYMBOL[kind]][sizePx];
}
