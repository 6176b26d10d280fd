import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { DEFAULT_VIEW_STATE, decodeViewState, encodeViewState, keepKnownIds, mergeViewStateIntoHash, type ViewState } from '../../../src/derive/view-state.ts';
import { GROUP_BY_OPTIONS } from '../../../src/derive/lanes.ts';

const DAY_MS = 86_400_000;
const full: ViewState = {
  startMs: Date.UTC(2016, 0, 1),
  endMs: Date.UTC(2019, 6, 1),
  actors: ['apt10', 'gallium'],
  victims: ['visma'],
  selected: 'soft-cell-disclosed',
  groupBy: 'kind',
  query: 'cloud hopper & co',
};

describe('encodeViewState', () => {
  it('writes the documented format, with readable commas and an inclusive end day', () => {
    expect(encodeViewState(full)).toBe(
      'start=2016-01-01&end=2019-06-30&actors=apt10,gallium&victims=visma&selected=soft-cell-disclosed&group=kind&q=cloud+hopper+%26+co',
    );
  });

  it('leaves defaults out', () => {
    expect(encodeViewState(DEFAULT_VIEW_STATE)).toBe('');
    expect(encodeViewState({ ...DEFAULT_VIEW_STATE, groupBy: 'victim' })).toBe('group=victim');
  });

  it('puts the prefix before every key', () => {
    expect(encodeViewState({ ...DEFAULT_VIEW_STATE, query: 'x', startMs: Date.UTC(2016, 0, 1) }, 't1')).toBe('t1.start=2016-01-01&t1.q=x');
  });

  it('widens a window inside a day to whole UTC days', () => {
    const state = { ...DEFAULT_VIEW_STATE, startMs: Date.UTC(2018, 11, 20, 6), endMs: Date.UTC(2018, 11, 20, 18) };
    const decoded = decodeViewState(encodeViewState(state)).state!;
    expect(decoded.startMs).toBe(Date.UTC(2018, 11, 20));
    expect(decoded.endMs).toBe(Date.UTC(2018, 11, 21));
  });
});

describe('decodeViewState', () => {
  it('reads what encodeViewState writes, with or without #', () => {
    expect(decodeViewState(`#${encodeViewState(full)}`)).toEqual({ state: full, issues: [] });
    expect(decodeViewState(encodeViewState(full)).state).toEqual(full);
  });

  it('reads URL-encoded commas, partial dates and white space in lists', () => {
    const { state, issues } = decodeViewState('#start=2016&end=2019-06&actors=apt10%2C%20gallium,,apt10');
    expect(issues).toEqual([]);
    expect(state).toEqual({ ...DEFAULT_VIEW_STATE, startMs: Date.UTC(2016, 0, 1), endMs: Date.UTC(2019, 6, 1), actors: ['apt10', 'gallium'] });
  });

  it('gives null when the hash holds nothing for this prefix', () => {
    expect(decodeViewState('')).toEqual({ state: null, issues: [] });
    expect(decodeViewState('#section-2')).toEqual({ state: null, issues: [] });
    expect(decodeViewState('#start=2016', 't1')).toEqual({ state: null, issues: [] });
    expect(decodeViewState('#t1.start=2016').state).toBeNull();
  });

  it('keeps two prefixes apart', () => {
    const hash = '#t1.q=one&t2.q=two&q=none';
    expect(decodeViewState(hash, 't1').state!.query).toBe('one');
    expect(decodeViewState(hash, 't2').state!.query).toBe('two');
    expect(decodeViewState(hash).state!.query).toBe('none');
  });

  it('gives defaults for keys a link leaves out, and keeps the window edges unset', () => {
    expect(decodeViewState('#q=panda').state).toEqual({ ...DEFAULT_VIEW_STATE, query: 'panda' });
  });

  it('reports malformed dates, a reversed window and an unknown grouping, keeping the rest', () => {
    const { state, issues } = decodeViewState('#start=soon&end=2019&group=colour&q=x');
    expect(issues.map((issue) => issue.path)).toEqual(['#start', '#group']);
    expect(issues[0]!.message).toContain('"soon"');
    expect(state).toEqual({ ...DEFAULT_VIEW_STATE, endMs: Date.UTC(2020, 0, 1), query: 'x' });

    const reversed = decodeViewState('#t1.start=2019&t1.end=2016', 't1');
    expect(reversed.issues.map((issue) => issue.path)).toEqual(['#t1.end']);
    expect(reversed.state!.startMs).toBeUndefined();
    expect(reversed.state!.endMs).toBeUndefined();
  });

  it('reads an empty selection as none', () => {
    expect(decodeViewState('#selected=&q=a').state!.selected).toBeNull();
  });
});

describe('mergeViewStateIntoHash', () => {
  it('replaces only this prefix\u2019s keys, keeping the rest byte for byte and in place', () => {
    const hash = '#page=2&t1.q=old&t2.q=other&weird=%E2%9C%93&t1.group=kind';
    const merged = mergeViewStateIntoHash(hash, { ...DEFAULT_VIEW_STATE, query: 'new' }, 't1');
    expect(merged).toBe('#page=2&t2.q=other&weird=%E2%9C%93&t1.q=new');
  });

  it('keeps a plain anchor and malformed parts', () => {
    expect(mergeViewStateIntoHash('#section-2&%E0%A4', { ...DEFAULT_VIEW_STATE, query: 'a' })).toBe('#section-2&%E0%A4&q=a');
  });

  it('gives "" when nothing is left', () => {
    expect(mergeViewStateIntoHash('#q=a&group=kind', DEFAULT_VIEW_STATE)).toBe('');
    expect(mergeViewStateIntoHash('', DEFAULT_VIEW_STATE)).toBe('');
  });
});

describe('round trip (property)', () => {
  const id = fc.stringMatching(/^[a-z0-9][a-z0-9._~-]{0,11}$/);
  const day = fc.integer({ min: Date.UTC(1990, 0, 1) / DAY_MS, max: Date.UTC(2040, 0, 1) / DAY_MS }).map((days) => days * DAY_MS);
  const windowArb = fc.option(fc.tuple(day, fc.integer({ min: 1, max: 5000 })).map(([start, days]) => ({ startMs: start, endMs: start + days * DAY_MS })), { nil: undefined });
  const stateArb = fc.record({
    window: windowArb,
    actors: fc.uniqueArray(id, { maxLength: 4 }),
    victims: fc.uniqueArray(id, { maxLength: 4 }),
    subjects: fc.option(fc.uniqueArray(id, { minLength: 1, maxLength: 3 }), { nil: undefined }),
    selected: fc.option(id, { nil: null }),
    groupBy: fc.constantFrom(...GROUP_BY_OPTIONS),
    query: fc.string({ unit: 'grapheme', maxLength: 30 }),
  }).map(({ window, subjects, ...rest }): ViewState => ({ ...(window ?? {}), ...(subjects ? { subjects } : {}), ...rest }));
  const prefixArb = fc.constantFrom('', 't1', 'main-chart');

  it('decode(encode(state)) gives the state back', () => {
    fc.assert(
      fc.property(stateArb, prefixArb, (state, prefix) => {
        const encoded = encodeViewState(state, prefix);
        const decoded = decodeViewState(`#${encoded}`, prefix);
        expect(decoded.issues).toEqual([]);
        if (encoded === '') expect(decoded.state).toBeNull();
        else expect(decoded.state).toEqual(state);
      }),
    );
  });

  it('merging into a page hash keeps the page\u2019s parameters and reads back the state', () => {
    fc.assert(
      fc.property(stateArb, stateArb, prefixArb, (first, second, prefix) => {
        const page = '#page=3&other.q=zzz';
        const once = mergeViewStateIntoHash(page, first, prefix);
        const twice = mergeViewStateIntoHash(once, second, prefix);
        expect(twice.startsWith(page)).toBe(true);
        const decoded = decodeViewState(twice, prefix).state;
        if (encodeViewState(second, prefix) === '') expect(decoded).toBeNull();
        else expect(decoded).toEqual(second);
      }),
    );
  });
});

describe('subjects in the link', () => {
  it('writes and reads the subject filter, and leaves it out when there is none', () => {
    const state = { ...DEFAULT_VIEW_STATE, subjects: ['huawei', 'zte'] };
    expect(encodeViewState(state)).toBe('subjects=huawei,zte');
    expect(decodeViewState('#subjects=huawei,zte').state).toEqual(state);
    expect(encodeViewState({ ...DEFAULT_VIEW_STATE, subjects: [] })).toBe('');
    expect(decodeViewState('#actors=apt10').state).not.toHaveProperty('subjects');
  });

  it('removes unknown subject ids when the dataset says which exist, and reports them', () => {
    const known = { actors: new Set<string>(), victims: new Set<string>(), subjects: new Set(['huawei']), events: new Set<string>() };
    const result = keepKnownIds({ ...DEFAULT_VIEW_STATE, subjects: ['huawei', 'gone'] }, known);
    expect(result.state.subjects).toEqual(['huawei']);
    expect(result.issues.map((issue) => [issue.path, issue.received])).toEqual([['#subjects', '"gone"']]);
  });
});

describe('keepKnownIds', () => {
  const known = { actors: new Set(['apt10']), victims: new Set(['visma']), events: new Set(['e1']) };

  it('keeps a state whose ids all exist as it is', () => {
    const state = { ...DEFAULT_VIEW_STATE, actors: ['apt10'], victims: ['visma'], selected: 'e1' };
    expect(keepKnownIds(state, known)).toEqual({ state, issues: [] });
  });

  it('removes unknown ids and reports each one with its key', () => {
    const state = { ...DEFAULT_VIEW_STATE, startMs: 0, actors: ['apt10', 'nope'], victims: ['gone'], selected: 'missing', query: 'x' };
    const result = keepKnownIds(state, known, 't1');
    expect(result.state).toEqual({ ...state, actors: ['apt10'], victims: [], selected: null });
    expect(result.issues.map((issue) => [issue.path, issue.received])).toEqual([
      ['#t1.actors', '"nope"'],
      ['#t1.victims', '"gone"'],
      ['#t1.selected', '"missing"'],
    ]);
    expect(result.issues[0]!.message).toContain('unknown actor id "nope"');
  });
});
