import { expect } from '@open-wc/testing';
import { holdChunkDuringSuite } from '../harness/chunk-hold.ts';
import smallJson from '../../fixtures/small.json';
import { measureDetailsArrival } from '../harness/details-arrival.ts';

// Below 56rem the details are a sheet over the foot of the screen, and the stage keeps room under
// itself so the sheet never hides its end: that room came only with the details' code, and the
// table and the page under the element moved down by half a screen.
describe('details\' code arriving for an event selected from the first frame, 700×900 (bottom sheet)', () => {
  holdChunkDuringSuite('detail');

  it('keeps the sheet\'s room from the first frame, so the table under the chart stays put', async () => {
    const { before, after, standIn, shifts, element } = await measureDetailsArrival({ width: 700, height: 900 }, 'e-indictment', smallJson);
    if (JSON.stringify(after) !== JSON.stringify(before) || shifts.length > 0) console.log(JSON.stringify({ viewport: '700x900', before, after, standIn, shifts }));
    expect(standIn.hidden, 'the stand-in is hidden').to.equal(true);
    const panel = element.shadowRoot!.querySelector('at-event-detail')!;
    expect(getComputedStyle(panel).position, 'a sheet').to.equal('fixed');
    expect(getComputedStyle(panel).visibility).to.equal('visible');
    expect(panel.shadowRoot!.textContent).to.contain('US indicts two APT10 members');
    expect(after).to.deep.equal(before);
    expect(shifts).to.deep.equal([]);
    element.parentElement!.remove();
  });
});
