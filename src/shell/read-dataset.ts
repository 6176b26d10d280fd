import type { LoadFailureKind } from './load-dataset.ts';

/** A request `loadJson` started, with what reading its answer needs. */
export interface DatasetRequest {
  readonly src: string;
  readonly url: URL;
  /** The answer; null when the request failed (network, CORS, or one of the signals). */
  readonly response: Promise<Response | null>;
  /** Cancels a superseded load. */
  readonly signal: AbortSignal;
  /** Fires at the deadline. */
  readonly timeout: AbortSignal;
  readonly timeoutMs: number;
  readonly maxBytes: number;
  readonly allowedOrigins: readonly string[] | null;
}

/**
 * Reads the answer to a dataset request (see `loadJson`): where it came from after redirects, its
 * status, content type and size, then the body, counted while read, as strict UTF-8 JSON. Never
 * throws; each failure comes back with its own kind and message.
 */
export async function readDataset(request: DatasetRequest): Promise<ReadOutcome> {
  const { src, url, signal, timeout, timeoutMs, maxBytes, allowedOrigins } = request;
  const seconds = formatSeconds(timeoutMs);
  const interrupted = (): ReadOutcome | undefined => {
    if (signal.aborted) return failure('cancelled', `Loading ${src} was cancelled.`);
    if (timeout.aborted) return failure('timeout', `Loading ${src} took longer than ${seconds} and was stopped. The server may be slow or down.`);
    return undefined;
  };
  const response = await request.response;
  if (!response) return interrupted() ?? failure('network', `Could not load ${src}: the server could not be reached, or it does not allow this page to read the data (network or CORS).`);
  if (allowedOrigins && response.url && !allowedOrigins.includes(new URL(response.url).origin)) {
    void response.body?.cancel().catch(() => undefined);
    return failure('origin', `The data at ${src} moved to ${response.url}, which this page does not allow.`);
  }
  if (!response.ok) {
    void response.body?.cancel().catch(() => undefined);
    return failure('http', `Could not load ${src}: the server answered HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}.`);
  }
  const typeProblem = contentTypeProblem(response.headers.get('content-type'));
  if (typeProblem) {
    void response.body?.cancel().catch(() => undefined);
    return failure(typeProblem.kind, `${src} ${typeProblem.text}`);
  }
  const declared = Number(response.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > maxBytes) {
    void response.body?.cancel().catch(() => undefined);
    return failure('too-large', `${src} is too large: ${formatBytes(declared)}, more than the ${formatBytes(maxBytes)} limit.`);
  }

  let bytes: Uint8Array;
  try {
    const read = await readLimited(response, maxBytes);
    if (read === 'too-large') return failure('too-large', `${src} is too large: more than the ${formatBytes(maxBytes)} limit.`);
    bytes = read;
  } catch {
    return interrupted() ?? failure('network', `Could not load ${src}: the connection broke while reading the data.`);
  }
  // The deadline also covers a body that arrived in full just after it passed.
  const late = interrupted();
  if (late) return late;

  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return failure('encoding', `${src} is not valid UTF-8 text. Save the file as UTF-8.`);
  }
  if (text.trim() === '') return failure('empty', `${src} is empty.`);
  try {
    return { ok: true, json: JSON.parse(text) as unknown, url: response.url || url.href };
  } catch (error) {
    return failure('json', `${src} is not valid JSON${jsonErrorPlace(text, error)}.`);
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

/**
 * What reading the answer came to: the JSON, or why not. loadJson (in the entry) turns a failure
 * into its issue; this chunk imports nothing from the model, see vite.embed.config.ts for why.
 */
export type ReadOutcome = { readonly ok: true; readonly json: unknown; readonly url: string } | { readonly ok: false; readonly kind: LoadFailureKind; readonly message: string };

function failure(kind: LoadFailureKind, message: string): ReadOutcome {
  return { ok: false, kind, message };
}
