import type { Story, StoryStep, TimelineEvent } from '../model/types.ts';
import type { GroupBy } from '../derive/lanes.ts';
import { DEFAULT_VIEW, parseView, type View } from '../derive/view.ts';

/** Exactly what one presentation step shows: a view with its window always given, and a caption. */
export interface StepView extends Pick<View, 'actors' | 'victims' | 'subjects' | 'selected' | 'groupBy'> {
  readonly caption: string;
  readonly startMs: number;
  readonly endMs: number;
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
 * Decodes a story step into the view it shows, with the view parser the element's attributes
 * and links use (`parseView`). Anything the step leaves out takes a fixed default (the whole
 * `extent`, no filter, nothing selected, rows by actor), never the reader's current view, so a
 * step always shows the same thing. A window edge that cannot be read falls back to the extent's
 * edge; a reversed window is put in order.
 */
export function decodeStepView(step: StoryStep | StepAttributes, extent: readonly [number, number]): StepView {
  const { view } = parseView(step);
  const startMs = view.startMs ?? extent[0];
  const endMs = view.endMs ?? extent[1];
  return {
    caption: step.caption,
    startMs: Math.min(startMs, endMs),
    endMs: Math.max(startMs, endMs),
    actors: view.actors ?? DEFAULT_VIEW.actors,
    victims: view.victims ?? DEFAULT_VIEW.victims,
    selected: view.selected ?? null,
    groupBy: view.groupBy ?? DEFAULT_VIEW.groupBy,
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
  base: { readonly actors: readonly string[]; readonly victims: readonly string[]; readonly subjects?: readonly string[]; readonly groupBy: GroupBy },
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
      ...(base.subjects ? { subjects: base.subjects } : {}),
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
