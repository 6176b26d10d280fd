import type { ReactiveController, ReactiveControllerHost } from 'lit';

const QUERIES = ['(prefers-color-scheme: dark)', '(prefers-contrast: more)'] as const;

/**
 * Calls `onChange` after an update in which the colours or the chart's text size may have changed:
 * the host's `theme` or `mode` attribute, its stylesheets, or the reader's colour-scheme or
 * contrast preference. The canvas reads its
 * colours from CSS once, so it needs telling (see `AtChart.refreshTheme`).
 */
export class ThemeController implements ReactiveController {
  private _key: string | null = null;
  private _lists: MediaQueryList[] = [];

  constructor(
    private readonly _host: ReactiveControllerHost & HTMLElement,
    private readonly _onChange: () => void,
  ) {
    _host.addController(this);
  }

  hostConnected(): void {
    this._lists = typeof matchMedia === 'function' ? QUERIES.map((query) => matchMedia(query)) : [];
    for (const list of this._lists) list.addEventListener('change', this._onMediaChange);
  }

  hostDisconnected(): void {
    for (const list of this._lists) list.removeEventListener('change', this._onMediaChange);
    this._lists = [];
  }

  hostUpdated(): void {
    // The stylesheets count too: presentation's arrive with its chunk, after `mode` has changed.
    const sheets = this._host.shadowRoot?.adoptedStyleSheets.length ?? 0;
    const key = [this._host.getAttribute('theme'), this._host.getAttribute('mode'), sheets, ...this._lists.map((list) => list.matches)].join('|');
    if (this._key !== null && key !== this._key) this._onChange();
    this._key = key;
  }

  private _onMediaChange = (): void => {
    this._host.requestUpdate();
  };
}
