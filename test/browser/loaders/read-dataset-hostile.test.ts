// The src reader's file loads, but it lacks readDataset: reported once, naming the file, never thrown.
import { hostile } from '../harness/loader-faults.ts';
import { READ_DATASET } from './loaders.ts';

hostile(READ_DATASET, 'it has no export readDataset');
