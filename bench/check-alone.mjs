// Bundles bench/check-alone.js (the element's data check and nothing else) into one file, as the
// embed is, for the cold measure's "data check alone" column (bench/cold.mjs).
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { build } from 'esbuild';
import { root } from './serve.mjs';

const OUT = 'bench/.build/check-alone.js';

/** Builds the check-alone page script and returns its path from the served root. */
export async function buildCheckAlone() {
  await mkdir(join(root, 'bench/.build'), { recursive: true });
  await build({
    entryPoints: [join(root, 'bench/check-alone.js')],
    outfile: join(root, OUT),
    bundle: true,
    format: 'esm',
    target: 'es2022',
    minify: true,
    logLevel: 'warning',
  });
  return `/${OUT}`;
}
