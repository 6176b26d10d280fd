// A static file server for the benchmark pages and the built bundle, on 127.0.0.1 and a free port.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = fileURLToPath(new URL('..', import.meta.url));
const TYPES = { '.html': 'text/html', '.css': 'text/css', '.js': 'text/javascript', '.mjs': 'text/javascript', '.json': 'application/json', '.map': 'application/json' };

/**
 * Serves the repository root, and each of `mounts` (`{ 'name': '/abs/dir' }`) under `/name/`;
 * resolves with the server and its origin (`http://127.0.0.1:port`).
 */
export function serve(mounts = {}) {
  const server = createServer(async (request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url, 'http://x').pathname)).replace(/^\/+/, '');
    const [first, ...rest] = path.split('/');
    const mounted = Object.hasOwn(mounts, first);
    const base = mounted ? join(mounts[first], '/') : root;
    const file = join(base, mounted ? rest.join('/') : path);
    if (!file.startsWith(base) || !(await stat(file).catch(() => null))?.isFile()) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    response.end(await readFile(file));
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve({ server, origin: `http://127.0.0.1:${server.address().port}` })));
}
