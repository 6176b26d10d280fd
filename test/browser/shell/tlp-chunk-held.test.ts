/**
 * The code that applies `max-tlp` is a chunk (src/formats/tlp.ts; in the embed
 * attack-timeline-tlp.js), fetched only for an element with that attribute. Here the test server
 * holds it back (see zoom-chunk-middleware.mjs): until it arrives the element shows its loading
 * line and draws nothing, so a record marked above the limit never reaches the screen, not even
 * for a frame; once released, the chart draws the data without that record. Its own file, so the
 * page has not loaded the module before.
 */
import { expect } from '@open-wc/testing';
import smallJson from '../../fixtures/small.json';
import { chartOf, settle, waitMs, type AttackTimeline } from '../harness/timeline-harness.ts';
import { holdChunkDuringSuite, releaseHeldChunks } from '../harness/chunk-hold.ts';

describe('max-tlp: code held back', () => {
  holdChunkDuringSuite('tlp');

  it('draws nothing until the code is here, then the data within the limit', async () => {
    const data = structuredClone(smallJson) as { events: { id: string; tlp?: string }[] };
    data.events[1]!.tlp = 'red';
    const hidden = data.events[1]!.id;
    const wrapper = document.createElement('div');
    wrapper.style.width = '900px';
    document.body.append(wrapper);
    const element = document.createElement('attack-timeline') as AttackTimeline;
    element.setAttribute('max-tlp', 'amber');
    element.data = data;
    const errors: string[] = [];
    element.addEventListener('at-error', (event) => errors.push((event as CustomEvent<{ message: string }>).detail.message));
    // What the element shows (its dataset, the chart's marks), watched from the start: never the red record.
    const shownIds: string[][] = [];
    const watch = setInterval(() => {
      const chart = chartOf(element);
      if (element.parsedDataset) shownIds.push(element.parsedDataset.events.map((event) => event.id));
      if (chart) shownIds.push(chart.drawnItems.flatMap((item) => (item.type === 'mark' ? [item.mark.event.id] : [])));
    }, 5);
    wrapper.append(element);
    for (let i = 0; i < 20; i++) await waitMs(20);
    expect(element.parsedDataset, 'no dataset while the code is held').to.equal(null);
    expect(chartOf(element), 'no chart while the code is held').to.equal(null);
    expect(element.shadowRoot!.querySelector('.loading'), 'the loading line').to.not.equal(null);
    await releaseHeldChunks();
    await settle(element);
    clearInterval(watch);
    wrapper.remove();
    expect(element.parsedDataset!.events.map((event) => event.id)).to.not.include(hidden);
    expect(element.parsedDataset!.events.length).to.equal(data.events.length - 1);
    expect(shownIds.length, 'watched the data and the chart').to.be.above(0);
    expect(shownIds.flat(), 'the red record was never shown').to.not.include(hidden);
    expect(errors).to.deep.equal([]);
  });
});
