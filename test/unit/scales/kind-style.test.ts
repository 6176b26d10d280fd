import { describe, it, expect } from 'vitest';
import { kindSymbolPath } from '../../../src/scales/kind-style.ts';
import { drawnSymbolPath, isStrokedGlyph, KIND_GLYPH } from '../../../src/scales/kind-symbols.ts';
import { KIND_FAMILY } from '../../../src/scales/kind-colours.ts';
import { EVENT_KINDS } from '../../../src/model/types.ts';

describe('kindSymbolPath', () => {
  it('gives every kind a non-empty SVG path', () => {
    for (const kind of EVENT_KINDS) expect(kindSymbolPath(kind, 12)).toMatch(/^M/);
  });

  it('gives each of the ten kinds its own glyph: no two kinds share a path and a paint', () => {
    expect(new Set(Object.values(KIND_GLYPH)).size).toBe(EVENT_KINDS.length);
    for (const sizePx of [12, 14, 20]) {
      const glyphs = EVENT_KINDS.map((kind) => `${isStrokedGlyph(kind) ? 'stroke' : 'fill'}|${kindSymbolPath(kind, sizePx)}`);
      expect(new Set(glyphs).size, `at ${sizePx}px`).toBe(EVENT_KINDS.length);
      // Stricter: the path alone differs too (the ring is a smaller circle than the dot).
      expect(new Set(EVENT_KINDS.map((kind) => kindSymbolPath(kind, sizePx))).size, `paths at ${sizePx}px`).toBe(EVENT_KINDS.length);
    }
  });

  it('tells apart the kinds that used to share a glyph', () => {
    for (const [a, b] of [['report', 'follow-up'], ['government-advisory', 'policy'], ['activity', 'corporate']] as const) {
      expect(KIND_GLYPH[a]).not.toBe(KIND_GLYPH[b]);
      expect(kindSymbolPath(a, 14)).not.toBe(kindSymbolPath(b, 14));
    }
  });

  it('gives the kinds of one colour family glyphs of different outline, not only different fill', () => {
    const outline = (kind: keyof typeof KIND_GLYPH) => (KIND_GLYPH[kind] === 'ring' ? 'circle' : KIND_GLYPH[kind]);
    const byFamily = new Map<string, string[]>();
    for (const kind of EVENT_KINDS) byFamily.set(KIND_FAMILY[kind], [...(byFamily.get(KIND_FAMILY[kind]) ?? []), outline(kind)]);
    for (const [family, outlines] of byFamily) expect(new Set(outlines).size, family).toBe(outlines.length);
  });

  it('scales with the size and is stable for the same size', () => {
    expect(kindSymbolPath('report', 12)).toBe(kindSymbolPath('report', 12));
    expect(kindSymbolPath('report', 24)).not.toBe(kindSymbolPath('report', 12));
  });
});

describe('drawnSymbolPath (the written-out glyphs the element draws)', () => {
  it('is exactly what d3-shape draws, for every kind at the drawn size', () => {
    for (const kind of EVENT_KINDS) {
      for (const sizePx of [14] as const) {
        const d3 = kindSymbolPath(kind, sizePx);
        expect(drawnSymbolPath(kind, sizePx), `${KIND_GLYPH[kind]} at ${sizePx}px; d3-shape draws '${d3}'`).toBe(d3);
      }
    }
  });
});
