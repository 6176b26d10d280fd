import type { TimelineEvent } from '../model/types.ts';
import type { View } from '../derive/view.ts';
import { decodeStepView, eventSteps, pickStory } from '../story/step-view.ts';
import { readStoryElements } from '../story/read-story-elements.ts';
import type { Steps } from '../story/presentation-controller.ts';
import type { Indexed } from './indexed-dataset.ts';

/**
 * The steps to present: from `<at-story>` children of `host` (the one with id `storyId`, else
 * the first), else the dataset's stories (likewise), else every event passing the filters
 * (`visible`), keeping the filters and grouping of `view`.
 */
export function buildSteps(host: Element, storyId: string | null, indexed: Indexed, visible: readonly TimelineEvent[], view: View): Steps {
  const elements = readStoryElements(host, storyId);
  if (elements) return { title: elements.title, views: elements.steps.map((step) => decodeStepView(step, indexed.extent)) };
  const story = pickStory(indexed.dataset.stories, storyId);
  if (story) return { title: story.title, views: story.steps.map((step) => decodeStepView(step, indexed.extent)) };
  return { title: indexed.dataset.title, views: eventSteps(visible, view) };
}
