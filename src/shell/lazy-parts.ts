import type { ReactiveControllerHost } from 'lit';
import { createIssue } from '../model/issues.ts';
import { afterNextPaint, LazyElement } from './lazy-element.ts';
import { CONTROL_TAGS } from './control-tags.ts';
import type { ErrorController } from './error-controller.ts';

/**
 * Reports a chunk of the timeline's code that could not be fetched, naming its file, under a key
 * of its own (`chunk:<file>`), so a second missing file is a second problem, not a replacement.
 */
export function reportMissingChunk(errors: ErrorController, file: string): void {
  errors.report(`chunk:${file}`, `Part of the timeline could not be loaded (${file})`, [createIssue('script', file, 'the file beside the script')]);
}

/**
 * The inner elements whose code the shell fetches after the first frame (in the embed, chunks
 * beside the script): the secondary controls right after the first paint, the cards of narrow
 * screens the first time they are shown, and the selected event's details the first time an
 * event is selected. `pending` is any of those fetches running, for the host's `updateComplete`.
 */
export class LazyParts {
  /** The cards of narrow screens. */
  readonly cards: LazyElement;
  /** The selected event's details. */
  readonly detail: LazyElement;
  /** The secondary controls (src/shell/control-tags.ts). */
  readonly controls: LazyElement;

  constructor(host: ReactiveControllerHost, errors: ErrorController) {
    const failed = (file: string) => reportMissingChunk(errors, file);
    this.cards = new LazyElement(host, 'event-cards', ['at-event-cards'], () => import('../components/event-cards/event-cards.ts').then((module) => ({ 'at-event-cards': module.AtEventCards })), failed);
    this.detail = new LazyElement(host, 'event-detail', ['at-event-detail'], () => import('../components/event-detail/event-detail.ts').then((module) => ({ 'at-event-detail': module.AtEventDetail })), failed);
    this.controls = new LazyElement(host, 'controls', CONTROL_TAGS, () => afterNextPaint().then(() => import('./controls.ts')).then((module) => module.CONTROL_ELEMENTS), failed);
  }

  get pending(): Promise<void> | null {
    return this.cards.pending ?? this.detail.pending ?? this.controls.pending;
  }
}
