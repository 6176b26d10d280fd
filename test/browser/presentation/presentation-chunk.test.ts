/**
 * The presentation code is a chunk fetched when presentation is first asked for
 * (src/shell/presentation.ts; in the embed attack-timeline-presentation.js). An element asked to
 * present from the start (`mode="presentation"`) waits for it with its first frame, so that frame
 * is already the presentation (its bar, its layout, the first step), never the page layout first.
 * The test server holds the module back until released (see zoom-chunk-middleware.mjs); its own
 * file, so the page has not loaded the module before.
 */
import { expect } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import defaultDataset from '../../../data/default-dataset.json';
import { chartOf, waitMs } from '../harness/timeline-harness.ts';
import { decodeStepView } from '../../../src/story/step-view.ts';
import type { Story } from '../../../src/model/types.ts';
import { holdChunkDuringSuite, releaseHeldChunks, requestsHeld } from '../harness/chunk-hold.ts';
import { until } from '../harness/until.ts';


describe('presentation code, fetched when asked for', () => {
  holdChunkDuringSuite('presentation');
  before(() => emulateMedia({ reducedMotion: 'reduce' }));
  after(() => emulateMedia({ reducedMotion: 'no-preference' }));

  it('mode="presentation" from the start: the first frame with a chart is already the presentation, on the first step', async () => {
    const story = (defaultDataset as unknown as { stories: Story[] }).stories[0]!;
    const element = document.createElement('attack-timeline');
    element.setAttribute('mode', 'presentation');
    element.data = defaultDataset;
    /** Each render that shows the chart, as the browser would paint it: presenting or not. */
    const frames: { bar: boolean; fixed: boolean }[] = [];
    let observer: MutationObserver | null = null;
    const watch = () => {
      if (!element.shadowRoot || observer) return;
      observer = new MutationObserver(() => {
        if (chartOf(element) && frames.length < 20) frames.push({ bar: customElements.get('at-present-bar') !== undefined && element.shadowRoot!.querySelector('at-present-bar') !== null, fixed: getComputedStyle(element).position === 'fixed' });
      });
      observer.observe(element.shadowRoot, { childList: true, subtree: true });
    };
    document.body.append(element);
    watch();
    await requestsHeld();
    await waitMs(150);
    // Held back: no chart yet, only the loading line.
    expect(chartOf(element) === null, 'no chart yet').to.equal(true);
    expect(element.shadowRoot!.querySelector('.loading') !== null, 'the loading line').to.equal(true);
    expect(frames.length, 'renders with a chart before the code arrived').to.equal(0);
    const sheetsBefore = [...element.shadowRoot!.adoptedStyleSheets];

    await releaseHeldChunks();
    await until(() => element.presentation?.step === 0, 'presentation at step 0');
    await element.updateComplete;
    expect(frames.length).to.be.above(0);
    expect(frames.every((frame) => frame.bar && frame.fixed), JSON.stringify(frames)).to.equal(true);
    expect(element.presentation!.title).to.equal(story.title);
    // Presentation's stylesheet is added to every one the element had (a list of them written out
    // again once left the chips' rules out, and the chart's text was not read again at 22 px).
    const sheets = element.shadowRoot!.adoptedStyleSheets;
    expect(sheetsBefore.filter((sheet) => !sheets.includes(sheet)), 'stylesheets lost').to.deep.equal([]);
    expect(sheets.length, 'presentation\'s added').to.equal(sheetsBefore.length + 1);
    const first = decodeStepView(story.steps[0]!, [0, 0]);
    await until(() => Math.abs(element.view.startMs - first.startMs) <= 86_400_000, "the first step's window");
    expect(Math.abs(element.view.startMs - first.startMs)).to.be.below(86_400_000);
    observer!.disconnect();
    await element.exitPresentation();
    element.remove();
  });
});
