import type { TimelineEvent } from '../model/types.ts';
import type { TimeWindow } from '../derive/view-window.ts';
import { eventsInWindow } from '../story/step-window.ts';

/**
 * The events a presentation step draws (those in its window), kept while the events and the
 * window stay the same: a new array would make the chart lay out its rows again.
 */
export class StepEvents {
  private _key: { events: readonly TimelineEvent[]; window: TimeWindow | null } | null = null;
  private _value: readonly TimelineEvent[] = [];

  /** `events` itself when there is no step window. */
  get(events: readonly TimelineEvent[], window: TimeWindow | null): readonly TimelineEvent[] {
    if (!window) return events;
    if (this._key?.events !== events || this._key.window !== window) {
      this._key = { events, window };
      this._value = eventsInWindow(events, window);
    }
    return this._value;
  }
}

const NONE: ReadonlySet<string> = new Set();

/** The emphasised ids for a step's subject, one set per subject (none: the same empty set). */
export class Emphasis {
  private _id: string | null = null;
  private _value: ReadonlySet<string> = NONE;

  get(id: string | null): ReadonlySet<string> {
    if (id !== this._id) {
      this._id = id;
      this._value = id === null ? NONE : new Set([id]);
    }
    return this._value;
  }
}
