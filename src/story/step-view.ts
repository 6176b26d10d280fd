import type { Story, StoryStep, TimelineEvent } from '../model/types.ts';
import { isGroupBy, type GroupBy } from '../derive/lanes.ts';
import { parseIdList, parseWindowEnd, parseWindowStart } from '../derive/view-window.ts';

/** Exactly what one presentation step shows. */
export interface StepView {
  readonly caption: string;
  readonly startMs: number;
  readonly endMs: number;
  readonly actors: readonly string[];
  readonly victims: readonly string[];
  readonly selected: string | null;
  readonly groupBy: GroupBy;
}

/** A step written as attributes (an `<at-step>` element): the strings the element's attributes take. */
export interface StepAttributes {
  readonly caption: string;
  readonly start?: string | null;
  readonly end?: string | null;
  readonly actors?: string | null;
  readonly victims?: string | null;
  readonly selected?: string | null;
  readonly groupBy?: string | null;
}

/**
 * Decodes a story step into the view it shows, with the same parsers as the element's `start`,
 * `end`, `actors` and `victims` attributes. Anything the step leaves out takes a fixed default
 * (the whole `extent`, no filter, nothing selected, rows by actor), never the reader's current
 * view, so a step always shows the same thing. A window edge that cannot be read falls back to
 * the extent's edge; a reversed window is put in order.
 */
export function decodeStepView(step: StoryStep | StepAttributes, extent: readonly [number, number]): StepView {
  const startMs = parseWindowStart(step.start) ?? extent[0];
  const endMs = parseWindowEnd(step.end) ?? extent[1];
  const ids = (value: string | readonly string[] | null | undefined) => (typeof value === 'string' || value == null ? parseIdList(value) : [...new Set(value)]);
  return {
    caption: step.caption,
    startMs: Math.min(startMs, endMs),
    endMs: Math.max(startMs, endMs),
    actors: ids(step.actors),
    victims: ids(step.victims),
    selected: step.selected || null,
    groupBy: isGroupBy(step.groupBy) ? step.groupBy : 'actor',
  };
}

/** Smallest window an event step shows, so a one-day event is not drawn as a sliver. */
const EVENT_MIN_SPAN_MS = 120 * 86_400_000;

/**
 * Steps through events one by one, when there is no story: each step selects an event and shows
 * it in the middle of a window twice its length (at least 120 days), keeping the filter and
 * grouping the presentation started with. Empty input gives [].
 */
export function eventSteps(
  events: readonly TimelineEvent[],
  base: { readonly actors: readonly string[]; readonly victims: readonly string[]; readonly groupBy: GroupBy },
): StepView[] {
  return events.map((event) => {
    const { startMs, endMs } = event.when;
    const span = Math.max(2 * (endMs - startMs), EVENT_MIN_SPAN_MS);
    const centre = (startMs + endMs) / 2;
    return {
      caption: event.title,
      startMs: centre - span / 2,
      endMs: centre + span / 2,
      actors: base.actors,
      victims: base.victims,
      selected: event.id,
      groupBy: base.groupBy,
    };
  });
}

/** The story to present: the one with `id`, else the first; undefined when there is none. */
export function pickStory(stories: readonly Story[] | undefined, id: string | null | undefined): Story | undefined {
  if (!stories || stories.length === 0) return undefined;
  return (id ? stories.find((story) => story.id === id) : undefined) ?? stories[0];
}
