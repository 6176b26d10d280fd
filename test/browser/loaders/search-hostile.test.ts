// The search code's file loads, but its createSearchIndex throws when called, and it lacks searchEvents.
import { hostile } from '../harness/loader-faults.ts';
import { SEARCH } from './loaders.ts';

hostile(SEARCH, 'it has no export searchEvents');
