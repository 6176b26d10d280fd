// An element removed while the search code is on its way (see test/browser/harness/loader-faults.ts).
import { removedWhileLoading } from '../harness/loader-faults.ts';
import { SEARCH } from './loaders.ts';

removedWhileLoading(SEARCH);
