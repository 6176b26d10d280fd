import { describe, it, expect } from 'vitest';
import { MARK_STYLE } from '../../../src/scales/mark-style.ts';

describe('MARK_STYLE: the less certain, the less ink', () => {
  it('tints a rough date and every step of a rough end less than the known part of a period', () => {
    expect(MARK_STYLE.uncertainFillAlpha).toBeLessThan(MARK_STYLE.periodFillAlpha);
    for (const alpha of MARK_STYLE.fadeAlphas) expect(alpha).toBeLessThan(MARK_STYLE.periodFillAlpha);
  });

  it('fades a rough end outwards, step by step', () => {
    const steps = MARK_STYLE.fadeAlphas;
    for (let i = 1; i < steps.length; i++) expect(steps[i]).toBeLessThan(steps[i - 1]!);
  });

  it('outlines uncertain intervals with less ink per px than the solid outline of a known period', () => {
    const dottedInkPerPx = MARK_STYLE.dotAlpha / MARK_STYLE.dotPeriodPx;
    expect(dottedInkPerPx).toBeLessThan(MARK_STYLE.periodLinePx / 2);
    expect(dottedInkPerPx).toBeLessThan(0.5);
  });
});
