/**
 * Several test files' cases run in one page (`shared-page.test.ts` in a folder imports its
 * `*.cases.ts`), since each page costs web-test-runner about a second of loading before any test
 * runs. Cases that need a page of their own (code arriving once a page, a font added to the
 * document, a first paint on a cold page) stay in `*.test.ts` files.
 *
 * Imported first by each shared page: every top-level `describe` then starts from the page a test
 * file of its own would have met (the runner's 800×600 viewport, motion not reduced, the pointer
 * at the corner with no button down, scrolled to the top, its URL), whatever the suite before it
 * left behind. The reset runs as the describe's first `before` hook, so the describe's own hooks
 * still set up what they need after it.
 */
import { emulateMedia, resetMouse, setViewport } from '@web/test-runner-commands';

const startUrl = location.href;

/** The title of the top-level describe that ran last, to name it if it left something behind. */
let previousSuite = '(none)';

/**
 * Elements a suite left in the page (the runner's own scripts aside) are removed, and the next
 * suite fails naming them and the suite that left them: they would change what it meets.
 */
function clearLeftovers(nextSuite: string): void {
  const left = [...document.body.children].filter((element) => element.tagName !== 'SCRIPT');
  const culprit = previousSuite;
  previousSuite = nextSuite;
  if (left.length === 0) return;
  for (const element of left) element.remove();
  throw new Error(`"${culprit}" left ${left.map((element) => `<${element.localName}>`).join(', ')} in the page, which "${nextSuite}" would have met; remove them (fixture() does)`);
}

// Viewport and media only when they differ: most suites put them back themselves, and each
// command is a round trip to the runner.
async function resetPage(): Promise<void> {
  if (innerWidth !== 800 || innerHeight !== 600) await setViewport({ width: 800, height: 600 });
  if (matchMedia('(prefers-reduced-motion: reduce)').matches) await emulateMedia({ reducedMotion: 'no-preference' });
  // The pointer where the last suite left it would hover the next suite's marks.
  await resetMouse();
  if (location.href !== startUrl) history.replaceState(null, '', startUrl);
  window.scrollTo(0, 0);
}

const describeOfMocha = globalThis.describe;
let depth = 0;

function describeFromResetPage(title: string, body: (this: Mocha.Suite) => void): Mocha.Suite {
  return describeOfMocha(title, function (this: Mocha.Suite) {
    if (depth === 0) {
      before(async () => {
        await resetPage();
        clearLeftovers(title);
      });
    }
    depth++;
    try {
      body.call(this);
    } finally {
      depth--;
    }
  });
}

// `describe.only` and `.skip` are Mocha's own: a suite run alone has no suite before it to undo.
globalThis.describe = Object.assign(describeFromResetPage, describeOfMocha) as Mocha.SuiteFunction;
