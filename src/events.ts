/**
 * The DOM events of attack-timeline, typed once. All bubble, cross shadow roots and fire only on
 * user action (or, for `at-error`, when loading fails), never for programmatic changes.
 */
import type { DataIssue } from './model/issues.ts';

/** `at-select`: an event was selected (id) or the selection was cleared (null). */
export interface SelectDetail {
  readonly id: string | null;
}

/** `at-filter-change`: the active actor, victim and subject filters after the user's change. */
export interface FilterChangeDetail {
  readonly actors: readonly string[];
  readonly victims: readonly string[];
  /** Organisations named in events without acting or being targeted. */
  readonly subjects: readonly string[];
}

/** `at-view-change`: the visible window at the end of a zoom or pan gesture. */
export interface ViewChangeDetail {
  readonly startMs: number;
  readonly endMs: number;
}

/** `at-group-change`: the user picked another row grouping. */
export interface GroupChangeDetail {
  readonly groupBy: string;
}

/** `at-search`: the user changed the search text ("" clears the search). */
export interface SearchDetail {
  readonly query: string;
}

/** `at-search-next`: the user asked for the next (1, Enter) or previous (-1, Shift+Enter) match. */
export interface SearchNextDetail {
  readonly direction: 1 | -1;
}

/** `at-error`: the dataset or an attribute could not be used; `issues` name each problem. */
export interface ErrorDetail {
  readonly message: string;
  readonly issues: readonly DataIssue[];
}

export interface AttackTimelineEventMap {
  'at-select': CustomEvent<SelectDetail>;
  'at-filter-change': CustomEvent<FilterChangeDetail>;
  'at-view-change': CustomEvent<ViewChangeDetail>;
  'at-group-change': CustomEvent<GroupChangeDetail>;
  'at-error': CustomEvent<ErrorDetail>;
  'at-close': CustomEvent<null>;
  'at-search': CustomEvent<SearchDetail>;
  'at-search-next': CustomEvent<SearchNextDetail>;
}

declare global {
  interface HTMLElementEventMap extends AttackTimelineEventMap {}
}

/** Dispatches a typed, bubbling, composed event from `target`. */
export function emit<K extends keyof AttackTimelineEventMap>(
  target: EventTarget,
  name: K,
  detail: AttackTimelineEventMap[K]['detail'],
): void {
  target.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, composed: true }));
}
