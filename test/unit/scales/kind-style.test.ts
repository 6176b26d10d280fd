import { describe, it, expect } from 'vitest';
import { kindSymbolPath } from '../../../src/scales/kind-style.ts';
import { drawnSymbolPath } from '../../../src/scales/kind-symbols.ts';
import { EVENT_KINDS } from '../../../src/model/types.ts';

describe('kindSymbolPath', () => {
  it('gives every kind a non-empty SVG path', () => {
    for (const kind of EVENT_KINDS) expect(kindSymbolPath(kind, 12)).toMatch(/^M/);
  });

  it('draws reports and intrusions with different symbols', () => {
    expect(kindSymbolPath('report', 12)).not.toBe(kindSymbolPath('intrusion', 12));
    expect(kindSymbolPath('activity', 12)).not.toBe(kindSymbolPath('detection', 12));
  });

  it('scales with the size and is stable for the same size', () => {
    expect(kindSymbolPath('report', 12)).toBe(kindSymbolPath('report', 12));
    expect(kindSymbolPath('report', 24)).not.toBe(kindSymbolPath('report', 12));
  });
});

describe('drawnSymbolPath (the written-out glyphs the element draws)', () => {
  it('is exactly what d3-shape draws, for every kind at both drawn sizes', () => {
    for (const kind of EVENT_KINDS) {
      for (const sizePx of [12, 14] as const) expect(drawnSymbolPath(kind, sizePx), `${kind} at ${sizePx}px`).toBe(kindSymbolPath(kind, sizePx));
    }
  });
});
