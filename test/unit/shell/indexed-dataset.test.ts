import { describe, expect, it } from 'vitest';
import { parseDataset } from '../../../src/model/parse-dataset.ts';
import { indexDataset } from '../../../src/shell/indexed-dataset.ts';
import { rawDataset } from '../helpers.ts';

describe('indexDataset', () => {
  it('offers the filter bar the subject records, then the victims some event names as a subject, worked out once when first read', () => {
    const raw = rawDataset([{ id: 'merger', date: '2017', subjects: ['o1', 'v2'] }]);
    const result = parseDataset({ ...raw, subjects: [{ id: 'o1', name: 'A Merger Party', type: 'organization', sector: 'IT' }] });
    if (!result.ok) throw new Error(JSON.stringify(result.issues));
    const indexed = indexDataset(result.dataset);
    const options = indexed.subjectOptions;
    expect(options.map((record) => record.id)).toEqual(['o1', 'v2']);
    expect(indexed.subjectOptions).toBe(options);
  });
});
