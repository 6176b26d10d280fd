import { expect } from '@open-wc/testing';
import smallJson from '../../fixtures/small.json';
import { holdChunkDuringSuite } from '../harness/chunk-hold.ts';
import { openSelected } from '../harness/details-arrival.ts';

// Below 56rem the details are a sheet over the foot of the screen, and the stage keeps room under
// itself so the sheet never hides its end: that room came only with the details' code, and the
// table and the page under the element moved down by half a screen (450 px here).
describe('a link that selects an event, 700×900 (bottom sheet)', () => {
  holdChunkDuringSuite('detail');

  it('draws the first frame with the sheet and its room, and nothing moves after it', async () => {
    const { whileHeld, first, later, panelInFirstFrame, shifts, element } = await openSelected({ width: 700, height: 900 }, 'e-indictment', smallJson);
    if (JSON.stringify(later) !== JSON.stringify(first) || shifts.length > 0) console.log(JSON.stringify({ viewport: '700x900', whileHeld, first, later, shifts }));
    expect(whileHeld, 'while the code was held: the loading line, no chart').to.deep.equal({ chart: false, loading: true });
    expect(panelInFirstFrame, 'the first frame has the sheet').to.equal(true);
    const panel = element.shadowRoot!.querySelector('at-event-detail')!;
    expect(getComputedStyle(panel).position, 'a sheet').to.equal('fixed');
    expect(later).to.deep.equal(first);
    expect(shifts).to.deep.equal([]);
    element.parentElement!.remove();
  });
});
