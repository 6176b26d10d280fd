// An element removed while the tlp code is on its way (see test/browser/harness/loader-faults.ts).
import { removedWhileLoading } from '../harness/loader-faults.ts';
import { TLP } from './loaders.ts';

removedWhileLoading(TLP);
