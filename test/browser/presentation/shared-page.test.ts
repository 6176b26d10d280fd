// One page for the cases of this folder that need no page of their own (test/browser/harness/shared-page.ts).
import '../harness/shared-page.ts';
import './presentation.cases.ts';
import './projector.cases.ts';
