// The export code's file missing, then there (see test/browser/harness/loader-faults.ts).
import { missingThenBack } from '../harness/loader-faults.ts';
import { EXPORT } from './loaders.ts';

missingThenBack(EXPORT);
