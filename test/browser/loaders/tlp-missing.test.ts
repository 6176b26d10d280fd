// The tlp code's file missing, then there (see test/browser/harness/loader-faults.ts).
import { missingThenBack } from '../harness/loader-faults.ts';
import { TLP } from './loaders.ts';

missingThenBack(TLP);
