import { describe, it, expect } from 'vitest';
import { childPath, pathText, createIssue, DatasetError, describeValue, thrownIssue, type DataIssue } from '../../../src/model/issues.ts';

describe('describeValue', () => {
  it('JSON-encodes values', () => {
    expect(describeValue('abc')).toBe('"abc"');
    expect(describeValue(42)).toBe('42');
    expect(describeValue(null)).toBe('null');
    expect(describeValue([1, 'a'])).toBe('[1,"a"]');
    expect(describeValue({ a: 1 })).toBe('{"a":1}');
  });

  it('says "nothing" for undefined and spells out non-finite numbers and bigints', () => {
    expect(describeValue(undefined)).toBe('nothing');
    expect(describeValue(Number.NaN)).toBe('NaN');
    expect(describeValue(-Infinity)).toBe('-Infinity');
    expect(describeValue(10n)).toBe('10n');
  });

  it('truncates long values to 80 characters ending with an ellipsis', () => {
    const text = describeValue('x'.repeat(500));
    expect(text).toHaveLength(80);
    expect(text.endsWith('…')).toBe(true);
    expect(text.startsWith('"xxx')).toBe(true);
  });

  it('keeps a value of exactly 80 characters whole', () => {
    const value = 'y'.repeat(78); // 80 with the quotes
    expect(describeValue(value)).toBe(`"${value}"`);
  });

  it('never cuts a surrogate pair in half when truncating', () => {
    // '"' + 77 × 'x' puts the emoji's high surrogate at index 78, the last kept position.
    const text = describeValue(`${'x'.repeat(77)}😀${'y'.repeat(10)}`);
    expect(text.endsWith('…')).toBe(true);
    expect(text.length).toBeLessThanOrEqual(80);
    expect(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(text)).toBe(false);
    expect(describeValue(`${'x'.repeat(76)}😀${'y'.repeat(10)}`)).toBe(`"${'x'.repeat(76)}😀…`);
  });

  it('does not throw on circular values', () => {
    const circular: Record<string, unknown> = {};
    circular.self = circular;
    expect(describeValue(circular)).toBe('[object Object]');
  });
});

describe('childPath', () => {
  it('appends keys and indices as JSON Pointer segments', () => {
    expect(pathText(childPath('', 'events'))).toBe('/events');
    expect(pathText(childPath('/events', 3))).toBe('/events/3');
  });

  it('escapes ~ as ~0 and / as ~1 (RFC 6901), ~ first', () => {
    expect(pathText(childPath('/x', 'a/b'))).toBe('/x/a~1b');
    expect(pathText(childPath('/x', 'a~b'))).toBe('/x/a~0b');
    expect(pathText(childPath('/x', '~/'))).toBe('/x/~0~1');
    expect(pathText(childPath('', '~1'))).toBe('/~01');
  });
});

describe('createIssue', () => {
  it('builds "path: expected X, got Y"', () => {
    const issue = createIssue('/events/0/title', 5, 'a string');
    expect(issue).toEqual({ path: '/events/0/title', received: '5', expected: 'a string', message: '/events/0/title: expected a string, got 5' });
  });

  it('uses the detail sentence when given, and calls the root "dataset"', () => {
    const issue = createIssue('', null, 'an object', 'is empty');
    expect(issue.message).toBe('dataset: is empty (got null)');
    expect(issue.path).toBe('');
  });
});

describe('thrownIssue', () => {
  it('is the thrown reason alone, with the value JSON-encoded as createIssue gives it', () => {
    const reason = new TypeError('Failed to fetch dynamically imported module: https://news.example/js/attack-timeline-search.js');
    expect(thrownIssue('attack-timeline-search.js', 'attack-timeline-search.js', 'the file beside the script', reason)).toEqual({
      path: 'attack-timeline-search.js',
      received: '"attack-timeline-search.js"',
      expected: 'the file beside the script',
      message: `TypeError: ${reason.message}`,
    });
  });

  it('never throws, whatever was thrown, and keeps a long reason short', () => {
    const unreadable = Object.create(null) as object;
    expect(thrownIssue('f.js', 'f.js', 'x', unreadable).message).toBe('an unreadable error');
    expect(thrownIssue('f.js', 'f.js', 'x', Symbol('s')).message).toBe('Symbol(s)');
    expect(thrownIssue('f.js', 'f.js', 'x', new Error('x'.repeat(5000))).message.length).toBeLessThan(260);
  });
});

describe('DatasetError', () => {
  const issue = (n: number): DataIssue => createIssue(`/events/${n}/id`, n, 'an id');

  it('lists every problem in its message and keeps the issues', () => {
    const issues = [issue(0), issue(1)];
    const error = new DatasetError(issues);
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe('DatasetError');
    expect(error.issues).toBe(issues);
    expect(error.message).toBe(['Invalid dataset: 2 problems', `- ${issues[0]!.message}`, `- ${issues[1]!.message}`].join('\n'));
  });

  it('uses the singular for one problem', () => {
    expect(new DatasetError([issue(0)]).message.split('\n')[0]).toBe('Invalid dataset: 1 problem');
  });

  it('shows the first five problems and counts the rest', () => {
    const error = new DatasetError([0, 1, 2, 3, 4, 5, 6].map(issue), 'Could not load');
    const lines = error.message.split('\n');
    expect(lines[0]).toBe('Could not load: 7 problems');
    expect(lines).toHaveLength(7);
    expect(lines[5]).toContain('/events/4/id');
    expect(lines[6]).toBe('- …and 2 more');
    expect(error.issues).toHaveLength(7);
  });
});
