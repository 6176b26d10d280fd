// The embed entry: the one module with a side effect. Load it with one script tag, then use
// <attack-timeline> anywhere on the page.
import { defineElements } from './define.ts';

defineElements();

// The library API too, except what the element uses only lazily or for one attribute (the export
// builder, TLP, URL-hash and story-step helpers, lazy elements' classes: see src/index.ts).
export * from './public-api.ts';
