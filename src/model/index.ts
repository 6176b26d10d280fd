export * from './types.ts';
export * from './issues.ts';
export * from './partial-date.ts';
export { parseDataset, assertDataset, compareIds, type ParseResult } from './parse-dataset.ts';
export { datasetJsonSchema } from './dataset-schema.ts';
