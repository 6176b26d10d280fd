/**
 * Issue 13, "hostile objects": anything assigned to `data` either parses or is refused with a
 * problem; reading it never throws out of the preparation, whatever its traps and getters do.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { prepareDataset } from '../../../src/shell/prepare-dataset.ts';
import { describeThrown } from '../../../src/model/describe-thrown.ts';
import { boom, hostileDatasets, revoked } from '../../fixtures/hostile-objects.ts';

const small = JSON.parse(readFileSync(new URL('../../fixtures/small.json', import.meta.url), 'utf8'));
const options = { strict: false, maxTlp: null };
const HOSTILE = hostileDatasets(small);

describe('prepareDataset with hostile objects', () => {
  it.each(HOSTILE)('%s is refused with a problem, never thrown', (_name, make) => {
    const input = make();
    let result: ReturnType<typeof prepareDataset> | undefined;
    expect(() => { result = prepareDataset(input, 'data property', options); }).not.toThrow();
    expect(result!.ok).toBe(false);
    if (result!.ok) return;
    expect(result!.problem.message).toMatch(/^The data property cannot be shown/);
    expect(result!.problem.issues.length).toBeGreaterThan(0);
    for (const issue of result!.problem.issues) expect(typeof issue.message).toBe('string');
  });

  it('names what was thrown', () => {
    const result = prepareDataset(new Proxy({}, { ownKeys: boom }), 'data property', options);
    expect(!result.ok && result.problem.message).toContain('trap sprung');
  });

  it('still prepares an ordinary object, and a Proxy whose traps are never sprung, the same way', () => {
    expect(prepareDataset(structuredClone(small), 'data property', options).ok).toBe(true);
    // The parser reads own keys and values only; a trap it never calls cannot stop it.
    const proxy = new Proxy(structuredClone(small), { getPrototypeOf: boom, set: boom, deleteProperty: boom });
    const result = prepareDataset(proxy, 'data property', options);
    expect(result.ok && result.dataset.events.length).toBe(small.events.length);
  });
});

describe('describeThrown', () => {
  it('turns anything thrown into one bounded line of text, without throwing', () => {
    expect(describeThrown(new TypeError('bad'))).toBe('TypeError: bad');
    expect(describeThrown('plain')).toBe('plain');
    expect(describeThrown(42)).toBe('42');
    expect(describeThrown(Symbol('s'))).toBe('Symbol(s)');
    expect(describeThrown({ toString: boom })).toBe('an unreadable error');
    expect(describeThrown(revoked())).toBe('an unreadable error');
    const error = new Error('x');
    Object.defineProperty(error, 'message', { get: boom });
    expect(describeThrown(error)).toBe('an unreadable error');
    const long = describeThrown(new Error('😀'.repeat(500)));
    expect(long.length).toBeLessThanOrEqual(200);
    expect(long.endsWith('…')).toBe(true);
    expect(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/.test(long)).toBe(false);
  });
});
