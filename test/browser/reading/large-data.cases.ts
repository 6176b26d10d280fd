// Big datasets: the default interactions still work at 100,000 events, and a chart taller than
// the screen keeps its canvas to the rows near the screen (see src/derive/canvas-band.ts).
import { expect, nextFrame } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { generateDataset } from '../../../bench/generate-dataset.mjs';
import { chartOf, drawnIds, renderWithData, settle, svgOf, type AttackTimeline } from '../harness/timeline-harness.ts';

const frames = async (count: number) => {
  for (let i = 0; i < count; i++) await nextFrame();
};

describe('100,000 events', () => {
  it('zoom, filter by actor and select all still work', async function () {
    this.timeout(120_000);
    const element = await renderWithData(generateDataset(100_000));
    const chart = chartOf(element)!;
    expect(element.parsedDataset!.events.length).to.equal(100_000);

    await element.zoomTo('2012-01', '2012-03');
    await settle(element);
    const { startMs, endMs } = chart.visibleWindow;
    expect(startMs).to.be.closeTo(Date.UTC(2012, 0, 1), 86_400_000);
    expect(endMs).to.be.closeTo(Date.UTC(2012, 3, 1), 86_400_000);
    const zoomedIds = drawnIds(element);
    expect(zoomedIds.length).to.be.greaterThan(0).and.lessThan(100_000);

    element.setAttribute('actors', 'actor-3');
    await settle(element);
    const byId = new Map(element.parsedDataset!.events.map((event) => [event.id, event]));
    const filtered = drawnIds(element);
    expect(filtered.length).to.be.greaterThan(0);
    expect(filtered.every((id) => byId.get(id)!.actors.includes('actor-3'))).to.equal(true);

    // Keyboard: into the chart, to the first event in view, and select it.
    svgOf(element).focus();
    await sendKeys({ press: 'Home' });
    await settle(element);
    await sendKeys({ press: 'Enter' });
    await settle(element);
    expect(element.view.selected).to.be.a('string');
    expect(byId.get(element.view.selected!)!.actors).to.include('actor-3');
  });
});

describe('a chart taller than the screen', () => {
  afterEach(async () => {
    window.scrollTo(0, 0);
    await setViewport({ width: 1100, height: 600 });
  });

  it('draws its canvas around the screen only, follows scrolling, and draws whole for print', async function () {
    this.timeout(60_000);
    await setViewport({ width: 1100, height: 500 });
    const element = await renderWithData(generateDataset(5_000));
    const chart = chartOf(element)!;
    const canvas = chart.shadowRoot!.querySelector('canvas')!;
    const chartHeight = svgOf(element).getBoundingClientRect().height;
    expect(chartHeight).to.be.greaterThan(1000);
    const band = () => ({ top: canvas.offsetTop, height: canvas.offsetHeight });
    expect(band().top).to.equal(0);
    expect(band().height).to.be.lessThan(chartHeight - 200);
    expect(canvas.height).to.equal(Math.round(band().height * window.devicePixelRatio));

    // Scroll the bottom of the chart into view: the slice moves down and covers the screen.
    const frameBox = () => svgOf(element).getBoundingClientRect();
    window.scrollBy(0, frameBox().bottom - window.innerHeight + 10);
    await frames(3);
    const visibleTop = -frameBox().top;
    const visibleBottom = window.innerHeight - frameBox().top;
    expect(band().top).to.be.greaterThan(0);
    expect(band().top).to.be.at.most(Math.max(visibleTop, 0));
    expect(band().top + band().height).to.be.at.least(Math.min(visibleBottom, chartHeight) - 1);

    // Something is drawn in the slice: a row near the bottom of the screen has opaque pixels.
    const context = canvas.getContext('2d')!;
    const pixels = context.getImageData(0, 0, canvas.width, canvas.height).data;
    let opaque = 0;
    for (let i = 3; i < pixels.length; i += 4) if (pixels[i]! > 0) opaque++;
    expect(opaque).to.be.greaterThan(1000);

    window.dispatchEvent(new Event('beforeprint'));
    expect(band()).to.deep.equal({ top: 0, height: Math.round(chartHeight) });
    window.dispatchEvent(new Event('afterprint'));
    expect(band().height).to.be.lessThan(chartHeight - 200);
  });
  it('draws only a sliver beyond the screen while zooming, and the full slice once still', async function () {
    this.timeout(60_000);
    await setViewport({ width: 1100, height: 500 });
    const element = await renderWithData(generateDataset(5_000));
    const canvas = chartOf(element)!.shadowRoot!.querySelector('canvas')!;
    const settle = () => new Promise((resolve) => setTimeout(resolve, 900));
    // zoomTo animates for 300 ms; the full slice is drawn 200 ms after the last frame.
    await element.zoomTo('2009', '2013');
    await settle();
    const still = canvas.offsetHeight;
    await element.zoomTo('2010', '2012');
    await frames(1);
    expect(canvas.offsetHeight).to.be.lessThan(still - 100);
    await settle();
    expect(canvas.offsetHeight).to.equal(still);
  });

  it('follows a scrolling box inside another component\'s shadow root', async function () {
    this.timeout(60_000);
    await setViewport({ width: 1100, height: 700 });
    // A host page's own component: a shadow root holding a 400 px scrolling box.
    const outer = document.createElement('div');
    document.body.append(outer);
    const root = outer.attachShadow({ mode: 'open' });
    const box = document.createElement('div');
    box.style.cssText = 'height: 400px; overflow: auto; width: 1000px';
    root.append(box);
    try {
      const element = document.createElement('attack-timeline') as AttackTimeline;
      box.append(element);
      element.data = generateDataset(5_000);
      await settle(element);
      const canvas = chartOf(element)!.shadowRoot!.querySelector('canvas')!;
      const chartBox = () => svgOf(element).getBoundingClientRect();
      expect(chartBox().height).to.be.greaterThan(1500);
      // Let the viewport change settle (its resize event arrives a few frames late) before scrolling.
      await new Promise((resolve) => setTimeout(resolve, 300));
      await frames(2);
      box.scrollTop = box.scrollHeight;
      await frames(3);
      // What the box shows of the chart, in the chart's px.
      const shownTop = box.getBoundingClientRect().top - chartBox().top;
      const shownBottom = box.getBoundingClientRect().bottom - chartBox().top;
      expect(shownTop).to.be.greaterThan(1000);
      expect(canvas.offsetTop).to.be.at.most(shownTop);
      expect(canvas.offsetTop + canvas.offsetHeight).to.be.at.least(Math.min(shownBottom, chartBox().height) - 1);
    } finally {
      outer.remove();
    }
  });

  it('after new data, draws at once and corrects its slice on the next frame', async function () {
    this.timeout(60_000);
    await setViewport({ width: 1100, height: 500 });
    const element = await renderWithData(generateDataset(5_000));
    const box = () => svgOf(element).getBoundingClientRect();
    window.scrollBy(0, box().bottom - window.innerHeight + 10);
    await frames(3);
    // New data resets the measurement: the first draw assumes the chart's top is on screen.
    element.data = generateDataset(5_000, 7);
    await settle(element);
    await frames(3);
    const canvas = chartOf(element)!.shadowRoot!.querySelector('canvas')!;
    const visibleTop = Math.max(-box().top, 0);
    const visibleBottom = Math.min(window.innerHeight - box().top, box().height);
    expect(visibleTop).to.be.greaterThan(500);
    expect(canvas.offsetTop).to.be.at.most(visibleTop);
    expect(canvas.offsetTop + canvas.offsetHeight).to.be.at.least(visibleBottom - 1);
  });
});
