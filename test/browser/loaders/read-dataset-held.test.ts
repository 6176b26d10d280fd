// An element removed while the src reader's code is on its way (see test/browser/harness/loader-faults.ts).
import { removedWhileLoading } from '../harness/loader-faults.ts';
import { READ_DATASET } from './loaders.ts';

removedWhileLoading(READ_DATASET);
