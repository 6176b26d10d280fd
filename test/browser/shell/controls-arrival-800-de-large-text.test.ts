import { expect } from '@open-wc/testing';
import { measureControlsArrival } from '../harness/controls-arrival.ts';

// A page with larger text (22 px) makes every label wider: the controls' narrower layouts begin at
// widths in em, so they begin sooner, and the German drop-downs that arrive after the first frame
// still fit the row kept for them.
describe('controls chunk arrival at 800×900, controls="full", in German at 22 px', () => {
  it('moves nothing drawn in the first frame', async () => {
    const { before, after, shifts, element } = await measureControlsArrival({ width: 800, height: 900 }, 'full', { locale: 'de', style: 'font-size: 22px' });
    if (JSON.stringify(after) !== JSON.stringify(before) || shifts.length > 0) console.log(JSON.stringify({ viewport: '800x900', controls: 'full', locale: 'de', before, after, shifts }));
    expect(getComputedStyle(element).fontSize).to.equal('22px');
    expect(after).to.deep.equal(before);
    expect(shifts).to.deep.equal([]);
    element.remove();
  });
});
