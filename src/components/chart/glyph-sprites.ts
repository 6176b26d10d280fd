import type { EventKind } from '../../model/types.ts';
import { drawnSymbolPath, GLYPH_STROKE_PX, isStrokedGlyph } from '../../scales/kind-symbols.ts';

const STEP_BITS = 3;
/** Sub-pixel positions a glyph is pre-drawn at, per device px along each axis: at most 1/16 px off. */
export const GLYPH_SUBPIXEL_STEPS = 1 << STEP_BITS;
/** Side of a glyph's cell, CSS px: the largest glyph (the star, 23.6 px) with its halo, its sub-pixel offset and antialiasing. */
const CELL_PX = 32;

/**
 * Sheets by kind, colours, pixel ratio and vertical sub-pixel step: a row of cells, one per
 * horizontal step, each holding the glyph centred half a cell (plus its steps) from its corner.
 * Rows usually sit on whole pixels, so a style needs one sheet per kind; a theme makes new ones.
 */
const sheets = new Map<string, HTMLCanvasElement>();

/**
 * Paints one glyph centred on the context's origin: filled glyphs in `colour` with a thin outline
 * of `background` (so glyphs that touch stay apart); line glyphs (ring, asterisk, times) over a
 * wider `background` line.
 */
export function paintGlyph(context: CanvasRenderingContext2D, kind: EventKind, colour: string, background: string): void {
  const glyph = new Path2D(drawnSymbolPath(kind, 14));
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

/**
 * Draws the glyph of `kind` centred on each (x, y) pair of `centres` (px in the context's current
 * coordinates, which must be a uniform scale and a translation), in the order given, as
 * `paintGlyph` draws it at the nearest 1/`GLYPH_SUBPIXEL_STEPS` device px: copied pixel for pixel
 * from a sheet drawn once per style. On a software canvas copying a small image costs a fifth of
 * filling and stroking the glyph's path, and a zoom frame can hold hundreds of glyphs.
 */
export function drawGlyphs(context: CanvasRenderingContext2D, kind: EventKind, centres: readonly number[], colour: string, background: string): void {
  const { a: ratio, e: offsetX, f: offsetY } = context.getTransform();
  const cellPx = Math.ceil(CELL_PX * ratio);
  const originPx = cellPx >> 1;
  context.save();
  context.setTransform(1, 0, 0, 1, 0, 0);
  let sheet: HTMLCanvasElement | undefined;
  let sheetStepY = -1;
  for (let i = 0; i < centres.length; i += 2) {
    // In 1/GLYPH_SUBPIXEL_STEPS device px.
    const x = Math.round((centres[i]! * ratio + offsetX) * GLYPH_SUBPIXEL_STEPS);
    const y = Math.round((centres[i + 1]! * ratio + offsetY) * GLYPH_SUBPIXEL_STEPS);
    const stepY = y & (GLYPH_SUBPIXEL_STEPS - 1);
    if (stepY !== sheetStepY) {
      sheetStepY = stepY;
      const key = `${kind} ${colour} ${background} ${ratio} ${stepY}`;
      sheet = sheets.get(key);
      if (!sheet) {
        if (sheets.size > 99) sheets.clear();
        sheet = document.createElement('canvas');
        sheet.width = cellPx * GLYPH_SUBPIXEL_STEPS;
        sheet.height = cellPx;
        const sheetContext = sheet.getContext('2d')!;
        for (let stepX = 0; stepX < GLYPH_SUBPIXEL_STEPS; stepX++) {
          sheetContext.setTransform(ratio, 0, 0, ratio, stepX * cellPx + originPx + stepX / GLYPH_SUBPIXEL_STEPS, originPx + stepY / GLYPH_SUBPIXEL_STEPS);
          paintGlyph(sheetContext, kind, colour, background);
        }
        sheets.set(key, sheet);
      }
    }
    context.drawImage(sheet!, (x & (GLYPH_SUBPIXEL_STEPS - 1)) * cellPx, 0, cellPx, cellPx, (x >> STEP_BITS) - originPx, (y >> STEP_BITS) - originPx, cellPx, cellPx);
  }
  context.restore();
}
