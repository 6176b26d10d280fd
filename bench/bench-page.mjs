// Runs inside headless Chromium (see bench/run.mjs) against the production embed bundle.
import '../dist/attack-timeline.js';
import { generateDataset } from './generate-dataset.mjs';

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

/** Median, p95 and dropped-frame share of rAF intervals. */
function frameStats(intervals) {
  const sorted = [...intervals].sort((a, b) => a - b);
  const at = (q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
  const budget = 1000 / 60;
  let dropped = 0;
  for (const ms of intervals) dropped += Math.max(0, Math.round(ms / budget) - 1);
  return { medianMs: at(0.5), p95Ms: at(0.95), droppedShare: dropped / (dropped + intervals.length) };
}

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
    for (let i = 0; i < 600; i++) {
      await frame();
      const chart = chartOf(element);
      if (chart && chart.visibleIds.length > 0) break;
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
    const markedFrame = () => frame().then((now) => (performance.mark('zoom-frame'), now));
    const [startMs, endMs] = chartOf(element).extent;
    const span = endMs - startMs;
    const intervals = [];
    let last = await markedFrame();
    for (let i = 0; i < 60; i++) {
      const zoom = 1 + (i % 30) / 3;
      const width = span / zoom;
      const centre = startMs + span * (0.2 + 0.6 * (i / 60));
      await element.zoomTo(centre - width / 2, centre + width / 2);
      const now = await markedFrame();
      intervals.push(now - last);
      last = now;
    }
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
