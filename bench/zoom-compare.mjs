// `node bench/zoom-compare.mjs [ref] [sizes…]`: the warm first frame and zoomTo steps of this working tree against a
// git ref (`main` by default), interleaved in one run, since a shared machine's load swings between
// runs. Builds the embed bundle of both (the ref from `git archive`, with this tree's node_modules),
// serves each beside this tree's bench page, and per size alternates the two for RUNS runs of
// the warm first frame (the element made a second time in the page) and bench-page's zoomSteps: dropped frames untraced, then the same steps traced for the main thread's
// CPU per frame (bench/frame-work.mjs). Then, in the same page, the zoom floor: the bars and
// titles each step painted, captured and repainted on a bare canvas one step per frame
// (bench-page's floorZoomSteps), dropped frames and traced the same way. Prints medians over the
// runs (the floor's over both variants' runs), and the ratio branch / ref.
import { cp, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import puppeteer from 'puppeteer-core';
import { chromeArgs, findChrome } from '../scripts/chrome-path.mjs';
import { root, serve } from './serve.mjs';
import { buildEmbed, checkOut } from './git-ref-build.mjs';
import { tracedFrameWork } from './frame-work.mjs';

const [ref = 'main', ...sizeArgs] = process.argv.slice(2);
const SIZES = sizeArgs.length > 0 ? sizeArgs.map(Number) : [10_000, 100_000];
const RUNS = Number(process.env.RUNS ?? 5);
// How long the element rests before each zoom session, ms (REST=1500: the reader's zoom, which
// meets an element that has settled, its secondary controls arrived and its still slice painted).
const REST = Number(process.env.REST ?? 0);
const rest = () => new Promise((resolve) => setTimeout(resolve, REST));
// The window's height (HEIGHT=900: the 10,000- and 100,000-event charts, about 1,650 px tall, are then under two screens).
const HEIGHT = Number(process.env.HEIGHT ?? 720);
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/** `work/ref` and `work/branch`, each a built dist/ with this tree's bench pages beside it. */
async function prepare(work) {
  await rm(work, { recursive: true, force: true });
  const source = join(work, 'src-ref');
  await checkOut(ref, source);
  for (const [name, sourceDir] of [['ref', source], ['branch', root]]) {
    await buildEmbed(sourceDir, join(work, name, 'dist'));
    await cp(join(root, 'bench'), join(work, name, 'bench'), { recursive: true, filter: (path) => !path.includes('/results') });
  }
}

async function oneRun(browser, origin, variant, size) {
  const page = await browser.newPage();
  try {
    page.on('pageerror', (error) => console.error(`${variant} page error:`, error.message));
    await page.goto(`${origin}/${variant}/bench/index.html`);
    await page.waitForFunction('window.benchReady === true');
    await page.evaluate((count) => window.bench.prepare(count), size);
    await page.evaluate(() => window.bench.firstFrame());
    // The element made again in a page that has run it: the warm first frame of bench/run.mjs.
    await page.evaluate((count) => window.bench.prepare(count), size);
    const warm = await page.evaluate(() => window.bench.firstFrame());
    await rest();
    const zoom = await page.evaluate(() => window.bench.zoomSteps());
    await rest();
    const traced = await tracedFrameWork(page, () => page.evaluate(() => window.bench.zoomSteps()));
    // The floor, in the same page right after: what this chart painted per step, repainted bare.
    await page.evaluate(async () => (window.captured = await window.bench.captureZoomSteps()));
    const floor = await page.evaluate(() => window.bench.floorZoomSteps(window.captured));
    const floorTraced = await tracedFrameWork(page, () => page.evaluate(() => window.bench.floorZoomSteps(window.captured)));
    const painted = await page.evaluate(() => ({ bars: window.captured.bars, titles: window.captured.titles, canvasPx: window.captured.canvasPx }));
    return {
      warmMs: warm.firstFrameMs, dropped: zoom.droppedShare, cpu: traced.mainCpuMs, wall: traced.mainWallMs, raster: traced.rasterCpuMs,
      floor: { dropped: floor.droppedShare, cpu: floorTraced.mainCpuMs, wall: floorTraced.mainWallMs, raster: floorTraced.rasterCpuMs, ...painted },
    };
  } finally {
    await page.close();
  }
}

const work = join(tmpdir(), `zoom-compare-${process.pid}`);
await prepare(work);
const { server, origin } = await serve({ ref: join(work, 'ref'), branch: join(work, 'branch') });
const browser = await puppeteer.launch({ executablePath: findChrome(), args: [...chromeArgs, `--window-size=1280,${HEIGHT}`], defaultViewport: { width: 1280, height: HEIGHT } });
try {
  for (const size of SIZES) {
    const runs = { ref: [], branch: [] };
    for (let run = 0; run < RUNS; run++) {
      for (const variant of run % 2 === 0 ? ['ref', 'branch'] : ['branch', 'ref']) runs[variant].push(await oneRun(browser, origin, variant, size));
    }
    const floorRuns = [...runs.ref, ...runs.branch].map((r) => ({ ...r.floor, warmMs: NaN }));
    const summary = (list) => ({
      warmMs: median(list.map((r) => r.warmMs)),
      dropped: median(list.map((r) => r.dropped)),
      cpuMedian: median(list.map((r) => r.cpu.median)), cpuP95: median(list.map((r) => r.cpu.p95)), cpuMean: median(list.map((r) => r.cpu.mean)),
      wallMedian: median(list.map((r) => r.wall.median)), wallP95: median(list.map((r) => r.wall.p95)),
      rasterMedian: median(list.map((r) => r.raster.median)), rasterP95: median(list.map((r) => r.raster.p95)),
    });
    const a = summary(runs.ref);
    const b = summary(runs.branch);
    const floor = summary(floorRuns);
    const paintedOf = (list) => `${median(list.map((r) => r.floor.bars)).toFixed(0)} bars, ${median(list.map((r) => r.floor.titles)).toFixed(0)} titles, canvas ${list[0].floor.canvasPx}`;
    const f = (v) => v.toFixed(1);
    console.log(`\n${size.toLocaleString('en')} events, ${RUNS} runs each, window 1280×${HEIGHT}, ${REST ? `${REST} ms rest before each session` : 'zooming straight after the first frame'}, interleaved (medians over runs):`);
    console.log('| | warm first frame ms | dropped | main CPU ms/frame median / p95 / mean | main task wall ms median / p95 | raster CPU ms median / p95 |');
    for (const [name, s] of [[ref, a], ['branch', b], ['floor (bare canvas)', floor]]) {
      console.log(`| ${name} | ${Number.isNaN(s.warmMs) ? '' : s.warmMs.toFixed(0)} | ${(s.dropped * 100).toFixed(1)} % | ${f(s.cpuMedian)} / ${f(s.cpuP95)} / ${f(s.cpuMean)} | ${f(s.wallMedian)} / ${f(s.wallP95)} | ${f(s.rasterMedian)} / ${f(s.rasterP95)} |`);
    }
    console.log(`Painted per frame (mean over the steps, median over runs): ${ref} ${paintedOf(runs.ref)}; branch ${paintedOf(runs.branch)}. The floor repaints each run's own steps, ${RUNS * 2} runs.`);
    console.log(`| branch / ${ref} | ${(b.warmMs / a.warmMs).toFixed(2)} | | ${(b.cpuMedian / a.cpuMedian).toFixed(2)} / ${(b.cpuP95 / a.cpuP95).toFixed(2)} / ${(b.cpuMean / a.cpuMean).toFixed(2)} | | |`);
  }
} finally {
  await browser.close();
  server.close();
  await rm(work, { recursive: true, force: true });
}
