// Bundles the cold measure's references, each into one file as the embed is (bench/cold.mjs):
// the plain-canvas floor (bench/floor-canvas.js), the element's data check alone
// (bench/check-alone.js), the floor with that check in front (bench/checked-floor.js) and the same
// as a Lit element (bench/lit-floor.js).
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { build } from 'esbuild';
import { root } from './serve.mjs';

const REFERENCES = { floor: 'floor-canvas', checkAlone: 'check-alone', checkedFloor: 'checked-floor', litFloor: 'lit-floor' };

/** Builds the reference scripts; returns their paths from the served root, by name. */
export async function buildReferences() {
  await mkdir(join(root, 'bench/.build'), { recursive: true });
  const paths = {};
  for (const [name, file] of Object.entries(REFERENCES)) {
    const out = `bench/.build/${file}.js`;
    await build({
      entryPoints: [join(root, `bench/${file}.js`)],
      outfile: join(root, out),
      bundle: true,
      format: 'esm',
      target: 'es2022',
      minify: true,
      logLevel: 'warning',
    });
    paths[name] = `/${out}`;
  }
  return paths;
}
