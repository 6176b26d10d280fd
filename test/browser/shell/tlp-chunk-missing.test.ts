/**
 * A publisher who did not host attack-timeline-tlp.js (here the test server answers 404 for
 * src/formats/tlp.ts; see zoom-chunk-middleware.mjs): an element with `max-tlp` shows none of its
 * data (it cannot tell which records are within the limit) and reports one problem naming that
 * file. Its own file, so the page has not loaded the module before. It waits on the element's
 * events and updates, never on a number of frames, so a loaded machine only makes it slower.
 */
import { expect } from '@open-wc/testing';
import smallJson from '../../fixtures/small.json';
import { chartOf, errorBox, messagesOf, nextEvent, placeTimeline, settle, type AttackTimeline } from '../harness/timeline-harness.ts';
import { collectWindowErrorsDuringSuite } from '../harness/window-errors.ts';

describe('max-tlp: code missing', () => {
  const thrown = collectWindowErrorsDuringSuite();
  before(() => {
    document.cookie = 'tlp-chunk=missing; path=/';
  });
  after(() => {
    document.cookie = 'tlp-chunk=; path=/; max-age=0';
  });

  it('shows no data and reports one at-error naming the file', async () => {
    const wrapper = document.createElement('div');
    wrapper.style.width = '1000px';
    document.body.append(wrapper);
    const element = document.createElement('attack-timeline') as AttackTimeline;
    element.setAttribute('max-tlp', 'green');
    const errors: string[] = [];
    element.addEventListener('at-error', (event) => errors.push(event.detail.message));
    const reported = nextEvent(element, 'at-error');
    element.data = structuredClone(smallJson);
    wrapper.append(element);
    await reported;
    await element.updateComplete;
    expect(errors).to.have.length(1);
    expect(errors[0]).to.contain('attack-timeline-tlp.js');
    expect(errorBox(element)!.textContent).to.contain('attack-timeline-tlp.js');
    expect(element.parsedDataset).to.equal(null);
    expect(chartOf(element)).to.equal(null);
    for (let i = 0; i < 5; i++) {
      element.requestUpdate();
      await element.updateComplete;
    }
    expect(errors).to.have.length(1);
    expect(element.parsedDataset).to.equal(null);
    expect(thrown).to.deep.equal([]);
    wrapper.remove();
  });

  it('added to an element showing data: the data goes at once and one at-error names the file', async () => {
    const { element, wrapper, errors } = await placeTimeline({ data: structuredClone(smallJson) });
    expect(element.parsedDataset, 'shown before the limit').to.not.equal(null);
    const reported = nextEvent(element, 'at-error');
    element.setAttribute('max-tlp', 'green');
    await element.updateComplete;
    expect(element.parsedDataset, 'gone at once').to.equal(null);
    expect(chartOf(element)).to.equal(null);
    await reported;
    await element.updateComplete;
    expect(messagesOf(errors)).to.have.length(1);
    expect(messagesOf(errors)[0]).to.contain('attack-timeline-tlp.js');
    expect(errorBox(element)!.textContent).to.contain('attack-timeline-tlp.js');
    for (let i = 0; i < 5; i++) {
      element.requestUpdate();
      await element.updateComplete;
    }
    expect(messagesOf(errors)).to.have.length(1);
    expect(element.parsedDataset).to.equal(null);
    // Taken off again, the records come back: the limit was the only reason they were hidden.
    element.removeAttribute('max-tlp');
    await settle(element);
    expect(element.parsedDataset!.events.length).to.equal(smallJson.events.length);
    expect(thrown).to.deep.equal([]);
    wrapper.remove();
  });
});
