import type { ReactiveController, ReactiveElement } from 'lit';
import type { UrlSyncController, UrlSyncOptions } from './url-sync.ts';
import { presentationChunk } from './presentation-part.ts';

/**
 * `sync-url`, whose code (src/shell/url-sync.ts: the view read from and written to the hash) is
 * fetched at the first update an element has the attribute, beside its data, in the presentation
 * code's chunk (see src/shell/presentation.ts for why). Until it is there the element shows its
 * loading line instead of the timeline (`loading`), so it never draws a view that the link then
 * replaces, and no reader's change is made before it can be written; data shown meanwhile is
 * restored from the hash when it arrives. `pending` is the fetch, for the host's `updateComplete`.
 * If the file is missing, the element works without the URL and says so.
 */
export class UrlSyncPart implements ReactiveController {
  /** Data was shown before the code arrived. */
  private _restore = false;
  /** The presentation file's loader, shared with PresentationPart. */
  private readonly _code: ReturnType<typeof presentationChunk>;
  private _sync: UrlSyncController | undefined;

  constructor(private readonly _host: ReactiveElement & HTMLElement, private readonly _options: UrlSyncOptions) {
    _host.addController(this);
    this._code = presentationChunk(_host, _options.errors);
  }

  hostUpdate(): void {
    if (this._options.prefix() === null || !this._host.isConnected || this._sync) return;
    this._code.get();
    // Added to a host on the page, it starts listening at once.
    this._sync = this._code.make((code) => new code.UrlSyncController(this._host, this._options));
    if (this._restore) this._sync?.restore();
  }

  /** The fetch of the code, for the host's `updateComplete`. */
  get pending(): Promise<void> | null {
    return this._code.pending;
  }

  /** The code is on its way: the host waits with its timeline. */
  get loading(): boolean {
    return this._code.pending !== null && this._options.prefix() !== null;
  }

  /** Applies the view in the hash (see `UrlSyncController.restore`), once the code is here. */
  restore(): void {
    if (this._sync) this._sync.restore();
    else this._restore = true;
  }
}
