/**
 * A link selects an event, and the publisher did not host attack-timeline-event-detail.js (the
 * test server answers 404 for it; see zoom-chunk-middleware.mjs): the first frame, which waits for
 * the details' code, must not wait forever. The chart draws, the error names the file, and the
 * panel's place is not kept for a panel that cannot come. Its own file, so the page has not
 * loaded the module before.
 */
import { expect } from '@open-wc/testing';
import smallJson from '../../fixtures/small.json';
import { chartOf, errorBox, messagesOf, placeTimeline, type FixtureDataset } from '../harness/timeline-harness.ts';
import { missingChunkDuringSuite } from '../harness/chunk-hold.ts';

describe('a link that selects an event, with the details\' code missing', () => {
  missingChunkDuringSuite('detail');

  it('draws the chart at its full width and names the missing file', async () => {
    const { element, errors } = await placeTimeline({ data: smallJson as unknown as FixtureDataset, attributes: { selected: 'e-indictment' }, widthPx: 1200 });
    expect(chartOf(element)!.drawnItems.length, 'the chart drew').to.be.above(0);
    expect(element.view.selected, 'the selection is kept').to.equal('e-indictment');
    expect(messagesOf(errors).filter((message) => message.includes('attack-timeline-event-detail.js'))).to.have.length(1);
    expect(errorBox(element)!.textContent).to.contain('attack-timeline-event-detail.js');
    expect(element.shadowRoot!.querySelector('.stage.open, at-event-detail'), 'no place kept for the panel').to.equal(null);
    expect(chartOf(element)!.getBoundingClientRect().width).to.be.closeTo(element.getBoundingClientRect().width, 1);
    element.parentElement!.remove();
  });
});
