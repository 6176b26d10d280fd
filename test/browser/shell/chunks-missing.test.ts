/**
 * A publisher who hosted none of the lazy files a reader's path needs (here the test server
 * answers 404 for the controls, the details, the presentation and the zoom gesture modules; see
 * zoom-chunk-middleware.mjs): each missing file is its own problem, so every one stays in the
 * error box and each fires its own at-error naming its file (one report per file, never one
 * replacing another). Its own file, so the page has not loaded those modules before.
 */
import { expect } from '@open-wc/testing';
import smallJson from '../../fixtures/small.json';
import { chartOf, clickMark, drawnIds, errorBox, placeTimeline, messagesOf, settle, type FixtureDataset } from '../harness/timeline-harness.ts';

const small = smallJson as unknown as FixtureDataset;
const COOKIES = ['controls-chunk', 'detail-chunk', 'presentation-chunk', 'zoom-chunk'];
const FILES = ['attack-timeline-controls.js', 'attack-timeline-zoom.js', 'attack-timeline-event-detail.js', 'attack-timeline-presentation.js'];

describe('several lazy files missing', () => {
  before(() => {
    for (const name of COOKIES) document.cookie = `${name}=missing; path=/`;
  });
  after(() => {
    for (const name of COOKIES) document.cookie = `${name}=; path=/; max-age=0`;
  });

  it('reports each missing file once, and the error box keeps them all', async () => {
    const { element, errors } = await placeTimeline({ data: small });
    expect(chartOf(element)!.drawnItems.length).to.be.above(0);
    // The zoom code is fetched once the page is idle after the first frame.
    for (let i = 0; i < 100 && !messagesOf(errors).some((message) => message.includes('attack-timeline-zoom.js')); i++) await new Promise((resolve) => setTimeout(resolve, 50));
    clickMark(element, drawnIds(element)[0]!);
    await settle(element);
    // The panel's place, taken while its code was on its way, is given back to the chart.
    expect(element.shadowRoot!.querySelector('.stage.open, at-event-detail'), 'no empty panel left open').to.equal(null);
    expect(chartOf(element)!.getBoundingClientRect().width, 'the chart\'s full width').to.be.closeTo(element.getBoundingClientRect().width, 1);
    await element.present();
    await settle(element);

    for (const file of FILES) expect(messagesOf(errors).filter((message) => message.includes(file)), file).to.have.length(1);
    expect(messagesOf(errors)).to.have.length(FILES.length);
    const box = errorBox(element)!.textContent!;
    for (const file of FILES) expect(box, file).to.contain(file);
    expect(box).to.contain(`${FILES.length} problems`);
    // Nothing tried again on later renders: still one report per file.
    for (let i = 0; i < 5; i++) {
      element.requestUpdate();
      await element.updateComplete;
    }
    expect(messagesOf(errors)).to.have.length(FILES.length);
    element.parentElement!.remove();
  });
});
