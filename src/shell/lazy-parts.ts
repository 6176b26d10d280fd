import type { ReactiveControllerHost } from 'lit';
import { exported, LazyChunk } from '../controllers/lazy-chunk.ts';
import { afterNextPaint, LazyElement } from './lazy-element.ts';
import type { SearchCode } from './search-results.ts';
import { CONTROL_TAGS } from './control-tags.ts';
import type { ErrorController } from './error-controller.ts';

/**
 * The inner elements whose code the shell fetches after the first frame (in the embed, chunks
 * beside the script): the secondary controls right after the first paint, the cards of narrow
 * screens the first time they are shown, and the selected event's details the first time an
 * event is selected; and the search code (see src/shell/lazy-search.ts). `pending` is any of those
 * fetches running, for the host's `updateComplete`.
 */
export class LazyParts {
  /** The cards of narrow screens. */
  readonly cards: LazyElement<typeof import('./lazy-event-cards.ts')>;
  /** The selected event's details. */
  readonly detail: LazyElement<typeof import('./lazy-event-detail.ts')>;
  /** The secondary controls (src/shell/control-tags.ts). */
  readonly controls: LazyElement<typeof import('./controls.ts')>;
  /** The search functions. */
  readonly search: LazyChunk<typeof import('./lazy-search.ts'), SearchCode>;

  constructor(host: ReactiveControllerHost & { readonly isConnected: boolean }, errors: ErrorController) {
    this.cards = new LazyElement(host, errors, 'event-cards', ['at-event-cards'], () => import('./lazy-event-cards.ts'), 'ELEMENTS');
    this.detail = new LazyElement(host, errors, 'event-detail', ['at-event-detail'], () => import('./lazy-event-detail.ts'), 'ELEMENTS');
    this.controls = new LazyElement(host, errors, 'controls', CONTROL_TAGS, () => afterNextPaint().then(() => import('./controls.ts')), 'CONTROL_ELEMENTS');
    this.search = new LazyChunk(host, {
      file: 'attack-timeline-search.js',
      load: () => import('./lazy-search.ts'),
      use: (module) => exported(module, 'createSearchIndex', 'searchEvents', 'stepMatch'),
      errors,
    });
  }

  get pending(): Promise<void> | null {
    return this.cards.pending ?? this.detail.pending ?? this.controls.pending ?? this.search.pending;
  }
}
