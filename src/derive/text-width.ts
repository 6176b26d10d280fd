/** Width of one character (a code point, as `for…of` yields it) in px at the chart's label font. */
export type CharWidth = (char: string) => number;

/**
 * Width of `text` in px: the sum of its characters' widths. Kerning only narrows text, so the sum
 * is never less than what the browser draws; measuring characters once per font keeps layout cheap
 * at 100,000 titles. An empty text is 0.
 */
export function textWidthPx(text: string, charWidth: CharWidth): number {
  let width = 0;
  for (const char of text) width += charWidth(char);
  return width;
}

/**
 * `textWidthPx(text)` when that is at most `maxPx`; otherwise some width above `maxPx`, found
 * without measuring the rest of the text (a crowded frame asks thousands of long titles whether
 * they fit a few px).
 */
export function textWidthUpToPx(text: string, maxPx: number, charWidth: CharWidth): number {
  let width = 0;
  for (const char of text) {
    width += charWidth(char);
    if (width > maxPx) return width;
  }
  return width;
}

export const ELLIPSIS = '…';

/**
 * The longest start of `text` (white space trimmed) that fits `maxPx` with "…" after it, or the
 * whole text when it fits. Returns '' when fewer than `minChars` characters would be left (a stub
 * reads worse than no label).
 */
export function truncateToWidth(text: string, maxPx: number, charWidth: CharWidth, minChars = 5): string {
  if (textWidthUpToPx(text, maxPx, charWidth) <= maxPx) return text;
  const room = maxPx - charWidth(ELLIPSIS);
  let width = 0;
  let end = 0;
  let count = 0;
  for (const char of text) {
    width += charWidth(char);
    if (width > room) break;
    end += char.length;
    count++;
  }
  const kept = text.slice(0, end).trimEnd();
  return count < minChars || kept.length === 0 ? '' : `${kept}${ELLIPSIS}`;
}
