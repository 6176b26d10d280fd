// One page for the cases of this folder that need no page of their own (test/browser/harness/shared-page.ts).
import '../harness/shared-page.ts';
import './chart-font-size.cases.ts';
import './cluster-list-keyboard.cases.ts';
import './cluster-list.cases.ts';
import './labels-read.cases.ts';
import './large-data.cases.ts';
import './moving-layout.cases.ts';
import './overview.cases.ts';
import './presentation-labels.cases.ts';
import './screens.cases.ts';
import './tooltip-cluster.cases.ts';
import './touch-responsive.cases.ts';
