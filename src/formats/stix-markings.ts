/**
 * TLP marking definitions as STIX 2.1 knows them: the TLP 2.0 objects published by OASIS (an
 * extension definition), and the TLP 1.0 objects of the STIX 2.1 specification, recognised on
 * import; and the reader that gives every object of a bundle its level.
 */
import type { TlpLevel } from '../model/types.ts';
import { cleanText } from './import-helpers.ts';
import { asStrings, isRecord, maxTlp, type StixObj } from './stix-objects.ts';
import { parseTlp } from './tlp.ts';

/** OASIS's TLP 2.0 extension definition. */
export const TLP2_EXTENSION_ID = 'extension-definition--60a3c5c5-0d10-413e-aab3-9e08dde9e88d';

/** The fixed ids OASIS published for the TLP 2.0 marking definitions. */
export const TLP2_MARKING_IDS: Readonly<Record<TlpLevel, string>> = {
  clear: 'marking-definition--94868c89-83c2-464b-929b-a1a8aa3c8487',
  green: 'marking-definition--bab4a63c-aed9-4cf5-a766-dfca5abac2bb',
  amber: 'marking-definition--55d920b0-5e8b-4f79-9ee9-91f868d9b421',
  'amber+strict': 'marking-definition--939a9414-2ddd-4d32-a0cd-375ea402b003',
  red: 'marking-definition--e828b379-4e03-4974-9ac4-e53a884c97c1',
};

/** TLP 1.0 marking definitions of the STIX 2.1 specification (white is read as clear). */
const TLP1_MARKING_IDS: Readonly<Record<string, TlpLevel>> = {
  'marking-definition--613f2e26-407d-48c7-9eca-b8e91df99dc9': 'clear',
  'marking-definition--34098fce-860f-48ae-8e50-ebd3cc5e41da': 'green',
  'marking-definition--f88d31f6-486f-44da-b317-01333bde0b82': 'amber',
  'marking-definition--5e57c739-391a-4eb3-b6be-7d15ca92d5ed': 'red',
};

/** The marking-definition object for a TLP 2.0 level, as OASIS publishes it. */
export function tlpMarkingDefinition(level: TlpLevel): Record<string, unknown> {
  return {
    type: 'marking-definition',
    spec_version: '2.1',
    id: TLP2_MARKING_IDS[level],
    created: '2022-10-01T00:00:00.000Z',
    name: `TLP:${level.toUpperCase()}`,
    extensions: { [TLP2_EXTENSION_ID]: { extension_type: 'property-extension', tlp_2_0: level } },
  };
}

/** The TLP level a marking-definition id stands for, from the well-known ids; undefined otherwise. */
export function tlpOfMarkingId(id: string): TlpLevel | undefined {
  for (const [level, known] of Object.entries(TLP2_MARKING_IDS)) if (known === id) return level as TlpLevel;
  return TLP1_MARKING_IDS[id];
}

/**
 * The TLP levels of a bundle's objects, read from their markings. A marking definition the tool
 * cannot read as a TLP level (OpenCTI's `TLP:TEST`, a copyright statement, another scheme, or an
 * id the bundle does not define) is treated as TLP:RED, the most restrictive level, and named in
 * `warnings()` with the number of objects carrying it: unknown restrictions fail closed.
 */
export interface MarkingReader {
  /**
   * Level of an object as a record: its object markings and every granular marking except those
   * selecting one external reference (each citation has its own level: `referenceLevel`).
   */
  recordLevel(object: StixObj): TlpLevel | undefined;
  /** Level of the object's external reference `index`: the record's level and the granular markings selecting that reference. */
  referenceLevel(object: StixObj, index: number): TlpLevel | undefined;
  /** Whether some object refers to this marking definition. */
  isReferenced(id: string): boolean;
  warnings(): string[];
}

export function createMarkingReader(objects: readonly StixObj[]): MarkingReader {
  const definitions = new Map(objects.filter((o) => o.type === 'marking-definition').map((o) => [o.id, o]));
  const known = new Map<string, TlpLevel>();
  for (const [id, definition] of definitions) {
    const level = levelOfDefinition(definition);
    if (level) known.set(id, level);
  }
  const unknownUse = new Map<string, Set<string>>();
  const referenced = new Set<string>();
  const levelOfRef = (ref: string, carrier: string): TlpLevel => {
    referenced.add(ref);
    const level = known.get(ref) ?? tlpOfMarkingId(ref);
    if (level) return level;
    const users = unknownUse.get(ref) ?? new Set<string>();
    users.add(carrier);
    unknownUse.set(ref, users);
    return 'red';
  };
  const granular = (object: StixObj) => (Array.isArray(object.granular_markings) ? object.granular_markings.filter(isRecord) : [])
    .filter((marking): marking is Record<string, unknown> & { marking_ref: string } => typeof marking.marking_ref === 'string')
    .map((marking) => ({ ref: marking.marking_ref, selectors: asStrings(marking.selectors) }));
  const isReference = (selector: string) => /^external_references\.\[\d+\]/.test(selector);

  const recordLevels = new Map<StixObj, TlpLevel | undefined>();
  const recordLevel = (object: StixObj): TlpLevel | undefined => {
    if (recordLevels.has(object)) return recordLevels.get(object);
    let level: TlpLevel | undefined;
    for (const ref of asStrings(object.object_marking_refs)) level = maxTlp(level, levelOfRef(ref, object.id));
    for (const { ref, selectors } of granular(object)) {
      if (selectors.some((selector) => !isReference(selector))) level = maxTlp(level, levelOfRef(ref, object.id));
    }
    recordLevels.set(object, level);
    return level;
  };
  return {
    recordLevel,
    referenceLevel(object, index) {
      let level = recordLevel(object);
      const path = `external_references.[${index}]`;
      for (const { ref, selectors } of granular(object)) {
        if (selectors.some((selector) => selector === path || selector.startsWith(`${path}.`))) level = maxTlp(level, levelOfRef(ref, object.id));
      }
      return level;
    },
    isReferenced: (id) => referenced.has(id),
    warnings() {
      return [...unknownUse].map(([ref, users]) => {
        const definition = definitions.get(ref);
        const what = definition ? `Marking definition ${describeDefinition(definition)} (${ref}) is not a TLP level` : `Marking ${ref} is not defined in the bundle and is not a known TLP marking`;
        return `${what}: the ${users.size} object${users.size === 1 ? '' : 's'} carrying it ${users.size === 1 ? 'is' : 'are'} treated as TLP:RED, the most restrictive level.`;
      });
    },
  };
}

/** The TLP level a marking-definition object stands for (TLP 2.0 extension, TLP 1.0 definition, or a known id). */
function levelOfDefinition(definition: StixObj): TlpLevel | undefined {
  const known = tlpOfMarkingId(definition.id);
  if (known) return known;
  const extension = isRecord(definition.extensions) ? definition.extensions[TLP2_EXTENSION_ID] : undefined;
  if (isRecord(extension) && typeof extension.tlp_2_0 === 'string') return parseTlp(extension.tlp_2_0);
  // TLP 1.0 definitions; OpenCTI writes `"definition_type": "TLP"` and `{"TLP": "TLP:WHITE"}`.
  if (typeof definition.definition_type === 'string' && definition.definition_type.toLowerCase() === 'tlp' && isRecord(definition.definition)) {
    const text = definition.definition.tlp ?? definition.definition.TLP;
    return typeof text === 'string' ? parseTlp(text) : undefined;
  }
  return undefined;
}

function describeDefinition(definition: StixObj): string {
  const body = isRecord(definition.definition) ? definition.definition : {};
  const text = [definition.name, body.tlp, body.TLP, body.statement].find((value): value is string => typeof value === 'string' && value.trim() !== '');
  const kind = typeof definition.definition_type === 'string' ? definition.definition_type : 'marking';
  return text ? `${kind} "${cleanText(text, 80)}"` : kind;
}
