/**
 * HTML as TimelineJS authors write it → plain text and the links in it. One forward pass over
 * the input with no pattern that could backtrack, so the work is linear in its length whatever
 * it holds (unclosed tags, runs of `<`, links never closed). The result is only ever text: nothing
 * here builds a DOM, and what it returns is rendered as text, never as HTML.
 */

export interface HtmlLink {
  /** The `href` as written, entities decoded; not checked (the caller decides what it accepts). */
  readonly href: string;
  /** The link's text, plain. */
  readonly text: string;
}

export interface HtmlText {
  /** Plain text: tags dropped, block boundaries as spaces, entities decoded, white space collapsed. */
  readonly text: string;
  readonly links: readonly HtmlLink[];
}

/** Elements whose edges separate words, so "a</p><p>b" reads "a b". */
const BLOCK_ELEMENTS = new Set([
  'address', 'article', 'aside', 'blockquote', 'br', 'dd', 'div', 'dl', 'dt', 'figcaption', 'figure', 'footer',
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li', 'ol', 'p', 'pre', 'section', 'table', 'td', 'th', 'tr', 'ul',
]);

/** Elements whose content a reader never sees as text. */
const HIDDEN_ELEMENTS = new Set(['script', 'style', 'template']);

const NAMED_ENTITIES: Readonly<Record<string, string>> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', ndash: '–', mdash: '—', hellip: '…',
  lsquo: '‘', rsquo: '’', ldquo: '“', rdquo: '”', laquo: '«', raquo: '»', copy: '©',
};

/** Reads `html` once: its plain text and its `<a href>` links, in order. */
export function readHtml(html: string): HtmlText {
  const pieces: string[] = [];
  const links: HtmlLink[] = [];
  let link: { href: string; from: number } | undefined;
  const closeLink = () => {
    if (link) links.push({ href: link.href, text: collapse(pieces.slice(link.from).join('')) });
    link = undefined;
  };
  // Text since the last tag is taken in one slice when the next tag (or the end) is met, so a run
  // of "<" that opens no tag costs no more than any other text.
  let textFrom = 0;
  const takeText = (end: number) => {
    if (end > textFrom) pieces.push(decodeEntities(html.slice(textFrom, end)));
  };
  // Where the next ">" is (html.length: there is none); looked for again only once the scan has
  // passed it, so the input is searched once however many "<" it holds.
  let nextGt = -1;
  let i = 0;
  while (i < html.length) {
    const lt = html.indexOf('<', i);
    if (lt === -1) break;
    if (html.startsWith('<!--', lt)) {
      takeText(lt);
      const end = html.indexOf('-->', lt + 4);
      i = textFrom = end === -1 ? html.length : end + 3;
      continue;
    }
    if (nextGt < lt) nextGt = indexOrEnd(html, '>', lt);
    const tag = nextGt === html.length ? undefined : readTag(html.slice(lt + 1, nextGt));
    if (!tag) {
      // Not a tag ("a < b", or no ">" anywhere after it): the "<" is text.
      i = lt + 1;
      continue;
    }
    takeText(lt);
    i = textFrom = nextGt + 1;
    if (BLOCK_ELEMENTS.has(tag.name)) pieces.push(' ');
    if (tag.name === 'a') {
      closeLink();
      if (!tag.closing && tag.href !== undefined) link = { href: tag.href, from: pieces.length };
    } else if (!tag.closing && HIDDEN_ELEMENTS.has(tag.name)) {
      i = textFrom = endOfHidden(html, i, tag.name);
    }
  }
  takeText(html.length);
  closeLink();
  return { text: collapse(pieces.join('')), links };
}

/** Plain text of `html` (see `readHtml`). */
export function htmlToText(html: string): string {
  return readHtml(html).text;
}

interface Tag {
  readonly name: string;
  readonly closing: boolean;
  readonly href?: string;
}

/**
 * The inside of `<…>`: a start or end tag with its lower-case name, or a declaration (`<!…>`,
 * `<?…>`) with an empty name. Undefined when "<" is not followed by a name, as in "a < b".
 */
function readTag(inside: string): Tag | undefined {
  if (inside.startsWith('!') || inside.startsWith('?')) return { name: '', closing: false };
  const closing = inside.startsWith('/');
  let end = closing ? 1 : 0;
  while (end < inside.length && isNameChar(inside.charCodeAt(end))) end++;
  const name = inside.slice(closing ? 1 : 0, end).toLowerCase();
  if (!name || !isLetter(name.charCodeAt(0))) return undefined;
  const href = !closing && name === 'a' ? attribute(inside.slice(end), 'href') : undefined;
  return href === undefined ? { name, closing } : { name, closing, href };
}

/** The value of attribute `wanted` in the attribute part of a tag (quoted or not), entities decoded. */
function attribute(attributes: string, wanted: string): string | undefined {
  let i = 0;
  while (i < attributes.length) {
    while (i < attributes.length && (isSpace(attributes.charCodeAt(i)) || attributes[i] === '/')) i++;
    const nameStart = i;
    while (i < attributes.length && !isSpace(attributes.charCodeAt(i)) && attributes[i] !== '=' && attributes[i] !== '/') i++;
    const name = attributes.slice(nameStart, i).toLowerCase();
    while (i < attributes.length && isSpace(attributes.charCodeAt(i))) i++;
    let value: string | undefined;
    if (attributes[i] === '=') {
      i++;
      while (i < attributes.length && isSpace(attributes.charCodeAt(i))) i++;
      const quote = attributes[i];
      if (quote === '"' || quote === "'") {
        const close = attributes.indexOf(quote, i + 1);
        const end = close === -1 ? attributes.length : close;
        value = attributes.slice(i + 1, end);
        i = end + 1;
      } else {
        const start = i;
        while (i < attributes.length && !isSpace(attributes.charCodeAt(i))) i++;
        value = attributes.slice(start, i);
      }
    }
    if (name === wanted) return decodeEntities(value ?? '').trim();
    if (i === nameStart) i++;
  }
  return undefined;
}

/** Index just past the end tag of hidden element `name` (or the end of the input). */
function endOfHidden(html: string, from: number, name: string): number {
  let at = html.indexOf('</', from);
  while (at !== -1) {
    const after = at + 2 + name.length;
    if (html.slice(at + 2, after).toLowerCase() === name && !isNameChar(html.charCodeAt(after))) {
      const gt = html.indexOf('>', after);
      return gt === -1 ? html.length : gt + 1;
    }
    at = html.indexOf('</', at + 2);
  }
  return html.length;
}

/**
 * Decodes character references: decimal, hexadecimal and the few named ones TimelineJS text
 * uses; anything else stays as written. Each reference is at most 33 characters, so a run of
 * "&" or of digits is read once.
 */
export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  let out = '';
  let i = 0;
  let semicolon = -1;
  while (i < text.length) {
    const amp = text.indexOf('&', i);
    if (amp === -1) break;
    out += text.slice(i, amp);
    if (semicolon < amp) semicolon = indexOrEnd(text, ';', amp);
    const code = semicolon === text.length || semicolon - amp > 33 ? undefined : text.slice(amp + 1, semicolon);
    const decoded = code === undefined ? undefined : decodeReference(code);
    if (decoded === undefined) {
      out += '&';
      i = amp + 1;
    } else {
      out += decoded;
      i = semicolon + 1;
    }
  }
  return out + text.slice(i);
}

function decodeReference(code: string): string | undefined {
  if (code.startsWith('#')) {
    const hex = code[1] === 'x' || code[1] === 'X';
    const digits = code.slice(hex ? 2 : 1);
    if (!digits || digits.length > 7 || ![...digits].every((c) => (hex ? isHexDigit(c.charCodeAt(0)) : isDigit(c.charCodeAt(0))))) return undefined;
    const n = Number.parseInt(digits, hex ? 16 : 10);
    return n > 0 && n <= 0x10ffff && !(n >= 0xd800 && n <= 0xdfff) ? String.fromCodePoint(n) : undefined;
  }
  return Object.hasOwn(NAMED_ENTITIES, code.toLowerCase()) ? NAMED_ENTITIES[code.toLowerCase()] : undefined;
}

/** Index of `char` at or after `from`, or the length of `text` when there is none. */
function indexOrEnd(text: string, char: string, from: number): number {
  const index = text.indexOf(char, from);
  return index === -1 ? text.length : index;
}

/** Collapses every run of white space to one space and trims the ends. */
function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** HTML's own white space between attributes: space, tab, line feed, form feed, carriage return. */
function isSpace(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0c || code === 0x0d;
}

function isLetter(code: number): boolean {
  return (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
}

function isDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

function isHexDigit(code: number): boolean {
  return isDigit(code) || (code >= 0x41 && code <= 0x46) || (code >= 0x61 && code <= 0x66);
}

function isNameChar(code: number): boolean {
  return isLetter(code) || isDigit(code) || code === 0x2d;
}
