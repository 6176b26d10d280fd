import { describe, it, expect, afterEach } from 'vitest';
import type { DataIssue } from '../../../src/model/issues.ts';
import { array, boolean, integer, object, oneOf, string, type Schema } from '../../../src/model/schema.ts';
import { datasetJsonSchema } from '../../../src/model/dataset-schema.ts';

function run<T>(schema: Schema<T>, value: unknown, path = ''): { value: T | undefined; issues: DataIssue[] } {
  const issues: DataIssue[] = [];
  return { value: schema.parse(value, path, issues), issues };
}

const person = object({ name: string({ minLength: 1, maxLength: 20 }), age: integer(0, 150) }, { nick: string() });

describe('string', () => {
  it('accepts a string within bounds', () => {
    expect(run(string({ minLength: 1, maxLength: 5 }), 'abc')).toEqual({ value: 'abc', issues: [] });
  });

  it('rejects a non-string, naming path and received value', () => {
    const { value, issues } = run(string(), 12, '/events/0/title');
    expect(value).toBeUndefined();
    expect(issues).toHaveLength(1);
    expect(issues[0]!.path).toBe('/events/0/title');
    expect(issues[0]!.received).toBe('12');
    expect(issues[0]!.message).toContain('/events/0/title');
  });

  it('rejects empty and too long strings', () => {
    expect(run(string({ minLength: 1 }), '').issues[0]!.message).toContain('must not be empty');
    expect(run(string({ maxLength: 3 }), 'abcd').issues[0]!.message).toContain('at most 3 characters');
  });

  it('rejects lone surrogates', () => {
    expect(run(string(), 'a\uD800b').issues).toHaveLength(1);
    expect(run(string(), 'a\uDC00').issues).toHaveLength(1);
    expect(run(string(), '\uD83D').issues).toHaveLength(1);
  });

  it('accepts well-formed surrogate pairs', () => {
    expect(run(string(), 'emoji 😀').value).toBe('emoji 😀');
  });

  it('rejects control characters but allows tab and newline', () => {
    for (const bad of ['a\u0000b', 'a\u0007', 'a\rb', 'a\u001Bb', 'del\u007F']) {
      const { value, issues } = run(string(), bad);
      expect(value).toBeUndefined();
      expect(issues[0]!.message).toContain('control characters');
    }
    expect(run(string(), 'line\nnext\tcol').value).toBe('line\nnext\tcol');
  });

  it('rejects blank text whatever white space it starts with, and accepts text that only starts blank', () => {
    const schema = string({ minLength: 1 });
    // Every character JavaScript's \s matches, alone and repeated: the shortcut on the first
    // character must send each of them to the full check.
    const blanks = ['\t', '\n', '\v', '\f', '\r', ' ', '\u00A0', '\u1680', '\u2000', '\u200A', '\u2028', '\u2029', '\u202F', '\u205F', '\u3000', '\uFEFF'];
    for (const blank of blanks) {
      for (const value of [blank, blank.repeat(3), `${blank} ${blank}`]) {
        const { value: parsed, issues } = run(schema, value, '/events/0/title');
        expect(parsed, JSON.stringify(value)).toBeUndefined();
        expect(issues).toHaveLength(1);
        expect(issues[0]!.message).toContain('must not be blank');
        expect(issues[0]!.path).toBe('/events/0/title');
      }
      // Vertical tab, form feed and carriage return are control characters, refused as such.
      if (!['\v', '\f', '\r'].includes(blank)) expect(run(schema, `${blank}x`).value).toBe(`${blank}x`);
      else expect(run(schema, `${blank}x`).issues[0]!.message).toContain('control characters');
    }
    // Not white space to JavaScript, so not blank: a zero-width space, a soft hyphen, an emoji.
    for (const visible of ['\u200B', '\u00AD', '😀', 'é', '~', '!']) expect(run(schema, visible).value).toBe(visible);
    // Without a minimum length, blank text is allowed.
    expect(run(string(), '   ').value).toBe('   ');
  });

  it('calls text of one UTF-16 unit blank exactly when JavaScript\'s \\s matches it, for every unit', () => {
    const schema = string({ minLength: 1 });
    for (let code = 0; code < 0x10000; code++) {
      const value = String.fromCharCode(code);
      const blank = run(schema, value).issues.some((issue) => issue.message.includes('must not be blank'));
      if (blank !== !/\S/.test(value)) expect.fail(`U+${code.toString(16)}: blank ${blank}`);
    }
  });

  it('checks the pattern and reports its description', () => {
    const schema = string({ pattern: /^G\d{4}$/, patternDescription: 'a group id' });
    expect(run(schema, 'G0045').value).toBe('G0045');
    expect(run(schema, 'X1').issues[0]!.expected).toBe('a group id');
  });
});

describe('integer, boolean, oneOf', () => {
  it('integer rejects fractions, strings and out-of-range values', () => {
    const schema = integer(1, 366);
    expect(run(schema, 3).value).toBe(3);
    for (const bad of [0, 367, 1.5, '3', Number.NaN, null]) expect(run(schema, bad).issues).toHaveLength(1);
  });

  it('boolean accepts only true and false', () => {
    expect(run(boolean(), false).value).toBe(false);
    expect(run(boolean(), 'true').issues[0]!.expected).toBe('true or false');
  });

  it('oneOf lists the allowed values', () => {
    const schema = oneOf(['a', 'b'] as const);
    expect(run(schema, 'b').value).toBe('b');
    const { issues } = run(schema, 'c', '/kind');
    expect(issues[0]!.expected).toBe('one of "a", "b"');
    expect(issues[0]!.received).toBe('"c"');
  });

  it('oneOf does not accept inherited names like "toString"', () => {
    expect(run(oneOf(['a'] as const), 'toString').issues).toHaveLength(1);
  });
});

describe('array', () => {
  it('reports every bad item with its index and still checks the rest', () => {
    const { value, issues } = run(array(integer(0, 9)), [1, 'x', 3, 42], '/list');
    expect(value).toBeUndefined();
    expect(issues.map((issue) => issue.path)).toEqual(['/list/1', '/list/3']);
  });

  it('rejects non-arrays and enforces minItems', () => {
    expect(run(array(string()), { 0: 'a' }).issues[0]!.expected).toBe('a list (JSON array)');
    expect(run(array(string(), { minItems: 1 }), []).issues[0]!.message).toContain('needs at least 1 item');
  });
});

describe('object', () => {
  afterEach(() => {
    delete (Object.prototype as Record<string, unknown>).polluted;
  });

  it('returns plain objects, of whatever size, with only the fields the input has', () => {
    const wide = object({ a: integer(0, 9) }, Object.fromEntries('bcdefghijklmnopqrst'.split('').map((key) => [key, integer(0, 9)])));
    // Records of growing and shrinking size from one schema (V8 sizes its records from the first ones).
    const inputs = [{ a: 1 }, { a: 1, b: 2, c: 3 }, Object.fromEntries('abcdefghijklmnopqrst'.split('').map((key, i) => [key, i % 10])), { a: 0, t: 9 }, { a: 5 }];
    for (const input of inputs) {
      const { value, issues } = run(wide, input);
      expect(issues).toEqual([]);
      expect(value).toStrictEqual(input);
      expect(Object.getPrototypeOf(value)).toBe(Object.prototype);
      expect(value!.constructor).toBe(Object);
      expect(Object.prototype.toString.call(value)).toBe('[object Object]');
      expect(Object.keys(value!)).toEqual(Object.keys(input));
      expect(JSON.stringify(value)).toBe(JSON.stringify(input));
      expect({ ...value }).toStrictEqual(input);
    }
    // Each schema's records are its own: another schema's fields never appear on them.
    expect(run(person, { name: 'Ada', age: 36 }).value).toStrictEqual({ name: 'Ada', age: 36 });
  });

  it('returns only the declared fields', () => {
    expect(run(person, { name: 'Ann', age: 30 }).value).toEqual({ name: 'Ann', age: 30 });
    expect(run(person, { name: 'Ann', age: 30, nick: 'A' }).value).toEqual({ name: 'Ann', age: 30, nick: 'A' });
  });

  it('reports an unknown field with its name and path', () => {
    const { value, issues } = run(person, { name: 'Ann', age: 30, nmae: 'x' }, '/people/2');
    // A warning: the unknown field is left out, the object is kept (see parse-dataset's policy).
    expect(value).toEqual({ name: 'Ann', age: 30 });
    expect(issues[0]!.severity).toBe('warning');
    expect(issues).toHaveLength(1);
    expect(issues[0]!.path).toBe('/people/2/nmae');
    expect(issues[0]!.message).toContain('unknown field "nmae"');
    expect(issues[0]!.message).toContain('name, age, nick');
  });

  it('reports a missing required field', () => {
    const { issues } = run(person, { name: 'Ann' }, '/p');
    expect(issues).toHaveLength(1);
    expect(issues[0]!.path).toBe('/p/age');
    expect(issues[0]!.message).toContain('required field "age" is missing');
    expect(issues[0]!.received).toBe('nothing');
  });

  it('names the path and received value of a wrong type', () => {
    const { issues } = run(person, { name: ['Ann'], age: '30' }, '/events/0');
    expect(issues.map((issue) => [issue.path, issue.received])).toEqual([
      ['/events/0/name', '["Ann"]'],
      ['/events/0/age', '"30"'],
    ]);
  });

  it('rejects null, arrays and primitives as "an object"', () => {
    for (const bad of [null, [], 'x', 3]) {
      const { issues } = run(person, bad, '/p');
      expect(issues).toHaveLength(1);
      expect(issues[0]!.expected).toBe('an object');
    }
  });

  it('escapes odd field names in the path', () => {
    const { issues } = run(person, { name: 'A', age: 1, 'a/b~c': 1 });
    expect(issues[0]!.path).toBe('/a~1b~0c');
  });

  it('reports an own "__proto__" key as unknown and never pollutes Object.prototype', () => {
    const input: unknown = JSON.parse('{"name":"Ann","age":30,"__proto__":{"polluted":"yes","name":"Eve"}}');
    const { value, issues } = run(person, input, '/p');
    expect(value).toEqual({ name: 'Ann', age: 30 });
    expect(Object.getPrototypeOf(value)).toBe(Object.prototype);
    expect(issues.map((issue) => issue.path)).toEqual(['/p/__proto__']);
    expect(issues[0]!.message).toContain('unknown field "__proto__"');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype.hasOwnProperty.call(Object.prototype, 'polluted')).toBe(false);
  });

  it('does not treat inherited properties as present fields', () => {
    const input = Object.create({ age: 30 }) as Record<string, unknown>;
    input.name = 'Ann';
    const { issues } = run(person, input, '');
    expect(issues.map((issue) => issue.path)).toEqual(['/age']);
  });

  it('checks fields in declared order whatever order the input lists them in', () => {
    const { issues } = run(person, { nick: 3, extra: 1, age: 'x', other: 2, name: '' }, '/p');
    // Unknown fields first, in the input's order; then required fields, then optional ones, as declared.
    expect(issues.map((issue) => issue.path)).toEqual(['/p/extra', '/p/other', '/p/name', '/p/age', '/p/nick']);
  });

  it('reads an own field that is not enumerable, and does not report one that is unknown', () => {
    const input: Record<string, unknown> = { age: 30 };
    Object.defineProperty(input, 'name', { value: 'Ann', enumerable: false });
    Object.defineProperty(input, 'secret', { value: 'x', enumerable: false });
    Object.defineProperty(input, 'nick', { value: 'A', enumerable: false });
    const { value, issues } = run(person, input, '/p');
    expect(issues).toEqual([]);
    expect(value).toEqual({ name: 'Ann', age: 30, nick: 'A' });
  });

  it('is given at most 31 fields by every object of the dataset format (one bit each in a 32-bit mask)', () => {
    const counts: number[] = [];
    const visit = (node: unknown): void => {
      if (typeof node !== 'object' || node === null) return;
      const { properties } = node as { properties?: object };
      if (properties) counts.push(Object.keys(properties).length);
      Object.values(node).forEach(visit);
    };
    visit(datasetJsonSchema());
    expect(counts.length).toBeGreaterThan(5);
    expect(Math.max(...counts)).toBeLessThanOrEqual(31);
  });

  it('handles an object with integer-like keys and many fields', () => {
    const fields = Object.fromEntries(Array.from({ length: 31 }, (_, i) => [`f${i}`, integer(0, 9)]));
    const wide = object({ f0: integer(0, 9) }, Object.fromEntries(Object.entries(fields).slice(1)));
    const { value, issues } = run(wide, { f30: 3, 7: 'x', f0: 1, f12: 'bad' }, '');
    expect(issues.map((issue) => issue.path)).toEqual(['/7', '/f12']);
    expect(value).toBeUndefined();
    expect(run(wide, { f0: 1, f30: 3 }).value).toEqual({ f0: 1, f30: 3 });
  });

  it('reads declared fields named like Object.prototype members as ordinary fields', () => {
    const schema = object({}, { constructor: string(), toString: string() });
    const { value } = run(schema, JSON.parse('{"constructor":"c","toString":"t"}'));
    expect(value).toEqual({ constructor: 'c', toString: 't' });
    expect(Object.getPrototypeOf(value)).toBe(Object.prototype);
  });
});

describe('toJsonSchema', () => {
  it('describes an object with required fields and no additional properties', () => {
    const schema = object({ id: string({ minLength: 1 }), n: integer(0, 5) }, { tag: boolean() }, 'A thing').toJsonSchema();
    expect(schema).toEqual({
      type: 'object',
      properties: {
        id: { type: 'string', minLength: 1, maxLength: 10_000 },
        n: { type: 'integer', minimum: 0, maximum: 5 },
        tag: { type: 'boolean' },
      },
      required: ['id', 'n'],
      additionalProperties: false,
      description: 'A thing',
    });
  });

  it('describes arrays, enums and patterns', () => {
    expect(array(oneOf(['a', 'b'] as const), { minItems: 1, maxItems: 3 }).toJsonSchema()).toEqual({
      type: 'array',
      items: { enum: ['a', 'b'] },
      minItems: 1,
      maxItems: 3,
    });
    expect(string({ pattern: /^x+$/, maxLength: 4 }).toJsonSchema()).toMatchObject({ pattern: '^x+$', maxLength: 4 });
  });
});
