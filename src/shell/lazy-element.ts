import type { ReactiveControllerHost } from 'lit';

/**
 * An element defined on first use: the first `want()` fetches its code (in the embed, a chunk
 * beside the script), defines the tag and re-renders the host. Until then the host renders the
 * tag undefined; Lit keeps the properties set on it and applies them when it upgrades. `pending`
 * is the fetch running, for the host's `updateComplete` to wait on; a failed fetch is reported
 * once (with the chunk's name) and `failed` stays true, so the host shows something else.
 */
export class LazyElement {
  pending: Promise<void> | null = null;
  failed = false;

  constructor(
    private readonly _host: ReactiveControllerHost,
    private readonly _tag: string,
    private readonly _load: () => Promise<CustomElementConstructor>,
    private readonly _onFail: (file: string) => void,
  ) {}

  /** Whether the tag is defined; starts fetching its code the first time it is not. */
  want(): boolean {
    if (customElements.get(this._tag)) return true;
    if (this.pending || this.failed) return false;
    const load = this._load().then(
      (element) => {
        if (!customElements.get(this._tag)) customElements.define(this._tag, element);
      },
      () => {
        this.failed = true;
        this._onFail(`attack-timeline-${this._tag.slice('at-'.length)}.js`);
      },
    ).finally(() => {
      this.pending = null;
      this._host.requestUpdate();
    });
    this.pending = load;
    return false;
  }
}
