// The OASIS STIX 2.1 JSON schemas: the copy under test/fixtures (the types an export writes, see
// test/fixtures/formats/PROVENANCE.md) is always there; the full set and the OASIS example
// reports are read from ../shared when that folder exists (a fresh clone or CI may not have it;
// callers then skip and say so).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';

export const STIX_ROOT = fileURLToPath(new URL('../../../../shared/stix2-json-schemas/', import.meta.url));
export const STIX_SCHEMAS = join(STIX_ROOT, 'schemas');
export const STIX_REPORTS = join(STIX_ROOT, 'examples', 'threat-reports');
export const HAVE_STIX_SCHEMAS = existsSync(join(STIX_SCHEMAS, 'common', 'bundle.json'));
export const HAVE_STIX_REPORTS = existsSync(join(STIX_REPORTS, 'apt1.json'));
/** The schemas copied into this repository (no bundle.json: it refers to every type). */
export const FIXTURE_SCHEMAS = fileURLToPath(new URL('../../fixtures/formats/stix2-json-schemas/', import.meta.url));

export interface StixValidator {
  /** The bundle schema; only when the folder has bundle.json. */
  readonly bundle: ValidateFunction | undefined;
  /** Problems of one object against the schema of its own type (readable, unlike the bundle's anyOf). */
  object(object: { type: string }): string[];
  /** The schema document of a type, by type name (`identity`), for tools that read schemas. */
  readonly documents: ReadonlyMap<string, SchemaDocument>;
}

export interface SchemaDocument {
  readonly $id: string;
  readonly path: string;
  readonly [key: string]: unknown;
}

/** Validators built from every schema file under `root` (default: ../shared when present, else the copy). */
export function createStixValidator(root: string = HAVE_STIX_SCHEMAS ? STIX_SCHEMAS : FIXTURE_SCHEMAS): StixValidator {
  // The OASIS patterns use escapes (`\-`) that are invalid under the `u` flag ajv adds by default.
  const regExp = Object.assign((source: string, flags: string) => new RegExp(source, flags.replace('u', '')), { code: 'new RegExp' });
  const ajv = new Ajv2020({ strict: false, allErrors: true, code: { regExp } });
  (addFormats as unknown as (ajv: Ajv2020) => void)(ajv);
  let bundleId: string | undefined;
  const documents = new Map<string, SchemaDocument>();
  for (const folder of readdirSync(root, { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => entry.name)) {
    for (const file of readdirSync(join(root, folder))) {
      if (!file.endsWith('.json')) continue;
      const schema = JSON.parse(readFileSync(join(root, folder, file), 'utf8')) as { $id: string };
      ajv.addSchema(schema);
      if (folder === 'common' && file === 'bundle.json') bundleId = schema.$id;
      documents.set(file.replace(/\.json$/, ''), { ...schema, path: `${folder}/${file}` });
    }
  }
  return {
    bundle: bundleId ? ajv.getSchema(bundleId) : undefined,
    documents,
    object(object) {
      const document = documents.get(object.type);
      if (!document) return [`no OASIS schema for type ${object.type}`];
      const validate = ajv.getSchema(document.$id)!;
      return validate(object) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message} ${JSON.stringify(e.params)}`);
    },
  };
}

export function readReport(name: string): unknown {
  return JSON.parse(readFileSync(join(STIX_REPORTS, name), 'utf8'));
}

/** A STIX bundle from test/fixtures/formats/stix (third-party files, see PROVENANCE.md). */
export function readStixFixture(name: string): unknown {
  return JSON.parse(readFileSync(new URL(`../../fixtures/formats/stix/${name}`, import.meta.url), 'utf8'));
}
