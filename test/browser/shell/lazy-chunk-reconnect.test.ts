/**
 * An element taken off the page while the code of its secondary controls is on its way (the test
 * server holds src/shell/controls.ts back until the test releases it; see chunk-hold.ts): when
 * the code arrives the element off the page is not updated and nothing throws; put back on the
 * page, it defines the controls and shows them.
 */
import { expect } from '@open-wc/testing';
import smallJson from '../../fixtures/small.json';
import { chartOf, filterBarOf, settle, waitMs, placeTimeline, type FixtureDataset } from '../harness/timeline-harness.ts';
import { collectWindowErrorsDuringSuite } from '../harness/window-errors.ts';
import { holdChunkDuringSuite, releaseHeldChunks, requestsHeld } from '../harness/chunk-hold.ts';
import { until } from '../harness/until.ts';

const small = smallJson as unknown as FixtureDataset;

describe('an element removed while its code is on its way', () => {
  holdChunkDuringSuite('controls');
  const thrown = collectWindowErrorsDuringSuite();

  it('is not updated off the page, and shows the controls once it is back', async () => {
    const { element, wrapper, errors } = await placeTimeline({ data: small, settled: false });
    await until(() => chartOf(element)?.drawnItems.length, 'the chart drawn');
    await requestsHeld();
    expect(chartOf(element)!.drawnItems.length).to.be.above(0);
    expect(customElements.get('at-filter-bar')).to.equal(undefined);

    // Counts the element's updates from here on.
    let updates = 0;
    const counted = element as unknown as { update: (changed: Map<PropertyKey, unknown>) => void };
    const update = counted.update;
    counted.update = function (this: unknown, changed: Map<PropertyKey, unknown>) {
      updates++;
      update.call(this, changed);
    };
    // (Not updateComplete here: it waits for the held code.)
    await waitMs(50);
    updates = 0;
    element.remove();
    expect(await releaseHeldChunks()).to.equal(1);
    // updateComplete waits for the fetch, which has settled now.
    await element.updateComplete;
    await waitMs(50);
    expect(updates, 'updates off the page').to.equal(0);
    expect(customElements.get('at-filter-bar'), 'defined only once the element is back').to.equal(undefined);
    expect(errors).to.deep.equal([]);
    expect(thrown).to.deep.equal([]);

    wrapper.append(element);
    await settle(element);
    expect(updates).to.be.above(0);
    expect(customElements.get('at-filter-bar')).not.to.equal(undefined);
    await filterBarOf(element).updateComplete;
    expect(filterBarOf(element).shadowRoot!.querySelector('details')).not.to.equal(null);
    expect(errors).to.deep.equal([]);
    expect(thrown).to.deep.equal([]);
    wrapper.remove();
  });
});
