// The zoom code's file loads, but its createZoomGestures is a Proxy that throws when called.
import { hostile } from '../harness/loader-faults.ts';
import { ZOOM } from './loaders.ts';

hostile(ZOOM, 'hostile module');
