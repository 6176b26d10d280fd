import { createIssue, type DataIssue } from '../model/issues.ts';

export type LoadResult =
  | { readonly ok: true; readonly json: unknown }
  | { readonly ok: false; readonly message: string; readonly issues: readonly DataIssue[] };

const TIMEOUT_MS = 20_000;

/**
 * Fetches `url` and parses it as JSON (structure is checked later by `parseDataset`). Never
 * throws: network failures, HTTP errors, timeouts and bad JSON each come back with their own
 * message. `signal` cancels a superseded load.
 */
export async function loadJson(url: string, signal: AbortSignal): Promise<LoadResult> {
  const timeout = AbortSignal.timeout(TIMEOUT_MS);
  const combined = AbortSignal.any([signal, timeout]);
  let response: Response;
  try {
    response = await fetch(url, { signal: combined, credentials: 'same-origin', headers: { accept: 'application/json' } });
  } catch (error) {
    if (timeout.aborted) return failure(url, `Loading ${url} timed out after ${TIMEOUT_MS / 1000} s.`);
    if (signal.aborted) return failure(url, `Loading ${url} was cancelled.`);
    return failure(url, `Could not reach ${url} (network error or blocked by CORS): ${String((error as Error).message ?? error)}`);
  }
  if (!response.ok) return failure(url, `Loading ${url} failed: HTTP ${response.status} ${response.statusText}`.trim());
  let text: string;
  try {
    text = await response.text();
  } catch {
    return failure(url, timeout.aborted ? `Loading ${url} timed out after ${TIMEOUT_MS / 1000} s.` : `Reading ${url} failed.`);
  }
  try {
    return { ok: true, json: JSON.parse(text) as unknown };
  } catch (error) {
    const detail = (error as Error).message;
    return { ok: false, message: `${url} is not valid JSON: ${detail}`, issues: [createIssue('', text.slice(0, 80), 'JSON text', `not valid JSON: ${detail}`)] };
  }
}

function failure(url: string, message: string): LoadResult {
  return { ok: false, message, issues: [createIssue('', url, 'a reachable dataset URL', message)] };
}
