import { expect, it } from 'vitest';
import { datasetSchema } from '../../../src/model/dataset-schema.ts';
import { SCHEMA_DOCS } from '../../../src/model/schema-docs.ts';
import type { JsonSchema } from '../../../src/model/schema.ts';

/** Every dataset path the format defines, named as schema-docs.ts names them. */
function pathsOf(node: JsonSchema, path: string, out: string[]): string[] {
  out.push(path);
  if (node.items) pathsOf(node.items as JsonSchema, `${path}/*`, out);
  for (const [key, child] of Object.entries((node.properties ?? {}) as Record<string, JsonSchema>)) pathsOf(child, `${path}/${key}`, out);
  return out;
}

it('describes only places the dataset format has, so a renamed field cannot leave its sentence behind unnoticed', () => {
  const paths = new Set(pathsOf(datasetSchema.toJsonSchema(), '', []));
  expect(Object.keys(SCHEMA_DOCS).filter((path) => !paths.has(path))).toEqual([]);
  expect(Object.keys(SCHEMA_DOCS).length).toBeGreaterThan(40);
});
