import { describe, expect, it } from 'vitest';
import { parseDatasetLenient as parseDataset } from '../../../src/model/parse-dataset.ts';
import { rawDataset } from '../helpers.ts';

const withOpening = (opening: unknown, callout?: unknown) => {
  const raw = rawDataset([{ id: 'a', date: '2017-03-01' }, { id: 'b', date: '2019-06-01' }]);
  if (callout !== undefined) (raw.events as Record<string, unknown>[])[0]!.callout = callout;
  return parseDataset(opening === undefined ? raw : { ...raw, opening });
};

describe('a dataset’s opening window and callouts', () => {
  it('keeps an opening window and an event’s callout as written', () => {
    const result = withOpening({ start: '2016-07', end: '2019' }, 'The first of the reports.');
    if (!result.ok) throw new Error(result.message);
    expect(result.dataset.opening).toEqual({ start: '2016-07', end: '2019' });
    expect(result.dataset.events.find((event) => event.id === 'a')!.callout).toBe('The first of the reports.');
    expect(result.issues).toEqual([]);
  });

  it('refuses an opening date it cannot read, naming the field and the value', () => {
    const result = withOpening({ start: '2016-13', end: '2019' });
    expect(result.ok).toBe(false);
    expect(result.issues).toContainEqual(expect.objectContaining({ path: '/opening/start', received: '"2016-13"' }));
  });

  it('warns about a window that runs backwards and opens on the whole extent', () => {
    const result = withOpening({ start: '2019', end: '2016' });
    if (!result.ok) throw new Error(result.message);
    expect(result.dataset.opening).toBeUndefined();
    expect(result.issues).toContainEqual(expect.objectContaining({ path: '/opening', received: '"2019 – 2016"', severity: 'warning' }));
  });

  it('refuses a callout that is empty or too long, naming the event’s field', () => {
    const empty = withOpening(undefined, '');
    expect(empty.issues.some((issue) => issue.path === '/events/0/callout')).toBe(true);
    const long = withOpening(undefined, 'x'.repeat(141));
    expect(long.issues.some((issue) => issue.path === '/events/0/callout')).toBe(true);
  });
});
