// Runs inside a fresh browser context per run (see bench/cold.mjs): nothing of the element has
// been fetched, compiled or styled in this renderer before `firstFrame` inserts the script.
import { generateDataset } from './generate-dataset.mjs';
import { timedZoomSteps } from './zoom-steps.mjs';

const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
const collectGarbage = () => (typeof globalThis.gc === 'function' ? globalThis.gc() : undefined);
const drawnCount = (element) => element.view?.visibleIds?.length ?? 0;
/**
 * Whether the first marks are drawn, read without making the element work inside the measured
 * window: the paint that draws on this element's chart canvas sets the canvas's CSS height. Its
 * `view.visibleIds` builds the view object and the list of drawn events (laying a partial frame
 * out whole), work a reader's page never asks for; the floor and the peers' adapters keep a ready
 * list there. The drawn events are counted after the window and its CPU counters (`drawn`).
 */
const marksDrawn = (element) => {
  const chart = element.shadowRoot?.querySelector('at-chart');
  if (chart) return (chart.shadowRoot?.querySelector('canvas')?.style.height ?? '') !== '';
  return drawnCount(element) > 0;
};

let element = null;

window.cold = {
  /**
   * Puts an `<attack-timeline>` holding `count` generated events (raw JSON, so validation is
   * included) on the page, not yet upgraded: nothing defines the tag until the script arrives.
   */
  async prepare(count) {
    element = document.createElement('attack-timeline');
    // Saved on the plain element and picked up at upgrade, as Lit does for properties set early.
    element.data = generateDataset(count);
    document.getElementById('stage').append(element);
    collectGarbage();
    await frame();
    await frame();
  },

  /**
   * Inserts the production embed script (`bundleUrl`; a classic script when `classic`, as the
   * peers' UMD builds of bench/peers.mjs are) and waits for the frame after the marks are drawn;
   * times are from the insertion.
   */
  async firstFrame(bundleUrl, classic = false) {
    const script = document.createElement('script');
    if (!classic) script.type = 'module';
    script.src = bundleUrl;
    let scriptMs = 0;
    const start = performance.now();
    performance.mark('cold-start');
    script.addEventListener('load', () => { scriptMs = performance.now() - start; }, { once: true });
    document.head.append(script);
    let marksSeenMs = 0;
    for (let i = 0; i < 1200; i++) {
      await frame();
      if (marksDrawn(element)) {
        marksSeenMs = performance.now() - start;
        break;
      }
    }
    await frame();
    const end = performance.now();
    performance.mark('cold-end');
    return { firstFrameMs: end - start, scriptMs, marksSeenMs, startMs: start };
  },

  /**
   * The reader's first zoom: after the cold first frame (`firstFrame`) and a rest of `restMs`, the
   * zoom bench's 60 `zoomTo` steps on this page's one element, whose zoom code has never run.
   */
  async firstZoom(restMs) {
    await new Promise((resolve) => setTimeout(resolve, restMs));
    return timedZoomSteps(element);
  },

  /** How many events the element draws: read after the run and its CPU counters, as it may lay the frame out. */
  drawn() {
    return drawnCount(element);
  },

  /**
   * The same script with no element on the page: insert it, wait until it has loaded and run, then
   * two frames (as `firstFrame` waits for the frame that shows the marks and one more). What the
   * reader pays for the code alone; the rest of a cold first frame is the element's own work.
   */
  async scriptAlone(bundleUrl) {
    const script = document.createElement('script');
    script.type = 'module';
    script.src = bundleUrl;
    const start = performance.now();
    const loaded = new Promise((resolve, reject) => {
      script.addEventListener('load', resolve, { once: true });
      script.addEventListener('error', () => reject(new Error(`script alone: ${bundleUrl} failed to load`)), { once: true });
    });
    document.head.append(script);
    await loaded;
    const scriptMs = performance.now() - start;
    await frame();
    await frame();
    return { firstFrameMs: performance.now() - start, scriptMs, drawn: 0, startMs: start };
  },
};

/**
 * For bench/trace.mjs: wraps each element class's first-render methods, as the embed defines them,
 * in user-timing measures named `<tag> <method>`, so a trace shows what each component costs.
 */
window.instrumentElements = () => {
  const define = customElements.define.bind(customElements);
  customElements.define = (tag, constructor, options) => {
    for (const method of ['connectedCallback', 'performUpdate']) {
      const original = constructor.prototype[method];
      if (typeof original !== 'function') continue;
      Object.defineProperty(constructor.prototype, method, {
        configurable: true,
        writable: true,
        value(...args) {
          const startMs = performance.now();
          try {
            return original.apply(this, args);
          } finally {
            performance.measure(`${tag} ${method}`, { start: startMs });
          }
        },
      });
    }
    return define(tag, constructor, options);
  };
};

window.coldReady = true;
