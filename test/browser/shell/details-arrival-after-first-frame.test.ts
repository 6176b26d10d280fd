import { expect } from '@open-wc/testing';
import { holdChunkDuringSuite } from '../harness/chunk-hold.ts';
import { selectAfterFirstFrame } from '../harness/details-arrival.ts';

// A page's script selects an event once the chart is drawn (a story told as the reader scrolls):
// the chart stayed full width until the details' code came, then was drawn a third narrower. The
// panel's place is now taken at once, its tag hidden until the code is there.
describe('an event selected by script after the first frame, 1440×900 (side panel)', () => {
  holdChunkDuringSuite('detail');

  it('takes the panel\'s column at once, so the chart and its marks stay put when the code comes', async () => {
    const { before, after, standIn, shifts, element } = await selectAfterFirstFrame({ width: 1440, height: 900 }, 'apt10-indictment-unsealed');
    if (JSON.stringify(after) !== JSON.stringify(before) || shifts.length > 0) console.log(JSON.stringify({ viewport: '1440x900', before, after, standIn, shifts }));
    expect(standIn.hidden, 'the stand-in is hidden').to.equal(true);
    expect(Number(standIn.box!.split(',')[2]), 'the stand-in takes the panel\'s column').to.be.greaterThan(250);
    const panel = element.shadowRoot!.querySelector('at-event-detail')!;
    expect(getComputedStyle(panel).visibility).to.equal('visible');
    expect(panel.shadowRoot!.querySelector('h2')!.textContent).to.equal(element.parsedDataset!.events.find((event) => event.id === 'apt10-indictment-unsealed')!.title);
    expect(before.mark, 'the selected mark is drawn').to.not.equal(null);
    expect(after).to.deep.equal(before);
    expect(shifts).to.deep.equal([]);
    element.parentElement!.remove();
  });
});
