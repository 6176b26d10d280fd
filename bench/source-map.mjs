// Just enough of source maps (v3) for the trace analysis: which source file each character of the
// bundle came from. A tiny VLQ decoder rather than a dependency: the benchmark needs nothing else.

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const DIGIT = new Map([...BASE64].map((char, index) => [char, index]));

/** The VLQ-encoded numbers of one mapping segment. */
function decodeSegment(text) {
  const values = [];
  let value = 0;
  let shift = 0;
  for (const char of text) {
    const digit = DIGIT.get(char);
    if (digit === undefined) throw new Error(`source map: bad character ${JSON.stringify(char)} in mappings`);
    value += (digit & 31) << shift;
    if (digit & 32) {
      shift += 5;
      continue;
    }
    values.push(value & 1 ? -(value >>> 1) : value >>> 1);
    value = 0;
    shift = 0;
  }
  return values;
}

/**
 * Per generated line (0-based), the segments sorted by column: `{ column, source, line }`, where
 * source is an index into `map.sources` or -1 for a segment mapped to nothing, and line the
 * 0-based line in that source.
 */
export function decodeLines(map) {
  const lines = [];
  let source = 0;
  let sourceLine = 0;
  for (const lineText of map.mappings.split(';')) {
    const segments = [];
    let column = 0;
    if (lineText) {
      for (const segmentText of lineText.split(',')) {
        const values = decodeSegment(segmentText);
        column += values[0];
        if (values.length >= 4) {
          source += values[1];
          sourceLine += values[2];
        }
        segments.push({ column, source: values.length >= 4 ? source : -1, line: sourceLine });
      }
    }
    lines.push(segments);
    // Line, column and name fields carry over between lines; only the generated column resets.
  }
  return lines;
}

/** Source index of generated position (line, column), both 0-based; -1 when unmapped. */
export function sourceAt(lines, line, column) {
  return segmentAt(lines, line, column)?.source ?? -1;
}

/** The segment covering generated position (line, column), both 0-based, or null. */
export function segmentAt(lines, line, column) {
  const segments = lines[line];
  if (!segments || segments.length === 0 || segments[0].column > column) return null;
  let lo = 0;
  let hi = segments.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (segments[mid].column <= column) lo = mid;
    else hi = mid - 1;
  }
  return segments[lo];
}

/**
 * For each character of `code`, the index of the source it came from, as an Int16Array. Characters
 * no segment maps (the inside of multi-line template literals, such as CSS and HTML templates, and
 * glue the bundler writes) count with the mapped code before them; -1 only before any mapping.
 */
export function sourceOfEachChar(code, lines) {
  const owner = new Int16Array(code.length).fill(-1);
  let offset = 0;
  let current = -1;
  code.split('\n').forEach((lineText, line) => {
    const segments = lines[line] ?? [];
    owner.fill(current, offset, offset + (segments[0]?.column ?? lineText.length) + 1);
    for (let i = 0; i < segments.length; i++) {
      if (segments[i].source >= 0) current = segments[i].source;
      const from = segments[i].column;
      const to = i + 1 < segments.length ? segments[i + 1].column : lineText.length + 1;
      owner.fill(current, offset + from, offset + Math.min(to, lineText.length + 1));
    }
    offset += lineText.length + 1;
  });
  return owner;
}

/**
 * "path:line" of generated position (line, column), both 0-based, in the sources of `map` (its
 * `decodeLines`): the path without leading "../" or "node_modules/"; null when unmapped.
 */
export function sourceLineAt(map, lines, line, column) {
  const segment = segmentAt(lines, line, column);
  const source = map.sources[segment?.source ?? -1];
  if (!source) return null;
  return `${source.replace(/^(\.\.\/)+(node_modules\/)?/, '')}:${segment.line + 1}`;
}
