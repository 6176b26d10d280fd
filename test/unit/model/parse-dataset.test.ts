import { describe, it, expect } from 'vitest';
import { DatasetError, type DataIssue } from '../../../src/model/issues.ts';
import { assertDataset, compareIds, parseDataset, parseDatasetLenient } from '../../../src/model/parse-dataset.ts';
import { datasetJsonSchema } from '../../../src/model/dataset-schema.ts';
import type { Dataset } from '../../../src/model/types.ts';
import { DAY_MS, loadFixture, rawDataset, type EventSpec } from '../helpers.ts';

type Json = Record<string, any>;

function issuesOf(input: unknown): readonly DataIssue[] {
  const result = parseDataset(input);
  if (result.ok) throw new Error('expected the dataset to be rejected');
  return result.issues;
}

function paths(input: unknown): string[] {
  return issuesOf(input).map((issue) => issue.path);
}

function ok(input: unknown): Dataset {
  const result = parseDataset(input);
  if (!result.ok) throw new Error(`expected the dataset to parse:\n${result.issues.map((i) => i.message).join('\n')}`);
  return result.dataset;
}

/** One event in an otherwise valid dataset. */
function withEvent(spec: EventSpec & Json): Json {
  return rawDataset([spec]);
}

describe('parseDataset: small.json', () => {
  const dataset = ok(loadFixture('small.json'));

  it('parses, keeping title, description and every record', () => {
    expect(dataset.version).toBe(1);
    expect(dataset.title).toBe('Small test timeline');
    expect(dataset.description).toMatch(/^A hand-written dataset/);
    expect(dataset.actors).toHaveLength(3);
    expect(dataset.victims).toHaveLength(3);
    expect(dataset.sources).toHaveLength(3);
    expect(dataset.events).toHaveLength(7);
  });

  it('sorts events by start', () => {
    expect(dataset.events.map((event) => event.id)).toEqual([
      'e-cloudhopper',
      'e-policy',
      'e-report-pwc',
      'e-visma-intrusion',
      'e-indictment',
      'e-airbus',
      'e-reuters',
    ]);
    for (let i = 1; i < dataset.events.length; i++) {
      expect(dataset.events[i]!.when.startMs).toBeGreaterThanOrEqual(dataset.events[i - 1]!.when.startMs);
    }
  });

  it('fills defaults for optional lists', () => {
    const doj = dataset.actors.find((actor) => actor.id === 'doj')!;
    expect(doj.aliases).toEqual([]);
    expect(doj.sources).toEqual([]);
    const policy = dataset.events.find((event) => event.id === 'e-policy')!;
    expect(policy).toMatchObject({ reveals: [], attributions: [], disputes: [], techniques: [] });
    const pwc = dataset.sources.find((source) => source.id === 'src-pwc-2017')!;
    expect(pwc.errors).toEqual([]);
    expect(pwc.date?.precision).toBe('month');
  });

  it('builds a period with openStart and its note', () => {
    const { when } = dataset.events.find((event) => event.id === 'e-cloudhopper')!;
    expect(when).toMatchObject({ isPeriod: true, openStart: true, approxDays: 0 });
    expect(when.note).toMatch(/^PwC saw activity/);
    expect(when.startMs).toBe(Date.UTC(2014, 0, 1));
    expect(when.endMs).toBe(Date.UTC(2017, 4, 1));
  });

  it('widens an approxDays moment by the tolerance on both sides', () => {
    const { when } = dataset.events.find((event) => event.id === 'e-reuters')!;
    expect(when).toMatchObject({ isPeriod: false, approxDays: 1 });
    expect(when.start).toBe(when.end);
    expect(when.startMs).toBe(Date.UTC(2019, 5, 24));
    expect(when.endMs).toBe(Date.UTC(2019, 5, 27));
  });

  it('covers a season as a moment', () => {
    const { when } = dataset.events.find((event) => event.id === 'e-visma-intrusion')!;
    expect(when.start.precision).toBe('season');
    expect([when.startMs, when.endMs]).toEqual([Date.UTC(2018, 5, 1), Date.UTC(2018, 8, 1)]);
  });
});

describe('parseDataset: ordering', () => {
  it('sorts events with the same start by id in code-unit order', () => {
    const dataset = ok(rawDataset([
      { id: 'b', date: '2016-05-01' },
      { id: 'a', date: '2016-05' },
      { id: 'B', date: '2016' },
      { id: 'c', date: '2016-05-01' },
    ]));
    expect(dataset.events.map((event) => event.id)).toEqual(['B', 'a', 'b', 'c']);
  });

  it('compareIds ignores locale rules', () => {
    expect(compareIds('Z', 'a')).toBeLessThan(0);
    expect(compareIds('a', 'a')).toBe(0);
    expect(compareIds('é', 'f')).toBeGreaterThan(0);
  });
});

describe('parseDataset: invalid.json', () => {
  const invalid = (): Json => loadFixture('invalid.json') as Json;
  /** invalid.json with its structural problems repaired, so the cross-record checks run. */
  const structurallyRepaired = (): Json => {
    const data = invalid();
    data.events[1].date = '2021-02-28';
    data.sources[1].url = 'https://www.justice.gov/';
    delete data.events[4].summary;
    return data;
  };

  it('is rejected', () => {
    expect(parseDataset(invalid()).ok).toBe(false);
    expect(parseDataset(structurallyRepaired()).ok).toBe(false);
  });

  it('reports the impossible date 2021-02-30 at /events/1/date', () => {
    const issue = issuesOf(invalid()).find((i) => i.path === '/events/1/date');
    expect(issue?.message).toContain('day 30 does not exist');
    expect(issue?.received).toBe('"2021-02-30"');
  });

  it('reports the javascript: url at /sources/1/url', () => {
    const issue = issuesOf(invalid()).find((i) => i.path === '/sources/1/url');
    expect(issue?.received).toBe('"javascript:alert(1)"');
    expect(issue?.expected).toContain('http');
  });

  it('reports the unknown field at /events/4/summary', () => {
    const issue = issuesOf(invalid()).find((i) => i.path === '/events/4/summary');
    expect(issue?.message).toContain('unknown field "summary"');
  });

  it('reports the unknown actor id at /events/0/actors/0', () => {
    const issue = issuesOf(structurallyRepaired()).find((i) => i.path === '/events/0/actors/0');
    expect(issue?.message).toContain('unknown actor id "apt99"');
  });

  it('reports the end before start at /events/2/end', () => {
    const issue = issuesOf(structurallyRepaired()).find((i) => i.path === '/events/2/end');
    expect(issue?.message).toContain('end "2018" is before start "2019-06"');
  });

  it('reports the duplicate event id at /events/3/id, pointing at the first use', () => {
    const issue = issuesOf(structurallyRepaired()).find((i) => i.path === '/events/3/id');
    expect(issue?.message).toContain('duplicate id "e-reuters", already used at /events/0');
  });

  it('reports exactly the three cross-record problems once the structure is fixed', () => {
    expect(paths(structurallyRepaired()).sort()).toEqual(['/events/0/actors/0', '/events/2/end', '/events/3/id']);
  });
});

describe('parseDataset: dates of events', () => {
  it('accepts date alone, or start and end', () => {
    expect(ok(withEvent({ id: 'e', date: '2016' })).events[0]!.when.isPeriod).toBe(false);
    expect(ok(withEvent({ id: 'e', start: '2016', end: '2017' })).events[0]!.when.isPeriod).toBe(true);
  });

  it('rejects date together with start/end', () => {
    expect(paths(withEvent({ id: 'e', date: '2016', start: '2016', end: '2017' }))).toEqual(['/events/0/date']);
    expect(paths(withEvent({ id: 'e', date: '2016', end: '2017' }))).toEqual(['/events/0/date']);
  });

  it('rejects an event with no date at all, or half a period', () => {
    expect(paths(withEvent({ id: 'e' }))).toEqual(['/events/0/date']);
    expect(paths(withEvent({ id: 'e', start: '2016' }))).toEqual(['/events/0/end']);
    expect(paths(withEvent({ id: 'e', end: '2016' }))).toEqual(['/events/0/start']);
  });

  it('allows approxDays only with a day-precision date', () => {
    expect(ok(withEvent({ id: 'e', date: '2016-03-01', approxDays: 3 })).events[0]!.when.startMs).toBe(Date.UTC(2016, 1, 27));
    const issues = issuesOf(withEvent({ id: 'e', date: '2016-03', approxDays: 3 }));
    expect(issues.map((i) => i.path)).toEqual(['/events/0/approxDays']);
    expect(issues[0]!.message).toContain('is a month');
    expect(paths(withEvent({ id: 'e', start: '2016-03-01', end: '2016-04-01', approxDays: 3 }))).toEqual(['/events/0/approxDays']);
  });

  it('rejects approxDays of 0 or above 366 by type', () => {
    expect(paths(withEvent({ id: 'e', date: '2016-03-01', approxDays: 0 }))).toEqual(['/events/0/approxDays']);
    expect(paths(withEvent({ id: 'e', date: '2016-03-01', approxDays: 367 }))).toEqual(['/events/0/approxDays']);
  });

  it('allows openStart only on a period', () => {
    expect(paths(withEvent({ id: 'e', date: '2016', openStart: true }))).toEqual(['/events/0/openStart']);
    expect(ok(withEvent({ id: 'e', date: '2016', openStart: false })).events[0]!.when.openStart).toBe(false);
    expect(ok(withEvent({ id: 'e', start: '2016', end: '2017', openStart: true })).events[0]!.when.openStart).toBe(true);
  });

  it('rejects an end day before the start day', () => {
    const issues = issuesOf(withEvent({ id: 'e', start: '2016-06-10', end: '2016-06-09' }));
    expect(issues.map((i) => i.path)).toEqual(['/events/0/end']);
    expect(issues[0]!.message).toContain('is before start');
  });

  it('runs an inclusive period to the end of its end date', () => {
    const { when } = ok(withEvent({ id: 'e', start: '2016-04-10', end: '2019-06' })).events[0]!;
    expect([when.startMs, when.endMs]).toEqual([Date.UTC(2016, 3, 10), Date.UTC(2019, 6, 1)]);
  });

  it('accepts an end inside a coarser start, covering the whole start', () => {
    const { when } = ok(withEvent({ id: 'e', start: '2016-06', end: '2016-06-10' })).events[0]!;
    expect(when.endMs).toBe(Date.UTC(2016, 6, 1));
  });

  it('accepts a one-day period (start equals end)', () => {
    const { when } = ok(withEvent({ id: 'e', start: '2016-06-10', end: '2016-06-10' })).events[0]!;
    expect(when.endMs - when.startMs).toBe(DAY_MS);
  });
});

describe('parseDataset: references', () => {
  it('rejects a reveal of an unknown event and of itself', () => {
    const data = rawDataset([{ id: 'a', date: '2016' }, { id: 'b', date: '2017' }]);
    data.events = (data.events as Json[]).map((event) => ({ ...event, reveals: event.id === 'a' ? ['nope'] : ['b'] }));
    const issues = issuesOf(data);
    expect(issues.map((i) => i.path).sort()).toEqual(['/events/0/reveals/0', '/events/1/reveals']);
    expect(issues.find((i) => i.path === '/events/1/reveals')!.message).toContain('cannot reveal itself');
  });

  it('accepts a reveal of another event', () => {
    const data = rawDataset([{ id: 'a', date: '2016' }, { id: 'b', date: '2017' }]);
    (data.events as Json[])[1]!.reveals = ['a'];
    expect(ok(data).events.find((event) => event.id === 'b')!.reveals).toEqual(['a']);
  });

  it('checks attribution actor, by and sources', () => {
    const data = withEvent({ id: 'e', date: '2016' });
    (data.events as Json[])[0]!.attributions = [
      { actor: 'g1', by: 'gov', sources: ['s1'] },
      { actor: 'ghost', by: 'nobody', sources: ['s1', 'missing'] },
    ];
    expect(paths(data).sort()).toEqual([
      '/events/0/attributions/1/actor',
      '/events/0/attributions/1/by',
      '/events/0/attributions/1/sources/1',
    ]);
  });

  it('checks dispute position sources', () => {
    const data = withEvent({ id: 'e', date: '2016' });
    (data.events as Json[])[0]!.disputes = [
      { topic: 'When', positions: [{ claim: 'Early', sources: ['s1'] }, { claim: 'Late', sources: ['s9'] }] },
    ];
    const issues = issuesOf(data);
    expect(issues.map((i) => i.path)).toEqual(['/events/0/disputes/0/positions/1/sources/0']);
    expect(issues[0]!.message).toContain('unknown source id "s9"');
  });

  it('requires at least two positions in a dispute', () => {
    const data = withEvent({ id: 'e', date: '2016' });
    (data.events as Json[])[0]!.disputes = [{ topic: 'When', positions: [{ claim: 'Early', sources: ['s1'] }] }];
    expect(paths(data)).toEqual(['/events/0/disputes/0/positions']);
  });

  it('checks victims, event sources, and actor and victim sources', () => {
    const data = withEvent({ id: 'e', date: '2016', victims: ['v1', 'v404'] });
    (data.events as Json[])[0]!.sources = ['s1', 's2'];
    (data.actors as Json[])[0]!.sources = ['sx'];
    (data.victims as Json[])[2]!.sources = ['s1', 'sy'];
    expect(paths(data).sort()).toEqual(['/actors/0/sources/0', '/events/0/sources/1', '/events/0/victims/1', '/victims/2/sources/1']);
  });

  it('rejects a reference listed twice', () => {
    const issues = issuesOf(withEvent({ id: 'e', date: '2016', actors: ['g1', 'g1'] }));
    expect(issues.map((i) => i.path)).toEqual(['/events/0/actors/1']);
    expect(issues[0]!.message).toContain('listed twice');
  });

  it('rejects duplicate ids in each list', () => {
    const data = rawDataset([]);
    (data.actors as Json[]).push({ id: 'g1', name: 'Again', type: 'person' });
    (data.sources as Json[]).push({ ...(data.sources as Json[])[0] });
    expect(paths(data).sort()).toEqual([`/actors/${(data.actors as Json[]).length - 1}/id`, '/sources/1/id']);
  });

  it('requires at least one source per event', () => {
    const data = withEvent({ id: 'e', date: '2016' });
    (data.events as Json[])[0]!.sources = [];
    expect(paths(data)).toEqual(['/events/0/sources']);
  });

  it('rejects a url that matches the pattern but is not a valid URL', () => {
    const data = rawDataset([]);
    (data.sources as Json[])[0]!.url = 'http://[::1';
    expect(paths(data)).toEqual(['/sources/0/url']);
  });

  it('rejects a mailto: or data: url', () => {
    for (const url of ['mailto:a@b.c', 'data:text/html,<b>x</b>', '//example.org/x']) {
      const data = rawDataset([]);
      (data.sources as Json[])[0]!.url = url;
      expect(paths(data)).toEqual(['/sources/0/url']);
    }
  });
});

describe('parseDataset: shared one-id lists', () => {
  it('gives events naming the same one id one frozen list, and never the input array', () => {
    const input = rawDataset([{ id: 'a', date: '2019', actors: ['g1'] }, { id: 'b', date: '2020', actors: ['g1'] }]);
    const [a, b] = ok(input).events;
    expect(a!.actors).toEqual(['g1']);
    expect(a!.actors).toBe(b!.actors);
    expect(Object.isFrozen(a!.actors)).toBe(true);
    expect(a!.actors).not.toBe((input.events as Json[])[0]!.actors);
    expect(a!.sources).toBe(b!.sources);
  });

  it('checks a one-id list again unless that exact id passed before: a noncharacter is reported every time', () => {
    for (let round = 0; round < 2; round++) {
      const result = parseDatasetLenient(rawDataset([{ id: 'a', date: '2019', actors: ['g1'] }, { id: 'b', date: '2019', actors: ['g1\uFFFF'] }]));
      if (!result.ok) throw new Error('expected a dataset');
      expect(result.issues.map((issue) => [issue.path, issue.severity])).toEqual([
        ['/events/1/actors/0', 'warning'],
        ['/events/1/actors/0', 'warning'],
      ]);
      expect(result.issues[0]!.message).toMatch(/noncharacter U\+FFFF replaced by U\+FFFD/);
      expect(result.issues[1]!.message).toMatch(/unknown actor id "g1\uFFFD"/);
    }
  });

  it('still refuses a bad one-id list after the same list was good', () => {
    ok(rawDataset([{ id: 'a', date: '2019', actors: ['g1'] }]));
    expect(paths(withEvent({ id: 'a', date: '2019', actors: ['g1', 'g1'] }))).toEqual(['/events/0/actors/1']);
    expect(paths(withEvent({ id: 'a', date: '2019', actors: ['g 1'] }))).toEqual(['/events/0/actors/0']);
    expect(paths(withEvent({ id: 'a', date: '2019', actors: [['g1']] as never }))).toEqual(['/events/0/actors/0']);
  });
});

describe('parseDataset: prototype-named ids', () => {
  it('treats __proto__, toString and constructor as ordinary ids whose references resolve', () => {
    const input = JSON.parse(JSON.stringify({
      version: 1,
      title: 'Prototype names',
      actors: [{ id: '__proto__', name: 'Proto', type: 'threat-group' }, { id: 'toString', name: 'To string', type: 'government' }],
      victims: [{ id: 'constructor', name: 'Ctor', type: 'group', sector: 'Any' }],
      sources: [{ id: 'hasOwnProperty', title: 'S', publisher: 'P', kind: 'news', claims: ['c'] }],
      events: [
        { id: 'constructor', title: 'A', kind: 'activity', date: '2016', description: 'd', actors: ['__proto__'], victims: ['constructor'], sources: ['hasOwnProperty'] },
        {
          id: '__proto__', title: 'B', kind: 'report', date: '2017', description: 'd', actors: ['toString'], victims: [], sources: ['hasOwnProperty'],
          reveals: ['constructor'], attributions: [{ actor: '__proto__', by: 'toString', sources: ['hasOwnProperty'] }],
        },
      ],
    })) as unknown;
    const dataset = ok(input);
    expect(dataset.events.map((event) => event.id)).toEqual(['constructor', '__proto__']);
    expect(dataset.events[1]!.reveals).toEqual(['constructor']);
    expect(dataset.actors[0]!.id).toBe('__proto__');
  });

  it('does not resolve a reference to an undeclared prototype name', () => {
    const data = withEvent({ id: 'e', date: '2016', actors: ['toString'], victims: ['__proto__'] });
    expect(paths(data).sort()).toEqual(['/events/0/actors/0', '/events/0/victims/0']);
  });

  it('reports a "__proto__" key in an event as an unknown field', () => {
    const text = JSON.stringify(withEvent({ id: 'e', date: '2016' })).replace('"id":"e"', '"id":"e","__proto__":{"kind":"report"}');
    expect(paths(JSON.parse(text))).toEqual(['/events/0/__proto__']);
    expect(({} as Json).kind).toBeUndefined();
  });
});

describe('parseDataset: top level', () => {
  it.each([[null], [42], ['x'], [[]], [undefined], [true]])('gives an issue at "" for %j without throwing', (input) => {
    const issues = issuesOf(input);
    expect(issues).toHaveLength(1);
    expect(issues[0]!.path).toBe('');
    expect(issues[0]!.expected).toBe('an object');
  });

  it('reports every missing top-level field of an empty object', () => {
    expect(paths({}).sort()).toEqual(['/actors', '/events', '/sources', '/title', '/version', '/victims']);
  });

  it('rejects an unknown version', () => {
    const data = rawDataset([]);
    data.version = 2;
    const issues = issuesOf(data);
    expect(issues.map((i) => i.path)).toEqual(['/version']);
    expect(issues[0]!.expected).toBe('1');
  });

  it('accepts a $schema field', () => {
    const data = rawDataset([]);
    data.$schema = 'https://example.org/attack-timeline.schema.json';
    expect(ok(data).events).toEqual([]);
  });

  it('names the path and received value of a wrong type deep inside', () => {
    const data = withEvent({ id: 'e', date: '2016' });
    (data.events as Json[])[0]!.title = 7;
    const issues = issuesOf(data);
    expect(issues.map((i) => [i.path, i.received])).toEqual([['/events/0/title', '7']]);
    expect(issues[0]!.message).toMatch(/^\/events\/0\/title: /);
  });

  it('rejects an unknown event kind and an id with a space or comma', () => {
    expect(paths(withEvent({ id: 'a b', date: '2016' }))).toEqual(['/events/0/id']);
    expect(paths(withEvent({ id: 'a,b', date: '2016' }))).toEqual(['/events/0/id']);
    expect(paths(withEvent({ id: 'e', date: '2016', kind: 'hack' }))).toEqual(['/events/0/kind']);
  });
});

describe('assertDataset', () => {
  it('returns the dataset for valid input', () => {
    expect(assertDataset(loadFixture('small.json')).events).toHaveLength(7);
  });

  it('throws a DatasetError carrying the issues', () => {
    let caught: unknown;
    try {
      assertDataset(loadFixture('invalid.json'));
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(DatasetError);
    const error = caught as DatasetError;
    expect(error.issues.length).toBeGreaterThanOrEqual(3);
    expect(error.message).toContain('/events/1/date');
  });

  it('throws for non-object input', () => {
    expect(() => assertDataset(null)).toThrow(DatasetError);
  });
});

describe('datasetJsonSchema', () => {
  const schema = datasetJsonSchema() as Json;

  it('is a draft 2020-12 object schema with no additional properties', () => {
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.type).toBe('object');
    expect(schema.additionalProperties).toBe(false);
    expect(schema.required).toEqual(['version', 'title', 'actors', 'victims', 'sources', 'events']);
  });

  it('requires sources on events and forbids extra event fields', () => {
    const item = schema.properties.events.items;
    expect(item.required).toContain('sources');
    expect(item.required).not.toContain('date');
    expect(item.additionalProperties).toBe(false);
    expect(item.properties.sources.minItems).toBe(1);
  });

  it('publishes the partial-date pattern for event dates', () => {
    const pattern = new RegExp(schema.properties.events.items.properties.date.pattern as string);
    expect(pattern.test('2018-summer')).toBe(true);
    expect(pattern.test('2018-06-31T00:00')).toBe(false);
  });

  it('is plain JSON', () => {
    expect(JSON.parse(JSON.stringify(schema))).toEqual(schema);
  });
});

describe('parseDataset: subjects, source classes, review dates', () => {
  const merger = { id: 'o1', name: 'Merger Party', type: 'organization', sector: 'IT services' };

  it('reads the optional subjects list; an event names subjects or victims as subjects', () => {
    const data = withEvent({ id: 'e', date: '2017', subjects: ['o1', 'v2'] });
    data.subjects = [merger];
    const dataset = ok(data);
    expect(dataset.subjects.map((subject) => subject.id)).toEqual(['o1']);
    expect(dataset.events[0]!.subjects).toEqual(['o1', 'v2']);
    expect(ok(withEvent({ id: 'e', date: '2017' })).subjects).toEqual([]);
  });

  it('does not take a subject id for a victim: victims must be victim records', () => {
    const data = withEvent({ id: 'e', date: '2017', victims: ['o1'], subjects: ['nobody'] });
    data.subjects = [merger];
    const issues = issuesOf(data);
    expect(issues.map((i) => i.path).sort()).toEqual(['/events/0/subjects/0', '/events/0/victims/0']);
    expect(issues.find((i) => i.path === '/events/0/subjects/0')!.message).toContain('unknown subject or victim id "nobody"');
  });

  it('leaves out a subject record whose id a victim already has (one organisation, one record)', () => {
    const data = withEvent({ id: 'e', date: '2017', subjects: ['v1'] });
    data.subjects = [{ ...merger, id: 'v1' }];
    const issues = issuesOf(data);
    expect(issues.map((i) => i.path)).toEqual(['/subjects/0/id']);
    expect(issues[0]!.message).toContain('already used at /victims/0');
  });

  it('checks a source class, its reason and quotes, and an event review day', () => {
    const data = withEvent({ id: 'e', date: '2017', reviewed: '2026-12-04' });
    Object.assign((data.sources as Json[])[0]!, { class: 'primary', classReason: 'The agency’s own release.', quotes: ['exact words'] });
    const dataset = ok(data);
    expect(dataset.sources[0]).toMatchObject({ class: 'primary', classReason: 'The agency’s own release.', quotes: ['exact words'] });
    expect(dataset.events[0]!.reviewed).toBe('2026-12-04');

    const bad = withEvent({ id: 'e', date: '2017', reviewed: '2026-12' });
    (bad.sources as Json[])[0]!.class = 'trusted';
    expect(paths(bad).sort()).toEqual(['/events/0/reviewed', '/sources/0/class']);
    expect(paths(withEvent({ id: 'e', date: '2017', reviewed: '2026-02-30' }))).toEqual(['/events/0/reviewed']);
  });
});
