import type { EventKind } from '../model/types.ts';

/**
 * Each kind has its own glyph, so the kind reads from the shape alone (greyscale print, colour
 * blindness, projectors); colour only tells the kind's family (kind-colours.ts). Nine of the ten
 * are d3-shape symbol types; `ring` is d3-shape's circle drawn as a line.
 */
export const KIND_GLYPH = {
  activity: 'circle',
  intrusion: 'triangle',
  detection: 'diamond',
  report: 'square',
  'follow-up': 'ring',
  'legal-action': 'star',
  'government-statement': 'wye',
  'government-advisory': 'cross',
  policy: 'asterisk',
  corporate: 'times',
} as const satisfies Record<EventKind, string>;

export type GlyphName = (typeof KIND_GLYPH)[EventKind];

/** Width of the line of a stroked glyph, in px. */
export const GLYPH_STROKE_PX = 2;

/** Whether the kind's glyph is drawn as a line (ring, asterisk, times) rather than filled. */
export function isStrokedGlyph(kind: EventKind): boolean {
  const glyph = KIND_GLYPH[kind];
  return glyph === 'ring' || glyph === 'asterisk' || glyph === 'times';
}

/** The size the element draws glyphs at, in px (the legend scales them down with its viewBox). */
export type DrawnSymbolPx = 14;

/**
 * SVG path data of each glyph centred on 0,0, at the size the element draws: exactly what
 * `kindSymbolPath` in kind-style.ts computes with d3-shape (a unit test compares the two, and
 * prints d3-shape's string when they differ), written out so the first download does not carry
 * d3-shape and all its curves for ten fixed glyphs.
 */
const GLYPH_PATHS: Readonly<Record<GlyphName, string>> = {
  circle: 'M7.065,0A7.065,7.065,0,1,1,-7.065,0A7.065,7.065,0,1,1,7.065,0',
  ring: 'M6.056,0A6.056,6.056,0,1,1,-6.056,0A6.056,6.056,0,1,1,6.056,0',
  triangle: 'M0,-10.987L9.515,5.493L-9.515,5.493Z',
  diamond: 'M0,-11.653L6.728,0L0,11.653L-6.728,0Z',
  square: 'M-6.261,-6.261h12.522v12.522h-12.522Z',
  star: 'M0,-11.819L2.653,-3.652L11.24,-3.652L4.293,1.395L6.947,9.561L0,4.514L-6.947,9.561L-4.293,1.395L-11.24,-3.652L-2.653,-3.652Z',
  wye: 'M3.379,1.951L3.379,8.709L-3.379,8.709L-3.379,1.951L-9.232,-1.428L-5.853,-7.281L0,-3.902L5.853,-7.281L9.232,-1.428Z',
  cross: 'M-8.4,-2.8L-2.8,-2.8L-2.8,-8.4L2.8,-8.4L2.8,-2.8L8.4,-2.8L8.4,2.8L2.8,2.8L2.8,8.4L-2.8,8.4L-2.8,2.8L-8.4,2.8Z',
  asterisk: 'M0,6.4L0,-6.4M-5.543,-3.2L5.543,3.2M-5.543,3.2L5.543,-3.2',
  times: 'M-6.594,-6.594L6.594,6.594M-6.594,6.594L6.594,-6.594',
};

/** SVG path data of the kind's glyph centred on 0,0, `sizePx` (14, the size the element draws) across. */
export function drawnSymbolPath(kind: EventKind, _sizePx: DrawnSymbolPx): string {
  return GLYPH_PATHS[KIND_GLYPH[kind]];
}
