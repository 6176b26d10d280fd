/**
 * The secondary controls arrive after the first frame (the test server holds src/shell/controls.ts
 * back until the test releases it; see zoom-chunk-middleware.mjs): the chart draws without them,
 * their tags wait undefined with their values set, and `present()` called meanwhile resolves once
 * the presentation bar is there and showing the first step.
 */
import { expect } from '@open-wc/testing';
import smallJson from '../../fixtures/small.json';
import { chartOf, filterBarOf, waitMs, placeTimeline, type FixtureDataset } from '../harness/timeline-harness.ts';
import { holdChunkDuringSuite, releaseHeldChunks, requestsHeld } from '../harness/chunk-hold.ts';
import { until } from '../harness/until.ts';

const small = smallJson as unknown as FixtureDataset;

describe('secondary controls before their code has arrived', () => {
  holdChunkDuringSuite('controls');

  it('draws the chart first; present() waits for the controls and then presents', async () => {
    const { element, wrapper } = await placeTimeline({ data: small, attributes: { actors: 'apt10' }, settled: false });
    await until(() => chartOf(element)?.drawnItems.length, 'the chart drawn');
    expect(chartOf(element)!.drawnItems.length).to.be.above(0);
    expect(customElements.get('at-filter-bar')).to.equal(undefined);
    // The filter bar is in place, undefined, with the filter the attribute asked for.
    expect((filterBarOf(element) as unknown as { filter: { actors: readonly string[] } }).filter.actors).to.deep.equal(['apt10']);

    let presented = false;
    const presenting = element.present().then(() => {
      presented = true;
    });
    await requestsHeld();
    await waitMs(50);
    expect(presented, 'present() waits for the controls').to.equal(false);
    await releaseHeldChunks();
    await presenting;
    expect(customElements.get('at-filter-bar')).not.to.equal(undefined);
    const bar = element.shadowRoot!.querySelector('at-present-bar') as HTMLElement & { updateComplete: Promise<boolean> };
    await bar.updateComplete;
    expect(element.presentation!.step).to.equal(0);
    expect(bar.shadowRoot!.querySelector('button.exit')).not.to.equal(null);
    await element.exitPresentation();
    // The filter bar upgraded with the values it was given while it waited.
    await filterBarOf(element).updateComplete;
    expect(filterBarOf(element).shadowRoot!.querySelector('details')).not.to.equal(null);
    wrapper.remove();
  });
});
