import type { Dataset } from '../model/types.ts';
import { describeThrown } from '../model/describe-thrown.ts';
import { createIssue, type DataIssue } from '../model/issues.ts';
import { parseDatasetLenient } from '../model/parse-dataset.ts';
import type { DataNoticeReport } from '../components/data-notice/data-notice.ts';

/** A problem to show in the error box and fire as `at-error`. */
export interface Problem {
  readonly message: string;
  readonly issues: readonly DataIssue[];
  /** Offer "Try again" (a failed load from src). */
  readonly retry?: boolean;
}

/**
 * The TLP code (src/formats/tlp.ts). The embed fetches it (attack-timeline-tlp.js) only for an
 * element with `max-tlp`, so it is passed in rather than imported.
 */
export type TlpCode = Pick<typeof import('../formats/tlp.ts'), 'parseTlp' | 'restrictToTlp' | 'issuesWithinTlp'>;

export type PrepareOptions = {
  /** Refuse the whole dataset on any issue. */
  readonly strict: boolean;
} & (
  /** No `max-tlp`: no limit. */
  | { readonly maxTlp: null }
  /** The `max-tlp` attribute as written, and the code that applies it. */
  | { readonly maxTlp: string; readonly tlp: TlpCode }
);

export type PreparedDataset =
  | { readonly ok: false; readonly problem: Problem }
  | {
    readonly ok: true;
    readonly dataset: Dataset;
    /** What was left out, for the notice above the chart; null when nothing was. */
    readonly notice: DataNoticeReport | null;
    /** An unreadable `max-tlp` (only clear records are then shown). */
    readonly tlpProblem: Problem | null;
  };

const TLP_NAMES = 'clear, green, amber, amber+strict, red';

/**
 * Turns untyped input into the dataset to draw: parsed leniently (or strictly), then cut down to
 * `max-tlp`, with the issues a reader cleared for that marking may see. `origin` names the input
 * in messages ("data property", a URL, "default dataset"). Input that throws while it is read (a
 * Proxy whose traps throw, a revoked Proxy, a getter that throws) is refused with a problem naming
 * what was thrown. Throws only what the TLP code throws (a file that is not the timeline's code:
 * its caller reports that as the file's failure, not as a problem of the data). Pure: the shell
 * shows the result.
 */
export function prepareDataset(json: unknown, origin: string, options: PrepareOptions): PreparedDataset {
  let result: ReturnType<typeof parseDatasetLenient>;
  try {
    // One parse in strict mode too: `parseDataset` is the lenient parse refused on any issue.
    const lenient = parseDatasetLenient(json);
    result = options.strict && (!lenient.ok || lenient.issues.length > 0)
      ? { ok: false as const, message: 'The dataset has problems and strict mode is on', issues: lenient.issues }
      : lenient;
  } catch (thrown) {
    const detail = describeThrown(thrown);
    return {
      ok: false,
      problem: { message: `The ${origin} cannot be shown: reading it failed (${detail}).`, issues: [createIssue('', '(not readable)', 'a dataset object whose fields can be read', `reading the ${origin} threw ${detail}`)] },
    };
  }
  if (!result.ok) return { ok: false, problem: { message: `The ${origin} cannot be shown. ${result.message}.`, issues: result.issues } };
  if (options.maxTlp === null) return { ok: true, dataset: result.dataset, notice: result.issues.length > 0 ? result : null, tlpProblem: null };
  const { maxTlp, tlp } = options;
  const known = tlp.parseTlp(maxTlp);
  const dataset = tlp.restrictToTlp(result.dataset, known ?? 'clear');
  const issues = tlp.issuesWithinTlp(result.issues, result.recordIds, dataset);
  const tlpProblem = known
    ? null
    : { message: `max-tlp must be one of ${TLP_NAMES}; showing only clear records`, issues: [createIssue('max-tlp', maxTlp, 'clear, green, amber, amber+strict or red')] };
  return { ok: true, dataset, notice: issues.length > 0 ? { ...result, issues } : null, tlpProblem };
}
