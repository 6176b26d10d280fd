import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Re-renders the host just before printing (and when print media starts or stops applying), so
 * the printed list of events matches the view the reader zoomed to: gestures move the chart
 * without re-rendering the shell.
 */
export class PrintController implements ReactiveController {
  private _list?: MediaQueryList;
  private _beforePrint = false;

  /**
   * Whether a printout is being made: the handout list is rendered only then, since it writes out
   * every visible event with its sources (100,000 of them would cost seconds on every load).
   */
  get printing(): boolean {
    return this._beforePrint || (this._list?.matches ?? false);
  }

  constructor(private readonly _host: ReactiveControllerHost) {
    _host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('beforeprint', this._onBeforePrint);
    window.addEventListener('afterprint', this._onAfterPrint);
    this._list = typeof matchMedia === 'function' ? matchMedia('print') : undefined;
    this._list?.addEventListener('change', this._refresh);
  }

  hostDisconnected(): void {
    window.removeEventListener('beforeprint', this._onBeforePrint);
    window.removeEventListener('afterprint', this._onAfterPrint);
    this._list?.removeEventListener('change', this._refresh);
  }

  private _onBeforePrint = (): void => {
    this._beforePrint = true;
    this._refresh();
  };

  private _onAfterPrint = (): void => {
    this._beforePrint = false;
    this._refresh();
  };

  private _refresh = (): void => {
    this._host.requestUpdate();
  };
}
