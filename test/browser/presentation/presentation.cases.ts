import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import defaultDataset from '../../../data/default-dataset.json';
import small from '../../fixtures/small.json';
import { chartOf, focusableMark, renderMarkup, renderWithData, settle, svgOf, type AttackTimeline } from '../harness/timeline-harness.ts';
import { until } from '../harness/until.ts';
import { decodeStepView } from '../../../src/story/step-view.ts';
import type { Story } from '../../../src/model/types.ts';

const DAY = 86_400_000;

/** Sets the reduced-motion preference and waits for the change events (they fire on a later frame). */
async function setMotion(reducedMotion: 'reduce' | 'no-preference'): Promise<void> {
  await emulateMedia({ reducedMotion });
  await until(() => matchMedia('(prefers-reduced-motion: reduce)').matches === (reducedMotion === 'reduce'));
  await new Promise(requestAnimationFrame);
  await new Promise(requestAnimationFrame);
}

function bar(element: AttackTimeline): HTMLElement | null {
  return element.shadowRoot!.querySelector('at-present-bar');
}

/**
 * The view a step must show, compared at the precision the chart keeps (well under a day): the
 * step's window (widened, when the step has a subject, as far as the subject and its label need:
 * see fitStepWindow's tests), its filters and its selection.
 */
function expectView(element: AttackTimeline, expected: ReturnType<typeof decodeStepView>): void {
  const view = element.view;
  expect(containsWindow(view, expected)).to.equal(true);
  if (!expected.selected) {
    expect(Math.abs(view.startMs - expected.startMs)).to.be.below(DAY / 4);
    expect(Math.abs(view.endMs - expected.endMs)).to.be.below(DAY / 4);
  }
  expect(view.actors).to.deep.equal(expected.actors);
  expect(view.victims).to.deep.equal(expected.victims);
  expect(view.selected).to.equal(expected.selected);
  expect(view.groupBy).to.equal(expected.groupBy);
}

/** Whether the view shows all of the window (to a quarter day). */
function containsWindow(view: { startMs: number; endMs: number }, window: { startMs: number; endMs: number }): boolean {
  return view.startMs <= window.startMs + DAY / 4 && view.endMs >= window.endMs - DAY / 4;
}

/** Waits until the drawn window has not moved for five frames (a step's flight has landed). */
async function untilStill(element: AttackTimeline): Promise<void> {
  let key = '';
  let still = 0;
  await until(() => {
    const now = `${element.view.startMs}:${element.view.endMs}`;
    still = now === key ? still + 1 : 0;
    key = now;
    return still >= 5;
  });
}

describe('presentation mode', () => {
  const story = (defaultDataset as unknown as { stories: Story[] }).stories[0]!;
  let element: AttackTimeline;

  beforeEach(async () => {
    await emulateMedia({ reducedMotion: 'reduce' });
    element = await renderWithData(defaultDataset, {}, 1000);
  });

  afterEach(async () => {
    await element.exitPresentation();
    await emulateMedia({ reducedMotion: 'no-preference' });
  });

  it('the Present button enters presentation: chrome hidden, the element fills the window, the first step shown', async () => {
    element.shadowRoot!.querySelector('at-actions')!.shadowRoot!.querySelector<HTMLButtonElement>('button.present')!.click();
    await until(() => element.presentation !== null);
    await element.updateComplete;
    expect(element.getAttribute('mode')).to.equal('presentation');
    const box = element.getBoundingClientRect();
    expect(Math.round(box.width)).to.equal(window.innerWidth);
    expect(Math.round(box.height)).to.equal(window.innerHeight);
    expect(getComputedStyle(element.shadowRoot!.querySelector('.controls')!).display).to.equal('none');
    expect(getComputedStyle(element.shadowRoot!.querySelector('.status')!).display).to.equal('none');
    expect(parseFloat(getComputedStyle(element).fontSize)).to.be.at.least(18);
    expect(element.presentation!.title).to.equal(story.title);
    expect(element.presentation!.total).to.equal(story.steps.length);
    await until(() => Math.abs(element.view.startMs - Date.UTC(2012, 0, 1)) < DAY);
    expectView(element, decodeStepView(story.steps[0]!, [0, 0]));
    const caption = bar(element)!.shadowRoot!.querySelector('.caption')!.textContent;
    expect(caption).to.equal(story.steps[0]!.caption);
    expect(bar(element)!.shadowRoot!.querySelector('.counter')!.textContent).to.equal(`Step 1 of ${story.steps.length}`);
  });

  it('steps with →, PageDown and Space, back with ← and PageUp; each step shows its caption, window, filter and selection; Esc exits', async () => {
    await element.present();
    await until(() => element.presentation?.step === 0 && element.view.startMs === Date.UTC(2012, 0, 1));
    const extent = [Date.UTC(2012, 0, 1), Date.UTC(2019, 6, 1)] as const;
    const expected = story.steps.map((step) => decodeStepView(step, extent));
    const press = async (key: string, step: number) => {
      await sendKeys({ press: key });
      await until(() => element.presentation?.step === step && element.view.selected === expected[step]!.selected);
      await untilStill(element);
      await element.updateComplete;
      expectView(element, expected[step]!);
      expect(element.presentation!.caption).to.equal(expected[step]!.caption);
      if (expected[step]!.selected) {
        const detail = element.shadowRoot!.querySelector('at-event-detail')!.shadowRoot!;
        expect(detail.querySelector('article')).to.not.equal(null);
      }
    };
    await press('ArrowRight', 1);
    await press('PageDown', 2);
    await press('Space', 3);
    await press('ArrowRight', 4);
    await press('ArrowLeft', 3);
    await press('PageUp', 2);
    await press('End', story.steps.length - 1);
    await press('Home', 0);
    await sendKeys({ press: 'Escape' });
    await until(() => element.presentation === null);
    expect(element.hasAttribute('mode')).to.equal(false);
  });

  it('a step always shows exactly the same view, whatever the reader did in between', async () => {
    await element.present();
    await until(() => element.presentation?.step === 0);
    await element.goToStep(3);
    const first = element.view;
    await element.goToStep(7);
    await element.zoomTo('2006', '2007');
    await element.goToStep(3);
    const again = element.view;
    expect(again.startMs).to.equal(first.startMs);
    expect(again.endMs).to.equal(first.endMs);
    expect(again.actors).to.deep.equal(first.actors);
    expect(again.selected).to.equal(first.selected);
    expect(again.visibleIds).to.deep.equal(first.visibleIds);
  });

  it('flies smoothly between steps when motion is allowed, and jumps when reduced motion is preferred', async () => {
    await element.present();
    await until(() => element.presentation?.step === 0);
    await element.goToStep(0);
    /** The distinct window starts seen, frame by frame, while going to a step. */
    const framesTo = async (step: number) => {
      const seen = new Set<number>([Math.round(element.view.startMs / DAY)]);
      let done = false;
      const arrived = element.goToStep(step).then(() => { done = true; });
      while (!done) {
        seen.add(Math.round(element.view.startMs / DAY));
        await new Promise(requestAnimationFrame);
      }
      await arrived;
      seen.add(Math.round(element.view.startMs / DAY));
      return seen.size;
    };
    await setMotion('no-preference');
    expect(await framesTo(7)).to.be.above(3);
    expectView(element, decodeStepView(story.steps[7]!, [0, 0]));
    await setMotion('reduce');
    expect(await framesTo(1)).to.be.at.most(2);
  });

  it('the presentation bar buttons step and exit too', async () => {
    await element.present();
    await until(() => element.presentation?.step === 0);
    bar(element)!.shadowRoot!.querySelector<HTMLButtonElement>('button.next')!.click();
    await until(() => element.presentation?.step === 1);
    await element.updateComplete;
    await (bar(element) as HTMLElement & { updateComplete: Promise<boolean> }).updateComplete;
    bar(element)!.shadowRoot!.querySelector<HTMLButtonElement>('button.previous')!.click();
    await until(() => element.presentation?.step === 0);
    bar(element)!.shadowRoot!.querySelector<HTMLButtonElement>('button.exit')!.click();
    await until(() => element.presentation === null);
  });

  it('when not presenting, the arrow keys are the chart\'s own again', async () => {
    await element.present();
    await element.exitPresentation();
    svgOf(element).focus();
    const before = focusableMark(element)?.dataset.id;
    await sendKeys({ press: 'ArrowRight' });
    await element.updateComplete;
    await chartOf(element)!.updateComplete;
    expect(element.presentation).to.equal(null);
    expect(focusableMark(element)?.dataset.id).to.not.equal(before);
  });
});

describe('stories from child elements and event stepping', () => {
  beforeEach(() => emulateMedia({ reducedMotion: 'reduce' }));
  afterEach(() => emulateMedia({ reducedMotion: 'no-preference' }));

  it('reads <at-story>/<at-step> children (attribute syntax) and steps through them', async () => {
    const element = await renderMarkup(html`<attack-timeline>
      <at-story title="Two steps">
        <at-step start="2014" end="2016" actors="apt10">Cloud Hopper <b>begins</b>.</at-step>
        <at-step selected="e-indictment" group-by="kind">The indictment.</at-step>
      </at-story>
    </attack-timeline>`);
    element.data = small;
    await settle(element);
    await element.present();
    await until(() => element.presentation !== null);
    await element.goToStep(0);
    expect(element.presentation!.title).to.equal('Two steps');
    expect(element.presentation!.caption).to.equal('Cloud Hopper begins.');
    expect(element.view.actors).to.deep.equal(['apt10']);
    expect(element.view.startMs).to.equal(Date.UTC(2014, 0, 1));
    expect(element.view.endMs).to.equal(Date.UTC(2017, 0, 1));
    await element.goToStep(1);
    expect(element.view.selected).to.equal('e-indictment');
    expect(element.view.groupBy).to.equal('kind');
    expect(element.view.actors).to.deep.equal([]);
    await element.exitPresentation();
  });

  it('with no story, steps through the events passing the filter, in date order', async () => {
    const element = await renderWithData(small);
    element.setAttribute('mode', 'presentation');
    await until(() => element.presentation !== null);
    expect(element.presentation!.total).to.equal(element.parsedDataset!.events.length);
    await element.goToStep(2);
    expect(element.view.selected).to.equal(element.parsedDataset!.events[2]!.id);
    expect(element.view.visibleIds).to.include(element.parsedDataset!.events[2]!.id);
    await element.exitPresentation();
  });
});

describe('presentation and axe', () => {
  it('has no accessibility violations while presenting', async () => {
    await emulateMedia({ reducedMotion: 'reduce' });
    const wrapper = await fixture<HTMLElement>(html`<div></div>`);
    const element = document.createElement('attack-timeline');
    wrapper.append(element);
    element.data = defaultDataset;
    await settle(element);
    await element.present();
    await until(() => element.presentation !== null);
    await element.goToStep(2);
    await expect(element).to.be.accessible();
    await element.exitPresentation();
    await emulateMedia({ reducedMotion: 'no-preference' });
  });
});
