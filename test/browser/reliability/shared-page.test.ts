// One page for the cases of this folder that need no page of their own (test/browser/harness/shared-page.ts).
import '../harness/shared-page.ts';
import './accessibility-states.cases.ts';
import './date-edges.cases.ts';
import './every-problem.cases.ts';
import './hostile-data.cases.ts';
import './lifecycle.cases.ts';
import './loops.cases.ts';
import './unicode-export.cases.ts';
import './xss-and-loading.cases.ts';
