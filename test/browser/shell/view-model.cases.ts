import { expect, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import smallJson from '../../fixtures/small.json';
import { errorBox, filterCheckbox, nextEvent, renderMarkup, renderWithData, settle, type AttackTimeline, type FixtureDataset } from '../harness/timeline-harness.ts';

const small = smallJson as unknown as FixtureDataset;

/** The parts of a view a reader can tell apart (visibleIds follow from them). */
const seen = (element: AttackTimeline) => {
  const { start, end, actors, victims, selected, groupBy, query, visibleIds } = element.view;
  return { start, end, actors, victims, selected, groupBy, query, visibleIds };
};

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected a rejection');
}

describe('one view model: element.view and showView', () => {
  it('shows in a second element exactly what the first reports', async () => {
    const first = await renderWithData(small);
    await first.showView({ actors: ['apt10'], groupBy: 'kind', query: 'cloud', selected: 'e-report-pwc', start: '2016-03', end: '2018' });
    await settle(first);
    const second = await renderWithData(small);
    await second.showView(first.view);
    await settle(second);
    expect(seen(second)).to.deep.equal(seen(first));
    expect(first.view.actors).to.deep.equal(['apt10']);
    expect([first.view.start, first.view.end]).to.deep.equal(['2016-03-01', '2018-12-31']);
  });

  it('takes any part of a view, leaving the rest as it is', async () => {
    const element = await renderWithData(small, { actors: 'apt10' });
    const before = element.view;
    await element.showView({ query: 'visma' });
    await settle(element);
    expect(element.view.query).to.equal('visma');
    expect(element.view.actors).to.deep.equal(['apt10']);
    expect([element.view.startMs, element.view.endMs]).to.deep.equal([before.startMs, before.endMs]);
  });

  it('throws a RangeError naming every value it cannot use, and changes nothing', async () => {
    const element = await renderWithData(small);
    const before = seen(element);
    const error = await rejection(element.showView({ start: 'soon', groupBy: 'colour', actors: ['apt10', 'nobody'], selected: 'gone' }));
    expect(error).to.be.instanceOf(RangeError);
    for (const part of ['"soon"', '"colour"', 'unknown actor id "nobody"', 'unknown event id "gone"']) expect(String(error)).to.contain(part);
    await settle(element);
    expect(seen(element)).to.deep.equal(before);
    expect(errorBox(element)).to.equal(null);
  });

  it('the start and end it reports, set back as attributes, show the same days', async () => {
    const element = await renderWithData(small);
    await element.zoomTo(Date.UTC(2016, 4, 3, 7), Date.UTC(2017, 8, 20, 15));
    await settle(element);
    const { start, end } = element.view;
    const copy = await renderWithData(small, { start, end });
    expect([copy.view.start, copy.view.end]).to.deep.equal([start, end]);
    expect(errorBox(copy)).to.equal(null);
  });

  it('reports the presentation step while presenting, and only then', async () => {
    await emulateMedia({ reducedMotion: 'reduce' });
    const element = await renderWithData(small);
    expect('step' in element.view).to.equal(false);
    await element.present();
    await element.goToStep(2);
    expect(element.view.step).to.equal(2);
    await element.showView({ step: 1 });
    expect(element.presentation!.step).to.equal(1);
    expect(element.view.step).to.equal(1);
    await element.exitPresentation();
    expect('step' in element.view).to.equal(false);
    await emulateMedia({ reducedMotion: 'no-preference' });
  });

  it('holds the subject filter like the others: shown, reported, copied to a second element, cleared with the filters', async () => {
    const first = await renderMarkup(html`<attack-timeline></attack-timeline>`);
    expect(first.view.subjects).to.deep.equal([]);
    await first.showView({ subjects: 'huawei' });
    await settle(first);
    expect(first.view.subjects).to.deep.equal(['huawei']);
    expect(filterCheckbox(first, 'subjects', 'huawei').checked).to.equal(true);
    expect(first.view.visibleIds).to.have.length(4);
    const second = await renderMarkup(html`<attack-timeline></attack-timeline>`);
    await second.showView(first.view);
    await settle(second);
    expect(second.view.subjects).to.deep.equal(['huawei']);
    expect(second.view.visibleIds).to.deep.equal(first.view.visibleIds);
    const error = await rejection(second.showView({ subjects: ['nobody'] }));
    expect(String(error)).to.contain('unknown named organisation id "nobody"');
    const cleared = nextEvent(second, 'at-filter-change');
    second.shadowRoot!.querySelector('at-filter-bar')!.shadowRoot!.querySelector<HTMLButtonElement>('button.clear')!.click();
    expect((await cleared).detail).to.deep.equal({ actors: [], victims: [], subjects: [] });
    await settle(second);
    expect(second.view.subjects).to.deep.equal([]);
  });
});
