import type { ReactiveControllerHost } from 'lit';
import { addEnglish, type Messages } from '../i18n/messages.ts';
import { exported, LazyChunk } from '../controllers/lazy-chunk.ts';
import type { ErrorController } from './error-controller.ts';

/** A frame's wait where frames do not come (a background tab), so code is not held back forever. */
const NO_FRAME_MS = 500;

/**
 * Elements defined on first use: the first `want()` fetches their code (in the embed, the chunk
 * `attack-timeline-<chunk>.js` beside the script, through `LazyChunk`), defines the tags (the
 * module's export `elements`, a record of tag to element class) and
 * re-renders the host. The module also brings the English words only its elements use (`ENGLISH`,
 * see src/i18n/messages.ts), added before they are defined. Until then the host renders the tags
 * undefined; Lit keeps the properties set on them and applies them when they upgrade. A failed
 * fetch is reported once and `failed` stays true, so the host shows something else.
 */
export class LazyElement<M extends { readonly ENGLISH: Partial<Messages> }> extends LazyChunk<M, true> {
  constructor(
    host: ReactiveControllerHost & { readonly isConnected: boolean },
    errors: Pick<ErrorController, 'report' | 'clear'>,
    chunk: string,
    private readonly _tags: readonly string[],
    load: () => Promise<M>,
    elements: keyof M & string,
  ) {
    super(host, {
      file: `attack-timeline-${chunk}.js`,
      load,
      errors,
      use: (module) => {
        const checked = exported(module, elements, 'ENGLISH');
        const defined = Object.entries(checked[elements] as Readonly<Record<string, CustomElementConstructor>>);
        addEnglish(checked.ENGLISH);
        for (const [tag, element] of defined) if (!customElements.get(tag)) customElements.define(tag, element);
        return true;
      },
    });
  }

  /** Whether the tags are defined; starts fetching their code the first time they are not. */
  want(): boolean {
    return this._tags.every((tag) => customElements.get(tag)) || this.get() === true;
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
