// The zoom code's file missing, then there (see test/browser/harness/loader-faults.ts).
import { missingThenBack } from '../harness/loader-faults.ts';
import { ZOOM } from './loaders.ts';

missingThenBack(ZOOM);
