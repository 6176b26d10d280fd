import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { DEFAULT_VIEW, formatView, keepKnownIds, parseView, type View } from '../../../src/derive/view.ts';
import { GROUP_BY_OPTIONS } from '../../../src/derive/lanes.ts';

const DAY_MS = 86_400_000;
/** First instant the partial-date grammar accepts (0001-01-01) and the end of the last (10000-01-01). */
const YEAR_1_MS = Date.UTC(2000, 0, 1) - 730_119 * DAY_MS;
const YEAR_10000_MS = Date.UTC(2000, 0, 1) + 2_921_940 * DAY_MS;

describe('parseView', () => {
  it('reads every field from attribute strings, naming nothing when all is readable', () => {
    const { view, issues } = parseView({ start: '2016', end: '2019-06', actors: 'apt10, gallium', victims: 'visma', selected: ' e1 ', groupBy: 'kind', query: 'cloud', step: '3' });
    expect(issues).toEqual([]);
    expect(view).toEqual({
      startMs: Date.UTC(2016, 0, 1), endMs: Date.UTC(2019, 6, 1), actors: ['apt10', 'gallium'], victims: ['visma'],
      selected: 'e1', groupBy: 'kind', query: 'cloud', step: 3,
    });
  });

  it('holds only the fields given; a blank string counts as not given', () => {
    expect(parseView({})).toEqual({ view: {}, issues: [] });
    expect(parseView({ start: ' ', end: '', groupBy: '', step: '' })).toEqual({ view: {}, issues: [] });
    expect(parseView({ query: '' }).view).toEqual({ query: '' });
    expect(parseView({ selected: '' }).view).toEqual({ selected: null });
  });

  it('reads id lists from arrays (JSON) and comma-separated text alike', () => {
    expect(parseView({ actors: ['a', 'b', 'a'] }).view.actors).toEqual(['a', 'b']);
    expect(parseView({ actors: ' a,b,,a ' }).view.actors).toEqual(['a', 'b']);
  });

  it('takes window edges as partial dates, Dates or UTC ms, and startMs/endMs before start/end', () => {
    expect(parseView({ start: new Date(Date.UTC(2017, 1, 3)), end: Date.UTC(2018, 0, 1) }).view).toEqual({ startMs: Date.UTC(2017, 1, 3), endMs: Date.UTC(2018, 0, 1) });
    const reported = { start: '2016-01-01', end: '2016-12-31', startMs: Date.UTC(2016, 0, 1, 6), endMs: Date.UTC(2016, 11, 31, 18) };
    expect(parseView(reported).view).toEqual({ startMs: reported.startMs, endMs: reported.endMs });
  });

  it('names each unreadable field with its value and what was expected, and leaves it out', () => {
    const { view, issues } = parseView(
      { start: 'soon', end: Number.NaN, actors: 7, victims: ['ok', 3], selected: 12, groupBy: 'colour', query: {}, step: -1 },
      { name: (field) => `#t1.${field}` },
    );
    expect(view).toEqual({});
    expect(issues.map((issue) => [issue.path, issue.received])).toEqual([
      ['#t1.start', '"soon"'], ['#t1.end', 'NaN'], ['#t1.actors', '7'], ['#t1.victims', '["ok",3]'],
      ['#t1.selected', '12'], ['#t1.groupBy', '"colour"'], ['#t1.query', '{}'], ['#t1.step', '-1'],
    ]);
    expect(issues[5]!.expected).toBe(GROUP_BY_OPTIONS.join(', '));
    expect(issues[0]!.message).toBe('#t1.start: expected a date as YYYY, YYYY-MM or YYYY-MM-DD, got "soon"');
  });

  it.each([[Number.NaN], [1.5], [-2], ['two'], ['1e3'], [Number.MAX_SAFE_INTEGER + 2]])('refuses step %j', (step) => {
    const { view, issues } = parseView({ step });
    expect(view.step).toBeUndefined();
    expect(issues.map((issue) => issue.path)).toEqual(['step']);
  });

  it('puts a reversed window in order, or refuses it for a link', () => {
    expect(parseView({ start: '2019', end: '2015' }).view).toEqual({ startMs: Date.UTC(2016, 0, 1), endMs: Date.UTC(2019, 0, 1) });
    const refused = parseView({ start: '2019', end: '2015' }, { reversedWindow: 'refuse' });
    expect(refused.view).toEqual({});
    expect(refused.issues.map((issue) => [issue.path, issue.expected])).toEqual([['end', 'a date after start 2019']]);
  });

  it('reads the subject filter (organisations named) like the other id lists, and names it when unreadable', () => {
    expect(parseView({ subjects: 'huawei, zte,huawei' }).view).toEqual({ subjects: ['huawei', 'zte'] });
    expect(parseView({ subjects: ['huawei'] }).view).toEqual({ subjects: ['huawei'] });
    expect(parseView({ subjects: '' }).view).toEqual({ subjects: [] });
    const { view, issues } = parseView({ subjects: [1] }, { name: (field) => `#${field}` });
    expect(view).toEqual({});
    expect(issues.map((issue) => [issue.path, issue.received])).toEqual([['#subjects', '[1]']]);
  });

  it('never throws, whatever it is given', () => {
    fc.assert(fc.property(fc.dictionary(fc.constantFrom('start', 'end', 'startMs', 'endMs', 'actors', 'victims', 'subjects', 'selected', 'groupBy', 'query', 'step'), fc.anything()), (input) => {
      const { view, issues } = parseView(input);
      expect(Array.isArray(issues)).toBe(true);
      expect(typeof view).toBe('object');
    }), { seed: 17, numRuns: 500 });
  });
});

describe('formatView', () => {
  it('writes the fields that differ from the default, the window as whole UTC days', () => {
    const view: View = { startMs: Date.UTC(2016, 0, 1), endMs: Date.UTC(2019, 6, 1), actors: ['a', 'b'], victims: [], selected: 'e1', groupBy: 'kind', query: 'x y', step: 2 };
    expect(formatView(view)).toEqual({ start: '2016-01-01', end: '2019-06-30', actors: 'a,b', selected: 'e1', groupBy: 'kind', query: 'x y', step: '2' });
    expect(formatView(DEFAULT_VIEW)).toEqual({});
  });

  it('writes the subject filter when it names any, and nothing for an empty one', () => {
    expect(formatView({ ...DEFAULT_VIEW, subjects: ['huawei', 'zte'] })).toEqual({ subjects: 'huawei,zte' });
    expect(formatView({ ...DEFAULT_VIEW, subjects: [] })).toEqual({});
  });

  it('writes the first and last day the dates can name (years 1 and 9999), and reads them back', () => {
    const text = formatView({ startMs: YEAR_1_MS, endMs: YEAR_10000_MS });
    expect(text).toEqual({ start: '0001-01-01', end: '9999-12-31' });
    expect(parseView(text).view).toEqual({ startMs: YEAR_1_MS, endMs: YEAR_10000_MS });
  });

  it('round trip (property): parseView(formatView(view)) gives the view back, the window widened to whole days', () => {
    const id = fc.stringMatching(/^[a-z0-9][a-z0-9._~-]{0,11}$/);
    const instant = fc.integer({ min: YEAR_1_MS, max: YEAR_10000_MS - 1 });
    const viewArb = fc.record({
      edges: fc.tuple(instant, instant).filter(([a, b]) => a !== b).map(([a, b]) => [Math.min(a, b), Math.max(a, b)] as const),
      actors: fc.uniqueArray(id, { maxLength: 3 }),
      victims: fc.uniqueArray(id, { maxLength: 3 }),
      selected: fc.option(id, { nil: null }),
      groupBy: fc.constantFrom(...GROUP_BY_OPTIONS),
      query: fc.string({ maxLength: 20 }),
      step: fc.option(fc.nat({ max: 500 }), { nil: undefined }),
      subjects: fc.option(fc.uniqueArray(id, { minLength: 1, maxLength: 3 }), { nil: undefined }),
    });
    fc.assert(fc.property(viewArb, ({ edges: [startMs, endMs], step, subjects, ...rest }) => {
      const view: View = { startMs, endMs, ...rest, ...(step === undefined ? {} : { step }), ...(subjects === undefined ? {} : { subjects }) };
      const { view: back, issues } = parseView(formatView(view));
      expect(issues).toEqual([]);
      expect({ ...DEFAULT_VIEW, ...back }).toEqual({ ...view, startMs: Math.floor(startMs / DAY_MS) * DAY_MS, endMs: Math.ceil(endMs / DAY_MS) * DAY_MS + 0 });
    }), { seed: 42, numRuns: 1000 });
  });
});

describe('keepKnownIds', () => {
  const known = { actors: new Set(['apt10']), victims: new Set(['visma']), events: new Set(['e1']) };

  it('removes unknown ids and names each one, with the caller\u2019s field names', () => {
    const { view, issues } = keepKnownIds({ actors: ['apt10', 'x'], victims: ['y'], selected: 'z', query: 'q' }, known, (field) => `<at-step> ${field}`);
    expect(view).toEqual({ actors: ['apt10'], victims: [], selected: null, query: 'q' });
    expect(issues.map((issue) => [issue.path, issue.message])).toEqual([
      ['<at-step> actors', '<at-step> actors: unknown actor id "x" (got "x")'],
      ['<at-step> victims', '<at-step> victims: unknown victim id "y" (got "y")'],
      ['<at-step> selected', '<at-step> selected: unknown event id "z" (got "z")'],
    ]);
  });

  it('leaves out fields the view does not hold', () => {
    expect(keepKnownIds({ query: 'q' }, known)).toEqual({ view: { query: 'q' }, issues: [] });
  });

  it('checks subject ids when the dataset says which exist, and leaves them alone when it does not', () => {
    const withSubjects = { ...known, subjects: new Set(['huawei']) };
    const { view, issues } = keepKnownIds({ subjects: ['huawei', 'gone'] }, withSubjects);
    expect(view).toEqual({ subjects: ['huawei'] });
    expect(issues.map((issue) => issue.message)).toEqual(['subjects: unknown named organisation id "gone" (got "gone")']);
    expect(issues[0]!.expected).toBe('a named organisation id of this dataset');
    expect(keepKnownIds({ subjects: ['gone'] }, known)).toEqual({ view: { subjects: ['gone'] }, issues: [] });
  });
});
