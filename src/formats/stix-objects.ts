/** Small readers of untyped STIX objects, shared by the STIX importer's parts. */
import type { GranularTlp, TlpLevel } from '../model/types.ts';
import { tlpRank } from './tlp.ts';

/** A STIX object as found in a bundle: only `type` and `id` are known to be strings. */
export type StixObj = Record<string, unknown> & { readonly type: string; readonly id: string };

export const ACTOR_TYPES: ReadonlySet<string> = new Set(['intrusion-set', 'threat-actor']);
export const EVENT_TYPES: ReadonlySet<string> = new Set(['campaign', 'incident', 'sighting']);

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function asStrings(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
}

/** The object's name, or its id when it has none. */
export function nameOf(object: StixObj): string {
  return typeof object.name === 'string' && object.name.trim() ? object.name : object.id;
}

export function externalReferences(object: StixObj): Record<string, unknown>[] {
  return Array.isArray(object.external_references) ? object.external_references.filter(isRecord) : [];
}

/** The UTC day of a STIX timestamp, `YYYY-MM-DD`, or undefined. */
export function dayOf(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  return /^(\d{4}-\d{2}-\d{2})T/.exec(value)?.[1];
}

/** Index of the `mitre-attack` external reference holding an id matching `pattern`, or -1. */
export function attackReferenceIndex(object: StixObj, pattern: RegExp): number {
  return externalReferences(object).findIndex((ref) => ref.source_name === 'mitre-attack' && typeof ref.external_id === 'string' && pattern.test(ref.external_id));
}

export const TECHNIQUE_ID = /^T\d{4}(\.\d{3})?$/;
export const GROUP_ID = /^G\d{4}$/;

/** The ATT&CK technique id of an attack pattern (`T1190`, `T1003.001`), or undefined. */
export function techniqueIdOf(object: StixObj): string | undefined {
  const index = attackReferenceIndex(object, TECHNIQUE_ID);
  return index < 0 ? undefined : String(externalReferences(object)[index]!.external_id);
}

/** Why a revoked or deprecated object is left out; undefined for a live one. */
export function retiredReason(object: StixObj): string | undefined {
  if (object.revoked === true) return 'revoked';
  if (object.x_mitre_deprecated === true) return 'deprecated (x_mitre_deprecated)';
  return undefined;
}

/** The more restrictive of two levels (unmarked counts as clear). */
export function maxTlp(a: TlpLevel | undefined, b: TlpLevel | undefined): TlpLevel | undefined {
  return tlpRank(b) > tlpRank(a) ? b : a;
}

/** Whether text about an object at `level` may appear where only clear text may (warnings). */
export function isUnmarked(level: TlpLevel | undefined): boolean {
  return tlpRank(level) === 0;
}

/**
 * Collects the parts of one record (its links, techniques, citations, country) with the level
 * each was found at; a part reached twice keeps the lower level (it is known at that level).
 * `list()` returns the parts marked above the record: its `granularTlp`.
 */
export function createParts(recordLevel: TlpLevel | undefined) {
  const parts = new Map<string, GranularTlp>();
  return {
    add(field: GranularTlp['field'], value: string, level: TlpLevel | undefined): void {
      const key = `${field}\n${value}`;
      const known = parts.get(key);
      if (!known || tlpRank(level) < tlpRank(known.tlp)) parts.set(key, { field, value, tlp: level ?? 'clear' });
    },
    list(): GranularTlp[] {
      return [...parts.values()].filter((part) => tlpRank(part.tlp) > tlpRank(recordLevel));
    },
  };
}

export type Parts = ReturnType<typeof createParts>;
