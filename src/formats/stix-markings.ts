/**
 * TLP marking definitions as STIX 2.1 knows them: the TLP 2.0 objects published by OASIS (an
 * extension definition), and the TLP 1.0 objects of the STIX 2.1 specification, recognised on import.
 */
import type { TlpLevel } from '../model/types.ts';

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
