// An element removed while the zoom code is on its way (see test/browser/harness/loader-faults.ts).
import { removedWhileLoading } from '../harness/loader-faults.ts';
import { ZOOM } from './loaders.ts';

removedWhileLoading(ZOOM);
