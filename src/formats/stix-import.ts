/**
 * STIX 2.1 bundle → dataset JSON. A bundle exported by attack-timeline is restored exactly from
 * the records its objects carry in attack-timeline's property extension (stix-extension.ts); any
 * other bundle is read natively (stix-native.ts), with the TLP marking of every object kept and
 * every object it could not use counted in the warnings.
 */
import { createIssue, type DataIssue } from '../model/issues.ts';
import type { DatasetJson, SourceJson } from './dataset-json.ts';
import { failure, finishImport, type ImportResult } from './import-helpers.ts';
import { readRecordExtension, type RecordExtension } from './stix-extension.ts';
import { readNative } from './stix-native.ts';
import { isRecord, type StixObj } from './stix-objects.ts';

export interface StixImportOptions {
  /** Title of the dataset; defaults to the report's name when the bundle holds one (unmarked) report. */
  readonly title?: string;
}

/** Reads a STIX 2.1 bundle (parsed JSON). Never throws. */
export function fromStixBundle(input: unknown, options: StixImportOptions = {}): ImportResult {
  if (!isRecord(input) || input.type !== 'bundle') return failure('/type', isRecord(input) ? input.type : input, '"bundle" (a STIX 2.1 bundle object)');
  if (!Array.isArray(input.objects)) return failure('/objects', input.objects, 'a list of STIX objects');
  const issues: DataIssue[] = [];
  const objects: StixObj[] = [];
  input.objects.forEach((object, i) => {
    if (!isRecord(object) || typeof object.type !== 'string' || typeof object.id !== 'string') {
      issues.push(createIssue(`/objects/${i}`, object, 'a STIX object with "type" and "id"'));
    } else {
      objects.push(object as StixObj);
    }
  });
  if (issues.length > 0) return { ok: false, issues };
  const records = objects.map(readRecordExtension).filter((record): record is RecordExtension => record !== undefined);
  const header = records.find((record) => record.role === 'dataset');
  return header ? restoreExported(records, header) : readNative(objects, String(input.id ?? ''), options.title);
}

/** A bundle written by `toStixBundle`: every record travels whole in the extension. */
function restoreExported(records: readonly RecordExtension[], header: RecordExtension): ImportResult {
  const byRole = (role: RecordExtension['role']) => records.filter((record) => record.role === role).map((record) => record.record);
  const sources = new Map<string, SourceJson>();
  for (const record of records) {
    for (const source of record.sources ?? []) if (isRecord(source) && typeof source.id === 'string' && !sources.has(source.id)) sources.set(source.id, source);
  }
  const subjects = byRole('subject');
  const json = {
    ...header.record,
    actors: byRole('actor'),
    victims: byRole('victim'),
    ...(subjects.length > 0 ? { subjects } : {}),
    sources: [...sources.values()],
    events: byRole('event'),
  } as unknown as DatasetJson;
  return finishImport(json, []);
}
