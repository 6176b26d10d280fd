/**
 * Any supported input (dataset JSON, STIX 2.1 bundle, TimelineJS JSON or sheet, spreadsheet CSV) → a
 * parsed dataset, and a dataset → any output format. The CLI and library users share these.
 */
import type { DataIssue } from '../model/issues.ts';
import { graphemeCut } from '../model/graphemes.ts';
import { createIssue } from '../model/issues.ts';
import { parseDataset } from '../model/parse-dataset.ts';
import type { Dataset } from '../model/types.ts';
import { fromCsv } from './csv-import.ts';
import { toCsv } from './csv-export.ts';
import { toDatasetJson } from './dataset-json.ts';
import { fromStixBundle } from './stix-import.ts';
import { toStixBundle, type StixExportOptions } from './stix-export.ts';
import { fromTimelineJs, isTimelineJs } from './timelinejs-import.ts';
import { fromTimelineJsSheet, isTimelineJsSheet } from './timelinejs-sheet.ts';

export const INPUT_FORMATS = ['json', 'stix', 'csv', 'timelinejs'] as const;
export type InputFormat = (typeof INPUT_FORMATS)[number];
export const OUTPUT_FORMATS = ['json', 'stix', 'csv'] as const;
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

export type ReadResult =
  | { readonly ok: true; readonly format: InputFormat; readonly dataset: Dataset; readonly warnings: readonly string[]; readonly skipped: number }
  | { readonly ok: false; readonly format?: InputFormat; readonly issues: readonly DataIssue[] };

/**
 * Reads `text` as `format`, or guesses it: a `.csv` name (or text that is not JSON) is CSV, and
 * CSV whose header is TimelineJS's Google Sheet template (Year, …, Headline, …) is TimelineJS; a
 * JSON object with `"type": "bundle"` is STIX; one whose events have `start_date` is TimelineJS;
 * anything else is the dataset format. Never throws.
 */
export function readAnyFormat(text: string, options: { readonly format?: InputFormat; readonly fileName?: string; readonly title?: string } = {}): ReadResult {
  let format = options.format;
  let json: unknown;
  const csvName = format === undefined && options.fileName?.toLowerCase().endsWith('.csv');
  if (format !== 'csv' && !csvName) {
    try {
      json = JSON.parse(text.startsWith('\uFEFF') ? text.slice(1) : text);
    } catch (error) {
      const sheet = format === 'timelinejs' && isTimelineJsSheet(text);
      if (!sheet && (format !== undefined || options.fileName?.toLowerCase().endsWith('.json'))) {
        return { ok: false, format: format ?? 'json', issues: [createIssue('', text.slice(0, graphemeCut(text, 40)), 'JSON', `not valid JSON: ${(error as Error).message}`)] };
      }
      format ??= 'csv';
    }
  } else {
    format = 'csv';
  }
  if (format === 'csv' && isTimelineJsSheet(text)) format = 'timelinejs';
  if (format === undefined) {
    format = isObject(json) && json.type === 'bundle' ? 'stix' : isTimelineJs(json) ? 'timelinejs' : 'json';
  }
  const titled = options.title !== undefined ? { title: options.title } : {};
  const imported = format === 'csv' ? fromCsv(text, titled)
    : format === 'stix' ? fromStixBundle(json, titled)
      : format === 'timelinejs' ? (json === undefined ? fromTimelineJsSheet(text) : fromTimelineJs(json))
        : { ok: true as const, json, warnings: [] as string[] };
  if (!imported.ok) return { ok: false, format, issues: imported.issues };
  const input = format === 'timelinejs' && options.title !== undefined ? { ...(imported.json as object), title: options.title } : imported.json;
  const parsed = parseDataset(input);
  if (!parsed.ok) return { ok: false, format, issues: parsed.issues };
  const skipped = 'skipped' in imported ? imported.skipped ?? 0 : 0;
  return { ok: true, format, dataset: parsed.dataset, warnings: imported.warnings, skipped };
}

/** Writes `dataset` as text in `format` (JSON is pretty-printed; every output ends with a newline). */
export function writeFormat(dataset: Dataset, format: OutputFormat, stix: StixExportOptions = {}): string {
  if (format === 'csv') return toCsv(dataset);
  const value = format === 'stix' ? toStixBundle(dataset, stix) : toDatasetJson(dataset);
  return `${JSON.stringify(value, null, 2)}\n`;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
