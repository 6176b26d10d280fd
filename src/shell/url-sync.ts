import type { ReactiveController, ReactiveControllerHost } from 'lit';
// The code of `sync-url`, which the shell fetches the first time an element has that attribute
// (src/shell/url-sync-part.ts; in the embed it comes with the presentation code: see presentation.ts).
import type { DataIssue } from '../model/issues.ts';
import { decodeViewState, encodeViewState, keepKnownIds, mergeViewStateIntoHash, type ViewState } from '../derive/view-state.ts';
import type { Indexed } from './indexed-dataset.ts';
import type { ViewController } from './view-controller.ts';
import type { ErrorController } from './error-controller.ts';

/** The user events after which the URL is rewritten (they fire only on user action). */
const USER_EVENTS = ['at-select', 'at-filter-change', 'at-view-change', 'at-group-change', 'at-search'] as const;
const WRITE_DELAY_MS = 250;

export interface UrlSyncOptions {
  /** The key prefix (the `sync-url` value, "" for none), or null when syncing is off. */
  readonly prefix: () => string | null;
  /** The view to write now. */
  readonly read: () => ViewState;
  /** The dataset on screen, whose ids a link may name. */
  readonly indexed: () => Indexed | null;
  /** Where a link's view is shown. */
  readonly view: ViewController;
  /** Where a link's problems are reported. */
  readonly errors: ErrorController;
}

/**
 * Shows a view read from a link (ids the dataset lacks already left out): a window edge the link
 * leaves out is the extent's, and a selection without a window is brought into view. The link's
 * problems are reported (key `link`), or cleared when it has none.
 */
function showLink({ view, errors }: UrlSyncOptions, state: ViewState, problems: readonly DataIssue[]): void {
  const { startMs, endMs, actors, victims, subjects = [], groupBy, query, selected } = state;
  view.patch({ actors, victims, subjects, groupBy, query, selected });
  const extent = view.extent();
  if (startMs !== undefined || endMs !== undefined) view.moveTo({ startMs: startMs ?? extent.startMs, endMs: endMs ?? extent.endMs });
  else if (selected) view.reveal(selected);
  if (problems.length > 0) errors.report('link', 'The link to this view names things this timeline cannot show; they were left out', problems);
  else errors.clear('link');
}

/**
 * Keeps the view in the page's location hash, for `sync-url`: `restore()` applies the hash (the
 * shell calls it once data is on screen; a `hashchange` calls it too), and every user event
 * schedules a `history.replaceState` (never a new history entry). With the prefix off it never
 * reads or writes the URL.
 */
export class UrlSyncController implements ReactiveController {
  private _timer: ReturnType<typeof setTimeout> | undefined;
  /** Our part of the hash as last written or applied, so an unrelated hash change is ignored. */
  private _lastEncoded: string | null = null;

  constructor(private readonly _host: ReactiveControllerHost & HTMLElement, private readonly _options: UrlSyncOptions) {
    _host.addController(this);
  }

  hostConnected(): void {
    for (const name of USER_EVENTS) this._host.addEventListener(name, this._schedule);
    window.addEventListener('hashchange', this._onHashChange);
  }

  hostDisconnected(): void {
    for (const name of USER_EVENTS) this._host.removeEventListener(name, this._schedule);
    window.removeEventListener('hashchange', this._onHashChange);
    this._cancel();
  }

  /** Applies the view in the hash, if it holds one for this prefix; returns whether it did. */
  restore(): boolean {
    const prefix = this._options.prefix();
    if (prefix === null) return false;
    const { state, issues } = decodeViewState(window.location.hash, prefix);
    if (!state) return false;
    this._cancel();
    this._lastEncoded = encodeViewState(state, prefix);
    const indexed = this._options.indexed();
    if (indexed) {
      const known = keepKnownIds(state, indexed, prefix);
      showLink(this._options, known.state, [...issues, ...known.issues]);
    }
    return true;
  }

  /** Writes the current view now instead of after the delay (for tests and page unload). */
  flush(): void {
    if (this._timer === undefined) return;
    this._cancel();
    this._write();
  }

  private _schedule = (): void => {
    if (this._options.prefix() === null) return;
    this._cancel();
    this._timer = setTimeout(() => {
      this._timer = undefined;
      this._write();
    }, WRITE_DELAY_MS);
  };

  private _write(): void {
    const prefix = this._options.prefix();
    if (prefix === null) return;
    const state = this._options.read();
    this._lastEncoded = encodeViewState(state, prefix);
    const { location, history } = window;
    const hash = mergeViewStateIntoHash(location.hash, state, prefix);
    if (hash === location.hash) return;
    history.replaceState(history.state, '', hash === '' ? `${location.pathname}${location.search}` : hash);
  }

  private _onHashChange = (): void => {
    const prefix = this._options.prefix();
    if (prefix === null) return;
    const { state } = decodeViewState(window.location.hash, prefix);
    if (!state || encodeViewState(state, prefix) === this._lastEncoded) return;
    this.restore();
  };

  private _cancel(): void {
    if (this._timer !== undefined) clearTimeout(this._timer);
    this._timer = undefined;
  }
}
