// The max-tlp code's file loads with every export, but restrictToTlp throws when called, a value that
// cannot be turned into text: reported like a missing export, naming the file, never thrown.
import { hostile } from '../harness/loader-faults.ts';
import { TLP } from './loaders.ts';

hostile(TLP, 'unreadable', 'throwing');
