import type { EventKind } from '../../model/types.ts';
import { drawnSymbolPath, GLYPH_STROKE_PX, isStrokedGlyph, type DrawnSymbolPx } from '../../scales/kind-symbols.ts';

/** Sub-pixel positions a glyph is pre-drawn at, per device px along each axis: at most 1/16 px off. */
export const GLYPH_SUBPIXEL_STEPS = 8;
/** Half the side of a glyph's cell, CSS px: the largest glyph (the star, 11.8 px) with its halo, its sub-pixel offset and antialiasing. */
const CELL_HALF_PX = 16;

/** The glyph of one kind in one style at one pixel ratio and one vertical sub-pixel step, drawn once at each horizontal step. */
interface Sheet {
  /** `GLYPH_SUBPIXEL_STEPS` cells in a row; null without a 2D context. */
  readonly canvas: HTMLCanvasElement | null;
  /** A cell's side, device px; the glyph's centre is `originPx` (plus its steps) from the cell's corner. */
  readonly cellPx: number;
  readonly originPx: number;
}

const sheets = new Map<string, Sheet>();
/** Sheets kept at most (rows usually sit on whole pixels, so a style needs one per kind); a theme change makes new ones. */
const MAX_SHEETS = 64;
const symbolPaths = new Map<EventKind, Path2D>();

function symbolPath(kind: EventKind, sizePx: DrawnSymbolPx): Path2D {
  let path = symbolPaths.get(kind);
  if (!path) symbolPaths.set(kind, (path = new Path2D(drawnSymbolPath(kind, sizePx))));
  return path;
}

/**
 * Paints one glyph centred on the context's origin: filled glyphs in `colour` with a thin outline
 * of `background` (so glyphs that touch stay apart); line glyphs (ring, asterisk, times) over a
 * wider `background` line.
 */
export function paintGlyph(context: CanvasRenderingContext2D, kind: EventKind, sizePx: DrawnSymbolPx, colour: string, background: string): void {
  const glyph = symbolPath(kind, sizePx);
  context.lineJoin = 'round';
  context.strokeStyle = background;
  if (isStrokedGlyph(kind)) {
    context.lineWidth = GLYPH_STROKE_PX + 2;
    context.stroke(glyph);
    context.strokeStyle = colour;
    context.lineWidth = GLYPH_STROKE_PX;
    context.stroke(glyph);
  } else {
    context.fillStyle = colour;
    context.lineWidth = 1.5;
    context.fill(glyph);
    context.stroke(glyph);
  }
}

function sheetFor(kind: EventKind, sizePx: DrawnSymbolPx, colour: string, background: string, ratio: number, stepY: number): Sheet {
  const key = `${kind}|${sizePx}|${colour}|${background}|${ratio}|${stepY}`;
  let sheet = sheets.get(key);
  if (sheet) return sheet;
  const cellPx = Math.ceil(2 * CELL_HALF_PX * ratio);
  const originPx = Math.floor(cellPx / 2);
  const canvas = document.createElement('canvas');
  canvas.width = cellPx * GLYPH_SUBPIXEL_STEPS;
  canvas.height = cellPx;
  const context = canvas.getContext('2d');
  if (context) {
    for (let stepX = 0; stepX < GLYPH_SUBPIXEL_STEPS; stepX++) {
      context.setTransform(ratio, 0, 0, ratio, stepX * cellPx + originPx + stepX / GLYPH_SUBPIXEL_STEPS, originPx + stepY / GLYPH_SUBPIXEL_STEPS);
      paintGlyph(context, kind, sizePx, colour, background);
    }
  }
  if (sheets.size >= MAX_SHEETS) sheets.delete(sheets.keys().next().value!);
  sheets.set(key, (sheet = { canvas: context ? canvas : null, cellPx, originPx }));
  return sheet;
}

/**
 * Draws the glyph of `kind` centred on each (x, y) pair of `centres` (px in the context's current
 * coordinates, which must be a uniform scale and a translation), in the order given, as
 * `paintGlyph` draws it at the nearest 1/`GLYPH_SUBPIXEL_STEPS` device px: copied pixel for pixel
 * from a sheet drawn once per style. On a software canvas copying a small image costs a fifth of
 * filling and stroking the glyph's path, and a zoom frame can hold hundreds of glyphs.
 */
export function drawGlyphs(
  context: CanvasRenderingContext2D, kind: EventKind, sizePx: DrawnSymbolPx, centres: readonly number[], colour: string, background: string,
): void {
  if (centres.length === 0) return;
  const { a: ratio, e: offsetX, f: offsetY } = context.getTransform();
  let sheet: Sheet | null = null;
  let sheetStepY = -1;
  context.save();
  context.setTransform(1, 0, 0, 1, 0, 0);
  for (let i = 0; i < centres.length; i += 2) {
    // In 1/GLYPH_SUBPIXEL_STEPS device px.
    const x = Math.round((centres[i]! * ratio + offsetX) * GLYPH_SUBPIXEL_STEPS);
    const y = Math.round((centres[i + 1]! * ratio + offsetY) * GLYPH_SUBPIXEL_STEPS);
    const wholeX = Math.floor(x / GLYPH_SUBPIXEL_STEPS);
    const wholeY = Math.floor(y / GLYPH_SUBPIXEL_STEPS);
    const stepY = y - wholeY * GLYPH_SUBPIXEL_STEPS;
    if (stepY !== sheetStepY) {
      sheet = sheetFor(kind, sizePx, colour, background, ratio, stepY);
      sheetStepY = stepY;
    }
    const { canvas, cellPx, originPx } = sheet!;
    if (!canvas) break;
    context.drawImage(canvas, (x - wholeX * GLYPH_SUBPIXEL_STEPS) * cellPx, 0, cellPx, cellPx, wholeX - originPx, wholeY - originPx, cellPx, cellPx);
  }
  context.restore();
}
