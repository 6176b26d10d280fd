import { expect } from '@open-wc/testing';
import { EVENT_KINDS, type EventKind } from '../../../src/model/types.ts';
import { drawGlyphs, GLYPH_SUBPIXEL_STEPS, paintGlyph } from '../../../src/components/chart/glyph-sprites.ts';

const COLOUR = '#1f5fa8';
const BACKGROUND = '#fdfcf8';
const WIDTH = 240;
const HEIGHT = 60;
/** The chart's canvas holds a band of rows: its context is shifted up by the band's top. */
const BAND_TOP_PX = 7;
/** Glyph centres (x, y pairs, chart px) at awkward fractions of a pixel; two close enough that their halos overlap. */
const CENTRES = [20.13, 37.5, 51.77, 36.9, 90.4, 38.31, 104.62, 38.31, 150, 37, 201.99, 35.41];

/** A canvas like the chart's: `ratio` device px per CSS px, a band from `BAND_TOP_PX`, half of it already painted. */
function canvasAt(ratio: number): CanvasRenderingContext2D {
  const canvas = document.createElement('canvas');
  canvas.width = WIDTH * ratio;
  canvas.height = HEIGHT * ratio;
  const context = canvas.getContext('2d')!;
  context.fillStyle = '#8a8a8a';
  context.fillRect(0, 0, canvas.width, canvas.height / 2);
  context.setTransform(ratio, 0, 0, ratio, 0, -BAND_TOP_PX * ratio);
  return context;
}

/** Each glyph painted from its path, in place, at `centres` in device px. */
function paintAt(context: CanvasRenderingContext2D, kind: EventKind, ratio: number, deviceCentres: readonly number[]): void {
  context.save();
  for (let i = 0; i < deviceCentres.length; i += 2) {
    context.setTransform(ratio, 0, 0, ratio, deviceCentres[i]!, deviceCentres[i + 1]!);
    paintGlyph(context, kind, COLOUR, BACKGROUND);
  }
  context.restore();
}

/** The centres in device px, moved by (dx, dy) device px and snapped to `steps` per px (1 for none). */
function deviceCentres(ratio: number, steps: number, dx = 0): number[] {
  return CENTRES.map((value, i) => {
    const device = i % 2 === 0 ? value * ratio + dx : (value - BAND_TOP_PX) * ratio;
    return steps === 1 ? device : Math.round(device * steps) / steps;
  });
}

/** How many pixels differ by more than `tolerance` (premultiplied, 0–255), and the largest difference. */
function compare(a: CanvasRenderingContext2D, b: CanvasRenderingContext2D, tolerance: number): { max: number; over: number } {
  const pixelsA = a.getImageData(0, 0, a.canvas.width, a.canvas.height).data;
  const pixelsB = b.getImageData(0, 0, b.canvas.width, b.canvas.height).data;
  let max = 0;
  let over = 0;
  for (let i = 0; i < pixelsA.length; i += 4) {
    // Premultiplied: the colour of a nearly transparent pixel is noise.
    const alphaA = pixelsA[i + 3]! / 255;
    const alphaB = pixelsB[i + 3]! / 255;
    let pixel = Math.abs(pixelsA[i + 3]! - pixelsB[i + 3]!);
    for (let c = 0; c < 3; c++) pixel = Math.max(pixel, Math.abs(pixelsA[i + c]! * alphaA - pixelsB[i + c]! * alphaB));
    max = Math.max(max, pixel);
    if (pixel > tolerance) over++;
  }
  return { max, over };
}

describe('glyphs copied from pre-drawn sheets', () => {
  for (const ratio of [1, 1.5, 2]) {
    it(`are each kind's glyph as its path paints it at the nearest 1/${GLYPH_SUBPIXEL_STEPS} device px, pixel for pixel (${ratio}×)`, () => {
      for (const kind of EVENT_KINDS) {
        const copied = canvasAt(ratio);
        drawGlyphs(copied, kind, CENTRES, COLOUR, BACKGROUND);
        const painted = canvasAt(ratio);
        paintAt(painted, kind, ratio, deviceCentres(ratio, GLYPH_SUBPIXEL_STEPS));
        expect(compare(painted, canvasAt(ratio), 32).over, `${kind}: ink painted`).to.be.greaterThan(100 * ratio * ratio);
        // Equal but for rounding (1 of 255), except on the edges of line glyphs: Chromium's canvas
        // draws a path it has drawn before from a cached mask, which differs from its first drawing
        // by up to 17 of 255 there (the same glyph stroked twice in place, measured), whichever way
        // it is drawn. A glyph 1/2 px off differs by far more (the test below).
        const { max, over } = compare(copied, painted, 32);
        expect(over, `${kind}: pixels off by more than 32 of 255 (largest ${max})`).to.equal(0);
      }
    });
  }

  it('tells a glyph a fraction of a pixel off from one in place (the comparison can fail)', () => {
    const copied = canvasAt(1);
    drawGlyphs(copied, 'activity', CENTRES, COLOUR, BACKGROUND);
    const shifted = canvasAt(1);
    paintAt(shifted, 'activity', 1, deviceCentres(1, GLYPH_SUBPIXEL_STEPS, 0.5));
    expect(compare(copied, shifted, 32).over).to.be.greaterThan(10);
  });

  it('leaves the context as it found it (transform, styles)', () => {
    const context = canvasAt(2);
    context.fillStyle = '#ff0000';
    context.lineWidth = 3;
    drawGlyphs(context, 'report', [10, 20], COLOUR, BACKGROUND);
    const transform = context.getTransform();
    expect([transform.a, transform.d, transform.e, transform.f]).to.deep.equal([2, 2, 0, -BAND_TOP_PX * 2]);
    expect(context.fillStyle).to.equal('#ff0000');
    expect(context.lineWidth).to.equal(3);
  });
});
