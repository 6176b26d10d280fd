import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { DataIssue } from '../model/issues.ts';
import { emit, type ErrorDetail } from '../events.ts';
import type { Problem } from './prepare-dataset.ts';

export type { Problem };

/**
 * What a problem is about, so a later report on the same thing replaces it and a fix clears it:
 * the dataset (loading and parsing), an attribute, a link, the locale's text, an export, or one
 * lazily loaded chunk of code (`chunk:attack-timeline-zoom.js`: each file its own, so two missing
 * files are two problems).
 */
export type ProblemKey = 'dataset' | 'window' | 'group-by' | 'timeout' | 'max-bytes' | 'max-tlp' | 'references' | 'link' | 'story' | 'locale' | 'export' | 'controls' | `chunk:${string}`;

/**
 * Error collection: every problem the element has now, one per thing it is about (see
 * `ProblemKey`), for the error box; and the `at-error` event for each one reported, fired once the
 * box is on screen (after the host's next update). A new report on the same thing replaces the
 * old one; `clear` removes it once that thing is fine again.
 */
export class ErrorController implements ReactiveController {
  private _problems = new Map<ProblemKey, Problem>();
  private _events: ErrorDetail[] = [];

  constructor(private readonly _host: ReactiveControllerHost & HTMLElement) {
    _host.addController(this);
  }

  /** The problems on screen, oldest first. */
  get shown(): readonly Problem[] {
    return [...this._problems.values()];
  }

  /** Shows `message` with its issues in the error box (after the other problems) and fires `at-error`. */
  report(key: ProblemKey, message: string, issues: readonly DataIssue[], retry = false): void {
    this._problems.delete(key);
    this._problems.set(key, { message, issues, retry });
    this.announce(message, issues);
  }

  /** Fires `at-error` for a problem shown elsewhere (the notice of records left out). */
  announce(message: string, issues: readonly DataIssue[]): void {
    this._events.push({ message, issues });
    this._host.requestUpdate();
  }

  /** Removes the problems about these things (they are fine now). */
  clear(...keys: ProblemKey[]): void {
    let changed = false;
    for (const key of keys) changed = this._problems.delete(key) || changed;
    if (changed) this._host.requestUpdate();
  }

  hostUpdated(): void {
    const events = this._events;
    this._events = [];
    for (const detail of events) emit(this._host, 'at-error', detail);
  }
}
