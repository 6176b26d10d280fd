// Loads the OASIS STIX 2.1 JSON schemas from ../shared when that folder exists (a fresh clone or
// CI may not have it; callers then skip and say so).
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

export interface StixValidator {
  readonly bundle: ValidateFunction;
  /** Problems of one object against the schema of its own type (readable, unlike the bundle's anyOf). */
  object(object: { type: string }): string[];
}

/** Validators built from every schema file in the OASIS folder. */
export function createStixValidator(): StixValidator {
  // The OASIS patterns use escapes (`\-`) that are invalid under the `u` flag ajv adds by default.
  const regExp = Object.assign((source: string, flags: string) => new RegExp(source, flags.replace('u', '')), { code: 'new RegExp' });
  const ajv = new Ajv2020({ strict: false, allErrors: true, code: { regExp } });
  (addFormats as unknown as (ajv: Ajv2020) => void)(ajv);
  let bundleId = '';
  const byType = new Map<string, string>();
  for (const folder of readdirSync(STIX_SCHEMAS)) {
    for (const file of readdirSync(join(STIX_SCHEMAS, folder))) {
      if (!file.endsWith('.json')) continue;
      const schema = JSON.parse(readFileSync(join(STIX_SCHEMAS, folder, file), 'utf8')) as { $id: string };
      ajv.addSchema(schema);
      if (folder === 'common' && file === 'bundle.json') bundleId = schema.$id;
      byType.set(file.replace(/\.json$/, ''), schema.$id);
    }
  }
  return {
    bundle: ajv.getSchema(bundleId)!,
    object(object) {
      const id = byType.get(object.type);
      if (!id) return [`no OASIS schema for type ${object.type}`];
      const validate = ajv.getSchema(id)!;
      return validate(object) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message} ${JSON.stringify(e.params)}`);
    },
  };
}

export function readReport(name: string): unknown {
  return JSON.parse(readFileSync(join(STIX_REPORTS, name), 'utf8'));
}
