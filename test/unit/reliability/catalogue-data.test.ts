/**
 * The bad-input catalogue (reliability research §4), data cases: JSON shape (J), types and
 * required fields (R), dates (D), injection at parse time (X), links (U), identity (I), scale (P).
 * Each case names its catalogue number. Policy: dataset-level problems are fatal; a record with
 * a problem of its own is left out (error); a part of a record is removed (warning).
 */
import { describe, expect, it } from 'vitest';
import { isError, type DataIssue } from '../../../src/model/issues.ts';
import { parseDataset, parseDatasetLenient, type LenientParseResult } from '../../../src/model/parse-dataset.ts';
import { parsePartialDate } from '../../../src/model/partial-date.ts';
import type { Dataset } from '../../../src/model/types.ts';
import { rawDataset } from '../helpers.ts';

type Json = Record<string, any>;

/** A valid dataset of two events (e1 with actor g1 and victim v1, e2 plain). */
function base(): Json {
  return rawDataset([
    { id: 'e1', date: '2016-06-14', actors: ['g1'], victims: ['v1'] },
    { id: 'e2', date: '2017' },
  ]);
}

function lenient(input: unknown): LenientParseResult {
  return parseDatasetLenient(input);
}

function fatal(input: unknown): readonly DataIssue[] {
  const result = lenient(input);
  if (result.ok) throw new Error('expected a fatal result');
  expect(result.message.length).toBeGreaterThan(0);
  return result.issues;
}

/** Parses leniently, expecting the dataset to be usable; returns it with its issues. */
function usable(input: unknown): { dataset: Dataset; issues: readonly DataIssue[]; result: Extract<LenientParseResult, { ok: true }> } {
  const result = lenient(input);
  if (!result.ok) throw new Error(`expected a usable dataset:\n${result.issues.map((i) => i.message).join('\n')}`);
  return { dataset: result.dataset, issues: result.issues, result };
}

/** One bad event among good ones: it is left out (DROP), named, and the others stay. */
function expectDropped(mutate: (event: Json) => void, pathPart: string): DataIssue {
  const data = base();
  mutate(data.events[0]);
  const { dataset, issues } = usable(data);
  expect(dataset.events.map((event) => event.id)).not.toContain('e1');
  expect(dataset.events.map((event) => event.id)).toContain('e2');
  const issue = issues.find((i) => i.path.startsWith('/events/0') && isError(i));
  expect(issue, `an error at /events/0 (${issues.map((i) => i.path).join(', ')})`).toBeDefined();
  expect(issue!.path).toContain(pathPart);
  expect(issue!.message).toContain(issue!.path);
  expect(issue!.expected.length).toBeGreaterThan(0);
  return issue!;
}

function expectProtoClean(): void {
  expect(({} as Json).polluted).toBeUndefined();
  expect(Object.keys(Object.prototype)).toEqual([]);
}

describe('catalogue 4.2: JSON syntax and shape', () => {
  it('J3: a top level that is not an object is fatal, naming what was expected', () => {
    for (const input of [[], null, 'text', 42]) {
      const issues = fatal(input);
      expect(issues[0]!.path).toBe('');
      expect(issues[0]!.expected).toBe('an object');
    }
  });

  it('J4: missing or unsupported version is fatal and says which versions are supported', () => {
    const data = base();
    data.version = 99;
    const issue = fatal(data).find((i) => i.path === '/version')!;
    expect(issue.received).toBe('99');
    expect(issue.expected).toBe('1');
    delete data.version;
    expect(fatal(data).map((i) => i.path)).toContain('/version');
  });

  it('J5: a 1,000,000-deep array in an unknown field is ignored with a warning, never a RangeError', () => {
    const deep = '['.repeat(1_000_000) + ']'.repeat(1_000_000);
    const text = JSON.stringify(base()).replace(/^\{/, `{"junk":${deep},`);
    const { issues } = usable(JSON.parse(text));
    expect(issues.map((i) => [i.path, i.severity])).toEqual([['/junk', 'warning']]);
  });

  it('J6: 100-deep nesting inside a description leaves that event out (expected a string)', () => {
    const issue = expectDropped((event) => { event.description = JSON.parse('['.repeat(100) + ']'.repeat(100)); }, '/events/0/description');
    expect(issue.expected).toContain('string');
  });

  it('J7/J8: __proto__ and constructor.prototype keys at top level, in an event and in a source are inert', () => {
    const text = JSON.stringify(base())
      .replace(/^\{/, '{"__proto__":{"polluted":1},"constructor":{"prototype":{"polluted":1}},')
      .replace('"id":"e1"', '"id":"e1","__proto__":{"polluted":1},"constructor":{"prototype":{"polluted":1}}')
      .replace('"id":"s1"', '"id":"s1","__proto__":{"polluted":1}');
    const { dataset, issues } = usable(JSON.parse(text));
    expectProtoClean();
    expect(dataset.events).toHaveLength(2);
    expect(issues.every((i) => i.severity === 'warning')).toBe(true);
    expect(issues.map((i) => i.path).sort()).toEqual(['/__proto__', '/constructor', '/events/0/__proto__', '/events/0/constructor', '/sources/0/__proto__']);
    for (const event of dataset.events) {
      expect(Object.hasOwn(event, '__proto__')).toBe(false);
      expect(Object.getPrototypeOf(event)).toBe(Object.prototype);
    }
  });

  it('J9: actor ids __proto__, constructor, toString, hasOwnProperty work as ordinary ids', () => {
    const names = ['__proto__', 'constructor', 'toString', 'hasOwnProperty'];
    const data = base();
    data.actors = names.map((id) => ({ id, name: `Actor ${id}`, type: 'threat-group' }));
    data.events[0].actors = [...names];
    data.events[1].actors = ['toString'];
    const { dataset, issues } = usable(JSON.parse(JSON.stringify(data)));
    expect(issues).toEqual([]);
    expect(dataset.actors.map((a) => a.id)).toEqual(names);
    expect(dataset.events.find((e) => e.id === 'e1')!.actors).toEqual(names);
    expectProtoClean();
  });

  it('J10: a reference to "toString" when no such actor exists is a warning; the reference is removed', () => {
    const data = base();
    data.events[0].actors = ['toString', 'g1'];
    const { dataset, issues } = usable(data);
    expect(issues.map((i) => [i.path, i.severity])).toEqual([['/events/0/actors/0', 'warning']]);
    expect(issues[0]!.message).toContain('unknown actor id "toString"');
    expect(dataset.events.find((e) => e.id === 'e1')!.actors).toEqual(['g1']);
  });

  it('J11: unknown keys (onclick, style, class, href, slot) are ignored with a warning and never kept', () => {
    const data = base();
    Object.assign(data.events[0], { onclick: 'alert(1)', style: 'color:red', class: 'x', href: 'javascript:1', slot: 's' });
    Object.assign(data.actors[0], { onclick: 'alert(1)' });
    const { dataset, issues } = usable(data);
    expect(issues.filter((i) => i.severity === 'warning')).toHaveLength(6);
    const event = dataset.events.find((e) => e.id === 'e1') as unknown as Json;
    for (const key of ['onclick', 'style', 'class', 'href', 'slot']) expect(event[key]).toBeUndefined();
    expect((dataset.actors[0] as unknown as Json).onclick).toBeUndefined();
  });

  it('J12: duplicate JSON keys: the last wins (JSON.parse), and the value used is the one checked', () => {
    const text = JSON.stringify(base()).replace('"title":"Event e1"', '"title":"first","title":"Event e1 (last)"');
    const { dataset } = usable(JSON.parse(text));
    expect(dataset.events.find((e) => e.id === 'e1')!.title).toBe('Event e1 (last)');
  });

  it('J13: version 1e400 (Infinity) or a 20-digit integer is fatal', () => {
    for (const literal of ['1e400', '12345678901234567890']) {
      const text = JSON.stringify(base()).replace('"version":1', `"version":${literal}`);
      expect(fatal(JSON.parse(text)).map((i) => i.path)).toContain('/version');
    }
  });
});

describe('catalogue 4.3: types and required fields', () => {
  it('R1: events missing or not an array is fatal', () => {
    const data = base();
    data.events = { 0: {} };
    expect(fatal(data)[0]!.path).toBe('/events');
    delete data.events;
    expect(fatal(data).map((i) => i.path)).toContain('/events');
  });

  it('R2: events: [] is a usable, empty dataset with no issues', () => {
    const data = base();
    data.events = [];
    const { dataset, issues } = usable(data);
    expect(dataset.events).toEqual([]);
    expect(issues).toEqual([]);
  });

  it('R3: an event without id is left out', () => {
    expectDropped((event) => { delete event.id; }, '/events/0/id');
  });

  it('R4: id 42, "", with spaces, or 201 characters is left out, the message states the id rule', () => {
    for (const id of [42, '', 'a b', 'x'.repeat(201)]) {
      const issue = expectDropped((event) => { event.id = id; }, '/events/0/id');
      expect(issue.expected).toMatch(/id/);
    }
  });

  it('R5: title missing, "", "   " or null leaves the event out', () => {
    expectDropped((event) => { delete event.title; }, '/events/0/title');
    for (const title of ['', '   ', null]) expectDropped((event) => { event.title = title; }, '/events/0/title');
  });

  it('R6: title 2016 / true / {} is not coerced; the event is left out', () => {
    for (const title of [2016, true, {}]) {
      const issue = expectDropped((event) => { event.title = title; }, '/events/0/title');
      expect(issue.received).toBe(JSON.stringify(title));
    }
  });

  it('R7: actors: "apt28" (not a list) is not wrapped; the event is left out, expected a list', () => {
    const issue = expectDropped((event) => { event.actors = 'g1'; }, '/events/0/actors');
    expect(issue.expected).toContain('list');
  });

  it('R8: sources given as URLs are unknown source ids: warnings, removed; an event left with no source is left out', () => {
    const data = base();
    data.events[0].sources = ['s1', 'https://example.org/report'];
    const kept = usable(data);
    expect(kept.issues.map((i) => [i.path, i.severity])).toEqual([['/events/0/sources/1', 'warning']]);
    expect(kept.dataset.events.find((e) => e.id === 'e1')!.sources).toEqual(['s1']);
    expectDropped((event) => { event.sources = ['https://example.org/report']; }, '/events/0/sources');
  });

  it('R9: a 10 MB description is left out at the length limit, with a short preview of the value', () => {
    const issue = expectDropped((event) => { event.description = 'A'.repeat(10 * 1024 * 1024); }, '/events/0/description');
    expect(issue.received.length).toBeLessThanOrEqual(80);
    expect(issue.message).toContain('at most 10000 characters');
  });

  it('R10: a 300-character title without spaces is accepted as written', () => {
    const data = base();
    data.events[0].title = 'W'.repeat(300);
    expect(usable(data).dataset.events.find((e) => e.id === 'e1')!.title).toHaveLength(300);
  });

  it('R11: a lone surrogate, NUL or other C0 control in a title leaves the event out', () => {
    for (const title of ['a\ud800b', 'a\u0000b', 'a\u0007b', 'a\u001bb']) {
      const issue = expectDropped((event) => { event.title = title; }, '/events/0/title');
      expect(issue.message).toContain('control characters or broken Unicode');
    }
  });

  it('R12: names are kept exactly as written; NFC and NFD ids are different ids, reported, never merged', () => {
    const data = base();
    data.actors.push({ id: 'caf\u00e9', name: ' Caf\u00e9 ', type: 'government' });
    data.events[0].actors = ['cafe\u0301'];
    const { dataset, issues } = usable(data);
    expect(dataset.actors.find((a) => a.id === 'caf\u00e9')!.name).toBe(' Caf\u00e9 ');
    expect(issues.map((i) => i.path)).toEqual(['/events/0/actors/0']);
    expect(issues[0]!.message).toContain('unknown actor id');
  });

  it('R13/R14: RTL override, emoji, CJK, Arabic and combining marks are accepted as text', () => {
    const data = base();
    data.events[0].title = '\u202Egnp.exe 攻撃 هجوم 🛰️ Z̷̢a̸l̵g̶o';
    expect(usable(data).dataset.events.find((e) => e.id === 'e1')!.title).toBe(data.events[0].title);
  });
});

describe('catalogue 4.4: dates', () => {
  const drop = (date: unknown) => expectDropped((event) => { event.date = date; }, '/events/0/date');

  it('D1: month 13 or 00 is left out: "month out of range"', () => {
    expect(drop('2021-13-01').message).toContain('month 13 is not between 01 and 12');
    expect(drop('2021-00-10').message).toContain('month 00');
  });

  it('D2: 30 February, 29 February 2023 and 31 April never roll over', () => {
    for (const date of ['2021-02-30', '2023-02-29', '2021-04-31']) expect(drop(date).message).toContain('does not exist');
  });

  it('D3: 29 February 2024 and 2000 are real days; 1900 is not', () => {
    expect(parsePartialDate('2024-02-29').ok).toBe(true);
    expect(parsePartialDate('2000-02-29').ok).toBe(true);
    expect(drop('1900-02-29').message).toContain('does not exist');
  });

  it('D4/D6: "2016" and "2016-06-14" are UTC intervals, the same in any time zone (tests run in America/Los_Angeles)', () => {
    expect(process.env.TZ).toBe('America/Los_Angeles');
    const year = parsePartialDate('2016');
    expect(year.ok && [year.date.startMs, year.date.endMs]).toEqual([Date.UTC(2016, 0, 1), Date.UTC(2017, 0, 1)]);
    const day = parsePartialDate('2016-06-14');
    expect(day.ok && new Date(day.date.startMs).getUTCDate()).toBe(14);
  });

  it('D5: "2016-06" covers all of June', () => {
    const month = parsePartialDate('2016-06');
    expect(month.ok && [month.date.precision, month.date.startMs, month.date.endMs]).toEqual(['month', Date.UTC(2016, 5, 1), Date.UTC(2016, 6, 1)]);
  });

  it('D7/D8: times of day, with or without an offset, are not part of the format: left out, saying so', () => {
    expect(drop('2016-06-14T10:00').message).toContain('times of day are not supported');
    expect(drop('2016-06-14T23:30:00-05:00').message).toContain('times of day are not supported');
  });

  it('D9: other notations are left out, listing the supported forms', () => {
    for (const date of ['06/14/2016', '14/06/2016', 'June 14, 2016', '2016/06/14', '20160614', '2016-06-14 10:00']) {
      expect(drop(date).message).toContain('YYYY, YYYY-MM, YYYY-MM-DD');
    }
  });

  it('D10–D12, D14: signed, zero and far years are refused with the supported range; never shifted to 2044', () => {
    for (const date of ['-0044-03-15', '-000044-03-15', '-000000-01-01', '+275761-01-01', '-271822']) {
      expect(drop(date).message).toMatch(/not supported|outside|more than four digits/);
    }
    expect(drop('0000').message).toContain('outside 1–9999');
  });

  it('D13: "0075" is the year 75, never 1975', () => {
    const result = parsePartialDate('0075');
    expect(result.ok && new Date(result.date.startMs).getUTCFullYear()).toBe(75);
  });

  it('D15: an end before the start leaves the event out, naming both', () => {
    const issue = expectDropped((event) => { delete event.date; event.start = '2020-05'; event.end = '2020-03'; }, '/events/0/end');
    expect(issue.message).toContain('end "2020-03" is before start "2020-05"');
  });

  it('D16/D17: a mixed-precision period runs to the end of its end; end equal to start is one period of that day', () => {
    const data = base();
    delete data.events[0].date;
    Object.assign(data.events[0], { start: '2019', end: '2020-03' });
    delete data.events[1].date;
    Object.assign(data.events[1], { start: '2018-05-01', end: '2018-05-01' });
    const { dataset } = usable(data);
    expect(dataset.events.find((e) => e.id === 'e1')!.when.endMs).toBe(Date.UTC(2020, 3, 1));
    const same = dataset.events.find((e) => e.id === 'e2')!.when;
    expect([same.startMs, same.endMs]).toEqual([Date.UTC(2018, 4, 1), Date.UTC(2018, 4, 2)]);
  });

  it('D18: open start ("at least since") is modelled; an open end ("..", "ongoing") is left out with the supported forms', () => {
    const data = base();
    delete data.events[0].date;
    Object.assign(data.events[0], { start: '2012', end: '2019-06', openStart: true });
    expect(usable(data).dataset.events.find((e) => e.id === 'e1')!.when.openStart).toBe(true);
    for (const end of ['..', 'ongoing']) expectDropped((event) => { delete event.date; event.start = '2012'; event.end = end; }, '/events/0/end');
  });

  it('D19: EDTF marks ~ ? % X are refused with advice to give the coarser date', () => {
    for (const date of ['2016~', '2016?', '2016%', '201X']) expect(drop(date).message).toContain('uncertainty marks');
  });

  it('D20: seasons are written as words; EDTF "2018-22" is refused', () => {
    expect(parsePartialDate('2018-summer').ok).toBe(true);
    expect(drop('2018-22').message).toContain('month 22');
  });

  it('D21: ± days are modelled (approxDays); the interval is widened, not a fake exact day', () => {
    const data = base();
    data.events[0].approxDays = 2;
    const when = usable(data).dataset.events.find((e) => e.id === 'e1')!.when;
    expect([when.startMs, when.endMs]).toEqual([Date.UTC(2016, 5, 12), Date.UTC(2016, 5, 17)]);
  });

  it('D22: an epoch number is not a date', () => {
    expect(drop(1465862400000).expected).toContain('YYYY');
  });

  it('D23: " 2016-06-14 " is refused (what is stored is what is shown), asking to remove the spaces', () => {
    expect(drop(' 2016-06-14 ').message).toContain('remove the white space');
  });

  it('D24/D25: 10,000 events on one day, or a single event, all parse and keep a finite interval', () => {
    const many = rawDataset(Array.from({ length: 10_000 }, (_, i) => ({ id: `e${i}`, date: '2016-06-14' })));
    expect(usable(many).dataset.events).toHaveLength(10_000);
    const one = usable(rawDataset([{ id: 'only', date: '2016-06-14' }])).dataset.events[0]!.when;
    expect(one.endMs - one.startMs).toBe(86_400_000);
  });

  it('D26: years 1 and 9999 next to a one-day event parse to finite instants', () => {
    const { dataset } = usable(rawDataset([{ id: 'a', date: '0001' }, { id: 'b', date: '9999-12-31' }, { id: 'c', date: '2016-06-14' }]));
    for (const event of dataset.events) expect(Number.isFinite(event.when.startMs) && Number.isFinite(event.when.endMs)).toBe(true);
  });
});

describe('catalogue 4.5: injection payloads at parse time (rendering is tested in the browser)', () => {
  const payloads = [
    '<img src=x onerror=alert(1)>', '<script>alert(1)</script>', '<svg onload=alert(1)>',
    '"><img src=x onerror=alert(1)>', "' onmouseover='alert(1)", '<iframe srcdoc="<script>alert(1)</script>">',
    '<meta http-equiv=refresh content="0;url=https://attacker.example">', '{{constructor.constructor(\'alert(1)\')()}}', '${alert(1)}',
    'red;background:url(https://attacker.example/x)', '</style><style>*{display:none}</style>',
  ];

  it('X1–X8: every payload in every text field is kept verbatim, as data', () => {
    for (const payload of payloads) {
      const data = base();
      data.title = payload;
      data.events[0].title = payload;
      data.events[0].description = payload;
      data.actors[0].name = payload;
      data.actors[0].aliases = [payload];
      data.victims[0].name = payload;
      data.sources[0].title = payload;
      const { dataset, issues } = usable(data);
      expect(issues).toEqual([]);
      expect(dataset.title).toBe(payload);
      expect(dataset.events.find((e) => e.id === 'e1')!.description).toBe(payload);
    }
  });

  it('X9: a payload inside an id is refused by the id rule (no spaces), and echoed only as JSON text', () => {
    const issue = expectDropped((event) => { event.id = 'x" onfocus="alert(1)'; }, '/events/0/id');
    expect(issue.received).toBe(JSON.stringify('x" onfocus="alert(1)'));
  });
});

describe('catalogue 4.6: source links', () => {
  function linkIssue(url: unknown): { issues: readonly DataIssue[]; dataset: Dataset } {
    const data = base();
    data.sources[0].url = url;
    return usable(data);
  }

  it.each([
    ['U1', 'javascript:alert(1)'], ['U1', 'JaVaScRiPt:alert(1)'], ['U1', ' javascript:alert(1)'], ['U1', 'java\tscript:alert(1)'],
    ['U1', '\u0000javascript:alert(1)'], ['U2', 'data:text/html;base64,PHNjcmlwdD4='], ['U2', 'vbscript:msgbox(1)'],
    ['U2', 'file:///etc/passwd'], ['U2', 'blob:https://example.org/1'], ['U2', 'about:blank'], ['U2', 'ftp://example.org/x'],
    ['U3', '//attacker.example/x'], ['U3', '/relative'], ['U3', '#frag'], ['U3', '?q'],
    ['U5', 'https://bbc.co.uk@attacker.example/'], ['U7', `https://example.org/${'a'.repeat(100_000)}`],
  ])('%s: %j is a warning; the source is kept without its link', (_case, url) => {
    const { issues, dataset } = linkIssue(url);
    expect(issues.map((i) => [i.path, i.severity])).toEqual([['/sources/0/url', 'warning']]);
    expect(issues[0]!.message).toContain('link was removed');
    expect(dataset.sources[0]!.url).toBeUndefined();
    expect(dataset.events).toHaveLength(2);
  });

  it('U4/U6/U8: http:, an IDN host and a normal https link with query and fragment are kept', () => {
    for (const url of ['http://example.org/x', 'https://\u0430pple.com/', 'https://example.org/report?a=1#p']) {
      const { issues, dataset } = linkIssue(url);
      expect(issues).toEqual([]);
      expect(dataset.sources[0]!.url).toBe(url);
    }
  });
});

describe('catalogue 4.7: identity and references', () => {
  it('I1: two events with the same id: the later is left out, the message names both places', () => {
    const data = base();
    data.events[1].id = 'e1';
    const { dataset, issues } = usable(data);
    expect(dataset.events.map((e) => e.id)).toEqual(['e1']);
    expect(dataset.events[0]!.title).toBe('Event e1');
    expect(issues[0]!.path).toBe('/events/1/id');
    expect(issues[0]!.message).toContain('already used at /events/0');
  });

  it('I2: two actors with one id: the first wins, one entry remains', () => {
    const data = base();
    data.actors.push({ id: 'g1', name: 'Impostor', type: 'government' });
    const { dataset, issues } = usable(data);
    expect(dataset.actors.filter((a) => a.id === 'g1').map((a) => a.name)).toEqual(['Group One']);
    expect(issues.map((i) => i.path)).toEqual([`/actors/${data.actors.length - 1}/id`]);
  });

  it('I3/I4: an unknown actor (or a different case) is a warning; the reference is removed, the event kept', () => {
    const data = base();
    data.events[0].actors = ['apt99', 'G1', 'g1'];
    const { dataset, issues } = usable(data);
    expect(issues.map((i) => i.path)).toEqual(['/events/0/actors/0', '/events/0/actors/1']);
    expect(dataset.events.find((e) => e.id === 'e1')!.actors).toEqual(['g1']);
  });

  it('I5: the same actor twice in one event is a warning and de-duplicated', () => {
    const data = base();
    data.events[0].actors = ['g1', 'g1'];
    const { dataset, issues } = usable(data);
    expect(issues.map((i) => [i.path, i.severity])).toEqual([['/events/0/actors/1', 'warning']]);
    expect(dataset.events.find((e) => e.id === 'e1')!.actors).toEqual(['g1']);
  });

  it('I6/I7: unreferenced actors and events without actors or victims are fine', () => {
    const { issues, dataset } = usable(base());
    expect(issues).toEqual([]);
    expect(dataset.events.find((e) => e.id === 'e2')!.actors).toEqual([]);
  });

  it('I8: 5,000 actors parse', () => {
    const data = base();
    data.actors = Array.from({ length: 5000 }, (_, i) => ({ id: `a${i}`, name: `Actor ${i}`, type: 'threat-group' }));
    data.events[0].actors = ['a4999'];
    expect(usable(data).dataset.actors).toHaveLength(5000);
  });

  it('no cascade: a bad actor is left out once; references to it are removed and counted in one warning', () => {
    const data = base();
    data.actors[0].name = '';
    data.events[1].actors = ['g1'];
    const { dataset, issues } = usable(data);
    expect(dataset.actors.map((a) => a.id)).not.toContain('g1');
    expect(dataset.events).toHaveLength(2);
    expect(issues.map((i) => [i.path, isError(i) ? 'error' : 'warning'])).toEqual([['/actors/0/name', 'error'], ['/actors/0/id', 'warning']]);
    expect(issues[1]!.message).toContain('2 references');
  });

  it('every problem in one pass: structural, date, reference and duplicate problems of different records together', () => {
    const data = base();
    data.events.push({ ...data.events[1], id: 'e3', date: '2021-02-30' });
    data.events.push({ ...data.events[1], id: 'e4', kind: 'nonsense' });
    data.events.push({ ...data.events[1], id: 'e2' });
    data.events[0].actors = ['ghost'];
    const { issues, result } = usable(data);
    expect(issues.map((i) => i.path)).toEqual(['/events/2/date', '/events/3/kind', '/events/4/id', '/events/0/actors/0']);
    expect(result.rejected.events).toBe(3);
    expect(result.received.events).toBe(5);
    expect(result.recordIds.get('/events/2')).toBe('e3');
  });

  it('all events left out is fatal, with every reason; strict parseDataset refuses any issue', () => {
    const data = base();
    for (const event of data.events) event.date = '2021-02-30';
    const result = lenient(data);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.message).toContain('None of the 2 events');
    const warnOnly = base();
    warnOnly.events[0].actors = ['ghost'];
    expect(parseDataset(warnOnly).ok).toBe(false);
  });
});

describe('catalogue 4.8: scale', () => {
  // How fast is `npm run bench` / `npm run bench:parse`'s business; here only that it completes.
  it('P2: 100,000 valid events parse, every one kept', () => {
    const events = Array.from({ length: 100_000 }, (_, i) => ({ id: `e${i}`, date: `${2000 + (i % 20)}-0${1 + (i % 9)}-1${i % 10}` }));
    const { dataset, issues } = usable(JSON.parse(JSON.stringify(rawDataset(events))));
    expect(issues).toEqual([]);
    expect(dataset.events).toHaveLength(100_000);
  });

  it('P5: 100,000 invalid events: fatal, every one counted, without running away', () => {
    const events = Array.from({ length: 100_000 }, (_, i) => ({ id: `e${i}`, date: '2021-02-30' }));
    const result = lenient(rawDataset(events));
    expect(result.ok).toBe(false);
    expect(!result.ok && result.message).toContain('100000');
    expect(result.issues).toHaveLength(100_000);
  });

  it('list caps: more events than the schema allows is fatal before any record is checked', () => {
    const data = base();
    data.events = new Array(200_001).fill(0);
    const issues = fatal(data);
    expect(issues.map((i) => i.path)).toEqual(['/events']);
    expect(issues[0]!.message).toContain('200001 items');
  });
});
