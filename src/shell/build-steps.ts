import type { TimelineEvent } from '../model/types.ts';
import { createIssue, type DataIssue } from '../model/issues.ts';
import type { View } from '../derive/view.ts';
import { decodeStepView, eventSteps, pickStory } from '../story/step-view.ts';
import { readStoryElements, storyElements } from '../story/read-story-elements.ts';
import type { Steps } from '../story/presentation-controller.ts';
import type { Indexed } from './indexed-dataset.ts';

/**
 * The steps to present: from `<at-story>` children of `host` (the one with id `storyId`, else
 * the first), else the dataset's stories (likewise), else every event passing the filters
 * (`visible`), keeping the filters and grouping of `view`. A `storyId` that names none of the
 * stories there are comes back as an issue (path `story`), with the first story's steps.
 */
export function buildSteps(host: Element, storyId: string | null, indexed: Indexed, visible: readonly TimelineEvent[], view: View): { readonly steps: Steps; readonly issue: DataIssue | null } {
  const elementIds = storyElements(host).map((element) => element.id);
  const ids = elementIds.length > 0 ? elementIds : (indexed.dataset.stories ?? []).map((story) => story.id);
  const known = ids.filter((id) => id !== '').map((id) => JSON.stringify(id)).join(', ');
  const issue = storyId && !ids.includes(storyId)
    ? createIssue('story', storyId, known ? `one of the story ids ${known}` : 'no id: this timeline has no stories', `no story with id "${storyId}"; ${known ? `the stories are ${known}` : 'this timeline has no stories'}`)
    : null;
  const elements = readStoryElements(host, storyId);
  if (elements) return { steps: { title: elements.title, views: elements.steps.map((step) => decodeStepView(step, indexed.extent)) }, issue };
  const story = pickStory(indexed.dataset.stories, storyId);
  if (story) return { steps: { title: story.title, views: story.steps.map((step) => decodeStepView(step, indexed.extent)) }, issue };
  return { steps: { title: indexed.dataset.title, views: eventSteps(visible, view) }, issue };
}
