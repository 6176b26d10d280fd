// The chart's first paint draws only the rows on screen (on a cold page every row of canvas costs
// its memory and its hand-off to the compositor); the rest of the slice follows once the view is
// still (see CanvasController.paint and derive/canvas-band.ts).
import { expect, fixture, html, nextFrame } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { generateDataset } from '../../../bench/generate-dataset.mjs';
import { chartOf, renderWithData, settle, svgOf, type AttackTimeline } from '../harness/timeline-harness.ts';
import { canvasOf, inkNearBottom, untilFrame as until } from '../harness/canvas-ink.ts';

interface CanvasResize {
  readonly heightPx: number;
  /** Where the chart's frame (the canvas's container) was on screen when the height was set. */
  readonly frameTopPx: number;
}

/** Records every height the chart gives its canvas (one per paint that changes the slice's size). */
function recordCanvasHeights(): { readonly resizes: CanvasResize[]; restore(): void } {
  const descriptor = Object.getOwnPropertyDescriptor(HTMLCanvasElement.prototype, 'height')!;
  const resizes: CanvasResize[] = [];
  Object.defineProperty(HTMLCanvasElement.prototype, 'height', {
    ...descriptor,
    set(this: HTMLCanvasElement, value: number) {
      const root = this.getRootNode();
      if (root instanceof ShadowRoot && root.host.localName === 'at-chart') {
        resizes.push({ heightPx: value / window.devicePixelRatio, frameTopPx: this.parentElement!.getBoundingClientRect().top });
      }
      descriptor.set!.call(this, value);
    },
  });
  return { resizes, restore: () => Object.defineProperty(HTMLCanvasElement.prototype, 'height', descriptor) };
}

describe('the first paint', () => {
  afterEach(async () => {
    document.documentElement.style.overflowAnchor = '';
    window.scrollTo(0, 0);
    await setViewport({ width: 1100, height: 600 });
  });

  it('draws the rows on screen of a chart short enough to draw whole, and the rest once still', async function () {
    this.timeout(30_000);
    await setViewport({ width: 1100, height: 900 });
    const heights = recordCanvasHeights();
    try {
      const element = await renderWithData(generateDataset(100));
      const chartPx = Math.round(svgOf(element).getBoundingClientRect().height);
      // Taller than the screen, yet short enough that the still canvas holds all of it.
      expect(chartPx).to.be.greaterThan(window.innerHeight).and.at.most(2 * window.innerHeight);
      const [first] = heights.resizes;
      expect(first, 'the first paint sized the canvas').to.not.equal(undefined);
      const onScreenPx = window.innerHeight - first!.frameTopPx;
      expect(first!.heightPx).to.be.at.least(onScreenPx);
      expect(first!.heightPx).to.be.lessThan(chartPx - 100);

      const canvas = canvasOf(element);
      await until(() => canvas.offsetHeight === chartPx);
      expect(canvas.offsetTop).to.equal(0);
      expect(canvas.offsetHeight).to.equal(chartPx);
      // The rows below the screen are drawn now: the bottom of the chart has marks.
      expect(inkNearBottom(canvas, 200)).to.be.greaterThan(100);
      // Sized twice: the first paint, then the settle. (The zoom warm-up may follow in idle time,
      // sizing it for its moving frames and back: src/components/chart/zoom-warmup.ts.)
      expect(heights.resizes.slice(0, 2).map((resize) => resize.heightPx)).to.deep.equal([first!.heightPx, chartPx]);
      expect(heights.resizes.at(-1)!.heightPx).to.equal(chartPx);
    } finally {
      heights.restore();
    }
  });

  it('keeps a tall chart to the rows on screen too, and draws its overscan once still', async function () {
    this.timeout(30_000);
    await setViewport({ width: 1100, height: 600 });
    const heights = recordCanvasHeights();
    try {
      const element = await renderWithData(generateDataset(100));
      const chartPx = Math.round(svgOf(element).getBoundingClientRect().height);
      // Too tall to draw whole: the still canvas holds the screen and half a screen beyond.
      expect(chartPx).to.be.greaterThan(2 * window.innerHeight);
      const [first] = heights.resizes;
      expect(first, 'the first paint sized the canvas').to.not.equal(undefined);
      const onScreenPx = window.innerHeight - first!.frameTopPx;
      const overscanPx = window.innerHeight / 2;
      expect(first!.heightPx).to.be.at.least(onScreenPx);
      expect(first!.heightPx).to.be.lessThan(onScreenPx + overscanPx / 2);

      const canvas = canvasOf(element);
      await until(() => canvas.offsetHeight > first!.heightPx);
      expect(canvas.offsetTop).to.equal(0);
      // At least the screen's rows and the overscan below them; at most what a chart at the top of the screen would hold.
      expect(canvas.offsetHeight).to.be.within(Math.floor(onScreenPx + overscanPx), Math.ceil(window.innerHeight + overscanPx));
      // Sized twice (the zoom warm-up may follow in idle time, and sizes it back to the same).
      expect(heights.resizes[1]!.heightPx).to.equal(canvas.offsetHeight);
      expect(heights.resizes.at(-1)!.heightPx).to.equal(canvas.offsetHeight);
    } finally {
      heights.restore();
    }
  });

  it('draws nothing for a chart below the screen, and all of it before the reader scrolls there', async function () {
    this.timeout(30_000);
    await setViewport({ width: 1100, height: 900 });
    const heights = recordCanvasHeights();
    try {
      const page = await fixture<HTMLElement>(html`<div><div style="height:2500px"></div><div style="width:1000px"><attack-timeline></attack-timeline></div></div>`);
      const element = page.querySelector<AttackTimeline>('attack-timeline')!;
      element.data = generateDataset(100);
      await settle(element);
      expect(heights.resizes[0]?.heightPx).to.equal(0);

      const canvas = canvasOf(element);
      const chartPx = Math.round(svgOf(element).getBoundingClientRect().height);
      await until(() => canvas.offsetHeight === chartPx);
      expect(canvas.offsetHeight).to.equal(chartPx);
      svgOf(element).scrollIntoView({ block: 'end' });
      await nextFrame();
      expect(inkNearBottom(canvas, 200)).to.be.greaterThan(100);
    } finally {
      heights.restore();
    }
  });

  it('lays out the rows it draws when the page was scrolled past the chart\'s top before its first paint', async function () {
    this.timeout(30_000);
    await setViewport({ width: 1100, height: 600 });
    // Before the first paint nothing of the chart is rendered to measure, so where it is on screen
    // is known only once the paint measures it: the rows that paint draws must have their marks
    // (a first layout kept to a guessed screen, top of the chart at the top of the screen, would
    // leave them empty until the settle).
    // No scroll anchoring (reset after each test): the page must not scroll along as the element grows above the spacer.
    document.documentElement.style.overflowAnchor = 'none';
    const page = await fixture<HTMLElement>(html`<div><div style="height:200px"></div><div class="slot" style="width:1000px"></div><div style="height:4000px"></div></div>`);
    window.scrollTo(0, 900);
    const element = document.createElement('attack-timeline');
    element.data = generateDataset(100);
    page.querySelector('.slot')!.append(element);
    const canvas = () => chartOf(element)?.shadowRoot?.querySelector('canvas') ?? null;
    await until(() => (canvas()?.style.height ?? '') !== '');
    // Checked at the frame after the first paint, well before the settle (200 ms) paints again.
    const first = canvas()!;
    const box = first.getBoundingClientRect();
    const drawing = svgOf(element).getBoundingClientRect();
    expect(drawing.top).to.be.below(-300);
    expect(drawing.bottom).to.be.above(window.innerHeight + 100);
    expect(box.top).to.be.at.most(0);
    expect(box.bottom).to.be.at.least(window.innerHeight);
    expect(inkNearBottom(first, 250), 'marks in the bottom rows of the first paint').to.be.greaterThan(100);
    expect(chartOf(element)!.drawnMarks.length).to.be.greaterThan(0);
  });

  it('is followed by a new paint at the new width when the page narrows the chart', async function () {
    this.timeout(30_000);
    const element = await renderWithData(generateDataset(100));
    const canvas = canvasOf(element);
    expect(canvas.width).to.equal(1000 * window.devicePixelRatio);
    element.parentElement!.style.width = '700px';
    await until(() => canvas.width === 700 * window.devicePixelRatio);
    expect(canvas.width).to.equal(700 * window.devicePixelRatio);
    expect(Number(svgOf(element).getAttribute('width'))).to.equal(700);
    expect(chartOf(element)!.drawnMarks.every((mark) => mark.x0Px <= 700)).to.equal(true);
  });
});
