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

/**
 * small.json marked the way a STIX import marks it: a red actor (PwC), an amber victim (Airbus),
 * parts of records marked above them (APT10's link to the Cloud Hopper activity, one of its
 * techniques, its software and country, Visma's link to the intrusion, a citation), and a story
 * whose step filters on the red actor and selects an event only red readers see.
 */
function markedParts() {
  const json = loadFixture('small.json') as { actors: Record<string, unknown>[]; victims: Record<string, unknown>[]; events: Record<string, unknown>[]; stories?: unknown };
  const [apt10, , pwc] = json.actors;
  Object.assign(apt10!, {
    techniques: ['T1199', 'T1566'], software: ['PlugX', 'QuasarRAT'],
    granularTlp: [{ field: 'techniques', value: 'T1566', tlp: 'red' }, { field: 'country', value: 'CN', tlp: 'amber' }, { field: 'software', value: 'QuasarRAT', tlp: 'red' }, { field: 'software', value: 'PlugX', tlp: 'green' }],
  });
  Object.assign(pwc!, { tlp: 'red' });
  Object.assign(json.victims[2]!, { tlp: 'amber' });
  const event = (id: string) => json.events.find((e) => e.id === id)!;
  Object.assign(event('e-cloudhopper'), { granularTlp: [{ field: 'actors', value: 'apt10', tlp: 'red' }, { field: 'techniques', value: 'T1199', tlp: 'amber' }] });
  Object.assign(event('e-visma-intrusion'), { granularTlp: [{ field: 'victims', value: 'visma', tlp: 'red' }] });
  Object.assign(event('e-policy'), { tlp: 'red' });
  Object.assign(event('e-airbus'), { granularTlp: [{ field: 'sources', value: 'src-reuters-2019', tlp: 'red' }] });
  json.stories = [{ id: 'tour', title: 'Tour', steps: [{ caption: 'One', actors: ['pwc', 'apt10'], victims: ['airbus'], selected: 'e-policy' }, { caption: 'Two', selected: 'e-reuters' }] }];
  // Two subjects of the Reuters report: one marked amber, and a victim named as a subject through a red link.
  Object.assign(json, { subjects: [{ id: 'example-client', name: 'Example client', type: 'organization', sector: 'not stated', tlp: 'amber' }] });
  Object.assign(event('e-reuters'), { subjects: ['example-client', 'msps'], granularTlp: [{ field: 'subjects', value: 'msps', tlp: 'red' }] });
  return assertDataset(json);
}

describe('TLP on actors, victims and parts of records', () => {
  it('removes actors and victims above the limit, with every reference to them', () => {
    const green = restrictToTlp(markedParts(), 'green');
    expect(green.actors.map((a) => a.id)).toEqual(['apt10', 'doj']);
    expect(green.victims.map((v) => v.id)).toEqual(['visma', 'msps']);
    const report = green.events.find((e) => e.id === 'e-report-pwc')!;
    expect(report.actors).toEqual(['apt10']);
    // PwC attributed the activity to APT10: with PwC gone, so is its attribution.
    expect(report.attributions).toEqual([]);
    expect(green.events.find((e) => e.id === 'e-indictment')!.attributions.map((a) => a.by)).toEqual(['doj']);
    expect(green.events.some((e) => e.id === 'e-airbus')).toBe(false);
    expect(green.subjects).toEqual([]);
    expect(green.events.find((e) => e.id === 'e-reuters')!.subjects).toEqual([]);
    expect(restrictToTlp(markedParts(), 'red').events.find((e) => e.id === 'e-reuters')!.subjects).toEqual(['example-client', 'msps']);
    // No record left names what was removed: not its id, not its name. (Sources are records of
    // their own, with their own marking: the PwC report's publisher stays.)
    const text = JSON.stringify({ actors: green.actors, victims: green.victims, subjects: green.subjects, events: green.events, stories: green.stories });
    for (const removed of ['"pwc"', 'PwC UK', '"airbus"', 'Airbus', '"e-policy"', 'QuasarRAT', 'T1566', '"CN"', 'example-client']) expect(text).not.toContain(removed);
    expect(parseDataset(toDatasetJson(green)).ok).toBe(true);
  });

  it('keeps a record but drops each part marked above the limit: links, techniques, software, country, citations', () => {
    const amber = restrictToTlp(markedParts(), 'amber');
    const cloudHopper = amber.events.find((e) => e.id === 'e-cloudhopper')!;
    expect(cloudHopper.actors).toEqual([]);
    expect(cloudHopper.techniques).toEqual(['T1199', 'T1003.001']);
    expect(amber.events.find((e) => e.id === 'e-visma-intrusion')!.victims).toEqual([]);
    const apt10 = amber.actors.find((a) => a.id === 'apt10')!;
    expect(apt10).toMatchObject({ techniques: ['T1199'], software: ['PlugX'], country: 'CN' });
    // The airbus detection's only citation is marked red: without it the event cannot be shown.
    expect(amber.events.some((e) => e.id === 'e-airbus')).toBe(false);
    // Parts still visible keep their marking (a green reader must still lose them); hidden ones leave no trace.
    expect(apt10.granularTlp).toEqual([{ field: 'country', value: 'CN', tlp: 'amber' }, { field: 'software', value: 'PlugX', tlp: 'green' }]);
    expect(cloudHopper.granularTlp).toEqual([{ field: 'techniques', value: 'T1199', tlp: 'amber' }]);
    const green = restrictToTlp(amber, 'green');
    expect(green.actors.find((a) => a.id === 'apt10')).not.toHaveProperty('country');
    expect(green.events.find((e) => e.id === 'e-cloudhopper')!.techniques).toEqual(['T1003.001']);
  });

  it('story steps lose filters and selections that point at removed records', () => {
    const [story] = restrictToTlp(markedParts(), 'green').stories!;
    expect(story!.steps[0]).toEqual({ caption: 'One', actors: ['apt10'], victims: [] });
    expect(story!.steps[1]).toEqual({ caption: 'Two', selected: 'e-reuters' });
  });

  it('returns the same dataset when nothing is above the limit, parts included', () => {
    const dataset = markedParts();
    expect(restrictToTlp(dataset, 'red')).toBe(dataset);
    expect(restrictToTlp(dataset, 'amber')).not.toBe(dataset);
  });

  it('issuesWithinTlp also drops issues about removed actors and victims', () => {
    const dataset = restrictToTlp(markedParts(), 'green');
    const ids = new Map([['/actors/2', 'pwc'], ['/victims/0', 'visma']]);
    expect(issuesWithinTlp([{ path: '/actors/2/name' }, { path: '/victims/0/sector' }], ids, dataset)).toEqual([{ path: '/victims/0/sector' }]);
  });
});
