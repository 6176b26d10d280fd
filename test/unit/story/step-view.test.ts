import { describe, expect, it } from 'vitest';
import { decodeStepView, eventSteps, pickStory } from '../../../src/story/step-view.ts';
import { commandForKey } from '../../../src/story/presentation-controller.ts';
import { parseDatasetLenient, parseDataset } from '../../../src/model/parse-dataset.ts';
import { readFileSync } from 'node:fs';

const extent = [Date.UTC(2006, 0, 1), Date.UTC(2020, 0, 1)] as const;

describe('decodeStepView', () => {
  it('reads start and end like the attributes (the end of the interval for end)', () => {
    const view = decodeStepView({ caption: 'c', start: '2014', end: '2018' }, extent);
    expect(view.startMs).toBe(Date.UTC(2014, 0, 1));
    expect(view.endMs).toBe(Date.UTC(2019, 0, 1));
  });

  it('gives fixed defaults for what a step leaves out, never the current view', () => {
    expect(decodeStepView({ caption: 'c' }, extent)).toEqual({
      caption: 'c', startMs: extent[0], endMs: extent[1], actors: [], victims: [], selected: null, groupBy: 'actor',
    });
  });

  it('reads id lists from arrays (JSON) and comma-separated attributes alike', () => {
    const fromJson = decodeStepView({ caption: 'c', actors: ['apt10', 'apt10', 'gallium'] }, extent);
    const fromAttribute = decodeStepView({ caption: 'c', actors: ' apt10, gallium,,' }, extent);
    expect(fromJson.actors).toEqual(['apt10', 'gallium']);
    expect(fromAttribute.actors).toEqual(['apt10', 'gallium']);
  });

  it('falls back to the extent for an unreadable edge and orders a reversed window', () => {
    expect(decodeStepView({ caption: 'c', start: '2019-13', end: '2015' }, extent).startMs).toBe(extent[0]);
    const reversed = decodeStepView({ caption: 'c', start: '2018', end: '2015' }, extent);
    expect(reversed.startMs).toBeLessThan(reversed.endMs);
    expect(decodeStepView({ caption: 'c', groupBy: 'nonsense' }, extent).groupBy).toBe('actor');
    expect(decodeStepView({ caption: 'c', groupBy: 'kind' }, extent).groupBy).toBe('kind');
  });
});

describe('stories in the dataset', () => {
  const full = JSON.parse(readFileSync(new URL('../../../data/default-dataset.json', import.meta.url), 'utf8'));

  it('the default dataset ships a story from 2012 to 2021 whose steps all resolve', () => {
    const result = parseDataset(full);
    if (!result.ok) throw new Error(JSON.stringify(result.issues.slice(0, 3)));
    const story = pickStory(result.dataset.stories, null)!;
    expect(story.id).toBe('soft-cell-and-cloud-hopper');
    expect(story.steps.length).toBeGreaterThanOrEqual(8);
    const views = story.steps.map((step) => decodeStepView(step, extent));
    expect(Math.min(...views.map((view) => view.startMs))).toBe(Date.UTC(2012, 0, 1));
    expect(Math.max(...views.map((view) => view.endMs))).toBe(Date.UTC(2021, 6, 1));
    const ids = new Set(result.dataset.events.map((event) => event.id));
    for (const view of views) if (view.selected) expect(ids.has(view.selected)).toBe(true);
    // Each selected event lies inside its step's window.
    for (const view of views) {
      const event = result.dataset.events.find((e) => e.id === view.selected);
      if (event) expect(event.when.endMs > view.startMs && event.when.startMs < view.endMs).toBe(true);
    }
  });

  it('a broken story is left out with warnings; the data is kept', () => {
    const input = {
      ...full,
      stories: [
        { id: 'bad', title: 'Bad', steps: [{ caption: 'x', start: '2019-02-30' }] },
        { id: 'ok', title: 'OK', steps: [{ caption: 'y', actors: ['apt10', 'nobody'], selected: 'no-such-event' }] },
        { id: 'ok', title: 'Repeat', steps: [{ caption: 'z' }] },
      ],
    };
    const result = parseDatasetLenient(input);
    if (!result.ok) throw new Error('refused');
    expect(result.dataset.events.length).toBe(full.events.length);
    expect(result.dataset.stories!.map((story) => story.id)).toEqual(['ok']);
    expect(result.dataset.stories![0]!.steps[0]).toEqual({ caption: 'y', actors: ['apt10'] });
    expect(result.issues.every((issue) => issue.severity === 'warning')).toBe(true);
    expect(result.issues.map((issue) => issue.path)).toEqual(expect.arrayContaining(['/stories/0/steps/0/start', '/stories/1/steps/0/actors', '/stories/1/steps/0/selected', '/stories/2/id']));
    expect(parseDataset(input).ok).toBe(false);
  });

  it('a dataset without stories has no stories field', () => {
    const { stories: _ignored, ...rest } = full;
    const result = parseDataset(rest);
    expect(result.ok && result.dataset.stories).toBe(undefined);
  });
});

describe('eventSteps and keys', () => {
  it('makes one step per event, centred on it, at least 120 days wide', () => {
    const result = parseDataset(JSON.parse(readFileSync(new URL('../../fixtures/small.json', import.meta.url), 'utf8')));
    if (!result.ok) throw new Error('fixture');
    const steps = eventSteps(result.dataset.events, { actors: [], victims: [], groupBy: 'kind' });
    expect(steps.map((step) => step.selected)).toEqual(result.dataset.events.map((event) => event.id));
    for (const step of steps) {
      expect(step.endMs - step.startMs).toBeGreaterThanOrEqual(120 * 86_400_000);
      expect(step.groupBy).toBe('kind');
    }
  });

  it('keeps the subject filter the presentation started with, and adds none when there was none', () => {
    const result = parseDataset(JSON.parse(readFileSync(new URL('../../fixtures/small.json', import.meta.url), 'utf8')));
    if (!result.ok) throw new Error('fixture');
    const events = result.dataset.events.slice(0, 2);
    expect(eventSteps(events, { actors: [], victims: [], subjects: ['huawei'], groupBy: 'actor' }).map((step) => step.subjects)).toEqual([['huawei'], ['huawei']]);
    expect(eventSteps(events, { actors: [], victims: [], groupBy: 'actor' }).every((step) => !('subjects' in step))).toBe(true);
  });

  it('maps clicker keys to commands and leaves modified keys alone', () => {
    const key = (k: string, extra: Partial<KeyboardEvent> = {}) => commandForKey({ key: k, shiftKey: false, altKey: false, ctrlKey: false, metaKey: false, ...extra });
    expect(['ArrowRight', 'PageDown', ' ', 'ArrowDown'].map((k) => key(k))).toEqual(['next', 'next', 'next', 'next']);
    expect(['ArrowLeft', 'PageUp', 'ArrowUp'].map((k) => key(k))).toEqual(['previous', 'previous', 'previous']);
    expect(key(' ', { shiftKey: true })).toBe('previous');
    expect(key('Escape')).toBe('exit');
    expect(key('ArrowRight', { ctrlKey: true })).toBe(undefined);
    expect(key('a')).toBe(undefined);
  });
});
