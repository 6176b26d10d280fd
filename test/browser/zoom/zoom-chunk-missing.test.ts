/**
 * A publisher who did not host attack-timeline-zoom.js (here the test server answers 404 for
 * src/controllers/zoom-gestures.ts; see zoom-chunk-middleware.mjs): the chart still draws, one
 * at-error names the file, and the buttons, keys, Ctrl+wheel and zoomTo still zoom (without
 * animation). Its own file, so the page has not loaded the module before.
 */
import { expect } from '@open-wc/testing';
import smallJson from '../../fixtures/small.json';
import { chartOf, errorBox, placeTimeline, messagesOf, type FixtureDataset } from '../harness/timeline-harness.ts';
import { checkZoomPaths } from './zoom-paths.ts';
import { missingChunkDuringSuite } from '../harness/chunk-hold.ts';

const small = smallJson as unknown as FixtureDataset;

describe('zoom gesture code missing', () => {
  missingChunkDuringSuite('zoom');

  it('draws the chart, reports one at-error naming the file, and still zooms', async () => {
    const { element, errors } = await placeTimeline({ data: small });
    expect(chartOf(element)!.drawnItems.length).to.be.above(0);
    for (let i = 0; i < 100 && messagesOf(errors).length === 0; i++) await new Promise((resolve) => setTimeout(resolve, 50));
    expect(messagesOf(errors)).to.have.length(1);
    expect(messagesOf(errors)[0]).to.contain('attack-timeline-zoom.js');
    await element.updateComplete;
    expect(errorBox(element)!.textContent).to.contain('attack-timeline-zoom.js');

    await checkZoomPaths(element, { animated: false });
    // Each path above tried nothing new: still the one report.
    for (let i = 0; i < 5; i++) {
      element.requestUpdate();
      await element.updateComplete;
    }
    expect(messagesOf(errors)).to.have.length(1);
    expect(chartOf(element)!.drawnItems.length).to.be.above(0);
    element.parentElement!.remove();
  });
});
