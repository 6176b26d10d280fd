/**
 * Issue 13, "loops that never end": every numeric attribute is range-checked, and a refused value
 * is an issue naming the attribute (the default is then used, and said), never a silent default
 * nor a value the browser's timers refuse.
 */
import { describe, expect, it } from 'vitest';
import { MAX_MAX_BYTES, MAX_TIMEOUT_S, readMaxBytes, readTimeoutMs } from '../../../src/shell/reliability-options.ts';
import { DEFAULT_MAX_BYTES, DEFAULT_TIMEOUT_MS } from '../../../src/shell/load-dataset.ts';

describe('timeout', () => {
  it.each([['10', 10_000], ['0.5', 500], [' 2.5 ', 2500], [String(MAX_TIMEOUT_S), MAX_TIMEOUT_S * 1000], ['1e3', 1_000_000]])('accepts %j seconds', (text, ms) => {
    expect(readTimeoutMs(text)).toEqual({ value: ms, issue: null });
  });

  it.each([[null], [undefined], [''], ['  ']])('uses the default for %j, without an issue', (text) => {
    expect(readTimeoutMs(text)).toEqual({ value: DEFAULT_TIMEOUT_MS, issue: null });
  });

  it.each([['0'], ['-1'], ['abc'], ['1e300'], ['Infinity'], ['NaN'], [String(MAX_TIMEOUT_S + 1)], ['10s'], ['1,5']])('refuses %j with an issue naming timeout, and uses the default', (text) => {
    const { value, issue } = readTimeoutMs(text);
    expect(value).toBe(DEFAULT_TIMEOUT_MS);
    expect(issue!.path).toBe('timeout');
    expect(issue!.received).toBe(JSON.stringify(text));
    expect(issue!.message).toContain('timeout');
  });

  it('gives only values AbortSignal.timeout and setTimeout accept', () => {
    for (const text of ['1e300', '9e15', String(MAX_TIMEOUT_S)]) {
      const { value } = readTimeoutMs(text);
      expect(value).toBeLessThanOrEqual(2 ** 31 - 1);
      expect(() => AbortSignal.timeout(value)).not.toThrow();
    }
  });
});

describe('max-bytes', () => {
  it.each([['1', 1], ['5000000', 5_000_000], ['1e6', 1_000_000], [String(MAX_MAX_BYTES), MAX_MAX_BYTES]])('accepts %j', (text, bytes) => {
    expect(readMaxBytes(text)).toEqual({ value: bytes, issue: null });
  });

  it.each([['0'], ['-5'], ['1.5'], ['abc'], ['1e12'], ['Infinity'], [String(MAX_MAX_BYTES + 1)], ['64MB']])('refuses %j with an issue naming max-bytes, and uses the default', (text) => {
    const { value, issue } = readMaxBytes(text);
    expect(value).toBe(DEFAULT_MAX_BYTES);
    expect(issue!.path).toBe('max-bytes');
    expect(issue!.message).toContain('max-bytes');
  });
});
