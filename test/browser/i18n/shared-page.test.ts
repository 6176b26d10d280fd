// One page for the cases of this folder that need no page of their own (test/browser/harness/shared-page.ts).
import '../harness/shared-page.ts';
import './date-format.cases.ts';
import './locale.cases.ts';
