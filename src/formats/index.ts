// The formats entry (`attack-timeline/formats`): importers, exporters, TLP helpers and the CLI
// core. Pure functions over the model; no DOM, no custom elements, nothing registered.
export { fromStixBundle, type StixImportOptions } from './stix-import.ts';
export { attackUrl } from './attack-links.ts';
export { toStixBundle, stixTypeOfEvent, toStixTimestamp, type StixBundle, type StixObject, type StixExportOptions } from './stix-export.ts';
export { TLP2_MARKING_IDS, TLP2_EXTENSION_ID, tlpMarkingDefinition, tlpOfMarkingId } from './stix-markings.ts';
export { EXTENSION_ID as STIX_EXTENSION_ID } from './stix-extension.ts';
export { fromCsv, type CsvImportOptions } from './csv-import.ts';
export { toCsv } from './csv-export.ts';
export { CSV_COLUMNS } from './csv-columns.ts';
export { parseCsv, toCsvLine, type CsvRow, type CsvParseResult } from './csv.ts';
export { fromTimelineJs, isTimelineJs, type TimelineJsImportOptions } from './timelinejs-import.ts';
export { fromTimelineJsSheet, isTimelineJsSheet, TIMELINEJS_SHEET_COLUMNS } from './timelinejs-sheet.ts';
export { toDatasetJson, toEventJson, type DatasetJson, type EventJson, type ActorJson, type VictimJson, type SourceJson } from './dataset-json.ts';
export { readAnyFormat, writeFormat, INPUT_FORMATS, OUTPUT_FORMATS, type InputFormat, type OutputFormat, type ReadResult } from './convert.ts';
export { restrictToTlp, parseTlp, tlpRank } from './tlp.ts';
export { uuidV5, ATTACK_TIMELINE_NAMESPACE } from './uuid.ts';
export { runCli, USAGE, EXIT_OK, EXIT_INVALID, EXIT_USAGE, type CliIo } from './cli.ts';
export type { InputFile } from './limited-read.ts';
export type { ImportResult } from './import-helpers.ts';
