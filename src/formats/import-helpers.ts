/** Small helpers shared by the importers: ids from names, clean text, results with issues. */
import { truncateText } from '../model/graphemes.ts';
import { createIssue, type DataIssue } from '../model/issues.ts';
import { parseDataset } from '../model/parse-dataset.ts';
import type { DatasetJson } from './dataset-json.ts';

/** What an importer returns: dataset JSON that `parseDataset` accepts, or the problems found. */
export type ImportResult =
  | {
    readonly ok: true;
    readonly json: DatasetJson;
    readonly warnings: readonly string[];
    /** How many input records or objects were left out (each also explained in `warnings`). */
    readonly skipped?: number;
  }
  | { readonly ok: false; readonly issues: readonly DataIssue[] };

// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F]/g;

/** Trims, removes control characters and cuts to `max` code units (ending with …, between grapheme clusters). */
export function cleanText(value: string, max: number): string {
  const text = value.replace(CONTROL, ' ').trim();
  return truncateText(text, max);
}

/** Lower-case ASCII slug of `name` ("Cloud Hopper (APT10)" → "cloud-hopper-apt10"); `fallback` if empty. */
export function slugify(name: string, fallback: string): string {
  const slug = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/, '');
  return slug || fallback;
}

/** Hands out ids unique within one list: "apt10", then "apt10-2", "apt10-3"… */
export function createIdAllocator(): (wanted: string) => string {
  const used = new Set<string>();
  return (wanted) => {
    let id = wanted;
    for (let n = 2; used.has(id); n++) id = `${wanted}-${n}`;
    used.add(id);
    return id;
  };
}

/** Whether `value` is an absolute http(s) URL the dataset parser accepts. */
export function isHttpUrl(value: unknown): value is string {
  if (typeof value !== 'string' || !/^https?:\/\/\S+$/i.test(value) || value.length > 2000) return false;
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}

/**
 * Checks imported JSON with the product parser. `locate` may rewrite an issue's path into the
 * input's own terms (a CSV row and column), so the reader can find the cell to fix.
 */
export function finishImport(json: DatasetJson, warnings: readonly string[], locate?: (path: string) => string | undefined): ImportResult {
  const result = parseDataset(json);
  if (result.ok) return { ok: true, json, warnings };
  return {
    ok: false,
    issues: result.issues.map((issue) => {
      const where = locate?.(issue.path);
      if (!where) return issue;
      return { ...issue, path: where, message: issue.message.replace(/^[^:]*:/, `${where}:`) };
    }),
  };
}

/** One issue for an input problem that is not about a dataset field. */
export function failure(path: string, value: unknown, expected: string, detail?: string): ImportResult {
  return { ok: false, issues: [createIssue(path, value, expected, detail)] };
}
