import { describe, expect, it } from 'vitest';
import { issuesWithinTlp, parseTlp, restrictToTlp } from '../../../src/formats/tlp.ts';
import { toDatasetJson } from '../../../src/formats/dataset-json.ts';
import { assertDataset, parseDataset } from '../../../src/model/parse-dataset.ts';
import { loadFixture } from '../helpers.ts';

function marked() {
  const json = loadFixture('small.json') as { events: Record<string, unknown>[]; sources: Record<string, unknown>[] };
  json.events[0]!.tlp = 'amber+strict';
  json.sources[0]!.tlp = 'red';
  return assertDataset(json);
}

describe('TLP', () => {
  it('reads labels as people write them', () => {
    expect(parseTlp('TLP:AMBER+STRICT')).toBe('amber+strict');
    expect(parseTlp(' white ')).toBe('clear');
    expect(parseTlp('gren')).toBeUndefined();
  });

  it('restrictToTlp removes events and sources above the limit and every citation of them', () => {
    const dataset = marked();
    const redSource = dataset.sources.find((s) => s.tlp === 'red')!.id;
    const strictEvent = dataset.events.find((e) => e.tlp === 'amber+strict')!.id;
    const amber = restrictToTlp(dataset, 'amber');
    expect(amber.sources.map((s) => s.id)).not.toContain(redSource);
    expect(amber.events.map((e) => e.id)).not.toContain(strictEvent);
    const cited = JSON.stringify(amber.events) + JSON.stringify(amber.actors) + JSON.stringify(amber.victims);
    expect(cited).not.toContain(`"${redSource}"`);
    expect(amber.events.every((e) => e.sources.length > 0 && !e.reveals.includes(strictEvent))).toBe(true);
    // What is left is a consistent dataset: it parses again without a single issue.
    expect(parseDataset(toDatasetJson(amber)).ok).toBe(true);
    expect(restrictToTlp(dataset, 'red')).toBe(dataset);
  });

  it('issuesWithinTlp drops issues about records the reader may not see', () => {
    const dataset = restrictToTlp(marked(), 'clear');
    const ids = new Map([['/events/0', 'not-visible'], ['/events/1', dataset.events[0]!.id]]);
    const issues = [{ path: '/events/0/date' }, { path: '/events/1/actors/0' }, { path: '/title' }];
    expect(issuesWithinTlp(issues, ids, dataset)).toEqual([{ path: '/events/1/actors/0' }, { path: '/title' }]);
  });
});
