/**
 * A publisher who did not host attack-timeline-tlp.js (here the test server answers 404 for
 * src/formats/tlp.ts; see zoom-chunk-middleware.mjs): an element with `max-tlp` shows none of its
 * data (it cannot tell which records are within the limit) and reports one problem naming that
 * file. Its own file, so the page has not loaded the module before.
 */
import { expect } from '@open-wc/testing';
import smallJson from '../../fixtures/small.json';
import { chartOf, errorBox, renderWithData } from '../harness/timeline-harness.ts';

describe('max-tlp: code missing', () => {
  before(() => {
    document.cookie = 'tlp-chunk=missing; path=/';
  });
  after(() => {
    document.cookie = 'tlp-chunk=; path=/; max-age=0';
  });

  it('shows no data and reports one at-error naming the file', async () => {
    const errors: string[] = [];
    document.addEventListener('at-error', (event) => errors.push((event as CustomEvent<{ message: string }>).detail.message));
    const element = await renderWithData(structuredClone(smallJson), { 'max-tlp': 'green' });
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
  });
});
