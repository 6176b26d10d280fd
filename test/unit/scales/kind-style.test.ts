import { describe, it, expect } from 'vitest';
// d3-shape only as the reference the hand-written glyphs must match.
import { symbol, symbolCircle, symbolCross, symbolDiamond, symbolSquare, symbolStar, symbolTriangle, symbolWye, type SymbolType } from 'd3';
import { kindSymbolPath } from '../../../src/scales/kind-style.ts';
import { EVENT_KINDS, type EventKind } from '../../../src/model/types.ts';

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

describe('kindSymbolPath matches d3-shape', () => {
  const D3_SYMBOL: Record<EventKind, SymbolType> = {
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

  it('draws every kind exactly as symbol(type, 0.8 · size²)() at the sizes the views use and more', () => {
    for (const kind of EVENT_KINDS) {
      for (const sizePx of [0, 1, 5, 7.5, 9, 10, 11, 12, 13, 14, 16, 18, 20, 24, 28, 33.3, 48, 96]) {
        expect(kindSymbolPath(kind, sizePx), `${kind} at ${sizePx}`).toBe(symbol(D3_SYMBOL[kind], sizePx * sizePx * 0.8)() ?? '');
      }
    }
  });
});
