/**
 * The code of `sync-url` is fetched when an element has that attribute (src/shell/url-sync.ts; in
 * the embed it comes with the presentation code, attack-timeline-presentation.js). Here the test
 * server holds that module back (see zoom-chunk-middleware.mjs): until it arrives the element shows
 * its loading line and no chart, so it never draws the default view that the link then replaces;
 * once released, its first chart is already the view in the hash. Its own file, so the page has not
 * loaded the module before.
 */
import { expect } from '@open-wc/testing';
import smallJson from '../../fixtures/small.json';
import { chartOf, settle, waitMs, type AttackTimeline } from '../harness/timeline-harness.ts';
import { holdChunkDuringSuite, moduleFetched, releaseHeldChunks } from '../harness/chunk-hold.ts';

const cleanUrl = () => `${location.pathname}${location.search}`;
const fetched = () => moduleFetched('/src/shell/presentation.ts');

describe('sync-url: code held back', () => {
  holdChunkDuringSuite('presentation');
  after(() => {
    history.replaceState(history.state, '', cleanUrl());
  });

  it('shows the loading line until the code is here, then first draws the view in the link', async () => {
    history.replaceState(history.state, '', `${cleanUrl()}#t1.actors=apt10&t1.group=kind&t1.selected=e-indictment`);
    const wrapper = document.createElement('div');
    wrapper.style.width = '1000px';
    document.body.append(wrapper);
    const element = document.createElement('attack-timeline') as AttackTimeline;
    element.setAttribute('sync-url', 't1');
    element.data = structuredClone(smallJson);
    /** The grouping of every chart the element renders, from the start. */
    const charts: string[] = [];
    const watch = setInterval(() => {
      const chart = chartOf(element);
      if (chart) charts.push(chart.groupBy);
    }, 5);
    wrapper.append(element);
    await waitMs(300);
    expect(chartOf(element) === null, 'no chart while the code is held').to.equal(true);
    expect(element.shadowRoot!.querySelector('.loading') !== null, 'the loading line').to.equal(true);
    expect(charts).to.deep.equal([]);

    const released = await releaseHeldChunks();
    expect(released, 'the code was asked for and held').to.be.above(0);
    await settle(element);
    clearInterval(watch);
    expect(fetched(), 'the code arrived').to.equal(true);
    const { view } = element;
    expect(view.actors).to.deep.equal(['apt10']);
    expect(view.groupBy).to.equal('kind');
    expect(view.selected).to.equal('e-indictment');
    expect(charts.length, 'watched the chart').to.be.above(0);
    expect(new Set(charts), 'every chart drawn was grouped as the link says').to.deep.equal(new Set(['kind']));
    wrapper.remove();
  });
});
