import { expect } from '@open-wc/testing';
import { measureControlsArrival } from '../harness/controls-arrival.ts';

// Seven filters set by the page wrap the filter bar's chips onto a second line at this width; the
// space kept for one line of chips let the key and chart move down 38 px when they arrived
// (bench/arrival-sweep.mjs). The shell now lays out an invisible copy of the chips instead.
describe('controls chunk arrival at 700×900, controls="full", seven filters set by the page', () => {
  it('keeps every line of chips, so nothing drawn in the first frame moves', async () => {
    const { before, after, shifts, element, chipsStandIn } = await measureControlsArrival(
      { width: 700, height: 900 }, 'full', { actors: 'apt10,apt31,gallium,accenture,acsc', victims: 'hpe,ibm' },
    );
    if (JSON.stringify(after) !== JSON.stringify(before) || shifts.length > 0) console.log(JSON.stringify({ viewport: '700x900', controls: 'full', before, after, shifts }));
    const chips = [...element.shadowRoot!.querySelector('at-filter-bar')!.shadowRoot!.querySelectorAll('.chip')];
    expect(chips.length, 'the chips').to.equal(7);
    expect(new Set(chips.map((chip) => Math.round(chip.getBoundingClientRect().top))).size, 'lines of chips').to.be.greaterThan(1);
    expect(chipsStandIn, 'the copy while the code was on its way').to.deep.include({ hiddenBefore: true, drawnAfter: false });
    expect(chipsStandIn!.heightBefore, 'the copy held more than one line').to.be.greaterThan(2 * 32);
    expect(after).to.deep.equal(before);
    expect(shifts).to.deep.equal([]);
    element.remove();
  });
});
