import { createIssue, type DataIssue } from '../model/issues.ts';

/** Why a load failed; each kind has its own message (see README, "Loading from src"). */
export type LoadFailureKind =
  | 'address'
  | 'origin'
  | 'network'
  | 'timeout'
  | 'http'
  | 'content-type'
  | 'too-large'
  | 'encoding'
  | 'empty'
  | 'json'
  | 'cancelled';

export type LoadResult =
  | { readonly ok: true; readonly json: unknown; readonly url: string }
  | { readonly ok: false; readonly kind: LoadFailureKind; readonly message: string; readonly issues: readonly DataIssue[] };

export interface LoadOptions {
  /** Cancels a superseded load (new `src`, element removed). */
  readonly signal: AbortSignal;
  /** Deadline for the whole load, headers and body, in ms. */
  readonly timeoutMs?: number;
  /** Largest body accepted, in bytes, counted while reading (Content-Length is not trusted). */
  readonly maxBytes?: number;
  /** Origins (`https://data.example.org`) the data may come from, after redirects; null: any. */
  readonly allowedOrigins?: readonly string[] | null;
  /** What relative addresses resolve against (the page's base URL). */
  readonly baseUrl?: string;
}

export const DEFAULT_TIMEOUT_MS = 10_000;
export const DEFAULT_MAX_BYTES = 64 * 1024 * 1024;

/**
 * Fetches `src` and parses it as JSON (the dataset itself is checked later by the parser).
 * Never throws. Refuses addresses other than http(s) before any request; sends no cookies; one
 * deadline covers headers and body; counts bytes while reading; accepts only a JSON content type
 * (or none) and strict UTF-8. Each failure comes back with its own kind and message.
 */
export async function loadJson(src: string, options: LoadOptions): Promise<LoadResult> {
  const { signal, timeoutMs = DEFAULT_TIMEOUT_MS, maxBytes = DEFAULT_MAX_BYTES, allowedOrigins = null } = options;
  const baseUrl = options.baseUrl ?? globalThis.document?.baseURI;
  let url: URL;
  try {
    url = new URL(src, baseUrl);
  } catch {
    return failure('address', src, `The data address "${src}" is not a valid address.`);
  }
  // blob: URLs can only be made by scripts of this page's own origin, so they are as safe as a
  // relative address; data:, javascript:, file: and the rest are refused before any request.
  if (url.protocol !== 'https:' && url.protocol !== 'http:' && url.protocol !== 'blob:') {
    return failure('address', src, `The data address "${src}" uses ${url.protocol}, which is not allowed: only https: and http: addresses (or relative ones) can be loaded.`);
  }
  if (url.username || url.password) {
    return failure('address', src, `The data address "${src}" contains a user name or password, which is not allowed.`);
  }
  if (allowedOrigins && !allowedOrigins.includes(url.origin)) {
    return failure('origin', src, `The data address ${url.href} is on ${url.origin}, which this page does not allow (allowed: ${allowedOrigins.join(', ') || 'none'}).`);
  }

  const timeout = AbortSignal.timeout(timeoutMs);
  const combined = AbortSignal.any([signal, timeout]);
  const seconds = formatSeconds(timeoutMs);
  const interrupted = (): LoadResult | undefined => {
    if (signal.aborted) return failure('cancelled', src, `Loading ${src} was cancelled.`);
    if (timeout.aborted) return failure('timeout', src, `Loading ${src} took longer than ${seconds} and was stopped. The server may be slow or down.`);
    return undefined;
  };

  let response: Response;
  try {
    response = await fetch(url.href, {
      signal: combined,
      credentials: 'omit',
      mode: 'cors',
      redirect: 'follow',
      headers: { accept: 'application/json' },
    });
  } catch {
    return interrupted() ?? failure('network', src, `Could not load ${src}: the server could not be reached, or it does not allow this page to read the data (network or CORS).`);
  }
  if (allowedOrigins && response.url && !allowedOrigins.includes(new URL(response.url).origin)) {
    void response.body?.cancel().catch(() => undefined);
    return failure('origin', src, `The data at ${src} moved to ${response.url}, which this page does not allow.`);
  }
  if (!response.ok) {
    void response.body?.cancel().catch(() => undefined);
    return failure('http', src, `Could not load ${src}: the server answered HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}.`);
  }
  const typeProblem = contentTypeProblem(response.headers.get('content-type'));
  if (typeProblem) {
    void response.body?.cancel().catch(() => undefined);
    return failure(typeProblem.kind, src, `${src} ${typeProblem.text}`);
  }
  const declared = Number(response.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > maxBytes) {
    void response.body?.cancel().catch(() => undefined);
    return failure('too-large', src, `${src} is too large: ${formatBytes(declared)}, more than the ${formatBytes(maxBytes)} limit.`);
  }

  let bytes: Uint8Array;
  try {
    const read = await readLimited(response, maxBytes);
    if (read === 'too-large') return failure('too-large', src, `${src} is too large: more than the ${formatBytes(maxBytes)} limit.`);
    bytes = read;
  } catch {
    return interrupted() ?? failure('network', src, `Could not load ${src}: the connection broke while reading the data.`);
  }
  // The deadline also covers a body that arrived in full just after it passed.
  const late = interrupted();
  if (late) return late;

  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return failure('encoding', src, `${src} is not valid UTF-8 text. Save the file as UTF-8.`);
  }
  if (text.trim() === '') return failure('empty', src, `${src} is empty.`);
  try {
    return { ok: true, json: JSON.parse(text) as unknown, url: response.url || url.href };
  } catch (error) {
    return failure('json', src, `${src} is not valid JSON${jsonErrorPlace(text, error)}.`);
  }
}

/** Reads the body, stopping as soon as it exceeds `maxBytes`. */
async function readLimited(response: Response, maxBytes: number): Promise<Uint8Array | 'too-large'> {
  if (!response.body) return new Uint8Array(await response.arrayBuffer());
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      void reader.cancel().catch(() => undefined);
      return 'too-large';
    }
    chunks.push(value);
  }
  const out = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return out;
}

/** A declared type other than JSON, or a charset other than UTF-8; a missing type is accepted. */
export function contentTypeProblem(header: string | null): { kind: 'content-type' | 'encoding'; text: string } | undefined {
  if (header === null || header.trim() === '') return undefined;
  const [essence = '', ...params] = header.split(';').map((part) => part.trim().toLowerCase());
  if (essence !== 'application/json' && !/^[a-z0-9.+-]+\/[a-z0-9.+-]+\+json$/.test(essence)) {
    return { kind: 'content-type', text: `is not JSON: the server sent ${essence || 'an unknown type'} (expected application/json).` };
  }
  const charset = params.find((param) => param.startsWith('charset='))?.slice('charset='.length).replace(/^"|"$/g, '');
  if (charset !== undefined && charset !== 'utf-8' && charset !== 'utf8') {
    return { kind: 'encoding', text: `is declared as ${charset}, but only UTF-8 is accepted.` };
  }
  return undefined;
}

/** Line and column of a JSON syntax error, without echoing the body (it may be a hostile page). */
function jsonErrorPlace(text: string, error: unknown): string {
  const match = /position (\d+)/.exec(String((error as Error)?.message ?? ''));
  const looksLikePage = /^\s*</.test(text) ? ' (it looks like a web page)' : '';
  if (!match) return looksLikePage;
  const position = Number(match[1]);
  const before = text.slice(0, position);
  const line = before.split('\n').length;
  const column = position - before.lastIndexOf('\n');
  return ` (line ${line}, column ${column})${looksLikePage}`;
}

function formatSeconds(ms: number): string {
  const seconds = ms / 1000;
  return `${Number.isInteger(seconds) ? seconds : seconds.toFixed(1)} s`;
}

function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / (1024 * 1024)).toFixed(1).replace(/\.0$/, '')} MB`;
  if (bytes >= 1024) return `${(bytes / 1024).toFixed(1).replace(/\.0$/, '')} KB`;
  return `${bytes} bytes`;
}

function failure(kind: LoadFailureKind, src: string, message: string): LoadResult {
  return { ok: false, kind, message, issues: [createIssue('src', src, 'a reachable JSON dataset address', message)] };
}
