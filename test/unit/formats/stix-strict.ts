// The strictest check of an exported bundle that runs here (the OASIS Python validator cannot be
// installed: no PyPI). It applies the OASIS JSON schema of each object's type, and then the rules
// the validator's strict mode adds, written from the STIX 2.1 specification:
// - no custom top-level property: every property is one the type's schema defines (custom data
//   goes in an extension); every `extensions` key names an extension-definition in the bundle
//   (or the OASIS TLP 2.0 one), with an extension_type that definition declares;
// - property names in our extension are 3–250 of [a-z0-9_]; dictionary keys in it 1–250 of [A-Za-z0-9_-];
// - relationships are ones the specification suggests for their source and target types;
// - open vocabularies (identity_class, sectors, report_types) use their suggested values;
// - every reference resolves inside the bundle, granular marking selectors point at existing
//   properties, no two objects share an id and `modified`, and `modified` is not before `created`;
// - an extension-definition has a description.
// Not checked: the SHOULD that SDO ids be UUIDv4. Exports use name-based UUIDv5 on purpose (the
// same dataset always gives the same bundle), as STIX itself does for observables.
import type { SchemaDocument, StixValidator } from './stix-schemas.ts';

type Obj = Record<string, unknown> & { type: string; id: string };

const TLP2_EXTENSION = 'extension-definition--60a3c5c5-0d10-413e-aab3-9e08dde9e88d';
const COMMON_RELATIONSHIPS = new Set(['related-to', 'derived-from', 'duplicate-of']);
/** Suggested relationships (STIX 2.1, section 4 "Relationships" of each SDO) for the types an export writes. */
const SUGGESTED: Readonly<Record<string, Readonly<Record<string, readonly string[]>>>> = {
  campaign: {
    'attributed-to': ['intrusion-set', 'threat-actor'], compromises: ['infrastructure'], 'originates-from': ['location'],
    targets: ['identity', 'location', 'vulnerability'], uses: ['attack-pattern', 'infrastructure', 'malware', 'tool'],
  },
  identity: { 'located-at': ['location'] },
  'intrusion-set': {
    'attributed-to': ['threat-actor'], compromises: ['infrastructure'], hosts: ['infrastructure'], owns: ['infrastructure'],
    'originates-from': ['location'], targets: ['identity', 'location', 'vulnerability'], uses: ['attack-pattern', 'infrastructure', 'malware', 'tool'],
  },
  'threat-actor': {
    'attributed-to': ['identity'], impersonates: ['identity'], 'located-at': ['location'],
    targets: ['identity', 'location', 'vulnerability'], uses: ['attack-pattern', 'infrastructure', 'malware', 'tool'],
  },
};
const IDENTITY_CLASS = new Set(['individual', 'group', 'system', 'organization', 'class', 'unknown']);
const REPORT_TYPE = new Set(['attack-pattern', 'campaign', 'identity', 'indicator', 'intrusion-set', 'malware', 'observed-data', 'threat-actor', 'threat-report', 'tool', 'vulnerability']);
const INDUSTRY_SECTOR = new Set([
  'agriculture', 'aerospace', 'automotive', 'chemical', 'commercial', 'communications', 'construction', 'defense', 'education',
  'energy', 'entertainment', 'financial-services', 'government', 'emergency-services', 'government-local', 'government-national',
  'government-public-services', 'government-regional', 'healthcare', 'hospitality-leisure', 'infrastructure', 'dams', 'nuclear',
  'water', 'insurance', 'manufacturing', 'mining', 'non-profit', 'pharmaceuticals', 'retail', 'technology', 'telecommunications',
  'transportation', 'utilities',
]);

/** Every problem found in `bundle`, each naming the object; empty when the bundle passes. */
export function strictProblems(bundle: { objects: readonly Obj[] }, validator: StixValidator): string[] {
  const problems: string[] = [];
  const ids = new Map(bundle.objects.map((o) => [o.id, o]));
  const seen = new Set<string>();
  for (const object of bundle.objects) {
    const at = (message: string) => problems.push(`${object.id}: ${message}`);
    for (const problem of validator.object(object)) at(`schema: ${problem}`);

    const allowed = definedProperties(object.type, validator.documents);
    for (const key of Object.keys(object)) if (!allowed.has(key)) at(`property "${key}" is not defined for ${object.type} (custom properties belong in an extension)`);

    for (const [key, content] of Object.entries(isRecord(object.extensions) ? object.extensions : {})) {
      const definition = ids.get(key);
      if (key === TLP2_EXTENSION && object.type === 'marking-definition') continue;
      if (definition?.type !== 'extension-definition') {
        at(`extension ${key} has no extension-definition in the bundle`);
        continue;
      }
      if (!isRecord(content) || !(definition.extension_types as string[]).includes(String(content.extension_type))) at(`extension ${key}: extension_type not declared by its definition`);
      for (const name of Object.keys(isRecord(content) ? content : {})) if (!/^[a-z0-9_]{3,250}$/.test(name)) at(`extension property name "${name}"`);
      for (const path of badDictionaryKeys(content, '')) at(`dictionary key at ${path}`);
    }

    if (object.type === 'relationship') {
      const type = String(object.relationship_type);
      const [source, target] = [object.source_ref, object.target_ref].map((ref) => String(ref).split('--')[0]!);
      if (!COMMON_RELATIONSHIPS.has(type) && !SUGGESTED[source!]?.[type]?.includes(target!)) at(`${source} ${type} ${target} is not a suggested relationship`);
    }
    if (object.identity_class !== undefined && !IDENTITY_CLASS.has(String(object.identity_class))) at(`identity_class ${String(object.identity_class)} not in identity-class-ov`);
    for (const sector of asList(object.sectors)) if (!INDUSTRY_SECTOR.has(sector)) at(`sector "${sector}" not in industry-sector-ov`);
    for (const kind of asList(object.report_types)) if (!REPORT_TYPE.has(kind)) at(`report type "${kind}" not in report-type-ov`);

    for (const [key, value] of Object.entries(object)) {
      if (!key.endsWith('_ref') && !key.endsWith('_refs')) continue;
      for (const ref of typeof value === 'string' ? [value] : asList(value)) if (!ids.has(ref)) at(`${key} ${ref} is not in the bundle`);
    }
    for (const marking of Array.isArray(object.granular_markings) ? object.granular_markings as Record<string, unknown>[] : []) {
      if (!ids.has(String(marking.marking_ref))) at(`granular marking_ref ${String(marking.marking_ref)} is not in the bundle`);
      for (const selector of asList(marking.selectors)) if (!selects(object, selector)) at(`granular selector "${selector}" selects nothing`);
    }

    const version = `${object.id}\n${String(object.modified)}`;
    if (seen.has(version)) at('duplicate id with the same modified');
    seen.add(version);
    if (typeof object.created === 'string' && typeof object.modified === 'string' && object.modified < object.created) at('modified before created');
    if (object.type === 'extension-definition' && typeof object.description !== 'string') at('extension-definition without a description');
  }
  return problems;
}

/** Property names a type's schema defines, following allOf/anyOf/oneOf and $ref between schema files. */
function definedProperties(type: string, documents: ReadonlyMap<string, SchemaDocument>): Set<string> {
  const names = new Set<string>();
  const visit = (node: unknown, visited: Set<string>) => {
    if (!isRecord(node)) return;
    if (typeof node.$ref === 'string' && !node.$ref.startsWith('#')) {
      const name = node.$ref.split('/').pop()!.replace(/\.json$/, '');
      if (!visited.has(name)) {
        visited.add(name);
        visit(documents.get(name), visited);
      }
    }
    if (isRecord(node.properties)) for (const key of Object.keys(node.properties)) names.add(key);
    for (const key of ['allOf', 'anyOf', 'oneOf']) if (Array.isArray(node[key])) for (const child of node[key] as unknown[]) visit(child, visited);
  };
  visit(documents.get(type), new Set([type]));
  return names;
}

function badDictionaryKeys(value: unknown, path: string): string[] {
  if (Array.isArray(value)) return value.flatMap((item, i) => badDictionaryKeys(item, `${path}[${i}]`));
  if (!isRecord(value)) return [];
  return Object.entries(value).flatMap(([key, child]) => [
    ...(/^[A-Za-z0-9_-]{1,250}$/.test(key) ? [] : [`${path}.${key}`]),
    ...badDictionaryKeys(child, `${path}.${key}`),
  ]);
}

/** Whether a granular marking selector (`external_references.[2].url`) points at something in `object`. */
function selects(object: unknown, selector: string): boolean {
  let node: unknown = object;
  for (const token of selector.split('.')) {
    const index = /^\[(\d+)\]$/.exec(token);
    if (index) {
      if (!Array.isArray(node) || Number(index[1]) >= node.length) return false;
      node = node[Number(index[1])];
    } else {
      if (!isRecord(node) || !(token in node)) return false;
      node = node[token];
    }
  }
  return true;
}

function asList(value: unknown): string[] {
  return Array.isArray(value) ? value.map(String) : [];
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
