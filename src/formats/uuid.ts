/** Name-based UUIDs (version 5), so the same record always gets the same STIX id. */
import { sha1 } from './sha1.ts';

/** Namespace of every id attack-timeline derives (itself a v5 UUID of "attack-timeline" in the URL namespace). */
export const ATTACK_TIMELINE_NAMESPACE = '6adbdb52-fdf4-596b-9bad-f4da9b939c37';

const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The version 5 UUID of `name` (UTF-8) in `namespace` (a UUID string), lower case.
 * Throws a RangeError when `namespace` is not a UUID.
 */
export function uuidV5(name: string, namespace: string = ATTACK_TIMELINE_NAMESPACE): string {
  if (!UUID_PATTERN.test(namespace)) throw new RangeError(`uuidV5: namespace ${JSON.stringify(namespace)} is not a UUID`);
  const ns = namespace.replaceAll('-', '');
  const nameBytes = new TextEncoder().encode(name);
  const input = new Uint8Array(16 + nameBytes.length);
  for (let i = 0; i < 16; i++) input[i] = parseInt(ns.slice(i * 2, i * 2 + 2), 16);
  input.set(nameBytes, 16);
  const hash = sha1(input).slice(0, 16);
  hash[6] = (hash[6]! & 0x0f) | 0x50;
  hash[8] = (hash[8]! & 0x3f) | 0x80;
  const hex = [...hash].map((byte) => byte.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
