/**
 * attack-timeline's STIX 2.1 property extension: an export keeps each record whole (partial dates,
 * kinds, claims, disputes, TLP parts, everything STIX has no property for) inside
 * `extensions[EXTENSION_ID]` of the object it became, defined by an `extension-definition` object
 * in the bundle, so no custom top-level property is needed and an import restores the dataset.
 */
import type { SourceJson } from './dataset-json.ts';
import { isRecord } from './stix-objects.ts';

export const EXTENSION_ID = 'extension-definition--b99310d8-de89-5b56-9511-9f18f04ed5d6';
/** The identity that defines the extension: attack-timeline itself (the same in every export). */
export const TOOL_IDENTITY_ID = 'identity--e8cf9623-abbb-5575-a2ac-3ad1fd95b767';
/** When the extension was defined; fixed, so every export writes the same two objects. */
const DEFINED = '2026-12-04T00:00:00.000Z';

export type RecordRole = 'dataset' | 'actor' | 'victim' | 'subject' | 'event';

/** What an exported object carries in the extension. */
export interface RecordExtension {
  readonly role: RecordRole;
  /** The record as written in a dataset file (for `dataset`, the header: title, description, stories). */
  readonly record: Record<string, unknown>;
  /** The records of the sources the object cites (its external references other than ATT&CK links), in order. */
  readonly sources?: readonly SourceJson[];
}

/** The `extensions` property carrying `content`. */
export function toExtensions(content: RecordExtension): { extensions: Record<string, unknown> } {
  return { extensions: { [EXTENSION_ID]: { extension_type: 'property-extension', ...content } } };
}

/** The extension content of an object written by `toStixBundle`, or undefined. */
export function readRecordExtension(object: Record<string, unknown>): RecordExtension | undefined {
  const content = isRecord(object.extensions) ? object.extensions[EXTENSION_ID] : undefined;
  if (!isRecord(content) || typeof content.role !== 'string' || !isRecord(content.record)) return undefined;
  return content as unknown as RecordExtension;
}

/** The identity and extension-definition objects every export starts with. */
export function extensionObjects(): Record<string, unknown>[] {
  const common = { spec_version: '2.1', created: DEFINED, modified: DEFINED };
  return [
    { type: 'identity', ...common, id: TOOL_IDENTITY_ID, name: 'attack-timeline', identity_class: 'system', description: 'The software that wrote this bundle.' },
    {
      type: 'extension-definition', ...common, id: EXTENSION_ID,
      created_by_ref: TOOL_IDENTITY_ID,
      name: 'attack-timeline records',
      description: 'Carries each attack-timeline dataset record whole on the STIX object it was exported as, so the dataset can be restored exactly.',
      schema: 'A property extension with three properties. "role": "dataset" (on the identity that stands for the dataset), "actor", "victim", "subject" or "event". '
        + '"record": the record as it is written in an attack-timeline dataset file (the JSON Schema is dataset.schema.json in the attack-timeline npm package); '
        + 'for "dataset", the dataset\'s title, description and stories. "sources": the records of the sources the object cites (its external references other than ATT&CK links), in order.',
      version: '1.0.0',
      extension_types: ['property-extension'],
    },
  ];
}
