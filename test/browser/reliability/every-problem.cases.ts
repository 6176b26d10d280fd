/**
 * Issue 13, "every problem shown": the alert lists all current problems, not the last; fixing one
 * removes only that one; an unknown story id and a step that is not a whole number are errors.
 */
import { expect } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import smallJson from '../../fixtures/small.json';
import defaultDataset from '../../../data/default-dataset.json';
import { errorBox, renderMarkup, renderWithData, settle, type AttackTimeline, type FixtureDataset } from '../harness/timeline-harness.ts';
import { html } from '@open-wc/testing';

const small = smallJson as unknown as FixtureDataset;
const problemsShown = (element: AttackTimeline) => {
  const box = errorBox(element);
  if (!box) return [];
  const many = [...box.querySelectorAll('.problem')].map((p) => p.textContent!.trim());
  return many.length > 0 ? many : [box.querySelector('[role="alert"]')!.textContent!.trim()];
};

describe('the alert lists every current problem', () => {
  it('five bad attributes at once: five problems in the box, one at-error each', async () => {
    const errors: string[] = [];
    document.addEventListener('at-error', (event) => errors.push((event as CustomEvent<{ issues: { path: string }[] }>).detail.issues[0]!.path), { capture: true });
    const element = await renderWithData(small, { 'group-by': 'colour', start: 'soon', 'max-tlp': 'purple', timeout: 'abc', actors: 'nobody' });
    const shown = problemsShown(element);
    expect(shown.length).to.equal(5);
    const box = errorBox(element)!;
    expect(box.querySelector('[role="alert"]')!.textContent).to.contain('5 problems');
    for (const text of ['group-by', 'start', 'max-tlp', 'timeout', 'nobody']) expect(box.textContent).to.contain(text);
    for (const path of ['group-by', 'start', 'max-tlp', 'timeout', 'actors']) expect(errors).to.include(path);
  });

  it('fixing one attribute removes only its problem; fixing all empties the box', async () => {
    const element = await renderWithData(small, { 'group-by': 'colour', start: 'soon', actors: 'nobody' });
    expect(problemsShown(element).length).to.equal(3);
    element.setAttribute('group-by', 'kind');
    await settle(element);
    expect(problemsShown(element).length).to.equal(2);
    expect(errorBox(element)!.textContent).to.not.contain('group-by');
    element.setAttribute('actors', 'apt10');
    await settle(element);
    expect(problemsShown(element)).to.have.length(1);
    expect(errorBox(element)!.querySelector('[role="alert"]')!.textContent).to.contain('start');
    element.removeAttribute('start');
    await settle(element);
    expect(errorBox(element)).to.equal(null);
  });

  it('a new dataset keeps the attribute problems that still hold, and drops those it resolves', async () => {
    const element = await renderWithData(small, { 'group-by': 'colour', selected: 'only-in-the-second' });
    expect(problemsShown(element).length).to.equal(2);
    const second = structuredClone(small);
    second.events[0]!.id = 'only-in-the-second';
    element.data = second;
    await settle(element);
    expect(problemsShown(element)).to.have.length(1);
    expect(errorBox(element)!.textContent).to.contain('group-by');
  });

  it('a problem with the data and a problem with an attribute are both shown', async () => {
    const element = await renderWithData({ version: 1 }, { 'group-by': 'colour' });
    const shown = problemsShown(element);
    expect(shown.length).to.equal(2);
    expect(shown.join(' ')).to.contain('cannot be shown');
    expect(shown.join(' ')).to.contain('group-by');
  });
});

describe('unknown story ids and steps that are not whole numbers are errors', () => {
  before(() => emulateMedia({ reducedMotion: 'reduce' }));
  after(() => emulateMedia({ reducedMotion: 'no-preference' }));

  it('an unknown story id among the dataset\u2019s stories is reported, naming the ids there are', async () => {
    const element = await renderWithData(defaultDataset, { story: 'no-such-story' });
    await element.present();
    await settle(element);
    const box = errorBox(element)!;
    expect(box.textContent).to.contain('no-such-story');
    expect(box.textContent).to.contain('soft-cell-and-cloud-hopper');
    expect(element.presentation!.title).to.equal((defaultDataset as { stories: { title: string }[] }).stories[0]!.title);
    await element.exitPresentation();
  });

  it('an unknown story id among <at-story> children, and one for data without stories, are reported', async () => {
    const withChildren = await renderMarkup(html`<attack-timeline story="nope"><at-story id="brief" title="Brief"><at-step>One.</at-step></at-story></attack-timeline>`);
    withChildren.data = small;
    await settle(withChildren);
    await withChildren.present();
    await settle(withChildren);
    expect(errorBox(withChildren)!.textContent).to.contain('"brief"');
    await withChildren.exitPresentation();

    const without = await renderWithData(small, { story: 'nope' });
    await without.present();
    await settle(without);
    expect(errorBox(without)!.textContent).to.contain('no stories');
    await without.exitPresentation();
  });

  it('a known story id after an unknown one clears the error', async () => {
    const element = await renderWithData(defaultDataset, { story: 'nope' });
    await element.present();
    await settle(element);
    expect(errorBox(element)).to.not.equal(null);
    await element.exitPresentation();
    element.setAttribute('story', 'soft-cell-and-cloud-hopper');
    await element.present();
    await settle(element);
    expect(errorBox(element)).to.equal(null);
    await element.exitPresentation();
  });

  for (const value of [Number.NaN, undefined, 1.5, '2', Infinity, null, -0.5]) {
    it(`goToStep(${String(typeof value === 'string' ? JSON.stringify(value) : value)}) rejects with a RangeError and leaves the step as it was`, async () => {
      const element = await renderWithData(small);
      await element.present();
      await element.goToStep(1);
      let thrown: unknown;
      try {
        await element.goToStep(value as number);
      } catch (error) {
        thrown = error;
      }
      expect(thrown).to.be.instanceOf(RangeError);
      await element.updateComplete;
      expect(element.presentation!.step).to.equal(1);
      const bar = element.shadowRoot!.querySelector('at-present-bar')!;
      await (bar as HTMLElement & { updateComplete: Promise<boolean> }).updateComplete;
      expect(bar.shadowRoot!.textContent).to.not.contain('NaN');
      expect(bar.shadowRoot!.querySelector('.counter')!.textContent).to.match(/^Step 2 of \d+$/);
      await element.exitPresentation();
    });
  }
});
