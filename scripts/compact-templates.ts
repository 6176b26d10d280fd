// The text of Lit's `css`, `html` and `svg` templates ships as written: the minifier leaves template
// text alone, so indentation, comments and the spaces CSS allows but does not need reach every
// reader. This build step (the embed's, vite.embed.config.ts) takes them out of the text between
// the `${…}` holes, never touching code, and returns a source map of the edit so the bundle's map
// still points at the right line and column.

/** The least of an ESTree node this step reads (Rolldown's parser gives UTF-16 offsets). */
interface Node {
  readonly type: string;
  readonly start: number;
  readonly end: number;
}

/** One piece of template text to replace: `code.slice(start, end)` becomes `text`. */
export interface TemplateEdit {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/**
 * CSS text with comments dropped and whitespace kept only where it separates words (`a .b`,
 * `1px solid`, `calc(1px + 2px)`); quoted strings are kept as written. `before`/`after` say
 * whether a `${…}` hole comes right before or after this piece, so a space next to a hole stays.
 */
export function compactCss(text: string, { before = false, after = false } = {}): string {
  let out = '';
  // Strings stay as written; everything between them is compacted.
  for (const [index, part] of text.split(/("(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*')/).entries()) {
    if (index % 2 === 1) {
      out += part;
      continue;
    }
    out += part
      .replace(/\/\*[\s\S]*?\*\//g, ' ')
      .replace(/\s+/g, ' ')
      .replace(/ ?([{};,>]) ?/g, '$1')
      .replace(/: /g, ':')
      .replace(/;}/g, '}');
  }
  if (!before) out = out.replace(/^ /, '');
  if (!after) out = out.replace(/ $/, '');
  return out;
}

/**
 * The pieces of one `html`/`svg` template with the indentation after each line break dropped,
 * except inside a quoted attribute value (where it would be part of the value). A line break and
 * its indentation render alike (both are whitespace the browser collapses), so nothing on screen
 * changes; a template with `<pre` or `<textarea`, where whitespace shows, is left as it is.
 */
export function compactHtmlPieces(pieces: readonly string[]): string[] {
  if (pieces.some((piece) => /<(pre|textarea)\b/i.test(piece))) return [...pieces];
  let inTag = false;
  let quote: string | null = null;
  return pieces.map((piece) => {
    let out = '';
    for (let i = 0; i < piece.length; i++) {
      const char = piece[i]!;
      if (quote) {
        if (char === quote) quote = null;
      } else if (inTag) {
        if (char === '"' || char === "'") quote = char;
        else if (char === '>') inTag = false;
      } else if (char === '<' && /[a-z/!]/i.test(piece[i + 1] ?? '')) {
        inTag = true;
      }
      out += char;
      if (char === '\n' && !quote) while (piece[i + 1] === ' ' || piece[i + 1] === '\t') i++;
    }
    return out;
  });
}

const TAGS = new Set(['css', 'html', 'svg']);

/** Every node of an ESTree-shaped tree, depth first. */
function* nodes(value: unknown): Generator<Node & Record<string, unknown>> {
  if (!value || typeof value !== 'object') return;
  if (Array.isArray(value)) {
    for (const item of value) yield* nodes(item);
    return;
  }
  const node = value as Node & Record<string, unknown>;
  if (typeof node.type === 'string') yield node;
  for (const key in node) if (key !== 'parent') yield* nodes(node[key]);
}

/** The edits that compact every `css`, `html` and `svg` tagged template in a parsed module. */
export function templateEdits(program: unknown, code: string): TemplateEdit[] {
  const edits: TemplateEdit[] = [];
  for (const node of nodes(program)) {
    if (node.type !== 'TaggedTemplateExpression') continue;
    const tag = node.tag as { type: string; name?: string };
    if (tag.type !== 'Identifier' || !TAGS.has(tag.name!)) continue;
    const quasis = (node.quasi as { quasis: Node[] }).quasis;
    const pieces = quasis.map((quasi) => code.slice(quasi.start, quasi.end));
    const compacted = tag.name === 'css' ? pieces.map((piece, index) => compactCss(piece, { before: index > 0, after: index < pieces.length - 1 })) : compactHtmlPieces(pieces);
    quasis.forEach((quasi, index) => {
      if (compacted[index] !== pieces[index]) edits.push({ start: quasi.start, end: quasi.end, text: compacted[index]! });
    });
  }
  return edits.sort((a, b) => a.start - b.start);
}

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** A number in source-map VLQ. */
function vlq(value: number): string {
  let rest = value < 0 ? (-value << 1) | 1 : value << 1;
  let out = '';
  do {
    let digit = rest & 31;
    rest >>>= 5;
    if (rest > 0) digit |= 32;
    out += BASE64[digit];
  } while (rest > 0);
  return out;
}

/**
 * `code` with the edits made, and a source map (v3) from the result back to `code`: every kept
 * character maps to where it was, every replacement to where the text it replaced began.
 */
export function applyEdits(code: string, edits: readonly TemplateEdit[], file: string): { code: string; map: { version: 3; sources: string[]; sourcesContent: string[]; names: string[]; mappings: string } } {
  let out = '';
  const lines: string[] = [];
  let segments: string[] = [];
  let outColumn = 0;
  let lastOutColumn = 0;
  let sourceLine = 0;
  let sourceColumn = 0;
  let lastSourceLine = 0;
  let lastSourceColumn = 0;
  const mark = () => {
    segments.push(vlq(outColumn - lastOutColumn) + 'A' + vlq(sourceLine - lastSourceLine) + vlq(sourceColumn - lastSourceColumn));
    lastOutColumn = outColumn;
    lastSourceLine = sourceLine;
    lastSourceColumn = sourceColumn;
  };
  const emit = (char: string) => {
    out += char;
    if (char === '\n') {
      lines.push(segments.join(','));
      segments = [];
      outColumn = 0;
      lastOutColumn = 0;
    } else {
      outColumn++;
    }
  };
  const advance = (char: string) => {
    if (char === '\n') {
      sourceLine++;
      sourceColumn = 0;
    } else {
      sourceColumn++;
    }
  };
  let at = 0;
  for (const edit of [...edits, { start: code.length, end: code.length, text: '' }]) {
    for (; at < edit.start; at++) {
      if (code[at] !== '\n') mark();
      emit(code[at]!);
      advance(code[at]!);
    }
    let first = true;
    for (const char of edit.text) {
      if (char !== '\n' && first) mark();
      first = char === '\n';
      emit(char);
    }
    for (; at < edit.end; at++) advance(code[at]!);
  }
  lines.push(segments.join(','));
  return { code: out, map: { version: 3, sources: [file], sourcesContent: [code], names: [], mappings: lines.join(';') } };
}
