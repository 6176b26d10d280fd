/**
 * A publisher who did not host attack-timeline-controls.js (here the test server answers 404 for
 * src/shell/controls.ts; see zoom-chunk-middleware.mjs): the chart still draws and selects, the
 * element reports one at-error naming the file, and nothing else breaks. The controls' blocks are
 * left out rather than kept as empty space, and come back once the file is hosted and the element
 * is put back on the page. Its own file, so the page has not loaded the module before.
 */
import { expect } from '@open-wc/testing';
import smallJson from '../../fixtures/small.json';
import { chartOf, clickMark, drawnIds, errorBox, placeTimeline, messagesOf, settle, type FixtureDataset } from '../harness/timeline-harness.ts';
import { missingChunkDuringSuite } from '../harness/chunk-hold.ts';
import { CONTROL_TAGS } from '../../../src/shell/control-tags.ts';

const small = smallJson as unknown as FixtureDataset;

describe('secondary controls code missing', () => {
  missingChunkDuringSuite('controls');

  it('draws the chart, reports one at-error naming the file, and still selects and zooms', async () => {
    const { element, errors } = await placeTimeline({ data: small });
    expect(chartOf(element)!.drawnItems.length).to.be.above(0);
    expect(messagesOf(errors)).to.have.length(1);
    expect(messagesOf(errors)[0]).to.contain('attack-timeline-controls.js');
    // Beneath the file's name, the browser's reason, with the address it tried (here the source
    // module's, as the test server serves the code unbundled): what the publisher has to mend.
    const [issue] = errors[0]!.issues;
    expect(issue!.path).to.equal('attack-timeline-controls.js');
    expect(issue!.message).to.match(/^TypeError: .*\/src\/shell\/controls\.ts/);
    expect(errorBox(element)!.textContent).to.contain('attack-timeline-controls.js');
    expect(errorBox(element)!.textContent).to.contain(issue!.message);
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

  it('leaves out the controls\' blocks, so the key sits right under the header; put back once the file is there, they come', async () => {
    const { element, wrapper, errors } = await placeTimeline({ data: small, attributes: { actors: 'apt10' } });
    const root = element.shadowRoot!;
    const blocks = () => root.querySelectorAll(`${CONTROL_TAGS.join(', ')}, .filters-toggle, .controls, .find`);
    expect(messagesOf(errors)[0]).to.contain('attack-timeline-controls.js');
    expect([...blocks()].map((block) => block.localName), 'blocks of controls that cannot come').to.deep.equal([]);
    expect(root.querySelector('#summary')!.textContent, 'no table to point screen readers to').not.to.contain('table');
    // The root's grid gap (0.75rem, 12 px here) and the error box are all that lie between them.
    const headerBottom = root.querySelector('header')!.getBoundingClientRect().bottom;
    const keyTop = root.querySelector('at-legend')!.getBoundingClientRect().top;
    const errorBoxHeight = errorBox(element)!.getBoundingClientRect().height;
    expect(keyTop - headerBottom - errorBoxHeight).to.be.at.most(2 * 12 + 1);

    document.cookie = 'controls-chunk=; path=/; max-age=0';
    element.remove();
    wrapper.append(element);
    await settle(element);
    await element.updateComplete;
    expect(customElements.get('at-filter-bar'), 'fetched again once back on the page').not.to.equal(undefined);
    expect(errorBox(element), 'its report gone').to.equal(null);
    for (const tag of CONTROL_TAGS) expect(root.querySelector(tag), tag).not.to.equal(null);
    expect(root.querySelector('#summary')!.textContent).to.contain('table below the chart');
    expect(element.view.actors, 'the filter kept all along').to.deep.equal(['apt10']);
    wrapper.remove();
  });
});
