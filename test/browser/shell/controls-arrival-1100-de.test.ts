import { expect } from '@open-wc/testing';
import { measureControlsArrival } from '../harness/controls-arrival.ts';

// German labels are wider than English ones: with the actions beside the filters, the drop-downs
// and actions that arrive after the first frame wrapped onto a second row at this width, and the
// key and chart moved down (bench/arrival-sweep.mjs found it, with French and Japanese cases).
describe('controls chunk arrival at 1100×900, controls="full", in German', () => {
  it('moves nothing drawn in the first frame', async () => {
    const { before, after, shifts, element } = await measureControlsArrival({ width: 1100, height: 900 }, 'full', { locale: 'de' });
    if (JSON.stringify(after) !== JSON.stringify(before) || shifts.length > 0) console.log(JSON.stringify({ viewport: '1100x900', controls: 'full', locale: 'de', before, after, shifts }));
    expect(element.shadowRoot!.querySelector('at-actions')!.shadowRoot!.textContent, 'the actions in German').to.match(/Präsentieren/);
    expect(after).to.deep.equal(before);
    expect(shifts).to.deep.equal([]);
    element.remove();
  });
});
