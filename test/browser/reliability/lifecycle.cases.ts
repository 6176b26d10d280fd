/**
 * Issue 13, "lifecycle": after the element leaves the page nothing is fetched or drawn; back on
 * the page it resumes; calls made before it is on the page (or before its data is there) apply
 * once the data is there, or throw as they would then; a move keeps presentation keys working
 * and a load in flight loading.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import smallJson from '../../fixtures/small.json';
import { detailOf, drawnIds, errorBox, renderWithData, settle, waitMs, type AttackTimeline, type FixtureDataset } from '../harness/timeline-harness.ts';

const small = smallJson as unknown as FixtureDataset;
let run = 0;
/** A fresh address on the counting route (so each test counts its own requests), answered after `ms`. */
const counted = (ms = 0) => {
  const name = `lifecycle-${Date.now()}-${run++}`;
  return { src: `/__reliability/counted/${name}.json?ms=${ms}`, count: async () => Number(await (await fetch(`/__reliability/count/${name}.json`, { cache: "no-store" })).text()) };
};

async function place(): Promise<HTMLElement> {
  return fixture<HTMLElement>(html`<div style="width:900px"></div>`);
}

function chartShown(element: AttackTimeline): boolean {
  return element.shadowRoot?.querySelector('at-chart') != null;
}

describe('lifecycle: off the page nothing is fetched or drawn', () => {
  it('a src set on an element that has left the page is not fetched until it is back', async () => {
    const element = await renderWithData(small);
    const parent = element.parentElement!;
    element.remove();
    const { src, count } = counted();
    element.data = undefined;
    element.src = src;
    await waitMs(300);
    expect(await count()).to.equal(0);
    parent.append(element);
    await settle(element);
    await element.updateComplete;
    expect(await count()).to.equal(1);
    expect(element.parsedDataset!.title).to.equal(small.title);
  });

  it('data set while away is not parsed or drawn until the element is back', async () => {
    const element = await renderWithData(small);
    const parent = element.parentElement!;
    element.remove();
    element.data = { ...structuredClone(small), title: 'Set while away' };
    await waitMs(100);
    expect(element.shadowRoot!.querySelector('header h2')!.textContent).to.equal(small.title);
    expect(element.parsedDataset!.title).to.equal(small.title);
    parent.append(element);
    await settle(element);
    expect(element.shadowRoot!.querySelector('header h2')!.textContent).to.equal('Set while away');
  });

  it('an element removed during a load draws nothing after it has gone, and loads again when back', async () => {
    const { src, count } = counted(400);
    const parent = await place();
    const element = document.createElement('attack-timeline');
    element.src = src;
    parent.append(element);
    await waitMs(50);
    element.remove();
    await waitMs(700);
    expect(chartShown(element)).to.equal(false);
    expect(element.parsedDataset).to.equal(null);
    expect(errorBox(element)).to.equal(null);
    parent.append(element);
    await element.updateComplete;
    await settle(element);
    expect(element.parsedDataset!.title).to.equal(small.title);
    expect(await count()).to.equal(2);
  });

  it('an element moved while a new src loads still loads it, over the data it showed', async () => {
    const element = await renderWithData({ ...structuredClone(small), title: 'Shown first' });
    const { src, count } = counted(300);
    element.data = undefined;
    element.src = src;
    await waitMs(30);
    const other = await place();
    other.append(element);
    await element.updateComplete;
    await settle(element);
    expect(element.parsedDataset!.title).to.equal(small.title);
    expect(await count()).to.be.at.least(1);
  });
});

describe('lifecycle: calls before the element is on the page, or before its data', () => {
  it('select(), zoomTo() and fit() made before connection all apply once the data is there', async () => {
    const element = document.createElement('attack-timeline');
    const selecting = element.select('e-report-pwc');
    void element.zoomTo('2016', '2017');
    element.data = small;
    (await place()).append(element);
    await selecting;
    await settle(element);
    expect(element.view.selected).to.equal('e-report-pwc');
    expect([element.view.start, element.view.end]).to.deep.equal(['2016-01-01', '2017-12-31']);
    expect(detailOf(element).shadowRoot!.querySelector('h2')!.textContent).to.equal(small.events.find((e) => e.id === 'e-report-pwc')!.title);

    const fitted = document.createElement('attack-timeline');
    void fitted.fit();
    fitted.data = small;
    (await place()).append(fitted);
    await settle(fitted);
    const reference = await renderWithData(small);
    expect([fitted.view.start, fitted.view.end]).to.deep.equal([reference.view.start, reference.view.end]);
  });

  it('select() of an id the data lacks, made before the data is there, rejects as it would after', async () => {
    const element = document.createElement('attack-timeline');
    const selecting = element.select('no-such-event');
    element.data = small;
    (await place()).append(element);
    let thrown: unknown;
    try {
      await selecting;
    } catch (error) {
      thrown = error;
    }
    expect(thrown).to.be.instanceOf(RangeError);
    expect(String(thrown)).to.contain('no-such-event');
    await settle(element);
    expect(element.view.selected).to.equal(null);
  });

  it('select() while a src is still loading waits for it, then selects', async () => {
    const { src } = counted(300);
    const parent = await place();
    const element = document.createElement('attack-timeline');
    element.src = src;
    parent.append(element);
    await element.select('e-report-pwc');
    expect(element.parsedDataset).to.not.equal(null);
    await settle(element);
    expect(element.view.selected).to.equal('e-report-pwc');
    expect(drawnIds(element).length).to.be.above(0);
  });
});

describe('lifecycle: presenting', () => {
  before(() => emulateMedia({ reducedMotion: 'reduce' }));
  after(() => emulateMedia({ reducedMotion: 'no-preference' }));

  it('a move while presenting keeps presentation mode, its step and its keys', async () => {
    const element = await renderWithData(small);
    await element.present();
    await element.goToStep(2);
    const other = await place();
    other.append(element);
    await element.updateComplete;
    expect(element.presentation!.step).to.equal(2);
    await sendKeys({ press: 'ArrowRight' });
    await element.updateComplete;
    expect(element.presentation!.step).to.equal(3);
    await sendKeys({ press: 'Home' });
    await element.updateComplete;
    expect(element.presentation!.step).to.equal(0);
    await sendKeys({ press: 'Escape' });
    await element.updateComplete;
    expect(element.presentation).to.equal(null);
  });

  it('after leaving the page while presenting, the page\u2019s keys are its own again', async () => {
    const element = await renderWithData(small);
    await element.present();
    await element.goToStep(1);
    element.remove();
    const pressed = new Promise<KeyboardEvent>((resolve) => document.addEventListener('keydown', resolve, { once: true }));
    await sendKeys({ press: 'ArrowRight' });
    expect((await pressed).defaultPrevented).to.equal(false);
    expect(element.presentation!.step).to.equal(1);
  });
});
