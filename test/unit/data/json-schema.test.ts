// The published JSON Schema (schema/dataset.schema.json) is generated from the parser's own
// definition; this fails when they drift. `npm run data:build` rewrites it.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';
import { datasetJsonSchema } from '../../../src/model/dataset-schema.ts';

const path = fileURLToPath(new URL('../../../schema/dataset.schema.json', import.meta.url));

it('schema/dataset.schema.json matches the parser definition', () => {
  const expected = `${JSON.stringify(datasetJsonSchema(), null, 2)}\n`;
  if (process.env.UPDATE_SCHEMA === '1') writeFileSync(path, expected);
  expect(readFileSync(path, 'utf8')).toBe(expected);
});
