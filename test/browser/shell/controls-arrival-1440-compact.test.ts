import { expect } from '@open-wc/testing';
import { measureControlsArrival } from '../harness/controls-arrival.ts';

describe('controls chunk arrival at 1440×900, controls="compact"', () => {
  it('moves nothing drawn in the first frame (its space was kept)', async () => {
    const { before, after, shifts, element } = await measureControlsArrival({ width: 1440, height: 900 }, 'compact');
    if (JSON.stringify(after) !== JSON.stringify(before) || shifts.length > 0) console.log(JSON.stringify({ viewport: '1440x900', controls: 'compact', before, after, shifts }));
    expect(after).to.deep.equal(before);
    expect(shifts).to.deep.equal([]);
    element.remove();
  });
});
