// Serves the example pages' data files (examples/data/*.json) as plain JSON in the browser tests:
// the test server's esbuild plugin would otherwise turn every .json request into a JS module,
// which the element rightly refuses as data. Vite's dev server serves them as JSON already.
import { readFileSync } from 'node:fs';

const dataDir = new URL('../../../examples/data/', import.meta.url);

export async function examplesDataMiddleware(ctx, next) {
  const match = /^\/examples\/data\/([\w-]+\.json)$/.exec(ctx.path);
  if (!match) return next();
  try {
    ctx.body = readFileSync(new URL(match[1], dataDir), 'utf8');
    ctx.set('content-type', 'application/json');
  } catch {
    ctx.status = 404;
  }
}
