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
    text = JSON.stringify(value.slice(0, MAX_RECEIVED_CHARS * 2));
  } else {
    try {
      text = JSON.stringify(value) ?? String(value);
    } catch {
      text = Object.prototype.toString.call(value);
    }
  }
  if (text.length <= MAX_RECEIVED_CHARS) return text;
  // Never cut between the two halves of a surrogate pair (that would leave broken Unicode).
  const cut = text.slice(0, MAX_RECEIVED_CHARS - 1);
  return `${/[\uD800-\uDBFF]$/.test(cut) ? cut.slice(0, -1) : cut}…`;
}

/** Builds an issue whose message reads "<path>: expected <expected>, got <received>". */
export function createIssue(path: string, value: unknown, expected: string, detail?: string): DataIssue {
  const received = describeValue(value);
  const where = path === '' ? 'dataset' : path;
  const message = detail
    ? `${where}: ${detail} (got ${received})`
    : `${where}: expected ${expected}, got ${received}`;
  return { path, received, expected, message };
}

/** Like `createIssue`, for a problem that removes only a part of a record (see `DataIssue.severity`). */
export function createWarning(path: string, value: unknown, expected: string, detail?: string): DataIssue {
  return { ...createIssue(path, value, expected, detail), severity: 'warning' };
}

/** True for issues that leave a record (or the dataset) out, rather than only a part of it. */
export function isError(issue: DataIssue): boolean {
  return issue.severity !== 'warning';
}

/** Appends a JSON Pointer segment, escaping `~` and `/` as RFC 6901 requires. */
export function childPath(path: string, key: string | number): string {
  const text = String(key);
  // Most keys need no escaping; skipping replaceAll keeps 100,000-event datasets fast.
  if (typeof key === 'number' || !/[~/]/.test(text)) return `${path}/${text}`;
  return `${path}/${text.replaceAll('~', '~0').replaceAll('/', '~1')}`;
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
