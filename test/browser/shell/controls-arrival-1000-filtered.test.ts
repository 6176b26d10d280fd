import { expect } from '@open-wc/testing';
import { measureControlsArrival } from '../harness/controls-arrival.ts';

// As examples/article.html's first figure: a column between phone and laptop, with filters set by
// the page, which the filter bar shows as a row of chips once its code is there.
describe('controls chunk arrival at 1000×900, controls="full", filtered by the page', () => {
  it('moves nothing drawn in the first frame (the chips\' row was kept)', async () => {
    const { before, after, shifts, element } = await measureControlsArrival({ width: 1000, height: 900 }, 'full', { actors: 'apt10', victims: 'hpe' });
    if (JSON.stringify(after) !== JSON.stringify(before) || shifts.length > 0) console.log(JSON.stringify({ viewport: '1000x900', controls: 'full', before, after, shifts }));
    expect(element.view.actors).to.deep.equal(['apt10']);
    expect(element.shadowRoot!.querySelector('at-filter-bar')!.shadowRoot!.querySelectorAll('.chip').length, 'the chips').to.equal(2);
    expect(after).to.deep.equal(before);
    expect(shifts).to.deep.equal([]);
    element.remove();
  });
});
