import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Calls `onLoad` when fonts have finished loading on the page (the document's FontFaceSet reports
 * `loadingdone`). A page's web fonts often arrive after a reader's first frame, so text a host
 * measured in a fallback font may need measuring again.
 */
export class FontLoadController implements ReactiveController {
  constructor(host: ReactiveControllerHost, private readonly _onLoad: () => void) {
    host.addController(this);
  }

  hostConnected(): void {
    document.fonts?.addEventListener('loadingdone', this._onLoad);
  }

  hostDisconnected(): void {
    document.fonts?.removeEventListener('loadingdone', this._onLoad);
  }
}
