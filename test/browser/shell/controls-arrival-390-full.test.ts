import { expect } from '@open-wc/testing';
import { measureControlsArrival } from '../harness/controls-arrival.ts';

describe('controls chunk arrival at 390×844, controls="full"', () => {
  it('moves nothing drawn in the first frame (its space was kept)', async () => {
    const { before, after, shifts, element } = await measureControlsArrival({ width: 390, height: 844 }, 'full');
    if (JSON.stringify(after) !== JSON.stringify(before) || shifts.length > 0) console.log(JSON.stringify({ viewport: '390x844', controls: 'full', before, after, shifts }));
    expect(after).to.deep.equal(before);
    expect(shifts).to.deep.equal([]);
    element.remove();
  });
});
