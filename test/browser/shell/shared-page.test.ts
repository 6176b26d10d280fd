// One page for the cases of this folder that need no page of their own (test/browser/harness/shared-page.ts).
import '../harness/shared-page.ts';
import './attack-timeline.cases.ts';
import './errors.cases.ts';
import './view-model.cases.ts';
import './layout.cases.ts';
