/**
 * A publisher who did not host attack-timeline-controls.js (here the test server answers 404 for
 * src/shell/controls.ts; see zoom-chunk-middleware.mjs): the chart still draws and selects, the
 * element reports one at-error naming the file, and nothing else breaks. Its own file, so the page
 * has not loaded the module before.
 */
import { expect } from '@open-wc/testing';
import smallJson from '../../fixtures/small.json';
import { chartOf, clickMark, drawnIds, errorBox, placeTimeline, messagesOf, settle, type FixtureDataset } from '../harness/timeline-harness.ts';
import { missingChunkDuringSuite } from '../harness/chunk-hold.ts';

const small = smallJson as unknown as FixtureDataset;

describe('secondary controls code missing', () => {
  missingChunkDuringSuite('controls');

  it('draws the chart, reports one at-error naming the file, and still selects and zooms', async () => {
    const { element, errors } = await placeTimeline({ data: small });
    expect(chartOf(element)!.drawnItems.length).to.be.above(0);
    expect(messagesOf(errors)).to.have.length(1);
    expect(messagesOf(errors)[0]).to.contain('attack-timeline-controls.js');
    expect(errorBox(element)!.textContent).to.contain('attack-timeline-controls.js');
    expect(customElements.get('at-filter-bar')).to.equal(undefined);

    const id = drawnIds(element)[0]!;
    clickMark(element, id);
    await settle(element);
    expect(element.view.selected).to.equal(id);
    await element.zoomTo('2017', '2018');
    expect(element.view.start).to.equal('2017-01-01');
    // Each render tried nothing new: still the one report.
    for (let i = 0; i < 5; i++) {
      element.requestUpdate();
      await element.updateComplete;
    }
    expect(messagesOf(errors)).to.have.length(1);
    element.parentElement!.remove();
  });
});
