// The search code's file missing, then there (see test/browser/harness/loader-faults.ts).
import { missingThenBack } from '../harness/loader-faults.ts';
import { SEARCH } from './loaders.ts';

missingThenBack(SEARCH);
