import { expect } from '@open-wc/testing';
import smallJson from '../../fixtures/small.json';
import { holdChunkDuringSuite } from '../harness/chunk-hold.ts';
import { openSelected } from '../harness/details-arrival.ts';

// A link selects an event. The first frame drew the chart across the whole width and the panel
// came after it, in a column beside it: the chart was drawn again a third narrower (every mark
// moved), and beside a chart shorter than the panel the page under the element moved down (the
// small fixture's panel is 474 px tall, its chart 230). The first frame now waits for the code.
describe('a link that selects an event, 1440×900 (side panel), short chart', () => {
  holdChunkDuringSuite('detail');

  it('draws the first frame with the panel, and nothing moves after it', async () => {
    const { whileHeld, first, later, panelInFirstFrame, shifts, element } = await openSelected({ width: 1440, height: 900 }, 'e-indictment', smallJson);
    if (JSON.stringify(later) !== JSON.stringify(first) || shifts.length > 0) console.log(JSON.stringify({ viewport: '1440x900', whileHeld, first, later, shifts }));
    expect(whileHeld, 'while the code was held: the loading line, no chart').to.deep.equal({ chart: false, loading: true });
    expect(panelInFirstFrame, 'the first frame has the panel').to.equal(true);
    expect(Number(first.chart!.split(',')[2]), 'the chart keeps room for the panel').to.be.below(1400 - 250);
    expect(first.mark, 'the selected mark is drawn').to.not.equal(null);
    expect(later).to.deep.equal(first);
    expect(shifts).to.deep.equal([]);
    const panel = element.shadowRoot!.querySelector('at-event-detail')!;
    expect(panel.shadowRoot!.querySelector('h2')!.textContent).to.equal('US indicts two APT10 members');
    element.parentElement!.remove();
  });
});
