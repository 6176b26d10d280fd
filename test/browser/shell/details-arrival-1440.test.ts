import { expect } from '@open-wc/testing';
import { holdChunkDuringSuite } from '../harness/chunk-hold.ts';
import { measureDetailsArrival } from '../harness/details-arrival.ts';

// A shared link selects an event: the first frame drew the chart across the whole width, and when
// the details' code arrived the panel took a column beside it, so the chart was drawn again a
// third narrower and every mark moved (1400 → 968 px here). The bundled story's chart is taller
// than the panel; a chart shorter than the panel still grows the stage when the panel's content
// arrives (its height depends on the event: the small fixture's indictment takes 474 px).
describe('details\' code arriving for an event selected from the first frame, 1440×900 (side panel)', () => {
  holdChunkDuringSuite('detail');

  it('keeps the panel\'s column from the first frame, so the chart and its marks stay put', async () => {
    const { before, after, standIn, shifts, element } = await measureDetailsArrival({ width: 1440, height: 900 }, 'apt10-indictment-unsealed');
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
