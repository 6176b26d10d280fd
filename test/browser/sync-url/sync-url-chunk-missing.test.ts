/**
 * A publisher who did not host the file the code of `sync-url` comes in (in the embed
 * attack-timeline-presentation.js; here the test server answers 404 for src/shell/presentation.ts,
 * see zoom-chunk-middleware.mjs): the element still shows its data, without the link's view, and
 * reports one problem naming that file; a reader's changes leave the URL alone. Its own file, so
 * the page has not loaded the module before.
 */
import { expect } from '@open-wc/testing';
import smallJson from '../../fixtures/small.json';
import { chartOf, errorBox, renderWithData, settle, waitMs, zoomButton, nextEvent } from '../harness/timeline-harness.ts';

const cleanUrl = () => `${location.pathname}${location.search}`;

describe('sync-url: code missing', () => {
  before(() => {
    document.cookie = 'presentation-chunk=missing; path=/';
  });
  after(() => {
    document.cookie = 'presentation-chunk=; path=/; max-age=0';
    history.replaceState(history.state, '', cleanUrl());
  });

  it('shows the data, reports one at-error naming the file, and never writes the URL', async () => {
    history.replaceState(history.state, '', `${cleanUrl()}#group=kind`);
    const errors: string[] = [];
    const listener = (event: Event) => errors.push((event as CustomEvent<{ message: string }>).detail.message);
    document.addEventListener('at-error', listener);
    try {
      const element = await renderWithData(structuredClone(smallJson), { 'sync-url': '' });
      expect(chartOf(element)!.drawnItems.length, 'the data is drawn').to.be.above(0);
      expect(element.view.groupBy, 'the link is not applied').to.equal('actor');
      expect(errors).to.have.length(1);
      expect(errors[0]).to.contain('attack-timeline-presentation.js');
      expect(errorBox(element)!.textContent).to.contain('attack-timeline-presentation.js');
      zoomButton(element, 'zoom-in').click();
      await nextEvent(element, 'at-view-change');
      await settle(element);
      await waitMs(350);
      expect(location.hash).to.equal('#group=kind');
      for (let i = 0; i < 5; i++) {
        element.requestUpdate();
        await element.updateComplete;
      }
      expect(errors).to.have.length(1);
      element.parentElement!.remove();
    } finally {
      document.removeEventListener('at-error', listener);
    }
  });
});
