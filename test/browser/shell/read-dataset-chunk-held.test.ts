/**
 * The code that reads a `src` answer is a chunk (src/shell/read-dataset.ts; in the embed
 * attack-timeline-read-dataset.js), but the data's request does not wait for it: the element asks
 * for the data at once and fetches that code meanwhile. Here the test server holds the module back
 * (see zoom-chunk-middleware.mjs) and the data request must already be out; once released, the
 * chart draws the data. Its own file, so the page has not loaded the module before.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { chartOf, settle, type AttackTimeline } from '../harness/timeline-harness.ts';
import { holdChunkDuringSuite, moduleFetched, releaseHeldChunks } from '../harness/chunk-hold.ts';
import { until } from '../harness/until.ts';

const requested = moduleFetched;

describe('reading a src answer: code held back', () => {
  holdChunkDuringSuite('read-dataset');

  it('requests the data before that code arrives, and draws it once it has', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div style="width:900px"><attack-timeline src="/__reliability/counted/held-reader.json"></attack-timeline></div>`);
    const element = wrapper.querySelector('attack-timeline') as AttackTimeline;
    await until(() => requested('/__reliability/counted/held-reader.json'), 'the dataset asked for');
    expect(requested('/__reliability/counted/held-reader.json'), 'the data request went out').to.equal(true);
    expect(requested('/src/shell/read-dataset.ts'), 'the reading code is still held').to.equal(false);
    expect(element.parsedDataset === null && chartOf(element) === null, 'nothing drawn yet').to.equal(true);
    await releaseHeldChunks();
    await settle(element);
    expect(element.parsedDataset?.events.length ?? 0).to.be.above(0);
    expect(chartOf(element)!.drawnItems.length).to.be.above(0);
  });
});
