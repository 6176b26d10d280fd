export * from './types.ts';
export * from './issues.ts';
export * from './partial-date.ts';
export { parseDataset, parseDatasetLenient, assertDataset, compareIds, type ParseResult, type LenientParseResult } from './parse-dataset.ts';
