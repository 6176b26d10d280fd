// The embed entry: the one module with a side effect. Load it with one script tag, then use
// <attack-timeline> anywhere on the page.
import { defineElements } from './define.ts';

defineElements();

// The library API too, except `buildExportSvg` (use element.exportSvg(); see src/index.ts).
export * from './public-api.ts';
