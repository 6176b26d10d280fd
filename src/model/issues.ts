import { graphemeCut, truncateText } from './graphemes.ts';
import { describeThrown } from './describe-thrown.ts';

/** One problem found in input data: where it is, what was there, what was expected. */
export interface DataIssue {
  /** JSON Pointer to the offending value, e.g. `/events/3/date`. */
  readonly path: string;
  /** The value found, JSON-encoded and truncated; always shown as text, never as markup. */
  readonly received: string;
  /** What would have been accepted. */
  readonly expected: string;
  /** One readable sentence naming the field, the value and the expectation. */
  readonly message: string;
  /**
   * `error` (the default): the record holding `path` is left out, or, for a dataset-level path,
   * nothing can be drawn. `warning`: the record is kept and only the offending part is removed
   * (an unknown field, a link with a refused scheme, a reference to a missing id).
   */
  readonly severity?: IssueSeverity;
}

export type IssueSeverity = 'error' | 'warning';

const MAX_RECEIVED_CHARS = 80;

/** JSON-encodes `value` for an error message, truncated so hostile or huge input stays readable. */
export function describeValue(value: unknown): string {
  let text: string;
  if (value === undefined) text = 'nothing';
  else if (typeof value === 'number' && !Number.isFinite(value)) text = String(value);
  else if (typeof value === 'bigint') text = `${value}n`;
  else if (typeof value === 'string' && value.length > MAX_RECEIVED_CHARS * 4) {
    text = JSON.stringify(value.slice(0, graphemeCut(value, MAX_RECEIVED_CHARS * 2)));
  } else {
    try {
      text = JSON.stringify(value) ?? String(value);
    } catch {
      text = Object.prototype.toString.call(value);
    }
  }
  return truncateText(text, MAX_RECEIVED_CHARS);
}

/**
 * Where a value sits: a JSON Pointer string, or a parent and a key that become one only when an
 * issue needs the text. Building pointer strings for every field of 100,000 valid events was a
 * large share of parsing time; most are never read.
 */
export type Path = string | { readonly parent: Path; readonly key: string | number };

/** Builds an issue whose message reads "<path>: expected <expected>, got <received>". */
export function createIssue(at: Path, value: unknown, expected: string, detail?: string): DataIssue {
  const path = pathText(at);
  const received = describeValue(value);
  const where = path === '' ? 'dataset' : path;
  const message = detail
    ? `${where}: ${detail} (got ${received})`
    : `${where}: expected ${expected}, got ${received}`;
  return { path, received, expected, message };
}

/**
 * An issue whose sentence is what was thrown, for a file that failed to load: the title above it
 * names the file, and a browser's reason for a failed fetch names the address it tried.
 */
export function thrownIssue(path: string, value: unknown, expected: string, thrown: unknown): DataIssue {
  return { path, received: describeValue(value), expected, message: describeThrown(thrown) };
}

/** Like `createIssue`, for a problem that removes only a part of a record (see `DataIssue.severity`). */
export function createWarning(path: Path, value: unknown, expected: string, detail?: string): DataIssue {
  return { ...createIssue(path, value, expected, detail), severity: 'warning' };
}

/** True for issues that leave a record (or the dataset) out, rather than only a part of it. */
export function isError(issue: DataIssue): boolean {
  return issue.severity !== 'warning';
}

/** True when an issue from index `start` of `issues` on is an error. */
export function hasErrorSince(issues: readonly DataIssue[], start: number): boolean {
  for (let i = start; i < issues.length; i++) if (isError(issues[i]!)) return true;
  return false;
}

/** The path of `key` inside `path`; cheap, since the text is only built by `pathText`. */
export function childPath(path: Path, key: string | number): Path {
  return { parent: path, key };
}

/** The JSON Pointer text of a path, escaping `~` and `/` in keys as RFC 6901 requires. */
export function pathText(path: Path): string {
  const keys: string[] = [];
  let at: Path = path;
  while (typeof at !== 'string') {
    const text = String(at.key);
    keys.push(typeof at.key === 'number' ? text : text.replaceAll('~', '~0').replaceAll('/', '~1'));
    at = at.parent;
  }
  let out = at;
  for (let i = keys.length - 1; i >= 0; i--) out += `/${keys[i]}`;
  return out;
}

/** Thrown by the API when a dataset cannot be used; `issues` lists every problem found. */
export class DatasetError extends Error {
  readonly issues: readonly DataIssue[];

  constructor(issues: readonly DataIssue[], summary = 'Invalid dataset') {
    const shown = issues.slice(0, 5).map((issue) => `- ${issue.message}`);
    const more = issues.length > 5 ? [`- …and ${issues.length - 5} more`] : [];
    super([`${summary}: ${issues.length} problem${issues.length === 1 ? '' : 's'}`, ...shown, ...more].join('\n'));
    this.name = 'DatasetError';
    this.issues = issues;
  }
}
