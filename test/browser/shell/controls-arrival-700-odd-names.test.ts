import { expect } from '@open-wc/testing';
import { measureControlsArrival } from '../harness/controls-arrival.ts';

// The chips show names from the data: right-to-left script, emoji sequences, stacked combining
// marks, a name with no place to break and CJK text each take their own width and height, and
// the shell's invisible copy of the chips must wrap exactly as the filter bar's chips do.
const NAMES = [
  'مجموعة التهديد المتقدم ٤١',
  '👩🏽‍💻 Team Zeta 🇳🇿',
  'Z̷̢̛a̴̡l̸̨g̵̢o̶̧ Group',
  'AGroupNameWithNoPlaceToBreakAnywhereAlongItsWholeLength',
  '天津市国家安全局',
  'Zero\u200bwidth\u200dspace group',
];
const data = {
  version: 1,
  title: 'Names from anywhere',
  actors: NAMES.map((name, i) => ({ id: `a${i}`, name, type: 'threat-group' })),
  victims: [],
  sources: [{ id: 's', title: 'S', publisher: 'P', kind: 'news', claims: ['c'], url: 'https://example.org/' }],
  events: NAMES.map((_, i) => ({ id: `e${i}`, title: `Event ${i}`, kind: 'intrusion', date: `2018-0${i + 1}-10`, description: 'd', actors: [`a${i}`], victims: [], sources: ['s'] })),
};

describe('controls chunk arrival at 700×900, controls="full", chips with names from anywhere', () => {
  it('keeps the chips\' lines, so nothing drawn in the first frame moves', async () => {
    const { before, after, shifts, element, chipsStandIn } = await measureControlsArrival(
      { width: 700, height: 900 }, 'full', { actors: NAMES.map((_, i) => `a${i}`).join(',') }, data,
    );
    if (JSON.stringify(after) !== JSON.stringify(before) || shifts.length > 0) console.log(JSON.stringify({ viewport: '700x900', controls: 'full', before, after, shifts }));
    const chips = [...element.shadowRoot!.querySelector('at-filter-bar')!.shadowRoot!.querySelectorAll('.chip')];
    expect(chips.map((chip) => chip.textContent!.replace('✕', '').trim()), 'the chips').to.deep.equal(NAMES);
    expect(chipsStandIn, 'the copy while the code was on its way').to.deep.include({ hiddenBefore: true, drawnAfter: false });
    expect(after).to.deep.equal(before);
    expect(shifts).to.deep.equal([]);
    element.remove();
  });
});
