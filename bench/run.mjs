// `npm run bench`: builds the embed bundle, serves it on 127.0.0.1, drives Debian's Chromium over
// generated datasets and writes bench/results/latest.json and latest.md: warm figures (one page
// reused: first frame, zoom frames, heap, DOM) and cold ones (a fresh browser context per run: the
// first frame from inserting the script, the reader's first zoom after a rest, and an article page
// from navigation to first marks; see
// bench/cold.mjs). A benchmark, not a test: it asserts nothing; compare numbers from one run as
// ratios, since machines are shared and noisy. `node bench/trace.mjs` says where cold time goes.
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync, brotliCompressSync, constants as zlib } from 'node:zlib';
import { build } from 'vite';
import puppeteer from 'puppeteer-core';
import { chromeArgs, findChrome } from '../scripts/chrome-path.mjs';
import { root, serve } from './serve.mjs';
import { articleFirstMarks, coldFirstFrames, coldFirstZooms } from './cold.mjs';
import { tracedFrameWork } from './frame-work.mjs';
import { buildReferences } from './reference-builds.mjs';

const SIZES = [100, 1_000, 10_000, 100_000];
/** Warm runs reuse one page; cold runs each get a fresh browser context (bench/cold.mjs). */
const RUNS = { 100: 5, 1_000: 5, 10_000: 5, 100_000: 3 };
const COLD_RUNS = 5;
const ARTICLE_RUNS = 5;
/** How long the reader's page rests after the first frame before the first zoom (see `coldFirstZooms`). */
const READER_REST_MS = 1500;

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const range = (values) => [Math.min(...values), Math.max(...values)];

/** The embed entry and every chunk it imports statically (the lazily loaded default story aside). */
async function embedFiles(entry = 'attack-timeline.js', seen = new Set()) {
  if (seen.has(entry)) return seen;
  seen.add(entry);
  const code = await readFile(join(root, 'dist', entry), 'utf8');
  const imports = [...code.matchAll(/(?:^|[;\s}])(?:import|export)\s*(?:[\w*{}\s,$]+from\s*)?["']\.\/([^"']+\.js)["']/g)].map((m) => m[1]);
  for (const file of imports) await embedFiles(file, seen);
  return seen;
}

async function bundleSizes() {
  const files = [...(await embedFiles())];
  const code = Buffer.concat(await Promise.all(files.map((name) => readFile(join(root, 'dist', name)))));
  const dataset = (await readdir(join(root, 'dist'))).find((name) => name.startsWith('attack-timeline-default-dataset') && name.endsWith('.js'));
  const datasetCode = dataset ? await readFile(join(root, 'dist', dataset)) : Buffer.alloc(0);
  return {
    files,
    minifiedBytes: code.length,
    gzipBytes: gzipSync(code, { level: 9 }).length,
    brotliBytes: brotliCompressSync(code, { params: { [zlib.BROTLI_PARAM_QUALITY]: 11 } }).length,
    defaultDatasetGzipBytes: gzipSync(datasetCode, { level: 9 }).length,
  };
}

async function main() {
  // The same two builds as `npm run build`: the library, then the one-file embed beside it.
  await build({ logLevel: 'warn', root, configFile: join(root, 'vite.config.ts') });
  await build({ logLevel: 'warn', root, configFile: join(root, 'vite.embed.config.ts') });
  const bundle = await bundleSizes();
  const references = await buildReferences();
  const { server, origin } = await serve();
  const browser = await puppeteer.launch({
    executablePath: findChrome(),
    args: [...chromeArgs, '--js-flags=--expose-gc', '--enable-precise-memory-info', '--window-size=1280,720'],
    defaultViewport: { width: 1280, height: 720 },
  });
  const results = [];
  let cold;
  let article;
  let firstZoom;
  try {
    const page = await browser.newPage();
    page.on('pageerror', (error) => console.error('page error:', error.message));
    await page.goto(`${origin}/bench/index.html`);
    await page.waitForFunction('window.benchReady === true');
    for (const size of SIZES) {
      const runs = [];
      for (let run = 0; run < RUNS[size]; run++) {
        await page.evaluate((count) => window.bench.prepare(count), size);
        const first = await page.evaluate(() => window.bench.firstFrame());
        const zoom = await page.evaluate(() => window.bench.zoomSteps());
        // The same steps again under a trace: the main thread's CPU per frame, firmer than dropped frames under load.
        const { mainCpuMs } = await tracedFrameWork(page, () => page.evaluate(() => window.bench.zoomSteps()));
        // And a third time, untraced: the first session above pays what only a new element's first
        // zoom does (its canvas's first bitmaps, the slice shrinking to the moving sliver).
        const zoomAgain = await page.evaluate(() => window.bench.zoomSteps());
        const wheel = await page.evaluate(() => window.bench.wheelNotches());
        const heapBytes = await page.evaluate(() => window.bench.retainedHeap());
        runs.push({ ...first, zoom, zoomAgain, zoomWork: mainCpuMs, wheel, heapBytes });
        process.stdout.write(`${size} events, run ${run + 1}: first frame ${first.firstFrameMs.toFixed(0)} ms\n`);
      }
      const pick = (f) => runs.map(f);
      results.push({
        events: size,
        runs: runs.length,
        firstFrameMs: { median: median(pick((r) => r.firstFrameMs)), range: range(pick((r) => r.firstFrameMs)) },
        zoomFrameMs: { median: median(pick((r) => r.zoom.medianMs)), p95: median(pick((r) => r.zoom.p95Ms)), droppedShare: median(pick((r) => r.zoom.droppedShare)) },
        zoomAgainDroppedShare: median(pick((r) => r.zoomAgain.droppedShare)),
        zoomFrameCpuMs: { median: median(pick((r) => r.zoomWork.median)), p95: median(pick((r) => r.zoomWork.p95)) },
        wheelFrameMs: { median: median(pick((r) => r.wheel.medianMs)), p95: median(pick((r) => r.wheel.p95Ms)), droppedShare: median(pick((r) => r.wheel.droppedShare)) },
        heapBytesPerEvent: median(pick((r) => r.heapBytes / size)),
        domElements: median(pick((r) => r.domElements)),
      });
    }
    await page.close();
    const log = (line) => process.stdout.write(`${line}\n`);
    cold = await coldFirstFrames(browser, origin, SIZES, COLD_RUNS, references, log);
    article = await articleFirstMarks(browser, origin, ARTICLE_RUNS, log);
    firstZoom = await coldFirstZooms(browser, origin, SIZES, COLD_RUNS, READER_REST_MS, log);
  } finally {
    await browser.close();
    server.close();
  }
  const report = { date: new Date().toISOString(), chromium: findChrome(), viewport: '1280x720', bundle, results, cold, article, firstZoom };
  await writeFile(join(root, 'bench/results/latest.json'), `${JSON.stringify(report, null, 2)}\n`);
  const markdown = toMarkdown(report);
  await writeFile(join(root, 'bench/results/latest.md'), markdown);
  console.log(`\n${markdown}`);
}

function toMarkdown({ date, bundle, results, cold, article, firstZoom }) {
  const ms = (value) => value.toFixed(value < 10 ? 1 : 0);
  const pct = (value) => `${(value * 100).toFixed(1)} %`;
  const warmOf = (events) => results.find((r) => r.events === events)?.firstFrameMs.median;
  const lines = [
    `Benchmark of ${date.slice(0, 10)}, headless Chromium, 1280×720, GPU off; medians over the runs (first frame: median, min–max).`,
    '',
    `First frame, cold and warm. Cold: each of ${cold[0]?.runs ?? 0} runs in a fresh browser context (a new renderer: nothing compiled, styled or font-matched yet), from inserting the production script next to an element holding the data to the frame after the marks are drawn. Warm: the same element created again in a page that has run it before, from assigning the data.`,
    '',
    '| events | cold first frame ms | of which until the script has loaded and run | cold, CPU ms: main thread / whole renderer | plain-canvas floor, cold ms (main-thread CPU) | data check alone, no drawing, cold ms (main-thread CPU) | floor after the data check, cold ms (main-thread CPU) | the same as a Lit element, cold ms (main-thread CPU) | script alone, no element, cold ms (main-thread CPU) | cold / floor | warm first frame ms | cold / warm |',
    '| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...cold.map((c) => `| ${c.events.toLocaleString('en')} | ${ms(c.firstFrameMs.median)} (${ms(c.firstFrameMs.range[0])}–${ms(c.firstFrameMs.range[1])}) | ${ms(c.scriptMs.median)} | ${ms(c.mainThreadCpuMs.median)} / ${ms(c.processCpuMs.median)} | ${ms(c.floor.firstFrameMs.median)} (${ms(c.floor.mainThreadCpuMs.median)}) | ${ms(c.checkAlone.firstFrameMs.median)} (${ms(c.checkAlone.mainThreadCpuMs.median)}) | ${ms(c.checkedFloor.firstFrameMs.median)} (${ms(c.checkedFloor.mainThreadCpuMs.median)}) | ${ms(c.litFloor.firstFrameMs.median)} (${ms(c.litFloor.mainThreadCpuMs.median)}) | ${ms(c.scriptAlone.firstFrameMs.median)} (${ms(c.scriptAlone.mainThreadCpuMs.median)}) | ${(c.firstFrameMs.median / c.floor.firstFrameMs.median).toFixed(1)} | ${ms(warmOf(c.events))} | ${(c.firstFrameMs.median / warmOf(c.events)).toFixed(1)} |`),
    '',
    'Plain-canvas floor: bench/floor-canvas.js, bundled into one file, in place of the embed, measured the same way in the same run (each cold run of the embed followed by one of it): a bare custom element that sorts the events, packs them in rows and paints a bar and a title for each on the first screen, with no validation, text fitting, controls or accessibility. It is what any page pays on this machine to fetch a script, run it and show a canvas.',
    '',
    'Data check alone: bench/check-alone.js in place of the embed, measured the same way in the same run: a bare element that runs this element\'s own check of a `data` property (`prepareDataset` from src/shell: every record, field, date and reference, issues named), bundled into one file, and draws nothing. This element checks all the data before drawing any of it, so its cold first frame costs at least this plus drawing (the floor minus the script alone is a bare drawing\'s share).',
    '',
    'Floor after the data check: bench/checked-floor.js in place of the embed, measured the same way in the same run: the same check, then the floor\'s drawing of the checked events from the dates the check parsed. It bounds the cold budgets for any element that must check all its data before drawing it, as this one must.',
    '',
    'The same as a Lit element: bench/lit-floor.js, bundled with Lit into one file, measured the same way in the same run: a LitElement with a shadow root, a stylesheet and one template, which runs the same check and draws as the floor does into its shadow root. What any element built on Lit, as this one is by design, pays before it draws anything of its own (axis, rows, fitted titles, the focusable layer, the key).',
    '',
    'Script alone: the same production script inserted into the same page with no `<attack-timeline>` on it, measured the same way in the same run (to the second frame after it has loaded and run): what the code costs before any element draws. The cold first frame minus it is the element\'s own work.',
    '',
    'CPU ms: thread time the renderer spent during the cold run (DevTools Performance metrics), which other jobs on a shared machine do not inflate as they do wall time; the whole renderer adds off-thread script parsing and raster.',
    '',
    `Article page (bench/article.html: the production script in the head, one element with no \`src\`, so the bundled story comes as the lazy chunk; ${article.drawn} events drawn in its opening view), fresh browser context, ${article.runs} runs: navigation start to the frame after the first marks ${ms(article.firstMarksMs.median)} ms (${ms(article.firstMarksMs.range[0])}–${ms(article.firstMarksMs.range[1])}), main-thread CPU ${ms(article.mainThreadCpuMs)} ms; script downloaded at ${ms(article.bundleLoadedMs)} ms, DOMContentLoaded ${ms(article.domContentLoadedMs)} ms, story chunk requested at ${ms(article.storyRequestedMs)} ms and loaded at ${ms(article.storyLoadedMs)} ms (medians). Layout shift of the page (sum of its layout-shift scores, not after input, until 1.5 s after the first marks): ${article.layoutShift.median.toFixed(3)} (${article.layoutShift.range[0].toFixed(3)}–${article.layoutShift.range[1].toFixed(3)}).`,
    '',
    `The reader's first zoom, cold: each of ${firstZoom[0]?.runs ?? 0} runs in a fresh browser context, the cold first frame as above, a rest of ${READER_REST_MS / 1000} s (the page settled: zoom code and controls arrived, the still slice painted), then the 60 \`zoomTo\` steps of the warm zoom bench below, one a frame, on the page's one element, whose zoom code has never run.`,
    '',
    '| events | reader\'s first zoom: zoomTo frames median / p95 ms | dropped, median (min–max of the runs) |',
    '| ---: | ---: | ---: |',
    ...firstZoom.map((z) => `| ${z.events.toLocaleString('en')} | ${ms(z.medianMs)} / ${ms(z.p95Ms)} | ${pct(z.droppedShare)} (${pct(z.droppedRange[0])}–${pct(z.droppedRange[1])}) |`),
    '',
    `Warm: zoom, memory and DOM, one page reused for every run. zoomTo frames: 60 steps, one a frame, straight after the element's first frame (on code earlier elements of the page have run). zoomTo main-thread CPU: the thread time of the main thread's tasks in each frame of the same 60 steps run again under a trace (bench/frame-work.mjs); a 60 Hz frame has 16.7 ms. Once warm: the steps a third time, untraced.`,
    '',
    '| events | warm first frame ms | zoomTo frames: median / p95 ms, dropped | zoomTo dropped once warm | zoomTo main-thread CPU per frame: median / p95 ms | Ctrl+wheel frames: median / p95 ms, dropped | heap bytes / event | DOM elements |',
    '| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...results.map((r) => `| ${r.events.toLocaleString('en')} | ${ms(r.firstFrameMs.median)} (${ms(r.firstFrameMs.range[0])}–${ms(r.firstFrameMs.range[1])}) | ${ms(r.zoomFrameMs.median)} / ${ms(r.zoomFrameMs.p95)}, ${pct(r.zoomFrameMs.droppedShare)} | ${pct(r.zoomAgainDroppedShare)} | ${ms(r.zoomFrameCpuMs.median)} / ${ms(r.zoomFrameCpuMs.p95)} | ${ms(r.wheelFrameMs.median)} / ${ms(r.wheelFrameMs.p95)}, ${pct(r.wheelFrameMs.droppedShare)} | ${Math.round(r.heapBytesPerEvent)} | ${r.domElements} |`),
    '',
    `Embed bundle (${bundle.files.join(', ')}): ${(bundle.minifiedBytes / 1024).toFixed(1)} KiB minified, ${(bundle.gzipBytes / 1024).toFixed(1)} KiB gzip, ${(bundle.brotliBytes / 1024).toFixed(1)} KiB brotli; the default story, loaded only when no data is given, adds ${(bundle.defaultDatasetGzipBytes / 1024).toFixed(1)} KiB gzip.`,
    '',
  ];
  return lines.join('\n');
}

await main();
