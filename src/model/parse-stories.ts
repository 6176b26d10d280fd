import { storySchema } from './dataset-schema.ts';
import { createWarning, type DataIssue } from './issues.ts';
import type { Story, StoryStep } from './types.ts';

/** The ids a story may refer to: those of the records kept. */
export interface StoryReferences {
  readonly actors: Pick<ReadonlySet<string>, 'has'>;
  readonly victims: Pick<ReadonlySet<string>, 'has'>;
  readonly events: Pick<ReadonlySet<string>, 'has'>;
}

/**
 * Checks the optional `stories` list of a dataset. Stories are an extra: a story with a problem
 * in its own fields (or a repeated id) is left out and an id that resolves to nothing is removed
 * from its step, each with a warning pushed to `issues`; the data itself is never refused for a
 * story. Returns undefined when the dataset has no `stories` field, [] when nothing is usable.
 */
export function parseStories(input: unknown, refs: StoryReferences, issues: DataIssue[]): Story[] | undefined {
  if (input === undefined) return undefined;
  if (!Array.isArray(input)) {
    issues.push(createWarning('/stories', input, 'a list of stories', 'stories must be a list; stories ignored'));
    return [];
  }
  const stories: Story[] = [];
  const seen = new Set<string>();
  input.slice(0, 100).forEach((item, index) => {
    const at = `/stories/${index}`;
    const local: DataIssue[] = [];
    const story = storySchema.parse(item, at, local);
    // Problems inside a story only ever cost that story, so they are reported as warnings.
    for (const issue of local) issues.push({ ...issue, severity: 'warning', message: `${issue.message} (story left out)` });
    if (!story || local.some((issue) => issue.severity !== 'warning')) return;
    if (seen.has(story.id)) {
      issues.push(createWarning(`${at}/id`, story.id, 'a story id not used before', `duplicate story id "${story.id}"; this one is left out`));
      return;
    }
    seen.add(story.id);
    stories.push({ id: story.id, title: story.title, steps: story.steps.map((step, i) => resolveStep(step, `${at}/steps/${i}`, refs, issues)) });
  });
  if (input.length > 100) issues.push(createWarning('/stories', `${input.length} items`, 'at most 100 stories', 'only the first 100 stories are kept'));
  return stories;
}

function resolveStep(step: StoryStep, at: string, refs: StoryReferences, issues: DataIssue[]): StoryStep {
  const keep = (ids: readonly string[] | undefined, known: Pick<ReadonlySet<string>, 'has'>, field: string, what: string) =>
    ids?.filter((id) => {
      if (known.has(id)) return true;
      issues.push(createWarning(`${at}/${field}`, id, `the id of a ${what} in this dataset`, `unknown ${what} id "${id}" in a story step; removed`));
      return false;
    });
  const actors = keep(step.actors, refs.actors, 'actors', 'actor');
  const victims = keep(step.victims, refs.victims, 'victims', 'victim');
  const selected = step.selected !== undefined ? keep([step.selected], refs.events, 'selected', 'event')?.[0] : undefined;
  return {
    caption: step.caption,
    ...(step.start !== undefined ? { start: step.start } : {}),
    ...(step.end !== undefined ? { end: step.end } : {}),
    ...(actors !== undefined ? { actors } : {}),
    ...(victims !== undefined ? { victims } : {}),
    ...(selected !== undefined ? { selected } : {}),
    ...(step.groupBy !== undefined ? { groupBy: step.groupBy } : {}),
  };
}
