/**
 * Cutting text without breaking characters: every shortened label, title, tooltip and message
 * ends on a grapheme cluster boundary (what a reader sees as one character: a flag, an emoji ZWJ
 * sequence, a letter with its combining marks), so no cut leaves half a surrogate pair (which
 * makes `encodeURIComponent` throw and XML invalid) or a mark without its letter.
 */

let segmenter: Intl.Segmenter | null | undefined;

/**
 * Code units after an index that can decide whether a cluster boundary falls there: the next code
 * point (a combining mark, ZWJ or variation selector joins it to what precedes). Plenty.
 */
const LOOKAHEAD = 16;

/**
 * For indexes below `limit`, the start of the grapheme cluster holding that code unit of `text`.
 * Segments only `text` up to `limit` (and the look-ahead): in V8, iterating segments costs more
 * than linear time in the string's length and `containing` grows with it, so long text is never
 * segmented whole. Without `Intl.Segmenter`, clusters are code points.
 */
function clusterStarts(text: string, limit: number): (index: number) => number {
  const segmenter = graphemeSegmenter();
  if (!segmenter) return (index) => (isLowSurrogate(text, index) && isHighSurrogate(text, index - 1) ? index - 1 : index);
  const segments = segmenter.segment(text.slice(0, limit + LOOKAHEAD));
  return (index) => segments.containing(index)!.index;
}

function graphemeSegmenter(): Intl.Segmenter | null {
  segmenter ??= typeof Intl.Segmenter === 'function' ? new Intl.Segmenter(undefined, { granularity: 'grapheme' }) : null;
  return segmenter;
}

const isHighSurrogate = (text: string, index: number) => (text.charCodeAt(index) & 0xfc00) === 0xd800;
const isLowSurrogate = (text: string, index: number) => (text.charCodeAt(index) & 0xfc00) === 0xdc00;

/**
 * The length of the longest prefix of `text` that ends on a grapheme boundary and has at most
 * `maxLength` UTF-16 code units; `text.length` when it fits, 0 when not even its first cluster does.
 */
export function graphemeCut(text: string, maxLength: number): number {
  if (text.length <= maxLength) return text.length;
  if (maxLength <= 0) return 0;
  return clusterStarts(text, maxLength)(maxLength);
}

/** Length of the first grapheme cluster of non-empty `text`, segmenting more only while the cluster goes on. */
function firstClusterLength(text: string): number {
  const segmenter = graphemeSegmenter();
  if (!segmenter) return isHighSurrogate(text, 0) && isLowSurrogate(text, 1) ? 2 : 1;
  for (let window = 64; ; window *= 2) {
    const { length } = segmenter.segment(text.slice(0, window + LOOKAHEAD)).containing(0)!.segment;
    if (length < window || window >= text.length) return length;
  }
}

/**
 * `text` in pieces of at most `maxLength` code units, each ending on a grapheme boundary; a single
 * cluster longer than `maxLength` is a piece of its own. Empty text gives no pieces.
 */
export function splitGraphemes(text: string, maxLength: number): string[] {
  const pieces: string[] = [];
  let rest = text;
  while (rest.length > maxLength) {
    const cut = graphemeCut(rest, maxLength) || firstClusterLength(rest);
    pieces.push(rest.slice(0, cut));
    rest = rest.slice(cut);
  }
  if (rest) pieces.push(rest);
  return pieces;
}

const OPENS_EMBEDDING = new Set(['\u202A', '\u202B', '\u202D', '\u202E']);
const OPENS_ISOLATE = new Set(['\u2066', '\u2067', '\u2068']);
const POP_EMBEDDING = '\u202C';
const POP_ISOLATE = '\u2069';

/**
 * The bidi embeddings, overrides and isolates left open by the text added so far (UAX #9, rules
 * X1–X6a), kept as the marks that would close them. Amortised constant work per character.
 */
class OpenBidi {
  private readonly _closers: string[] = [];
  private _isolates = 0;

  get depth(): number {
    return this._closers.length;
  }

  add(text: string): void {
    for (const char of text) {
      if (OPENS_EMBEDDING.has(char)) {
        this._closers.push(POP_EMBEDDING);
      } else if (OPENS_ISOLATE.has(char)) {
        this._closers.push(POP_ISOLATE);
        this._isolates++;
      } else if (char === POP_EMBEDDING && this._closers.at(-1) === POP_EMBEDDING) {
        this._closers.pop();
      } else if (char === POP_ISOLATE && this._isolates > 0) {
        // A pop-isolate also closes the embeddings opened inside that isolate.
        while (this._closers.pop() !== POP_ISOLATE);
        this._isolates--;
      }
    }
  }

  /** The closing marks, innermost first. */
  closers(): string {
    return [...this._closers].reverse().join('');
  }
}

/**
 * Shortens `text` to at most `maxLength` UTF-16 code units, ending with `ellipsis`: cut on a
 * grapheme boundary, trailing white space dropped, and the bidi embeddings the cut leaves open
 * closed before the ellipsis (else a cut right-to-left override would draw the ellipsis, and in
 * plain text what follows, reversed). Returns `text` itself when it fits; just the ellipsis when
 * not even one cluster fits, and '' when the ellipsis does not fit either.
 */
export function truncateText(text: string, maxLength: number, ellipsis = '…'): string {
  if (text.length <= maxLength) return text;
  const room = maxLength - ellipsis.length;
  if (room < 0) return '';
  // How many bidi marks a cut after each code unit would have to close.
  const depths = new Uint32Array(room + 1);
  const open = new OpenBidi();
  for (let i = 0; i < room; i++) {
    depths[i] = open.depth;
    open.add(text[i]!);
  }
  depths[room] = open.depth;
  const startOf = clusterStarts(text, room);
  let end = startOf(room);
  while (end > 0 && end + depths[end]! > room) end = startOf(end - 1);
  const kept = text.slice(0, end).trimEnd();
  const closing = new OpenBidi();
  closing.add(kept);
  return `${kept}${closing.closers()}${ellipsis}`;
}
