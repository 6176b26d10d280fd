import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { sha1 } from '../../../src/formats/sha1.ts';
import { ATTACK_TIMELINE_NAMESPACE, uuidV5 } from '../../../src/formats/uuid.ts';

const DNS_NAMESPACE = '6ba7b810-9dad-11d1-80b4-00c04fd430c8';
const URL_NAMESPACE = '6ba7b811-9dad-11d1-80b4-00c04fd430c8';

describe('sha1', () => {
  it('matches node:crypto on short, block-sized and multi-block input', () => {
    for (const text of ['', 'abc', 'a'.repeat(55), 'a'.repeat(56), 'a'.repeat(64), 'é'.repeat(300)]) {
      const bytes = new TextEncoder().encode(text);
      expect(Buffer.from(sha1(bytes)).toString('hex')).toBe(createHash('sha1').update(bytes).digest('hex'));
    }
  });
});

describe('uuidV5', () => {
  it("gives the value of Python's uuid.uuid5(NAMESPACE_DNS, 'python.org')", () => {
    expect(uuidV5('python.org', DNS_NAMESPACE)).toBe('886313e1-3b8a-5372-9b90-0c9aee199e5d');
  });
  it('agrees with a node:crypto implementation', () => {
    const reference = (name: string, ns: string) => {
      const hash = createHash('sha1').update(Buffer.concat([Buffer.from(ns.replaceAll('-', ''), 'hex'), Buffer.from(name)])).digest();
      hash[6] = (hash[6]! & 0x0f) | 0x50;
      hash[8] = (hash[8]! & 0x3f) | 0x80;
      const hex = hash.subarray(0, 16).toString('hex');
      return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
    };
    for (const name of ['a', 'event:soft-cell', 'ünïcode ✓']) expect(uuidV5(name)).toBe(reference(name, ATTACK_TIMELINE_NAMESPACE));
    expect(ATTACK_TIMELINE_NAMESPACE).toBe(reference('attack-timeline', URL_NAMESPACE));
  });
  it('rejects a namespace that is not a UUID', () => {
    expect(() => uuidV5('x', 'nope')).toThrow(RangeError);
  });
});
