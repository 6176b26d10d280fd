// Runs inside headless Chromium (see bench/run.mjs) against the production embed bundle.
import '../dist/attack-timeline.js';
import { generateDataset } from './generate-dataset.mjs';
import { frameStats, runZoomSteps, timedZoomSteps } from './zoom-steps.mjs';

const stage = document.getElementById('stage');
const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
const collectGarbage = () => (typeof globalThis.gc === 'function' ? globalThis.gc() : undefined);

function countElements(root) {
  let count = 0;
  const walk = (node) => {
    for (const element of node.querySelectorAll('*')) {
      count++;
      if (element.shadowRoot) walk(element.shadowRoot);
    }
  };
  walk(root);
  return count;
}

const chartOf = (element) => element.shadowRoot?.querySelector('at-chart');

let dataset = null;
let element = null;

window.bench = {
  prepare(count) {
    stage.replaceChildren();
    element = null;
    dataset = generateDataset(count);
    collectGarbage();
  },

  /** Assigns the data and waits for the frame after the marks are drawn (double rAF). */
  async firstFrame() {
    collectGarbage();
    element = document.createElement('attack-timeline');
    const start = performance.now();
    element.data = dataset;
    stage.append(element);
    // Marks are seen by the paint that sizes the chart's canvas, as on the cold page
    // (bench/cold-page.mjs): polling `visibleIds` would lay a partial first frame out whole.
    for (let i = 0; i < 600; i++) {
      await frame();
      const canvas = chartOf(element)?.shadowRoot?.querySelector('canvas');
      if ((canvas?.style.height ?? '') !== '') break;
    }
    await frame();
    const end = performance.now();
    return {
      firstFrameMs: end - start,
      domElements: countElements(document),
      drawn: chartOf(element).visibleIds.length,
    };
  },

  /** Heap the element retains (parsed data, layout, DOM): measured with it, then without it. */
  async retainedHeap() {
    await new Promise((resolve) => setTimeout(resolve, 400));
    collectGarbage();
    const withElement = performance.memory?.usedJSHeapSize ?? 0;
    element.remove();
    element = null;
    // d3-zoom ends a wheel gesture 150 ms after the last notch; until then its timer holds the chart.
    await new Promise((resolve) => setTimeout(resolve, 400));
    collectGarbage();
    const without = performance.memory?.usedJSHeapSize ?? 0;
    return withElement - without;
  },

  /**
   * 60 programmatic zoom/pan steps, one per frame, through the public zoomTo. Each frame's rAF
   * callback leaves a `zoom-frame` mark, which bench/frame-work.mjs reads from a trace.
   */
  async zoomSteps() {
    return timedZoomSteps(element, () => frame().then((now) => (performance.mark('zoom-frame'), now)));
  },

  /**
   * The zoomTo steps once more, unmeasured, keeping what each frame painted: the bars (marks and
   * clusters) and titles in the canvas's slice, as rectangles and strings in chart px, and the
   * canvas's size. `floorZoomSteps` repaints exactly these on a bare canvas.
   */
  async captureZoomSteps() {
    const chart = chartOf(element);
    const canvas = chart.shadowRoot.querySelector('canvas');
    const frames = [];
    await runZoomSteps(element, async () => {
      // Private fields read from outside: the frame as painted, without laying out the rows a
      // moving frame skipped (the public getters would complete it).
      const { frame: painted, labels, geometry } = chart._frames;
      const top = Number.parseFloat(canvas.style.top) || 0;
      const bottom = top + canvas.height / devicePixelRatio;
      const inBand = (row) => {
        const y = chart.rowCentrePx(row);
        return y + geometry.rowPx > top && y - geometry.rowPx < bottom;
      };
      const bars = [];
      for (const item of painted.items) {
        const { row, x0Px, x1Px } = item.type === 'mark' ? item.mark : item.cluster;
        if (!inBand(row)) continue;
        const left = Math.max(x0Px, -8);
        bars.push(left, chart.rowCentrePx(row) - top - geometry.markPx / 2, Math.max(Math.min(x1Px, canvas.width / devicePixelRatio + 8) - left, 4), geometry.markPx);
      }
      const titles = labels.filter((label) => inBand(label.row)).map((label) => ({ text: label.text, x: label.xPx, y: chart.rowCentrePx(label.row) - top }));
      frames.push({ bars, titles, width: canvas.width, height: canvas.height });
      await frame();
    });
    const font = getComputedStyle(chart).font;
    return { frames, font, canvasPx: `${canvas.width}×${frames[0].height} (chart ${Math.round(chart.getBoundingClientRect().height)} px tall)`, bars: frames.reduce((n, f) => n + f.bars.length / 4, 0) / frames.length, titles: frames.reduce((n, f) => n + f.titles.length, 0) / frames.length };
  },

  /**
   * The zoom floor: the same 60 steps, one per frame, on a bare canvas in place of the element,
   * each repainting what the chart painted in that step (`captureZoomSteps`): one colour of filled
   * rectangles and one of text. No layout, no DOM, no SVG, no outlines or glyphs: what any page
   * pays on this machine to repaint that many bars and titles per frame, which bounds the chart's
   * dropped frames from below. Leaves `zoom-frame` marks as `zoomSteps` does.
   */
  async floorZoomSteps(captured) {
    const canvas = document.createElement('canvas');
    const { width, height } = captured.frames[0];
    canvas.width = width;
    canvas.height = height;
    canvas.style.width = `${width / devicePixelRatio}px`;
    canvas.style.height = `${height / devicePixelRatio}px`;
    stage.replaceChildren(canvas);
    const context = canvas.getContext('2d');
    context.scale(devicePixelRatio, devicePixelRatio);
    context.font = captured.font;
    context.textBaseline = 'middle';
    const intervals = [];
    const markedFrame = () => frame().then((now) => (performance.mark('zoom-frame'), now));
    let last = await markedFrame();
    for (const { bars, titles } of captured.frames) {
      context.clearRect(0, 0, width, height);
      context.fillStyle = '#3b6ea5';
      for (let i = 0; i < bars.length; i += 4) context.fillRect(bars[i], bars[i + 1], bars[i + 2], bars[i + 3]);
      context.fillStyle = '#222';
      for (const { text, x, y } of titles) context.fillText(text, x, y);
      const now = await markedFrame();
      intervals.push(now - last);
      last = now;
    }
    stage.replaceChildren(element);
    return frameStats(intervals);
  },

  /** 60 Ctrl+wheel notches over the chart, one per frame, alternating in and out. */
  async wheelNotches() {
    await element.fit();
    await frame();
    const svg = chartOf(element).shadowRoot.querySelector('svg.over');
    const box = svg.getBoundingClientRect();
    const intervals = [];
    let last = await frame();
    for (let i = 0; i < 60; i++) {
      const deltaY = i % 20 < 10 ? -100 : 100;
      svg.dispatchEvent(new WheelEvent('wheel', {
        deltaY, ctrlKey: true, clientX: box.left + box.width * 0.4, clientY: box.top + 60, bubbles: true, cancelable: true, composed: true,
      }));
      const now = await frame();
      intervals.push(now - last);
      last = now;
    }
    return frameStats(intervals);
  },
};
window.benchReady = true;
