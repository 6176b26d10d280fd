import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { prepareDataset } from '../../../src/shell/prepare-dataset.ts';
import * as tlp from '../../../src/formats/tlp.ts';

const small = JSON.parse(readFileSync(new URL('../../fixtures/small.json', import.meta.url), 'utf8'));

describe('prepareDataset', () => {
  it('gives a clean dataset with no notice and no problem', () => {
    const result = prepareDataset(small, 'data property', { strict: false, maxTlp: null });
    if (!result.ok) throw new Error(result.problem.message);
    expect(result.dataset.events.length).toBe(small.events.length);
    expect(result.notice).toBeNull();
    expect(result.tlpProblem).toBeNull();
  });

  it('draws what is usable with a notice, or refuses it all in strict mode', () => {
    const broken = structuredClone(small);
    broken.events[0].date = '2021-02-30';
    const lenient = prepareDataset(broken, 'data property', { strict: false, maxTlp: null });
    if (!lenient.ok) throw new Error('refused');
    expect(lenient.dataset.events.length).toBe(small.events.length - 1);
    expect(lenient.notice!.issues.map((issue) => issue.path)).toContain('/events/0/date');
    const strict = prepareDataset(broken, 'data property', { strict: true, maxTlp: null });
    expect(strict.ok).toBe(false);
    if (!strict.ok) {
      expect(strict.problem.message).toBe('The data property cannot be shown. The dataset has problems and strict mode is on.');
      expect(strict.problem.issues.map((issue) => issue.path)).toContain('/events/0/date');
    }
  });

  it('names the input in the message of a dataset that cannot be drawn', () => {
    const result = prepareDataset({ version: 1 }, 'https://example.org/x.json', { strict: false, maxTlp: null });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problem.message).toMatch(/^The https:\/\/example\.org\/x\.json cannot be shown\. /);
  });

  it('cuts to max-tlp, and an unknown marking shows only clear records with a problem naming max-tlp', () => {
    const marked = structuredClone(small);
    marked.events[0].tlp = 'red';
    const amber = prepareDataset(marked, 'data property', { strict: false, maxTlp: 'amber', tlp });
    if (!amber.ok) throw new Error('refused');
    expect(amber.dataset.events.map((event) => event.id)).not.toContain(small.events[0].id);
    expect(amber.tlpProblem).toBeNull();
    const unknown = prepareDataset(marked, 'data property', { strict: false, maxTlp: 'purple', tlp });
    if (!unknown.ok) throw new Error('refused');
    expect(unknown.dataset.events.map((event) => event.id)).not.toContain(small.events[0].id);
    expect(unknown.tlpProblem!.issues.map((issue) => [issue.path, issue.received])).toEqual([['max-tlp', '"purple"']]);
  });

  it('lets what the TLP code throws escape (its file is at fault, not the data), and still refuses data that throws while read', () => {
    const thrown = new Error('hostile call');
    const throwing = { ...tlp, restrictToTlp: () => { throw thrown; } };
    expect(() => prepareDataset(structuredClone(small), 'data property', { strict: false, maxTlp: 'green', tlp: throwing })).toThrow(thrown);
    const unreadable = new Proxy({}, { get: () => { throw new Error('trap'); } });
    const refused = prepareDataset(unreadable, 'data property', { strict: false, maxTlp: 'green', tlp: throwing });
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.problem.message).toBe('The data property cannot be shown: reading it failed (Error: trap).');
  });
});
