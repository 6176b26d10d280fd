import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { textWidthPx, textWidthUpToPx, truncateToWidth } from '../../../src/derive/text-width.ts';

/** Uneven widths per character, so sums depend on which characters are counted. */
const charWidth = (char: string) => 3 + (char.codePointAt(0)! % 7) * 0.75;

describe('textWidthUpToPx', () => {
  it('is the whole width when that fits, and above the limit (having read less) when it does not', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 80 }), fc.double({ min: -10, max: 400, noNaN: true }), (text, maxPx) => {
      const whole = textWidthPx(text, charWidth);
      let read = 0;
      const counting = (char: string) => (read++, charWidth(char));
      const upTo = textWidthUpToPx(text, maxPx, counting);
      if (whole <= maxPx) expect(upTo).toBe(whole);
      else {
        expect(upTo).toBeGreaterThan(maxPx);
        expect(upTo).toBeLessThanOrEqual(whole);
      }
      expect(read).toBeLessThanOrEqual([...text].length);
    }));
  });

  it('stops at the first character past the limit', () => {
    let read = 0;
    expect(textWidthUpToPx('abcdefghij', 10, () => (read++, 6))).toBe(12);
    expect(read).toBe(2);
  });

  it('leaves truncateToWidth as it was: whole text when it fits, else the longest start with "…"', () => {
    expect(truncateToWidth('abcdefghij', 60, () => 6)).toBe('abcdefghij');
    expect(truncateToWidth('abcdefghij', 59, () => 6)).toBe('abcdefgh…');
  });
});
