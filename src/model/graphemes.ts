/**
 * Cutting text without breaking characters: every shortened label, title, tooltip and message
 * ends on a grapheme cluster boundary (what a reader sees as one character: a flag, an emoji ZWJ
 * sequence, a letter with its combining marks), so no cut leaves half a surrogate pair (which
 * makes `encodeURIComponent` throw and XML invalid) or a mark without its letter.
 */

let segmenter: Intl.Segmenter | null | undefined;

/**
 * Between two characters of U+0020–U+02FF (Latin letters, digits, punctuation, spacing modifiers)
 * there is always a grapheme boundary: none of them is a combining mark, joiner, prepended mark,
 * regional indicator, Hangul jamo or line break, the only things that keep two characters together.
 * Most labels are cut there, so most cuts skip `Intl.Segmenter`, whose first use in a page loads
 * ICU's break rules inside the first frame.
 */
const isPlainPair = (before: number, after: number): boolean => before >= 0x20 && before <= 0x2ff && after >= 0x20 && after <= 0x2ff;

/** Code units after a cut that can decide whether it is a boundary (a mark or ZWJ joins the next code point on). */
const LOOKAHEAD = 16;

/**
 * The length of the longest prefix of `text` that ends on a grapheme boundary and has at most
 * `maxLength` UTF-16 code units; `text.length` when it fits, 0 when not even its first cluster
 * does. Without `Intl.Segmenter`, clusters are code points.
 */
export function graphemeCut(text: string, maxLength: number): number {
  if (text.length <= maxLength) return text.length;
  if (maxLength <= 0) return 0;
  if (isPlainPair(text.charCodeAt(maxLength - 1), text.charCodeAt(maxLength))) return maxLength;
  segmenter ??= typeof Intl.Segmenter === 'function' ? new Intl.Segmenter(undefined, { granularity: 'grapheme' }) : null;
  if (!segmenter) return (text.charCodeAt(maxLength) & 0xfc00) === 0xdc00 && (text.charCodeAt(maxLength - 1) & 0xfc00) === 0xd800 ? maxLength - 1 : maxLength;
  // Only the text up to the cut is segmented: in V8, segmenting grows faster than the string's
  // length, and a boundary depends only on what precedes it and the next code point.
  return segmenter.segment(text.slice(0, maxLength + LOOKAHEAD)).containing(maxLength)!.index;
}

/**
 * Shortens `text` to at most `maxLength` UTF-16 code units, ending with `ellipsis`: cut on a
 * grapheme boundary, trailing white space dropped. Returns `text` itself when it fits; just the
 * ellipsis when not even one cluster fits, and '' when the ellipsis does not fit either.
 */
export function truncateText(text: string, maxLength: number, ellipsis = '…'): string {
  if (text.length <= maxLength) return text;
  if (maxLength < ellipsis.length) return '';
  return `${text.slice(0, graphemeCut(text, maxLength - ellipsis.length)).trimEnd()}${ellipsis}`;
}
