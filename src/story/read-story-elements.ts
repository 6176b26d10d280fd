import type { StepAttributes } from './step-view.ts';

/** A story written as child elements of `<attack-timeline>`. */
export interface StoryElements {
  readonly title: string;
  readonly steps: readonly StepAttributes[];
}

/**
 * Reads a story given as children: `<at-story title="…"><at-step start end actors victims
 * selected group-by>caption</at-step>…</at-story>`. Takes the `<at-story>` whose `id` is `id`,
 * else the first; the caption is the step's text (never its markup). Undefined when there is none
 * or it has no steps. The elements are never rendered: the shadow root has no slot.
 */
export function readStoryElements(host: Element, id?: string | null): StoryElements | undefined {
  const stories = storyElements(host);
  const story = (id ? stories.find((element) => element.id === id) : undefined) ?? stories[0];
  if (!story) return undefined;
  const steps = [...story.children]
    .filter((child) => child.localName === 'at-step')
    .map((step): StepAttributes => ({
      caption: (step.textContent ?? '').replace(/\s+/g, ' ').trim(),
      start: step.getAttribute('start'),
      end: step.getAttribute('end'),
      actors: step.getAttribute('actors'),
      victims: step.getAttribute('victims'),
      selected: step.getAttribute('selected'),
      groupBy: step.getAttribute('group-by'),
    }));
  return steps.length > 0 ? { title: story.getAttribute('title') ?? '', steps } : undefined;
}

/** The `<at-story>` children of `host`, in order. */
export function storyElements(host: Element): Element[] {
  return [...host.children].filter((child) => child.localName === 'at-story');
}
