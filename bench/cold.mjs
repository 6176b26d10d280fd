// Cold measures for `npm run bench`: every run in a fresh browser context, so the renderer has
// never fetched, compiled or styled the element before (a reader opening the article). Used by
// bench/run.mjs and bench/trace.mjs.
import { browserUiTargets } from '../scripts/chrome-path.mjs';

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const range = (values) => [Math.min(...values), Math.max(...values)];

async function rendererPids(session) {
  const { processInfo } = await session.send('SystemInfo.getProcessInfo');
  return processInfo.filter((info) => info.type === 'renderer').map((info) => info.id);
}

/**
 * Opens a page in a new browser context. `verify()`, called once the page has navigated, throws
 * unless a renderer process started after the context was created (browser contexts never share
 * renderers, so the page runs in one of those) and returns the new pids. It also throws while
 * Chrome's own WebUI runs beside the page (see `chromeArgs`): that is not what a reader's tab pays.
 */
export async function openFreshPage(browser) {
  const session = await browser.target().createCDPSession();
  const before = new Set(await rendererPids(session));
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  page.on('pageerror', (error) => console.error('page error:', error.message));
  return {
    context,
    page,
    async verify() {
      const fresh = (await rendererPids(session)).filter((pid) => !before.has(pid));
      if (fresh.length === 0) throw new Error('cold run: no new renderer process started for the fresh browser context');
      const chromeUi = browserUiTargets(browser);
      if (chromeUi.length > 0) throw new Error(`cold run: Chrome's own WebUI is running beside the measured page (${chromeUi.join(', ')}); turn it off in chromeArgs (scripts/chrome-path.mjs)`);
      return fresh;
    },
    async close() {
      await context.close();
      await session.detach();
    },
  };
}

/**
 * Loads the cold page in a fresh context and puts an element with `count` events on it, ready for
 * `cold.run()`: the cold first frame, from inserting the production script (`bundleUrl`).
 */
export async function openColdPage(browser, origin, count, bundleUrl = `${origin}/dist/attack-timeline.js`, classic = false) {
  const fresh = await openFreshPage(browser);
  await fresh.page.goto(`${origin}/bench/cold.html`);
  await fresh.page.waitForFunction('window.coldReady === true');
  const pids = await fresh.verify();
  await fresh.page.evaluate((n) => window.cold.prepare(n), count);
  return {
    ...fresh,
    pids,
    run: () => fresh.page.evaluate((url, isClassic) => window.cold.firstFrame(url, isClassic), bundleUrl, classic),
    drawn: () => fresh.page.evaluate(() => window.cold.drawn()),
  };
}

/** The renderer's CPU counters (DevTools Performance domain, thread time), in ms. */
async function cpuCounters(client) {
  const { metrics } = await client.send('Performance.getMetrics');
  const value = (name) => (metrics.find((m) => m.name === name)?.value ?? 0) * 1000;
  return { mainThread: value('ThreadTime'), process: value('ProcessTime') };
}

/**
 * One cold first frame of `count` events: insert the production script, wait for the frame after
 * the marks (`bundleUrl`: another build than dist/'s, e.g. for bench/compare.mjs; `classic`: not a
 * module, e.g. a peer's UMD build for bench/peers.mjs). Besides the wall time, the CPU time the renderer spent meanwhile (main thread, and
 * the whole process: off-thread parsing, raster), which other jobs on a shared machine do not inflate.
 */
export async function coldFirstFrame(browser, origin, count, bundleUrl = undefined, classic = false) {
  const cold = await openColdPage(browser, origin, count, bundleUrl, classic);
  try {
    const client = await cold.page.createCDPSession();
    await client.send('Performance.enable', { timeDomain: 'threadTicks' });
    const before = await cpuCounters(client);
    const timings = await cold.run();
    const after = await cpuCounters(client);
    const result = { ...timings, drawn: await cold.drawn() };
    if (!(result.drawn > 0)) throw new Error(`cold run at ${count} events drew nothing`);
    return { ...result, mainThreadCpuMs: after.mainThread - before.mainThread, processCpuMs: after.process - before.process, rendererPids: cold.pids };
  } finally {
    await cold.close();
  }
}

/**
 * The production script on a page with no element, measured as `coldFirstFrame` measures the
 * embed: the cost of fetching, compiling and running the code before any element draws.
 */
export async function coldScriptAlone(browser, origin, bundleUrl = `${origin}/dist/attack-timeline.js`) {
  const fresh = await openFreshPage(browser);
  try {
    await fresh.page.goto(`${origin}/bench/cold.html`);
    await fresh.page.waitForFunction('window.coldReady === true');
    const rendererPids = await fresh.verify();
    const client = await fresh.page.createCDPSession();
    await client.send('Performance.enable', { timeDomain: 'threadTicks' });
    const before = await cpuCounters(client);
    const result = await fresh.page.evaluate((url) => window.cold.scriptAlone(url), bundleUrl);
    const after = await cpuCounters(client);
    return { ...result, mainThreadCpuMs: after.mainThread - before.mainThread, processCpuMs: after.process - before.process, rendererPids };
  } finally {
    await fresh.close();
  }
}

/**
 * Medians over `runs` cold first frames per size, each run followed by one of each reference
 * (`references`: paths from `buildReferences` in bench/reference-builds.mjs): the plain-canvas
 * floor, the data check alone, the floor with the check in front, and the script alone (no
 * element), so all five meet the same machine load.
 */
export async function coldFirstFrames(browser, origin, sizes, runs, references, log = () => {}) {
  const results = [];
  const summary = (samples) => {
    const pick = (f) => samples.map(f);
    return {
      firstFrameMs: { median: median(pick((s) => s.firstFrameMs)), range: range(pick((s) => s.firstFrameMs)) },
      scriptMs: { median: median(pick((s) => s.scriptMs)) },
      mainThreadCpuMs: { median: median(pick((s) => s.mainThreadCpuMs)) },
      processCpuMs: { median: median(pick((s) => s.processCpuMs)) },
    };
  };
  for (const size of sizes) {
    const samples = [];
    const floors = [];
    const checkAlones = [];
    const checkedFloors = [];
    const litFloors = [];
    const alone = [];
    for (let run = 0; run < runs; run++) {
      const sample = await coldFirstFrame(browser, origin, size);
      samples.push(sample);
      const floor = await coldFirstFrame(browser, origin, size, `${origin}${references.floor}`);
      floors.push(floor);
      const checkAlone = await coldFirstFrame(browser, origin, size, `${origin}${references.checkAlone}`);
      checkAlones.push(checkAlone);
      const checkedFloor = await coldFirstFrame(browser, origin, size, `${origin}${references.checkedFloor}`);
      checkedFloors.push(checkedFloor);
      const litFloor = await coldFirstFrame(browser, origin, size, `${origin}${references.litFloor}`);
      litFloors.push(litFloor);
      const script = await coldScriptAlone(browser, origin);
      alone.push(script);
      log(`${size} events, cold run ${run + 1}: first frame ${sample.firstFrameMs.toFixed(0)} ms (script loaded and run ${sample.scriptMs.toFixed(0)} ms; CPU: main thread ${sample.mainThreadCpuMs.toFixed(0)} ms, renderer ${sample.processCpuMs.toFixed(0)} ms; new renderer pids ${sample.rendererPids.join(', ')}); plain-canvas floor ${floor.firstFrameMs.toFixed(0)} ms (main thread ${floor.mainThreadCpuMs.toFixed(0)} ms); data check alone ${checkAlone.firstFrameMs.toFixed(0)} ms (main thread ${checkAlone.mainThreadCpuMs.toFixed(0)} ms); floor after the check ${checkedFloor.firstFrameMs.toFixed(0)} ms (main thread ${checkedFloor.mainThreadCpuMs.toFixed(0)} ms), as a Lit element ${litFloor.firstFrameMs.toFixed(0)} ms (main thread ${litFloor.mainThreadCpuMs.toFixed(0)} ms); script alone ${script.firstFrameMs.toFixed(0)} ms (main thread ${script.mainThreadCpuMs.toFixed(0)} ms)`);
    }
    results.push({ events: size, runs: samples.length, ...summary(samples), floor: summary(floors), checkAlone: summary(checkAlones), checkedFloor: summary(checkedFloors), litFloor: summary(litFloors), scriptAlone: summary(alone) });
  }
  return results;
}

/** One reader's first zoom (see `coldFirstZooms`) of `count` events: the frame statistics of its 60 steps. */
export async function coldFirstZoom(browser, origin, count, restMs, bundleUrl = undefined) {
  const cold = await openColdPage(browser, origin, count, bundleUrl);
  try {
    await cold.run();
    return await cold.page.evaluate((ms) => window.cold.firstZoom(ms), restMs);
  } finally {
    await cold.close();
  }
}

/**
 * The reader's first zoom, `runs` times per size: each run a fresh browser context, the cold first
 * frame, a rest of `restMs`, then the zoom bench's 60 `zoomTo` steps (bench/zoom-steps.mjs). The
 * warm page's zoom runs on code that earlier elements compiled (and, with other data, deoptimised);
 * a reader's page has one element, whose first zoom compiles it and fills its canvas's first bitmaps.
 */
export async function coldFirstZooms(browser, origin, sizes, runs, restMs, log = () => {}) {
  const results = [];
  for (const size of sizes) {
    const samples = [];
    for (let run = 0; run < runs; run++) {
      const stats = await coldFirstZoom(browser, origin, size, restMs);
      samples.push(stats);
      log(`${size} events, reader's first zoom ${run + 1}: ${(stats.droppedShare * 100).toFixed(1)} % of frames dropped (median ${stats.medianMs.toFixed(0)} ms, p95 ${stats.p95Ms.toFixed(0)} ms)`);
    }
    const med = (f) => median(samples.map(f));
    results.push({ events: size, runs, restMs, medianMs: med((s) => s.medianMs), p95Ms: med((s) => s.p95Ms), droppedShare: med((s) => s.droppedShare), droppedRange: range(samples.map((s) => s.droppedShare)) });
  }
  return results;
}

/** How long after the first marks the article's layout shifts are still counted (the controls arrive meanwhile). */
const AFTER_MARKS_SHIFT_MS = 1500;

/**
 * Installed before any of the article's scripts: `window.__layoutShift` sums the page's layout
 * shifts not caused by input (a cumulative layout shift of the page's load, as Core Web Vitals
 * counts it while it is short).
 */
function layoutShiftProbe() {
  window.__layoutShift = 0;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.__layoutShift += entry.value;
  }).observe({ type: 'layout-shift', buffered: true });
}

/**
 * Installed before any of the article's scripts: resolves `window.__firstMarks` with the time since
 * navigation start of the frame after the element first draws marks, plus resource timings. As on
 * the cold page (bench/cold-page.mjs), the marks are seen by the paint that sizes the chart's
 * canvas, not by reading `view.visibleIds`, which makes the element build its view object inside
 * the measured window; the drawn events are counted once the window has closed.
 */
function firstMarksProbe() {
  window.__firstMarks = new Promise((resolve) => {
    const tick = () => {
      const element = document.querySelector('attack-timeline');
      const canvas = element?.shadowRoot?.querySelector('at-chart')?.shadowRoot?.querySelector('canvas');
      if ((canvas?.style.height ?? '') === '') {
        requestAnimationFrame(tick);
        return;
      }
      const marksSeenMs = performance.now();
      requestAnimationFrame(() => {
        const end = performance.now();
        const resource = (part) => performance.getEntriesByType('resource').find((entry) => entry.name.includes(part));
        const bundle = resource('/attack-timeline.js');
        const story = resource('attack-timeline-default-dataset');
        resolve({
          firstMarksMs: end,
          marksSeenMs,
          domContentLoadedMs: performance.getEntriesByType('navigation')[0]?.domContentLoadedEventEnd ?? null,
          bundleLoadedMs: bundle?.responseEnd ?? null,
          storyRequestedMs: story?.startTime ?? null,
          storyLoadedMs: story?.responseEnd ?? null,
        });
      });
    };
    requestAnimationFrame(tick);
  });
}

/** Navigation start to the frame after the first marks, for the bundled story in an article page. */
export async function articleFirstMarks(browser, origin, runs, log = () => {}) {
  const samples = [];
  for (let run = 0; run < runs; run++) {
    const fresh = await openFreshPage(browser);
    try {
      await fresh.page.evaluateOnNewDocument(firstMarksProbe);
      await fresh.page.evaluateOnNewDocument(layoutShiftProbe);
      const client = await fresh.page.createCDPSession();
      await client.send('Performance.enable', { timeDomain: 'threadTicks' });
      const before = await cpuCounters(client);
      await fresh.page.goto(`${origin}/bench/article.html`);
      const sample = await fresh.page.evaluate(() => window.__firstMarks);
      const after = await cpuCounters(client);
      sample.drawn = await fresh.page.evaluate(() => document.querySelector('attack-timeline').view.visibleIds.length);
      // What moved on the page, counted once the controls that follow the first frame are in.
      await new Promise((resolve) => setTimeout(resolve, AFTER_MARKS_SHIFT_MS));
      sample.layoutShift = await fresh.page.evaluate(() => window.__layoutShift);
      // The article navigates within the page's renderer or to a new one; in the latter case the
      // counters start from zero there, and `before` (about:blank's) must not be subtracted.
      sample.mainThreadCpuMs = after.mainThread - (after.mainThread >= before.mainThread ? before.mainThread : 0);
      sample.rendererPids = await fresh.verify();
      samples.push(sample);
      log(`article, cold run ${run + 1}: first marks ${sample.firstMarksMs.toFixed(0)} ms after navigation start, main thread CPU ${sample.mainThreadCpuMs.toFixed(0)} ms, layout shift ${sample.layoutShift.toFixed(3)} (story chunk requested at ${sample.storyRequestedMs?.toFixed(0)} ms, loaded ${sample.storyLoadedMs?.toFixed(0)} ms)`);
    } finally {
      await fresh.close();
    }
  }
  const pick = (f) => samples.map(f);
  const med = (f) => median(pick(f));
  return {
    runs: samples.length,
    drawn: samples[0]?.drawn ?? 0,
    firstMarksMs: { median: med((s) => s.firstMarksMs), range: range(pick((s) => s.firstMarksMs)) },
    mainThreadCpuMs: med((s) => s.mainThreadCpuMs),
    domContentLoadedMs: med((s) => s.domContentLoadedMs ?? NaN),
    bundleLoadedMs: med((s) => s.bundleLoadedMs ?? NaN),
    storyRequestedMs: med((s) => s.storyRequestedMs ?? NaN),
    storyLoadedMs: med((s) => s.storyLoadedMs ?? NaN),
    layoutShift: { median: med((s) => s.layoutShift), range: range(pick((s) => s.layoutShift)) },
  };
}
