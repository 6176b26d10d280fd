import type { ReactiveController, ReactiveElement } from 'lit';
import { createIssue } from '../model/issues.ts';
import { noticeHeadline, type DataNoticeReport } from '../components/data-notice/data-notice.ts';
import { loadDefaultDataset } from './default-dataset.ts';
import { loadJson } from './load-dataset.ts';
import { indexDataset, type Indexed } from './indexed-dataset.ts';
import { describeThrown, prepareDataset, type TlpCode } from './prepare-dataset.ts';
import { reportMissingChunk } from './lazy-chunk.ts';
import { parseOriginList, readMaxBytes, readTimeoutMs } from './reliability-options.ts';
import type { ErrorController } from './error-controller.ts';

/** The host's properties that say what to load and how. */
export interface DatasetSettings {
  readonly src: string | null;
  readonly data: unknown;
  readonly strict: boolean;
  readonly maxTlp: string | null;
  readonly timeout: string | null;
  readonly maxBytes: string | null;
  readonly srcOrigins: string | null;
}

export interface DatasetControllerOptions {
  readonly settings: () => DatasetSettings;
  readonly errors: ErrorController;
  /** Called once a new dataset is on screen (after `indexed` changed). */
  readonly shown: (indexed: Indexed) => void;
}

/** The chunk that applies `max-tlp` (src/formats/tlp.ts), as the embed names it. */
const TLP_FILE = 'attack-timeline-tlp.js';
let tlpCode: TlpCode | undefined;

type Watched = Pick<DatasetSettings, 'src' | 'data' | 'maxTlp' | 'timeout' | 'maxBytes'>;

/**
 * Where the data comes from: the `data` property, a `src` address (with the loader's limits) or
 * the bundled story, parsed and cut to `max-tlp`. Owns the load in flight: a newer input cancels
 * it. A failed load or parse keeps the last dataset on screen and ends in one reported problem;
 * nothing loads again until something changes or the reader asks (Try again). While the element is
 * off the page nothing is fetched or drawn: a load in flight is cancelled, changes wait, and both
 * resume when it comes back.
 */
export class DatasetController implements ReactiveController {
  /** The dataset on screen, with its lookups; null until one has loaded. */
  indexed: Indexed | null = null;
  /** What the dataset on screen lost (records or parts left out), for the notice. */
  notice: DataNoticeReport | null = null;
  loading = false;
  /** The load running now, for the host's `updateComplete` to wait on; null when none. */
  pending: Promise<void> | null = null;
  /** The last input shown, so a change of `max-tlp` can re-apply the limit to it. */
  private _lastInput: { readonly json: unknown; readonly origin: string } | null = null;
  private _abort?: AbortController;
  private _generation = 0;
  /** The settings as last acted on; null before the first update on the page. */
  private _seen: Watched | null = null;
  /** A load was cancelled because the element left the page: it starts again when it comes back. */
  private _resume = false;

  constructor(private readonly _host: ReactiveElement, private readonly _options: DatasetControllerOptions) {
    _host.addController(this);
  }

  /** Follows the host's `data`, `src`, `max-tlp`, `timeout` and `max-bytes` on each update on the page. */
  hostUpdate(): void {
    // Off the page the settings are not marked as seen, so the next update on the page acts on them.
    if (!this._host.isConnected) return;
    const { src, data, maxTlp, timeout, maxBytes } = this._options.settings();
    const seen = this._seen;
    const now: Watched = { src, data, maxTlp, timeout, maxBytes };
    this._seen = now;
    const changed = (key: keyof Watched) => !seen || seen[key] !== now[key];
    if (changed('timeout')) this._checkLimit('timeout', readTimeoutMs(timeout).issue);
    if (changed('maxBytes')) this._checkLimit('max-bytes', readMaxBytes(maxBytes).issue);
    if (changed('maxTlp') && this._lastInput && !changed('data') && !changed('src')) void this._use(this._lastInput.json, this._lastInput.origin);
    if (changed('data') && data !== undefined) {
      this._cancel();
      void this._use(data, 'data property');
    } else if (changed('src') && (src || data === undefined)) {
      void this.load();
    }
  }

  hostConnected(): void {
    if (!this._host.hasUpdated) return;
    // Catch up with what changed while away, and finish the load that leaving cancelled.
    this._host.requestUpdate();
    if (this._resume) void this.load();
  }

  hostDisconnected(): void {
    this._resume = this.loading;
    this._cancel();
  }

  /** Loads `src`, or the bundled story when there is none. Never rejects: a failure is reported. */
  load(): Promise<void> {
    const run = this._load();
    this.pending = run;
    void run.finally(() => {
      if (this.pending === run) this.pending = null;
    });
    return run;
  }

  private async _load(): Promise<void> {
    this._cancel();
    this._resume = false;
    const abort = new AbortController();
    this._abort = abort;
    const generation = this._generation;
    const { src, timeout, maxBytes, srcOrigins } = this._options.settings();
    const current = () => generation === this._generation;
    this._setLoading(true);
    try {
      if (src) {
        const result = await loadJson(src, {
          signal: abort.signal,
          timeoutMs: readTimeoutMs(timeout).value,
          maxBytes: readMaxBytes(maxBytes).value,
          allowedOrigins: parseOriginList(srcOrigins),
        });
        if (!current()) return;
        if (!result.ok) {
          if (result.kind !== 'cancelled') this._options.errors.report('dataset', result.message, result.issues, true);
          return;
        }
        await this._use(result.json, src);
      } else {
        const json = await loadDefaultDataset();
        if (current()) await this._use(json, 'default dataset');
      }
    } catch (error) {
      // Whatever failed outside the loader's own checks (a missing chunk, a refused setting) ends here, once.
      if (!current()) return;
      const file = src ?? 'attack-timeline-default-dataset.js';
      const message = src ? `Could not load ${src}: ${describeThrown(error)}` : `The bundled story could not be loaded (${file} beside the script): ${describeThrown(error)}`;
      this._options.errors.report('dataset', message, [createIssue('src', src, src ? 'a reachable JSON dataset address' : `a src attribute, or ${file} beside the script`, message)], true);
    } finally {
      if (current()) this._setLoading(false);
    }
  }

  private _checkLimit(key: 'timeout' | 'max-bytes', issue: ReturnType<typeof readTimeoutMs>['issue']): void {
    if (!issue) return this._options.errors.clear(key);
    const fallback = key === 'timeout' ? 'the default of 10 seconds' : 'the default of 64 MB';
    this._options.errors.report(key, `${key} must be ${issue.expected}; using ${fallback}`, [issue]);
  }

  /**
   * Shows `json`. With `max-tlp`, only once the TLP code is here (a chunk beside the script in the
   * embed, fetched the first time an element has that attribute): nothing above the limit is ever
   * drawn, not even for a moment, so until then the element shows that it is loading. Without the
   * code the data is not shown and the missing file is reported.
   */
  private _use(json: unknown, origin: string): Promise<void> | void {
    if (this._options.settings().maxTlp === null || tlpCode) return this._show(json, origin);
    const generation = this._generation;
    // Called in the host's update (before it renders) or in a load that already shows it loading.
    this.loading = true;
    const run = (async () => {
      try {
        tlpCode ??= await import('../formats/tlp.ts');
      } catch {
        if (generation === this._generation) reportMissingChunk(this._options.errors, TLP_FILE);
        return;
      } finally {
        if (generation === this._generation) this._setLoading(false);
      }
      if (generation === this._generation) this._show(json, origin);
    })();
    this.pending = run;
    void run.finally(() => {
      if (this.pending === run) this.pending = null;
    });
    return run;
  }

  private _show(json: unknown, origin: string): void {
    const { strict, maxTlp } = this._options.settings();
    const prepared = prepareDataset(json, origin, maxTlp === null ? { strict, maxTlp } : { strict, maxTlp, tlp: tlpCode! });
    const { errors } = this._options;
    if (!prepared.ok) {
      // Keep whatever was on screen before: a failed reload must not blank the page.
      errors.report('dataset', prepared.problem.message, prepared.problem.issues);
      return;
    }
    this._lastInput = { json, origin };
    this.notice = prepared.notice;
    this.indexed = indexDataset(prepared.dataset);
    errors.clear('dataset', 'max-tlp');
    this._host.requestUpdate();
    if (prepared.tlpProblem) errors.report('max-tlp', prepared.tlpProblem.message, prepared.tlpProblem.issues);
    if (this.notice) errors.announce(noticeHeadline(this.notice), this.notice.issues);
    this._options.shown(this.indexed);
  }

  private _cancel(): void {
    this._abort?.abort();
    this._generation++;
    this.loading = false;
  }

  private _setLoading(loading: boolean): void {
    this.loading = loading;
    this._host.requestUpdate();
  }
}
