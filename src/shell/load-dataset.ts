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
  | 'cancelled'
  | 'script';

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
  /**
   * The code that reads the answer (`readDataset`, a lazy chunk: in the embed
   * attack-timeline-read-dataset.js), asked for once the request is out; undefined when it could
   * not be loaded, which its loader reports: the load then ends with kind `script` and says
   * nothing more (an empty message and no issues).
   */
  readonly reader: () => Promise<ReadDataset | undefined>;
}

export type ReadDataset = typeof import('./read-dataset.ts').readDataset;

export const DEFAULT_TIMEOUT_MS = 10_000;
export const DEFAULT_MAX_BYTES = 64 * 1024 * 1024;

/**
 * Fetches `src` and parses it as JSON (the dataset itself is checked later by the parser).
 * Never throws. Refuses addresses other than http(s) before any request; sends no cookies; one
 * deadline covers headers and body; counts bytes while reading; accepts only a JSON content type
 * (or none) and strict UTF-8. Each failure comes back with its own kind and message. The checks
 * before the request are here; reading the answer is `readDataset` (read-dataset.ts), which
 * `reader` fetches while the request is under way.
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
  // The request goes out at once; the code that reads the answer (a chunk beside the script in the
  // embed) is fetched meanwhile, so it costs no round trip before the data's.
  const response = fetch(url.href, {
    signal: AbortSignal.any([signal, timeout]),
    credentials: 'omit',
    mode: 'cors',
    redirect: 'follow',
    headers: { accept: 'application/json' },
  }).catch(() => null);
  const readDataset = await options.reader();
  if (!readDataset) {
    void response.then((answer) => answer?.body?.cancel().catch(() => undefined));
    // Nothing more to say: the reader's loader reported its file.
    return { ok: false, kind: 'script', message: '', issues: [] };
  }
  const outcome = await readDataset({ src, url, response, signal, timeout, timeoutMs, maxBytes, allowedOrigins });
  return outcome.ok ? outcome : failure(outcome.kind, src, outcome.message);
}

/** The chunk that reads a dataset's answer (src/shell/read-dataset.ts), as the embed names it. */
export const READER_FILE = 'attack-timeline-read-dataset.js';

function failure(kind: LoadFailureKind, src: string, message: string): LoadResult {
  return { ok: false, kind, message, issues: [createIssue('src', src, 'a reachable JSON dataset address', message)] };
}
