import type { ReactiveController, ReactiveElement } from 'lit';
import { noticeHeadline, type DataNoticeReport } from '../components/data-notice/data-notice.ts';
import { loadDefaultDataset } from './default-dataset.ts';
import { DEFAULT_MAX_BYTES, DEFAULT_TIMEOUT_MS, loadJson } from './load-dataset.ts';
import { indexDataset, type Indexed } from './indexed-dataset.ts';
import { prepareDataset } from './prepare-dataset.ts';
import { parseOriginList, parsePositiveNumber } from './reliability-options.ts';
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

/**
 * Where the data comes from: the `data` property, a `src` address (with the loader's limits) or
 * the bundled story, parsed and cut to `max-tlp`. Owns the load in flight: a newer input or the
 * element leaving the page cancels it. A failed load or parse keeps the last dataset on screen.
 */
export class DatasetController implements ReactiveController {
  /** The dataset on screen, with its lookups; null until one has loaded. */
  indexed: Indexed | null = null;
  /** What the dataset on screen lost (records or parts left out), for the notice. */
  notice: DataNoticeReport | null = null;
  loading = false;
  /** The last input shown, so a change of `max-tlp` can re-apply the limit to it. */
  private _lastInput: { readonly json: unknown; readonly origin: string } | null = null;
  private _abort?: AbortController;
  private _generation = 0;

  constructor(private readonly _host: ReactiveElement, private readonly _options: DatasetControllerOptions) {
    _host.addController(this);
  }

  /** `src`, `data` and `max-tlp` as last seen; null before the first update. */
  private _seen: Pick<DatasetSettings, 'src' | 'data' | 'maxTlp'> | null = null;

  /** Follows the host's `data`, `src` and `max-tlp` on each update. */
  hostUpdate(): void {
    const { src, data, maxTlp } = this._options.settings();
    const seen = this._seen;
    this._seen = { src, data, maxTlp };
    const changed = (key: 'src' | 'data' | 'maxTlp') => !seen || seen[key] !== this._seen![key];
    if (changed('maxTlp') && this._lastInput && !changed('data') && !changed('src')) this._use(this._lastInput.json, this._lastInput.origin);
    if (changed('data') && data !== undefined) {
      this._cancel();
      this._use(data, 'data property');
    } else if (changed('src') || (!this.indexed && !this.loading && this._options.errors.shown.length === 0 && data === undefined)) {
      void this.load();
    }
  }

  hostConnected(): void {
    if (this._host.hasUpdated && !this.indexed && !this.loading && this._options.settings().data === undefined) void this.load();
  }

  hostDisconnected(): void {
    // A load still running when the element leaves the page is abandoned, not drawn later.
    this._cancel();
  }

  /** Loads `src`, or the bundled story when there is none. */
  async load(): Promise<void> {
    this._cancel();
    const abort = new AbortController();
    this._abort = abort;
    const generation = this._generation;
    const settings = this._options.settings();
    this._setLoading(true);
    try {
      if (settings.src) {
        const result = await loadJson(settings.src, {
          signal: abort.signal,
          timeoutMs: (parsePositiveNumber(settings.timeout) ?? DEFAULT_TIMEOUT_MS / 1000) * 1000,
          maxBytes: parsePositiveNumber(settings.maxBytes) ?? DEFAULT_MAX_BYTES,
          allowedOrigins: parseOriginList(settings.srcOrigins),
        });
        if (generation !== this._generation) return;
        if (!result.ok) {
          if (result.kind !== 'cancelled') this._options.errors.report('dataset', result.message, result.issues, true);
          return;
        }
        this._use(result.json, settings.src);
      } else {
        const json = await loadDefaultDataset();
        if (generation !== this._generation) return;
        this._use(json, 'default dataset');
      }
    } finally {
      if (generation === this._generation) this._setLoading(false);
    }
  }

  private _use(json: unknown, origin: string): void {
    const { strict, maxTlp } = this._options.settings();
    const prepared = prepareDataset(json, origin, { strict, maxTlp });
    const { errors } = this._options;
    if (!prepared.ok) {
      // Keep whatever was on screen before: a failed reload must not blank the page.
      errors.report('dataset', prepared.problem.message, prepared.problem.issues);
      return;
    }
    this._lastInput = { json, origin };
    this.notice = prepared.notice;
    this.indexed = indexDataset(prepared.dataset);
    errors.clearAll();
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
