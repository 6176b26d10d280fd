// The embed entry: the one module with a side effect. Load it with one script tag, then use
// <attack-timeline> anywhere on the page.
import { defineElements } from './define.ts';

defineElements();

export * from './index.ts';
