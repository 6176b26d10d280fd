import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Re-renders the host just before printing (and when print media starts or stops applying), so
 * the printed list of events matches the view the reader zoomed to: gestures move the chart
 * without re-rendering the shell.
 */
export class PrintController implements ReactiveController {
  private _list?: MediaQueryList;

  constructor(private readonly _host: ReactiveControllerHost) {
    _host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('beforeprint', this._refresh);
    this._list = typeof matchMedia === 'function' ? matchMedia('print') : undefined;
    this._list?.addEventListener('change', this._refresh);
  }

  hostDisconnected(): void {
    window.removeEventListener('beforeprint', this._refresh);
    this._list?.removeEventListener('change', this._refresh);
  }

  private _refresh = (): void => {
    this._host.requestUpdate();
  };
}
