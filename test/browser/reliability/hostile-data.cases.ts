/**
 * Issue 13, "hostile objects": anything assigned to `data` either parses or gives the alert and
 * at-error; never an uncaught error or rejection, never a rejected updateComplete.
 */
import { expect, fixture, html } from '@open-wc/testing';
import smallJson from '../../fixtures/small.json';
import { boom, hostileDatasets } from '../../fixtures/hostile-objects.ts';
import { drawnIds, errorBox, renderWithData, settle, waitMs, type AttackTimeline, type FixtureDataset } from '../harness/timeline-harness.ts';

const small = smallJson as unknown as FixtureDataset;
const HOSTILE = hostileDatasets(small);

describe('hostile objects assigned to data', () => {
  const uncaught: unknown[] = [];
  const onRejection = (event: PromiseRejectionEvent) => uncaught.push(event.reason);
  const onError = (event: ErrorEvent) => uncaught.push(event.error ?? event.message);
  beforeEach(() => {
    uncaught.length = 0;
    window.addEventListener('unhandledrejection', onRejection);
    window.addEventListener('error', onError);
  });
  afterEach(() => {
    window.removeEventListener('unhandledrejection', onRejection);
    window.removeEventListener('error', onError);
  });

  for (const [name, make] of HOSTILE) {
    it(`${name}: the alert and one at-error, updateComplete resolves, nothing uncaught`, async () => {
      const wrapper = await fixture<HTMLElement>(html`<div style="width:900px"></div>`);
      const element = document.createElement('attack-timeline') as AttackTimeline;
      const errors: CustomEvent<{ message: string }>[] = [];
      element.addEventListener('at-error', (event) => errors.push(event as CustomEvent));
      element.data = make();
      wrapper.append(element);
      expect(await element.updateComplete).to.be.a('boolean');
      await settle(element);
      await waitMs(50);
      expect(errors.length).to.equal(1);
      expect(errors[0]!.detail.message).to.contain('cannot be shown');
      expect(errorBox(element)!.querySelector('[role="alert"]')!.textContent).to.contain('cannot be shown');
      expect(uncaught).to.deep.equal([]);
    });
  }

  it('over data on screen, a hostile object keeps that data drawn', async () => {
    const element = await renderWithData(small);
    const before = drawnIds(element).length;
    element.data = new Proxy({}, { ownKeys: boom });
    await element.updateComplete;
    await settle(element);
    expect(errorBox(element)!.textContent).to.contain('trap sprung');
    expect(drawnIds(element).length).to.equal(before);
    expect(uncaught).to.deep.equal([]);
  });
});
