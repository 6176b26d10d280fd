// The max-tlp code's file loads, but its parseTlp is a Proxy that throws when read, and it lacks restrictToTlp.
import { hostile } from '../harness/loader-faults.ts';
import { TLP } from './loaders.ts';

hostile(TLP, 'it has no export restrictToTlp');
