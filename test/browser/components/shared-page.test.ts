// One page for the cases of this folder that need no page of their own (test/browser/harness/shared-page.ts).
import '../harness/shared-page.ts';
import './accessibility.cases.ts';
import './draw-frames.cases.ts';
import './focusable-marks.cases.ts';
import './roles-and-sources.cases.ts';
import './uncertainty-ink.cases.ts';
import './visual.cases.ts';
