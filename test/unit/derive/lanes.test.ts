import { describe, it, expect } from 'vitest';
import { assignLanes, groupKeyOf, isGroupBy, kindLabel, NO_GROUP_KEY, type GroupBy, type LaneOptions } from '../../../src/derive/lanes.ts';
import type { TimelineEvent } from '../../../src/model/types.ts';
import { actorMap, DAY_MS, makeDataset, victimMap, type EventSpec } from '../helpers.ts';

function setup(specs: readonly EventSpec[], groupBy: GroupBy = 'actor', minGapMs = 0) {
  const dataset = makeDataset(specs);
  const options: LaneOptions = { groupBy, actors: actorMap(dataset), victims: victimMap(dataset), minGapMs };
  const byId = (id: string): TimelineEvent => dataset.events.find((event) => event.id === id)!;
  return { dataset, options, byId, layout: assignLanes(dataset.events, options) };
}

describe('groupKeyOf', () => {
  const { byId, options } = setup([
    { id: 'threat-second', date: '2016', actors: ['gov', 'g2', 'g1'], victims: ['v2', 'v1'], kind: 'legal-action' },
    { id: 'attributed', date: '2016', actors: ['gov'], attributedTo: ['g1'] },
    { id: 'listed-beats-attributed', date: '2016', actors: ['g2'], attributedTo: ['g1'] },
    { id: 'no-threat', date: '2016', actors: ['vendor', 'gov'] },
    { id: 'nobody', date: '2016' },
  ]);

  it('by actor: picks the first threat group, even when listed after others', () => {
    expect(groupKeyOf(byId('threat-second'), 'actor', options.actors)).toBe('g2');
  });

  it('by actor: falls back to a threat group the event is attributed to', () => {
    expect(groupKeyOf(byId('attributed'), 'actor', options.actors)).toBe('g1');
    expect(groupKeyOf(byId('listed-beats-attributed'), 'actor', options.actors)).toBe('g2');
  });

  it('by actor: without a threat group, falls back to the type of the first actor, then to no group', () => {
    expect(groupKeyOf(byId('no-threat'), 'actor', options.actors)).toBe('type:security-vendor');
    expect(groupKeyOf(byId('nobody'), 'actor', options.actors)).toBe(NO_GROUP_KEY);
    expect(NO_GROUP_KEY).toBe('');
  });

  it('by actor: an actor missing from the map gives no group', () => {
    expect(groupKeyOf(byId('no-threat'), 'actor', new Map())).toBe(NO_GROUP_KEY);
  });

  it('by victim: the first victim, or no group', () => {
    expect(groupKeyOf(byId('threat-second'), 'victim', options.actors)).toBe('v2');
    expect(groupKeyOf(byId('nobody'), 'victim', options.actors)).toBe('');
  });

  it('by kind: the kind', () => {
    expect(groupKeyOf(byId('threat-second'), 'kind', options.actors)).toBe('legal-action');
    expect(groupKeyOf(byId('nobody'), 'kind', options.actors)).toBe('activity');
  });
});

describe('assignLanes', () => {
  it('keys each event by its own actors and attributions when many name the same single actor', () => {
    // The key of a single-actor event is kept per actor; an attribution must still change it.
    const { layout, dataset, options } = setup([
      { id: 'plain-1', date: '2016-01', actors: ['gov'] },
      { id: 'attributed', date: '2016-02', actors: ['gov'], attributedTo: ['g1'] },
      { id: 'plain-2', date: '2016-03', actors: ['gov'] },
      { id: 'threat', date: '2016-04', actors: ['g2'] },
      { id: 'threat-again', date: '2016-05', actors: ['g2'] },
    ]);
    const keyOfRow = (row: number) => layout.groups.find((group) => row >= group.firstRow && row < group.firstRow + group.rowCount)!.key;
    const placed = layout.rows.flatMap((events, row) => events.map((event) => [event.id, keyOfRow(row)] as const));
    expect(new Map(placed)).toEqual(new Map(dataset.events.map((event) => [event.id, groupKeyOf(event, 'actor', options.actors)] as const)));
    expect(new Map(placed).get('attributed')).toBe('g1');
    expect(new Map(placed).get('plain-2')).toBe('type:government');
  });

  it('packs events that do not overlap into one row', () => {
    const { layout } = setup([
      { id: 'a', date: '2016-01', actors: ['g1'] },
      { id: 'b', date: '2016-03', actors: ['g1'] },
      { id: 'c', start: '2016-04-01', end: '2016-12', actors: ['g1'] },
    ]);
    expect(layout.rowCount).toBe(1);
    expect(layout.groups).toEqual([{ key: 'g1', label: 'Group One', firstRow: 0, rowCount: 1 }]);
    expect([...layout.rowOf.values()]).toEqual([0, 0, 0]);
  });

  it('puts overlapping events in two rows, reusing the first free row', () => {
    const { layout } = setup([
      { id: 'long', start: '2016', end: '2017', actors: ['g1'] },
      { id: 'inside', date: '2016-06', actors: ['g1'] },
      { id: 'after-inside', date: '2016-09', actors: ['g1'] },
      { id: 'after-all', date: '2018', actors: ['g1'] },
    ]);
    expect(layout.rowCount).toBe(2);
    expect(layout.rowOf.get('long')).toBe(0);
    expect(layout.rowOf.get('inside')).toBe(1);
    expect(layout.rowOf.get('after-inside')).toBe(1);
    expect(layout.rowOf.get('after-all')).toBe(0);
  });

  it('lets an event start exactly where the previous one ends', () => {
    const { layout } = setup([
      { id: 'a', date: '2016-01', actors: ['g1'] },
      { id: 'b', date: '2016-02', actors: ['g1'] },
    ]);
    expect(layout.rowCount).toBe(1);
  });

  it('orders groups by earliest event, with the no-actor group last', () => {
    const { layout } = setup([
      { id: 'none', date: '2001' },
      { id: 'one', date: '2016', actors: ['g1'] },
      { id: 'two', date: '2015', actors: ['g2'] },
      { id: 'two-overlap', date: '2015-06', actors: ['g2'] },
      { id: 'gov', date: '2017', actors: ['gov'] },
    ]);
    expect(layout.groups.map((group) => [group.key, group.label, group.firstRow, group.rowCount])).toEqual([
      ['g2', 'Group Two', 0, 2],
      ['g1', 'Group One', 2, 1],
      ['type:government', 'Governments and agencies', 3, 1],
      ['', 'No actor named', 4, 1],
    ]);
    expect(layout.rowCount).toBe(5);
    expect(layout.rowOf.get('none')).toBe(4);
    expect(layout.rowOf.get('one')).toBe(2);
  });

  it('breaks ties between groups by label', () => {
    const { layout } = setup([
      { id: 'x', date: '2016', actors: ['g2'] },
      { id: 'y', date: '2016', actors: ['gov'] },
      { id: 'z', date: '2016', actors: ['g1'] },
    ]);
    expect(layout.groups.map((group) => group.label)).toEqual(['Governments and agencies', 'Group One', 'Group Two']);
  });

  it('puts actors of one type without a threat group in one shared group', () => {
    const { layout } = setup([
      { id: 'a', date: '2016', actors: ['gov'] },
      { id: 'b', date: '2018', actors: ['gov2'] },
      { id: 'c', date: '2017', actors: ['vendor'] },
    ]);
    expect(layout.groups.map((group) => [group.key, group.label, group.rowCount])).toEqual([
      ['type:government', 'Governments and agencies', 1],
      ['type:security-vendor', 'Security researchers', 1],
    ]);
  });

  it('does not depend on the input order', () => {
    const specs: EventSpec[] = [
      { id: 'a', date: '2016-01', actors: ['g1'] },
      { id: 'b', date: '2016-01-15', actors: ['g1'] },
      { id: 'c', date: '2016-02', actors: ['g2'] },
    ];
    const { dataset, options, layout } = setup(specs);
    const reversed = assignLanes([...dataset.events].reverse(), options);
    expect(reversed.groups).toEqual(layout.groups);
    expect([...reversed.rowOf.entries()].sort()).toEqual([...layout.rowOf.entries()].sort());
  });

  it('lists each row\'s events in start order, matching rowOf', () => {
    const specs: EventSpec[] = [
      { id: 'late', date: '2016-05', actors: ['g1'] },
      { id: 'long', start: '2016-01', end: '2016-12', actors: ['g1'] },
      { id: 'early', date: '2016-02-03', actors: ['g1'] },
      { id: 'other', date: '2016-03', actors: ['g2'] },
    ];
    const { layout } = setup(specs);
    expect(layout.rows.length).toBe(layout.rowCount);
    expect(layout.rows.flat().map((event) => event.id).sort()).toEqual(specs.map((spec) => spec.id).sort());
    layout.rows.forEach((members, row) => {
      for (const event of members) expect(layout.rowOf.get(event.id)).toBe(row);
      const starts = members.map((event) => event.when.startMs);
      expect(starts).toEqual([...starts].sort((a, b) => a - b));
    });
  });

  it('keeps two points on nearby days apart with minGapMs', () => {
    const specs: EventSpec[] = [
      { id: 'p1', date: '2016-06-01', actors: ['g1'] },
      { id: 'p2', date: '2016-06-03', actors: ['g1'] },
    ];
    expect(setup(specs, 'actor', 0).layout.rowCount).toBe(1);
    const apart = setup(specs, 'actor', 5 * DAY_MS).layout;
    expect(apart.rowCount).toBe(2);
    expect(apart.rowOf.get('p2')).toBe(1);
    expect(setup(specs, 'actor', 2 * DAY_MS).layout.rowCount).toBe(1);
  });

  it('groups by victim with victim names', () => {
    const { layout } = setup([
      { id: 'a', date: '2016', victims: ['v3'] },
      { id: 'b', date: '2017', victims: ['v1', 'v3'] },
      { id: 'c', date: '2018' },
    ], 'victim');
    expect(layout.groups.map((group) => [group.key, group.label])).toEqual([
      ['v3', 'Many victims'],
      ['v1', 'Victim One'],
      ['', 'No victim named'],
    ]);
  });

  it('groups by kind with readable labels', () => {
    const { layout } = setup([
      { id: 'a', date: '2016', kind: 'legal-action' },
      { id: 'b', date: '2015', kind: 'government-advisory' },
    ], 'kind');
    expect(layout.groups.map((group) => [group.key, group.label])).toEqual([
      ['government-advisory', 'Government advisory'],
      ['legal-action', 'Legal action'],
    ]);
  });

  it('gives no groups and no rows for an empty input', () => {
    const { options } = setup([]);
    const layout = assignLanes([], options);
    expect(layout).toMatchObject({ groups: [], rowCount: 0, rows: [] });
    expect(layout.rowOf).toEqual(new Map());
  });

  it('assigns every event a row inside its group', () => {
    const { dataset, layout, options } = setup([
      { id: 'a', start: '2014', end: '2018', actors: ['g1'] },
      { id: 'b', start: '2015', end: '2016', actors: ['g1'] },
      { id: 'c', date: '2015-06', actors: ['g1'] },
      { id: 'd', date: '2015-06-10', actors: ['g2'] },
    ]);
    for (const event of dataset.events) {
      const group = layout.groups.find((g) => g.key === groupKeyOf(event, 'actor', options.actors))!;
      const row = layout.rowOf.get(event.id)!;
      expect(row).toBeGreaterThanOrEqual(group.firstRow);
      expect(row).toBeLessThan(group.firstRow + group.rowCount);
    }
    expect(layout.groups[0]!.rowCount).toBe(3);
  });
});

describe('kindLabel and isGroupBy', () => {
  it('turns a kind into words', () => {
    expect(kindLabel('legal-action')).toBe('Legal action');
    expect(kindLabel('follow-up')).toBe('Follow up');
    expect(kindLabel('report')).toBe('Report');
  });

  it('accepts only the group-by options', () => {
    expect(isGroupBy('actor')).toBe(true);
    expect(isGroupBy('kind')).toBe(true);
    expect(isGroupBy('source')).toBe(false);
    expect(isGroupBy(undefined)).toBe(false);
  });
});
