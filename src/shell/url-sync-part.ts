import type { ReactiveController, ReactiveElement } from 'lit';
import type { UrlSyncController, UrlSyncOptions } from './url-sync.ts';
import { reportMissingChunk } from './lazy-parts.ts';

/** The chunk the code comes in: the presentation code's (see src/shell/presentation.ts for why). */
const FILE = 'attack-timeline-presentation.js';

/**
 * `sync-url`, whose code (src/shell/url-sync.ts: the view read from and written to the hash) is
 * fetched at the first update an element has the attribute, beside its data. Until it is there the
 * element shows its loading line instead of the timeline (`loading`), so it never draws a view
 * that the link then replaces, and no reader's change is made before it can be written; data shown
 * meanwhile is restored from the hash when it arrives. `pending` is the fetch, for the host's
 * `updateComplete`. If the file is missing, the element works without the URL and says so.
 */
export class UrlSyncPart implements ReactiveController {
  pending: Promise<void> | null = null;
  private _sync: UrlSyncController | null = null;
  private _failed = false;
  /** Data was shown before the code arrived. */
  private _restore = false;

  constructor(private readonly _host: ReactiveElement & HTMLElement, private readonly _options: UrlSyncOptions) {
    _host.addController(this);
  }

  hostUpdate(): void {
    if (this._sync || this._failed || this.pending || this._options.prefix() === null || !this._host.isConnected) return;
    const load = import('./presentation.ts').then(
      (module) => {
        // Added to a host on the page, it starts listening at once.
        this._sync = new module.UrlSyncController(this._host, this._options);
        if (this._restore) this._sync.restore();
      },
      () => {
        this._failed = true;
        reportMissingChunk(this._options.errors, FILE);
      },
    ).finally(() => {
      this.pending = null;
      this._host.requestUpdate();
    });
    this.pending = load;
  }

  /** The code is on its way: the host waits with its timeline. */
  get loading(): boolean {
    return this.pending !== null;
  }

  /** Applies the view in the hash (see `UrlSyncController.restore`), once the code is here. */
  restore(): void {
    if (this._sync) this._sync.restore();
    else this._restore = true;
  }
}
