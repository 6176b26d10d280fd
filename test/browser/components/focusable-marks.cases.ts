// The active and selected events are the two focusable SVG marks (focus-controller.ts). Each keeps
// its element while it stays active or selected, so focus survives the other one coming and going;
// a newly active event gets a new element, which focus moves to.
import { expect } from '@open-wc/testing';
import smallJson from '../../fixtures/small.json';
import { chartOf, deepActive, focusableMark, renderWithData, settle, type AttackTimeline, type FixtureDataset } from '../harness/timeline-harness.ts';

const small = smallJson as unknown as FixtureDataset;
const marksIn = (element: AttackTimeline) => [...chartOf(element)!.shadowRoot!.querySelectorAll<SVGGElement>('.mark')];

describe('the focusable marks', () => {
  it('keep their elements while they stay active or selected', async () => {
    const element = await renderWithData(small);
    const chart = chartOf(element)!;
    const [first, second] = chart.drawnMarks.map((mark) => mark.event.id);
    const firstMark = focusableMark(element)!;
    expect(firstMark.dataset.id).to.equal(first);
    firstMark.focus();
    await settle(element);
    // Selecting the active event (as a click or Enter does) keeps its element and the focus.
    element.setAttribute('selected', first!);
    await settle(element);
    expect(element.view.selected).to.equal(first);
    firstMark.focus();
    await settle(element);
    expect(deepActive()).to.equal(firstMark);
    expect(marksIn(element)).to.deep.equal([firstMark]);

    // Another event made active gets a new element; the selected one keeps its own.
    chart.focusEvent(second!);
    await settle(element);
    const secondMark = focusableMark(element)!;
    expect(secondMark.dataset.id).to.equal(second);
    expect(secondMark).to.not.equal(firstMark);
    expect(deepActive()).to.equal(secondMark);
    expect(marksIn(element)).to.have.members([firstMark, secondMark]);

    // Focusing the selected mark makes it active: it keeps its element; the other one goes.
    firstMark.focus();
    await settle(element);
    expect(deepActive()).to.equal(firstMark);
    expect(firstMark.getAttribute('tabindex')).to.equal('0');
    expect(marksIn(element)).to.deep.equal([firstMark]);
  });
});
