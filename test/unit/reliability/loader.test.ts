/**
 * Catalogue 4.1, transport and encoding (T1–T20), against a loopback server (127.0.0.1 only).
 * CORS (T10/T11) needs a browser: see test/browser/reliability/loader.test.ts.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadJson, type LoadOptions, type LoadResult } from '../../../src/shell/load-dataset.ts';
import { readDataset } from '../../../src/shell/read-dataset.ts';

/** The code that reads the answer, here at once (the element fetches it as a lazy chunk). */
const reader = async () => readDataset;

const VALID = JSON.stringify({ version: 1, title: 'Caf\u00e9', actors: [], victims: [], sources: [], events: [] });
const seenCookies: (string | undefined)[] = [];
const pending = new Set<ServerResponse>();

type Route = (req: IncomingMessage, res: ServerResponse) => void;
const json = (body: string | Buffer, type = 'application/json'): Route => (_req, res) => { res.writeHead(200, { 'content-type': type }); res.end(body); };
const routes: Record<string, Route> = {
  '/ok': json(VALID),
  '/ok-bom': json(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(VALID)])),
  '/ok-vnd': json(VALID, 'application/vnd.timeline+json; charset=utf-8'),
  '/ok-no-type': (_req, res) => { res.writeHead(200); res.end(VALID); },
  '/404': (_req, res) => { res.writeHead(404, { 'content-type': 'text/html' }); res.end('<h1>Not found</h1>'); },
  '/500': (_req, res) => { res.writeHead(500, { 'content-type': 'text/html' }); res.end('<script>alert(1)</script>'); },
  '/hang': (_req, res) => { pending.add(res); },
  '/drip': (_req, res) => {
    res.writeHead(200, { 'content-type': 'application/json' });
    res.write('{"version":1,');
    const timer = setInterval(() => res.write(' '), 50);
    res.on('close', () => clearInterval(timer));
  },
  '/big-chunked': (_req, res) => {
    res.writeHead(200, { 'content-type': 'application/json' });
    let sent = 0;
    const chunk = Buffer.alloc(64 * 1024, 0x20);
    const push = () => { while (sent < 50 * 1024 * 1024 && res.write(chunk)) sent += chunk.length; if (sent < 50 * 1024 * 1024) res.once('drain', push); else res.end(); };
    res.on('close', () => { sent = Infinity; });
    push();
  },
  '/lying-length': (_req, res) => {
    res.writeHead(200, { 'content-type': 'application/json', 'content-length': String(3 * 1024 * 1024) });
    res.end(Buffer.alloc(3 * 1024 * 1024, 0x20));
  },
  '/declared-huge': (_req, res) => { res.writeHead(200, { 'content-type': 'application/json', 'content-length': String(500 * 1024 * 1024) }); res.write('{'); pending.add(res); },
  '/gzip-bomb': (_req, res) => { res.writeHead(200, { 'content-type': 'application/json', 'content-encoding': 'gzip' }); res.end(gzipSync(Buffer.alloc(20 * 1024 * 1024, 0x20))); },
  '/html': json('<!doctype html><title>x</title>', 'text/html'),
  '/portal': json('<!doctype html><form>Log in to Wi-Fi</form>'),
  '/latin1': json(Buffer.from('{"version":1,"title":"Caf\xe9"}', 'latin1')),
  '/latin1-declared': json(VALID, 'application/json; charset=iso-8859-1'),
  '/utf16': json(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(VALID, 'utf16le')])),
  '/empty': json(''),
  '/blank': json('  \n '),
  '/truncated': json('{"events":[{"title":"DNC'),
  '/redirect-away': (_req, res) => { res.writeHead(302, { location: `http://localhost:${port()}/ok` }); res.end(); },
  '/cookie': (req, res) => { seenCookies.push(req.headers.cookie); json(VALID)(req, res); },
};

let server: Server;
const port = () => (server.address() as AddressInfo).port;
const base = () => `http://127.0.0.1:${port()}`;

beforeAll(async () => {
  server = createServer((req, res) => (routes[req.url ?? ''] ?? routes['/404']!)(req, res));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
});
afterAll(async () => {
  for (const res of pending) res.destroy();
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

function load(path: string, options: Partial<LoadOptions> = {}): Promise<LoadResult> {
  return loadJson(path.startsWith('/') ? `${base()}${path}` : path, { signal: new AbortController().signal, timeoutMs: 2000, maxBytes: 1024 * 1024, reader, ...options });
}

async function failed(path: string, options: Partial<LoadOptions> = {}) {
  const result = await load(path, options);
  if (result.ok) throw new Error(`expected ${path} to fail`);
  expect(result.issues[0]!.path).toBe('src');
  expect(result.issues[0]!.message).toContain(result.message);
  return result;
}

describe('catalogue 4.1: loading from src', () => {
  it('T1: 404 names the status', async () => {
    const result = await failed('/404');
    expect([result.kind, result.message]).toEqual(['http', expect.stringContaining('HTTP 404') as unknown as string]);
  });

  it('T2: 500 with an HTML body names the status and never includes the body', async () => {
    const result = await failed('/500');
    expect(result.kind).toBe('http');
    expect(result.message).toContain('500');
    expect(result.message).not.toContain('<script>');
  });

  it('T3: a server that never answers is stopped at the deadline with a "took longer" message', async () => {
    const started = performance.now();
    const result = await failed('/hang', { timeoutMs: 400 });
    const elapsed = performance.now() - started;
    expect(result.kind).toBe('timeout');
    expect(result.message).toContain('took longer than 0.4 s');
    // The server never answers: finishing at all proves the deadline fired (the bound is loose
    // because the machine is shared); not before it, proves it waited.
    expect(elapsed).toBeGreaterThanOrEqual(380);
    expect(elapsed).toBeLessThan(10_000);
  });

  it('T4: a body that drips after the headers hits the same total deadline', async () => {
    const started = performance.now();
    expect((await failed('/drip', { timeoutMs: 400 })).kind).toBe('timeout');
    expect(performance.now() - started).toBeLessThan(10_000);
  });

  it('T5/T6: a 50 MB chunked body, or one whose Content-Length lies, stops at the byte limit', async () => {
    const big = await failed('/big-chunked', { maxBytes: 1024 * 1024, timeoutMs: 5000 });
    expect([big.kind, big.message]).toEqual(['too-large', expect.stringContaining('1 MB limit') as unknown as string]);
    expect((await failed('/lying-length', { maxBytes: 1024 * 1024 })).kind).toBe('too-large');
  });

  it('T5: a declared Content-Length over the limit is refused before reading', async () => {
    expect((await failed('/declared-huge', { maxBytes: 1024 * 1024 })).kind).toBe('too-large');
  });

  it('T7: gzip counts decompressed bytes', async () => {
    expect((await failed('/gzip-bomb', { maxBytes: 1024 * 1024 })).kind).toBe('too-large');
  });

  it('T8: a text/html response is "not JSON", naming the type', async () => {
    const result = await failed('/html');
    expect([result.kind, result.message]).toEqual(['content-type', expect.stringContaining('text/html') as unknown as string]);
  });

  it('T9: an HTML page sent as JSON is "not valid JSON", without echoing the page', async () => {
    const result = await failed('/portal');
    expect(result.kind).toBe('json');
    expect(result.message).toContain('looks like a web page');
    expect(result.message).not.toContain('Wi-Fi');
  });

  it('T12: a redirect to an origin outside src-origins is refused', async () => {
    const result = await failed('/redirect-away', { allowedOrigins: [base()] });
    expect(result.kind).toBe('origin');
    expect(result.message).toContain('moved to');
  });

  it('S8: a src on an origin outside src-origins is refused before any request', async () => {
    expect((await failed('/ok', { allowedOrigins: ['https://data.example.org'] })).kind).toBe('origin');
  });

  it('T13: javascript:, data:, file: and user:pass@ addresses are refused before any request', async () => {
    for (const src of ['javascript:alert(1)', 'data:application/json,{}', 'file:///etc/passwd', 'ftp://example.org/x', `http://user:pw@127.0.0.1:${port()}/ok`]) {
      const result = await failed(src);
      expect(result.kind).toBe('address');
    }
  });

  it('T14: no cookies or credentials are sent', async () => {
    expect((await load('/cookie')).ok).toBe(true);
    expect(seenCookies.at(-1)).toBeUndefined();
  });

  it('T15/T16: an aborted load reports "cancelled" (the shell ignores it)', async () => {
    const controller = new AbortController();
    const promise = loadJson(`${base()}/hang`, { signal: controller.signal, timeoutMs: 5000, reader });
    setTimeout(() => controller.abort(), 50);
    const result = await promise;
    expect(!result.ok && result.kind).toBe('cancelled');
  });

  it('without the code that reads the answer, the load ends as "script" and says nothing more (its loader reported the file)', async () => {
    const result = await load('/ok', { reader: async () => undefined });
    expect(result).toEqual({ ok: false, kind: 'script', message: '', issues: [] });
  });

  it('T17/T18: Latin-1 bytes, a declared Latin-1 charset and UTF-16 are "not valid UTF-8"', async () => {
    expect((await failed('/latin1')).kind).toBe('encoding');
    expect((await failed('/latin1-declared')).message).toContain('iso-8859-1');
    expect((await failed('/utf16')).kind).toBe('encoding');
  });

  it('T19: UTF-8 with a BOM, a +json type and a missing type load', async () => {
    for (const path of ['/ok', '/ok-bom', '/ok-vnd', '/ok-no-type']) {
      const result = await load(path);
      expect(result.ok && (result.json as { title: string }).title).toBe('Caf\u00e9');
    }
  });

  it('T20: an empty or blank body is "empty"', async () => {
    expect((await failed('/empty')).kind).toBe('empty');
    expect((await failed('/blank')).kind).toBe('empty');
  });

  it('J1/J2: truncated JSON, comments, NaN are "not valid JSON" with a line and column where known', async () => {
    const result = await failed('/truncated');
    expect(result.kind).toBe('json');
  });

  it('each failure kind has its own message', async () => {
    const messages = await Promise.all(['/404', '/html', '/portal', '/latin1', '/empty'].map(async (path) => (await failed(path)).message.replace(/http:\S+/g, '')));
    expect(new Set(messages).size).toBe(messages.length);
  });
});
