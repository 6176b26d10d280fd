/**
 * A small schema vocabulary: each node both checks untyped JSON (collecting issues with JSON
 * Pointer paths) and describes itself as JSON Schema, so the published schema and the parser
 * can never disagree. Hand-written rather than a library because the parser must stay fast at
 * 100,000 events and add next to nothing to the embed bundle (see README, design notes).
 */
import { childPath, createIssue, type Path, createWarning, hasErrorSince, type DataIssue } from './issues.ts';

export type JsonSchema = { readonly [key: string]: unknown };

export interface Schema<T> {
  /** Returns the checked value, or `undefined` after pushing at least one issue. */
  parse(value: unknown, path: Path, issues: DataIssue[]): T | undefined;
  /** The JSON Schema (draft 2020-12) fragment for this node. */
  toJsonSchema(): JsonSchema;
}

export type Infer<S> = S extends Schema<infer T> ? T : never;

/** Control characters (tab and newline aside) and lone surrogates, in one scan. */
const UNSAFE_TEXT = /[\u0000-\u0008\u000B-\u001F\u007F]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
/**
 * Noncharacters: U+FDD0–U+FDEF and the last two code points of every plane. Never text; U+FFFE
 * and U+FFFF cannot be written in XML at all, so an SVG export holding one would not open.
 */
const NONCHARACTER = /\p{Noncharacter_Code_Point}/u;
const NONCHARACTERS = /\p{Noncharacter_Code_Point}/gu;
const NOT_BLANK = /\S/;
/**
 * Every code unit `UNSAFE_TEXT` or `NONCHARACTER` can match (a noncharacter beyond U+FFFF is a
 * surrogate pair): one plain scan, and most text has none, so neither of the slower checks runs.
 */
const MAYBE_UNSAFE = /[\u0000-\u0008\u000B-\u001F\u007F\uD800-\uDFFF\uFDD0-\uFDEF\uFFFE\uFFFF]/;

interface StringOptions {
  readonly minLength?: number;
  readonly maxLength?: number;
  readonly pattern?: RegExp;
  /** Says in words what the pattern accepts, for messages. */
  readonly patternDescription?: string;
  readonly description?: string;
}

/**
 * A string; rejects lone surrogates and control characters other than tab and newline, and, when
 * it must not be empty, a value of white space only (it would show as nothing). Noncharacters
 * (U+FFFF, U+FDD0…) are replaced by U+FFFD with a warning naming the field and the value.
 */
export function string(options: StringOptions = {}): Schema<string> {
  const { minLength = 0, maxLength = 10_000, pattern, patternDescription, description } = options;
  const expected = patternDescription ?? `a string of ${minLength}–${maxLength} characters`;
  return {
    parse(value, path, issues) {
      if (typeof value !== 'string') {
        issues.push(createIssue(path, value, expected));
        return undefined;
      }
      if (value.length < minLength || value.length > maxLength) {
        const detail = value.length < minLength
          ? (minLength === 1 ? 'must not be empty' : `must have at least ${minLength} characters`)
          : `must have at most ${maxLength} characters, has ${value.length}`;
        issues.push(createIssue(path, value, expected, detail));
        return undefined;
      }
      if (minLength > 0 && !NOT_BLANK.test(value)) {
        issues.push(createIssue(path, value, expected, 'must not be blank'));
        return undefined;
      }
      let text = value;
      if (MAYBE_UNSAFE.test(value)) {
        if (UNSAFE_TEXT.test(value)) {
          issues.push(createIssue(path, value, expected, 'contains control characters or broken Unicode'));
          return undefined;
        }
        if (NONCHARACTER.test(value)) text = replaceNoncharacters(value, path, expected, issues);
      }
      if (pattern && !pattern.test(text)) {
        issues.push(createIssue(path, value, expected));
        return undefined;
      }
      return text;
    },
    toJsonSchema() {
      return {
        type: 'string',
        ...(minLength > 0 ? { minLength } : {}),
        maxLength,
        ...(pattern ? { pattern: pattern.source } : {}),
        ...(description ?? patternDescription ? { description: description ?? patternDescription } : {}),
      };
    },
  };
}

/** `value` with each noncharacter replaced by U+FFFD, pushing a warning that names the first. */
function replaceNoncharacters(value: string, path: Path, expected: string, issues: DataIssue[]): string {
  const code = value.match(NONCHARACTER)![0].codePointAt(0)!.toString(16).toUpperCase();
  issues.push(createWarning(path, value, expected, `noncharacter U+${code} replaced by U+FFFD (it is never text, and XML cannot hold U+FFFE or U+FFFF)`));
  return value.replace(NONCHARACTERS, '\uFFFD');
}

/** An integer within bounds. */
export function integer(minimum: number, maximum: number, description?: string): Schema<number> {
  const expected = `a whole number from ${minimum} to ${maximum}`;
  return {
    parse(value, path, issues) {
      if (typeof value !== 'number' || !Number.isInteger(value) || value < minimum || value > maximum) {
        issues.push(createIssue(path, value, expected));
        return undefined;
      }
      return value;
    },
    toJsonSchema: () => ({ type: 'integer', minimum, maximum, ...(description ? { description } : {}) }),
  };
}

export function boolean(description?: string): Schema<boolean> {
  return {
    parse(value, path, issues) {
      if (typeof value !== 'boolean') {
        issues.push(createIssue(path, value, 'true or false'));
        return undefined;
      }
      return value;
    },
    toJsonSchema: () => ({ type: 'boolean', ...(description ? { description } : {}) }),
  };
}

/** One of a fixed list of strings (or numbers, for a version constant). */
export function oneOf<const V extends string | number>(values: readonly V[], description?: string): Schema<V> {
  const expected = values.length === 1
    ? JSON.stringify(values[0])
    : `one of ${values.map((v) => JSON.stringify(v)).join(', ')}`;
  return {
    parse(value, path, issues) {
      if (!(values as readonly unknown[]).includes(value)) {
        issues.push(createIssue(path, value, expected));
        return undefined;
      }
      return value as V;
    },
    toJsonSchema: () => ({ enum: [...values], ...(description ? { description } : {}) }),
  };
}

interface ArrayOptions {
  readonly minItems?: number;
  readonly maxItems?: number;
  readonly description?: string;
}

/** An array whose items all pass `item`; a bad item is reported and the rest still checked. */
export function array<T>(item: Schema<T>, options: ArrayOptions = {}): Schema<T[]> {
  const { minItems = 0, maxItems = 1_000_000, description } = options;
  return {
    parse(value, path, issues) {
      if (!Array.isArray(value)) {
        issues.push(createIssue(path, value, `a list (JSON array)`));
        return undefined;
      }
      if (value.length < minItems || value.length > maxItems) {
        const detail = value.length < minItems
          ? `needs at least ${minItems} item${minItems === 1 ? '' : 's'}`
          : `has ${value.length} items, more than the ${maxItems} allowed`;
        issues.push(createIssue(path, value, `a list of ${minItems}–${maxItems} items`, detail));
        return undefined;
      }
      // A copy of the input, overwritten item by item: exactly sized, where an array grown by
      // push keeps spare capacity (a large share of the memory 100,000 parsed events hold).
      const out = value.slice() as T[];
      let failed = false;
      // One path object reused for every item: issues turn paths into text at once, so no
      // reference to it outlives the call.
      const child = { parent: path, key: 0 as string | number };
      for (let index = 0; index < value.length; index++) {
        child.key = index;
        const parsed = item.parse(value[index], child, issues);
        if (parsed === undefined) failed = true;
        else out[index] = parsed;
      }
      return failed ? undefined : out;
    },
    toJsonSchema: () => ({
      type: 'array',
      items: item.toJsonSchema(),
      ...(minItems > 0 ? { minItems } : {}),
      maxItems,
      ...(description ? { description } : {}),
    }),
  };
}

type Shape = Record<string, Schema<unknown>>;

type ObjectOf<R extends Shape, O extends Shape> =
  { -readonly [K in keyof R]: Infer<R[K]> } & { -readonly [K in keyof O]?: Infer<O[K]> };

/**
 * An object with required and optional fields. Unknown fields are reported as warnings and left
 * out (a typo such as `sorces` must not silently drop an event's citations; the missing required
 * field it leaves is then an error). An optional field whose check produced only warnings is left
 * out and the object still passes. Only own keys are read (unknown ones reported when enumerable),
 * and the result holds only declared keys, so `__proto__` in input can never reach a prototype.
 */
export function object<R extends Shape, O extends Shape = Record<never, never>>(
  required: R,
  optional: O = {} as O,
  description?: string,
): Schema<ObjectOf<R, O>> {
  // Keys and schemas in parallel lists, read by index: a loop over entries pairs costs a
  // destructuring per field before V8 has optimised the parser, the case a reader's page meets.
  const requiredKeys = Object.keys(required);
  const requiredSchemas = Object.values(required);
  const optionalKeys = Object.keys(optional);
  const optionalSchemas = Object.values(optional);
  // Each declared key's bit in a 32-bit mask: required keys first, then optional ones (at most
  // 31 keys: a unit test checks every schema of the format).
  const bitOf = new Map([...requiredKeys, ...optionalKeys].map((key, i) => [key, 1 << i]));
  const knownList = [...bitOf.keys()].join(', ');
  return {
    parse(value, path, issues) {
      if (typeof value !== 'object' || value === null || Array.isArray(value)) {
        issues.push(createIssue(path, value, 'an object'));
        return undefined;
      }
      const input = value as Record<string, unknown>;
      const out: Record<string, unknown> = {};
      const child = { parent: path, key: '' as string | number };
      let failed = false;
      // One pass over the record's own keys finds the declared fields it has, so absent ones
      // cost a bit test rather than an own-property lookup each (an event declares 22 fields
      // and usually has 8). Own names, enumerable or not, as `Object.hasOwn` would find them;
      // only enumerable unknown keys are reported, in the order `Object.keys` gives them.
      const keys = Object.getOwnPropertyNames(input);
      let present = 0;
      for (let i = 0; i < keys.length; i++) {
        const key = keys[i]!;
        const bit = bitOf.get(key);
        if (bit !== undefined) present |= bit;
        else if (Object.prototype.propertyIsEnumerable.call(input, key)) {
          issues.push(createWarning(childPath(path, key), input[key], `one of the fields ${knownList}`, `unknown field "${key}" ignored (known fields: ${knownList})`));
        }
      }
      for (let i = 0; i < requiredKeys.length; i++) {
        const key = requiredKeys[i]!;
        if ((present & (1 << i)) === 0) {
          issues.push(createIssue(childPath(path, key), undefined, 'a value', `required field "${key}" is missing`));
          failed = true;
          continue;
        }
        child.key = key;
        const parsed = requiredSchemas[i]!.parse(input[key], child, issues);
        if (parsed === undefined) failed = true;
        else out[key] = parsed;
      }
      for (let i = 0; i < optionalKeys.length; i++) {
        if ((present & (1 << (requiredKeys.length + i))) === 0) continue;
        const key = optionalKeys[i]!;
        const before = issues.length;
        child.key = key;
        const parsed = optionalSchemas[i]!.parse(input[key], child, issues);
        if (parsed !== undefined) out[key] = parsed;
        else if (issues.length === before || hasErrorSince(issues, before)) failed = true;
      }
      return failed ? undefined : (out as ObjectOf<R, O>);
    },
    toJsonSchema() {
      const properties: Record<string, JsonSchema> = {};
      for (const [key, schema] of [...Object.entries(required), ...Object.entries(optional)]) {
        properties[key] = schema.toJsonSchema();
      }
      return {
        type: 'object',
        properties,
        required: Object.keys(required),
        additionalProperties: false,
        ...(description ? { description } : {}),
      };
    },
  };
}


interface LinkOptions {
  readonly maxLength: number;
  /** Pattern published in the JSON Schema (the parser's own check is stricter). */
  readonly pattern: RegExp;
  readonly description: string;
}

/**
 * A web link: an absolute `https:` or `http:` URL without credentials or white space. Any other
 * value is a warning, not an error: the field is left out (the record keeps its title, shown as
 * plain text instead of a link).
 */
export function link(options: LinkOptions): Schema<string> {
  const { maxLength, pattern, description } = options;
  return {
    parse(value, path, issues) {
      const reason = linkProblem(value, maxLength);
      if (reason === undefined) return value as string;
      issues.push(createWarning(path, value, description, `${reason}; the link was removed and its title is shown as plain text`));
      return undefined;
    },
    toJsonSchema: () => ({ type: 'string', minLength: 1, maxLength, pattern: pattern.source, description }),
  };
}

/** Why `value` is not an acceptable link, or undefined when it is. */
export function linkProblem(value: unknown, maxLength = 2000): string | undefined {
  if (typeof value !== 'string') return 'a link must be a string';
  if (value.length > maxLength) return `a link must have at most ${maxLength} characters, has ${value.length}`;
  if (/[\s\u0000-\u001F\u007F-\u009F]/.test(value) || UNSAFE_TEXT.test(value) || NONCHARACTER.test(value)) return 'a link must not contain spaces, control characters or noncharacters';
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return 'not an absolute address (relative links would point into the page embedding the timeline)';
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return `links may only use https: or http:, not ${url.protocol}`;
  if (url.username !== '' || url.password !== '') return 'a link must not contain a user name or password';
  return undefined;
}
