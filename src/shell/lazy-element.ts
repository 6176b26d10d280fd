import type { ReactiveControllerHost } from 'lit';

/** A frame's wait where frames do not come (a background tab), so code is not held back forever. */
const NO_FRAME_MS = 500;

/**
 * Elements defined on first use: the first `want()` fetches their code (in the embed, the chunk
 * `attack-timeline-<chunk>.js` beside the script), defines the tags and re-renders the host. Until
 * then the host renders the tags undefined; Lit keeps the properties set on them and applies them
 * when they upgrade. `pending` is the fetch running, for the host's `updateComplete` to wait on; a
 * failed fetch is reported once (with the chunk's file name) and `failed` stays true, so the host
 * shows something else.
 */
export class LazyElement {
  pending: Promise<void> | null = null;
  failed = false;

  constructor(
    private readonly _host: ReactiveControllerHost,
    private readonly _chunk: string,
    private readonly _tags: readonly string[],
    private readonly _load: () => Promise<Readonly<Record<string, CustomElementConstructor>>>,
    private readonly _onFail: (file: string) => void,
  ) {}

  /** Whether the tags are defined; starts fetching their code the first time they are not. */
  want(): boolean {
    if (this._tags.every((tag) => customElements.get(tag))) return true;
    if (this.pending || this.failed) return false;
    const load = this._load().then(
      (elements) => {
        for (const [tag, element] of Object.entries(elements)) if (!customElements.get(tag)) customElements.define(tag, element);
      },
      () => {
        this.failed = true;
        this._onFail(`attack-timeline-${this._chunk}.js`);
      },
    ).finally(() => {
      this.pending = null;
      this._host.requestUpdate();
    });
    this.pending = load;
    return false;
  }
}

/** Resolves in a task after the next frame is painted (code fetched then stays off the first frame). */
export function afterNextPaint(): Promise<void> {
  return new Promise((resolve) => {
    // Called inside a frame callback, a timeout runs after that frame has painted.
    requestAnimationFrame(() => setTimeout(resolve));
    setTimeout(resolve, NO_FRAME_MS);
  });
}
