import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Whether a clamped element the host renders (a description cut to two lines) holds more than it
 * shows, measured after each update of the host while it is clamped (a host that re-renders on
 * resize, as the shell does, re-measures then); kept while it is unfolded, where nothing is
 * hidden to measure. `requestUpdate()` when the answer changes.
 */
export class OverflowController implements ReactiveController {
  overflows = false;

  constructor(
    private readonly _host: ReactiveControllerHost,
    /** The element while it is rendered and clamped; null otherwise. */
    private readonly _clamped: () => HTMLElement | null,
  ) {
    _host.addController(this);
  }

  hostUpdated(): void {
    const element = this._clamped();
    if (!element) return;
    const overflows = element.scrollHeight > element.clientHeight + 1;
    if (overflows === this.overflows) return;
    this.overflows = overflows;
    this._host.requestUpdate();
  }
}
