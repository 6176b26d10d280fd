/**
 * While the element waits for what it needs before it can draw (the bundled story, a `src`
 * answer's reading code), its loading line keeps `--at-loading-height` (by default a screen, at
 * most 30rem), so an article's text under it is already below the fold and does not jump into view
 * when the timeline arrives. Each case holds the code back at the test server
 * (zoom-chunk-middleware.mjs) and watches the text under the element.
 */
import { expect, nextFrame } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { chartOf, settle, waitMs, type AttackTimeline } from '../harness/timeline-harness.ts';
import { holdChunkDuringSuite, releaseHeldChunks, requestsHeld } from '../harness/chunk-hold.ts';
import { watchLayoutShifts } from '../harness/layout-shifts.ts';
import { until } from '../harness/until.ts';

const rootFontPx = () => Number.parseFloat(getComputedStyle(document.documentElement).fontSize);
const loadingLine = (element: AttackTimeline) => element.shadowRoot?.querySelector('.loading') ?? null;

/** An article: an opening block of `introPx`, the element, then text; removed by the returned function. */
function article(introPx: number, attributes: Record<string, string> = {}) {
  const intro = document.createElement('div');
  intro.style.height = `${introPx}px`;
  const element = document.createElement('attack-timeline') as AttackTimeline;
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  const text = document.createElement('p');
  text.textContent = 'The article goes on under the timeline. '.repeat(60);
  document.body.append(intro, element, text);
  return { element, text, remove: () => [intro, element, text].forEach((node) => node.remove()) };
}

async function untilLoading(element: AttackTimeline): Promise<void> {
  await until(() => loadingLine(element), 'the loading line');
  expect(loadingLine(element), 'the loading line').to.not.equal(null);
  await nextFrame();
}

describe('the bundled story loading', () => {
  holdChunkDuringSuite('story');

  it('keeps a screen, at most 30rem, and moves no text the reader can see when the story arrives (390×844)', async function () {
    this.timeout(30_000);
    await setViewport({ width: 390, height: 844 });
    const reserve = 30 * rootFontPx();
    // The opening block puts the element where the kept height reaches past the fold.
    const page = article(844 - reserve + 40);
    try {
      await requestsHeld();
      await untilLoading(page.element);
      expect(page.element.getBoundingClientRect().height, 'the element while the story loads').to.be.closeTo(reserve, 1);
      // A screen shorter than 30rem (a phone turned sideways): the element keeps that screen.
      await setViewport({ width: 844, height: 390 });
      await nextFrame();
      expect(page.element.getBoundingClientRect().height, 'on a 390 px tall screen').to.be.closeTo(390, 1);
      await setViewport({ width: 390, height: 844 });
      for (let frame = 0; frame < 3; frame++) await nextFrame();
      expect(page.text.getBoundingClientRect().top, 'the text under the element starts under the fold').to.be.at.least(844);
      const stop = await watchLayoutShifts();
      expect(await releaseHeldChunks(), 'the held story').to.equal(1);
      await settle(page.element);
      for (let frame = 0; frame < 3; frame++) await nextFrame();
      await waitMs(200);
      const shifts = stop();
      expect(page.element.parsedDataset?.events.length ?? 0, 'the story is in').to.be.above(50);
      expect(page.element.getBoundingClientRect().height, 'the timeline is taller than the place kept').to.be.above(reserve);
      expect(shifts).to.deep.equal([]);
    } finally {
      page.remove();
    }
  });
});

describe('a src answer loading', () => {
  holdChunkDuringSuite('read-dataset');

  it('keeps the height the page sets in --at-loading-height, then draws the data', async function () {
    this.timeout(30_000);
    await setViewport({ width: 1440, height: 900 });
    const page = article(0, { src: '/examples/data/soft-cell.json' });
    page.element.style.setProperty('--at-loading-height', '12rem');
    try {
      await requestsHeld();
      await untilLoading(page.element);
      expect(page.element.getBoundingClientRect().height, 'the element while its data loads').to.be.closeTo(12 * rootFontPx(), 1);
      await releaseHeldChunks();
      await settle(page.element);
      expect(loadingLine(page.element), 'no loading line once drawn').to.equal(null);
      expect(chartOf(page.element)!.drawnItems.length).to.be.above(0);
    } finally {
      page.remove();
    }
  });
});

describe('before the script has run', () => {
  it('keeps the place the page rule gives it, and shows the page\'s own content inside it until then', async function () {
    this.timeout(10_000);
    // A frame of its own has its own element registry, in which the tag is not defined: as an
    // article before the script has run, or when it never loads.
    const frame = document.createElement('iframe');
    frame.width = '800';
    frame.height = '600';
    frame.srcdoc = `<!doctype html><style>
      attack-timeline:not(:defined) { display: block; min-height: var(--at-loading-height, min(100svh, 30rem)); }
    </style><attack-timeline><p id="fallback">An interactive timeline of the campaigns.</p></attack-timeline><p id="after">Text after.</p>`;
    document.body.append(frame);
    try {
      await until(() => frame.contentDocument?.getElementById('after') != null, 'the page in the frame');
      const doc = frame.contentDocument!;
      const element = doc.querySelector('attack-timeline')!;
      const reserve = Math.min(600, 30 * Number.parseFloat(getComputedStyle(doc.documentElement).fontSize));
      expect(element.getBoundingClientRect().height, 'the place kept').to.be.closeTo(reserve, 1);
      expect(doc.getElementById('fallback')!.getClientRects().length, 'the page\'s own content shows').to.be.above(0);
      // Once defined, the element's shadow root has no slot: that content is neither drawn nor read out.
      const defined = document.createElement('attack-timeline');
      defined.innerHTML = '<p id="defined-fallback">An interactive timeline of the campaigns.</p>';
      document.body.append(defined);
      await (defined as AttackTimeline).updateComplete;
      expect(defined.querySelector('#defined-fallback')!.getClientRects().length, 'hidden once defined').to.equal(0);
      defined.remove();
    } finally {
      frame.remove();
    }
  });
});
