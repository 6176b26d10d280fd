// The export code's file loads, but has none of the exports the element needs.
import { hostile } from '../harness/loader-faults.ts';
import { EXPORT } from './loaders.ts';

hostile(EXPORT, 'it has no export exportViewSvg');
