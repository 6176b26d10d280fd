import type { ReactiveController, ReactiveElement } from 'lit';
import { noticeHeadline, type DataNoticeReport } from '../components/data-notice/data-notice.ts';
import { loadDefaultDataset } from './default-dataset.ts';
import { loadJson, READER_FILE, type ReadDataset } from './load-dataset.ts';
import { indexDataset, type Indexed } from './indexed-dataset.ts';
import { prepareDataset, type PreparedDataset, type TlpCode } from './prepare-dataset.ts';
import { exported, LazyChunk } from '../controllers/lazy-chunk.ts';
import { thrownIssue } from '../model/issues.ts';
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
  /** A load is running. */
  private _loading = false;
  /** The load running now; null when none. */
  private _run: Promise<void> | null = null;
  /** The code that applies `max-tlp` (src/formats/tlp.ts; attack-timeline-tlp.js in the embed). */
  private readonly _tlp: LazyChunk<typeof import('../formats/tlp.ts'), TlpCode>;
  /** The code that reads a `src` answer (src/shell/read-dataset.ts; attack-timeline-read-dataset.js in the embed). */
  private readonly _reader: LazyChunk<typeof import('./read-dataset.ts'), ReadDataset>;
  /** Input that waits for the TLP code before it is shown. */
  private _waiting: { readonly json: unknown; readonly origin: string } | null = null;
  /** The last input shown, so a change of `max-tlp` can re-apply the limit to it. */
  private _lastInput: { readonly json: unknown; readonly origin: string; readonly maxTlp: string | null } | null = null;
  private _abort?: AbortController;
  private _generation = 0;
  /** The settings as last acted on; null before the first update on the page. */
  private _seen: Watched | null = null;
  /** A load was cancelled because the element left the page: it starts again when it comes back. */
  private _resume = false;

  constructor(private readonly _host: ReactiveElement, private readonly _options: DatasetControllerOptions) {
    // The chunks first: back on the page, a fetch that settled meanwhile is taken in (their
    // hostConnected) before a load this one resumes asks for it.
    this._tlp = new LazyChunk(_host, {
      file: 'attack-timeline-tlp.js',
      load: () => import('../formats/tlp.ts'),
      use: (module) => exported(module, 'parseTlp', 'restrictToTlp', 'issuesWithinTlp'),
      errors: _options.errors,
    });
    this._reader = new LazyChunk(_host, {
      file: READER_FILE,
      load: () => import('./read-dataset.ts'),
      use: (module) => exported(module, 'readDataset').readDataset,
      // The load's one problem (it waits for this code, and says nothing more when it is missing),
      // with Try again, which fetches the file again; reported only for a load still running.
      errors: {
        report: (_key, message, issues) => this._loading && _options.errors.report('dataset', `Could not load ${_options.settings().src}. ${message}`, issues, true),
        clear() {},
      },
    });
    _host.addController(this);
  }

  /** Data is on its way: a load, or the TLP code it waits for. */
  get loading(): boolean {
    return this._loading || (this._waiting !== null && !this._tlp.failed);
  }

  /** What the host's `updateComplete` waits on: the load, or the TLP code; null when neither. */
  get pending(): Promise<void> | null {
    return this._run ?? (this._waiting && this._tlp.pending);
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
    const input = this._waiting ?? this._lastInput;
    if (changed('data') && data !== undefined) {
      this._cancel();
      this._use(data, 'data property');
    } else if (changed('src') && (src || data === undefined)) {
      void this.load();
    } else if (input && (changed('maxTlp') || this._waiting)) {
      // A new limit for what is shown, or the TLP code it waited for may be here.
      this._use(input.json, input.origin);
    }
  }

  hostConnected(): void {
    if (!this._host.hasUpdated) return;
    // Catch up with what changed while away, and finish the load that leaving cancelled.
    this._host.requestUpdate();
    if (this._resume) void this.load();
  }

  hostDisconnected(): void {
    this._resume = this._loading;
    this._cancel();
  }

  /** Loads `src`, or the bundled story when there is none. Never rejects: a failure is reported. */
  load(): Promise<void> {
    const run = this._load();
    this._run = run;
    void run.finally(() => {
      if (this._run === run) this._run = null;
    });
    return run;
  }

  private async _load(): Promise<void> {
    this._cancel();
    this._resume = false;
    this._waiting = null;
    const abort = new AbortController();
    this._abort = abort;
    const generation = this._generation;
    const { src, timeout, maxBytes, srcOrigins } = this._options.settings();
    const current = () => generation === this._generation;
    this._setLoading(true);
    try {
      if (src) {
        // Try again (or a new src) fetches the reader again if it failed before.
        this._reader.retry();
        const result = await loadJson(src, {
          reader: () => this._reader.ready(),
          signal: abort.signal,
          timeoutMs: readTimeoutMs(timeout).value,
          maxBytes: readMaxBytes(maxBytes).value,
          allowedOrigins: parseOriginList(srcOrigins),
        });
        if (!current()) return;
        if (!result.ok) {
          // (A missing reader was reported by its loader.)
          if (result.kind !== 'cancelled' && result.kind !== 'script') this._options.errors.report('dataset', result.message, result.issues, true);
          return;
        }
        this._use(result.json, src);
      } else {
        const json = await loadDefaultDataset();
        if (current()) this._use(json, 'default dataset');
      }
    } catch (error) {
      // Whatever failed outside the loader's own checks (a missing chunk, a refused setting) ends here, once.
      if (!current()) return;
      // The title says what is missing; the line under it, why (the browser's reason names the address it tried).
      const file = 'attack-timeline-default-dataset.js';
      const message = src ? `Could not load ${src}` : `The bundled story could not be loaded (${file})`;
      this._options.errors.report('dataset', message, [src ? thrownIssue('src', src, 'a reachable JSON dataset address', error) : thrownIssue(file, file, 'the file beside the script', error)], true);
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
   * drawn, not even for a moment, so until then the element shows nothing of its data (what it
   * showed may be above a limit just added), only that it is loading, and the input waits (the
   * host updates when the code arrives, and shows it then). Without the code, or with code that
   * throws, the data is not shown and the file is reported (by its loader, once); put back on the
   * page, the element tries the file again.
   */
  private _use(json: unknown, origin: string): void {
    const { strict, maxTlp } = this._options.settings();
    const prepared = maxTlp === null
      ? prepareDataset(json, origin, { strict, maxTlp })
      : this._tlp.get() && this._tlp.make((tlp) => prepareDataset(json, origin, { strict, maxTlp, tlp }));
    this._waiting = prepared ? null : { json, origin };
    if (prepared) this._show(prepared, json, origin);
    else if (this.indexed) this._hideShown();
  }

  /** Takes the data shown off the screen: it may be above a limit just set. */
  private _hideShown(): void {
    this.indexed = this.notice = null;
    this._host.requestUpdate();
  }

  private _show(prepared: PreparedDataset, json: unknown, origin: string): void {
    const { errors } = this._options;
    const { maxTlp } = this._options.settings();
    if (!prepared.ok) {
      // Keep whatever was on screen before (a failed reload must not blank the page), unless a
      // limit set in the same update may hide some of it: then show none of it.
      if (this._lastInput && maxTlp !== null && maxTlp !== this._lastInput.maxTlp) {
        this._lastInput = null;
        this._hideShown();
      }
      errors.report('dataset', prepared.problem.message, prepared.problem.issues);
      return;
    }
    this._lastInput = { json, origin, maxTlp };
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
    this._loading = false;
  }

  private _setLoading(loading: boolean): void {
    this._loading = loading;
    this._host.requestUpdate();
  }
}
