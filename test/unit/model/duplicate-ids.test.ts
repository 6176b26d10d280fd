import { describe, it, expect } from 'vitest';
import { parseDatasetLenient } from '../../../src/model/parse-dataset.ts';

// Repeated ids are found by sorting the ids before the records are checked, and the index of every
// id is built only when a reference reads it: these cases pin the issues that gives, in order.
const event = (id: string, date: string, extra: Record<string, unknown> = {}) => ({ id, title: `Event ${id}`, kind: 'report', date, description: 'd', actors: [], victims: [], sources: ['s'], ...extra });

function parse(events: unknown[]) {
  const result = parseDatasetLenient({
    version: 1, title: 't', actors: [], victims: [],
    sources: [{ id: 's', title: 'S', publisher: 'P', kind: 'reference', claims: ['c'] }],
    events,
  });
  if (!result.ok) throw new Error(result.message);
  return result;
}

describe('repeated event ids', () => {
  it('leaves out every later record with an id, naming the first use, even when the first is itself left out', () => {
    const { issues, dataset, rejected } = parse([
      event('x', '2016', { title: '' }),
      event('y', '2017', { reveals: ['x', 'z', 'w'] }),
      event('x', '2015'),
      event('z', '2014'),
      event('z', '2013'),
      event('z', '2013'),
    ]);
    expect(issues.map((issue) => [issue.path, issue.severity ?? 'error'])).toEqual([
      ['/events/0/title', 'error'],
      ['/events/2/id', 'error'],
      ['/events/4/id', 'error'],
      ['/events/5/id', 'error'],
      ['/events/1/reveals/2', 'warning'],
      ['/events/0/id', 'warning'],
    ]);
    expect(issues[1]!.message).toContain('duplicate id "x", already used at /events/0');
    expect(issues[3]!.message).toContain('duplicate id "z", already used at /events/3');
    expect(issues[5]!.message).toContain('1 reference to the left-out event "x" was removed');
    // The reveal of the first "x" (left out) is removed; "z" resolves to its first record.
    expect(dataset.events.map((e) => [e.id, e.title, e.reveals])).toEqual([['z', 'Event z', []], ['y', 'Event y', ['z']]]);
    expect(rejected.events).toBe(4);
  });

  it('finds a repeat wherever it sits in a long list, and none in a list without one', () => {
    const many = Array.from({ length: 2000 }, (_, i) => event(`e-${(i * 7919) % 2000}`, '2016'));
    expect(parse(many).issues).toEqual([]);
    const repeat = many[100]!.id;
    const { issues } = parse([...many.slice(0, 1500), event(repeat, '2017'), ...many.slice(1500)]);
    expect(issues.map((issue) => issue.path)).toEqual(['/events/1500/id']);
    expect(issues[0]!.message).toContain(`duplicate id "${repeat}", already used at /events/100`);
  });
});
