import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Whether a media query matches (e.g. reduced motion), kept current while connected. */
export class MediaQueryController implements ReactiveController {
  matches = false;
  private readonly _host: ReactiveControllerHost;
  private readonly _query: string;
  private _list?: MediaQueryList;
  private readonly _onChange = (event: MediaQueryListEvent) => {
    this.matches = event.matches;
    this._host.requestUpdate();
  };

  constructor(host: ReactiveControllerHost, query: string) {
    this._host = host;
    this._query = query;
    host.addController(this);
  }

  hostConnected(): void {
    this._list = window.matchMedia(this._query);
    this.matches = this._list.matches;
    this._list.addEventListener('change', this._onChange);
  }

  hostDisconnected(): void {
    this._list?.removeEventListener('change', this._onChange);
  }
}
