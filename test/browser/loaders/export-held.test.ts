// An element removed while the export code is on its way (see test/browser/harness/loader-faults.ts).
import { removedWhileLoading } from '../harness/loader-faults.ts';
import { EXPORT } from './loaders.ts';

removedWhileLoading(EXPORT);
