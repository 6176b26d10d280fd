// `npm run bench`: builds the embed bundle, serves it on 127.0.0.1, drives Debian's Chromium over
// generated datasets and writes bench/results/latest.json and latest.md. A benchmark, not a test:
// it asserts nothing; compare numbers from one run as ratios, since machines are shared and noisy.
import { createServer } from 'node:http';
import { readFile, readdir, stat, writeFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync, brotliCompressSync, constants as zlib } from 'node:zlib';
import { build } from 'vite';
import puppeteer from 'puppeteer-core';
import { chromeArgs, findChrome } from '../scripts/chrome-path.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const SIZES = [100, 1_000, 10_000, 100_000];
const RUNS = { 100: 5, 1_000: 5, 10_000: 5, 100_000: 3 };
const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.mjs': 'text/javascript', '.json': 'application/json', '.map': 'application/json' };

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

function serve() {
  const server = createServer(async (request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url, 'http://x').pathname)).replace(/^\/+/, '');
    const file = join(root, path);
    if (!file.startsWith(root) || !(await stat(file).catch(() => null))?.isFile()) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    response.end(await readFile(file));
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

async function main() {
  // The same two builds as `npm run build`: the library, then the one-file embed beside it.
  await build({ logLevel: 'warn', root, configFile: join(root, 'vite.config.ts') });
  await build({ logLevel: 'warn', root, configFile: join(root, 'vite.embed.config.ts') });
  const bundle = await bundleSizes();
  const server = await serve();
  const { port } = server.address();
  const browser = await puppeteer.launch({
    executablePath: findChrome(),
    args: [...chromeArgs, '--js-flags=--expose-gc', '--enable-precise-memory-info', '--window-size=1280,720'],
    defaultViewport: { width: 1280, height: 720 },
  });
  const results = [];
  try {
    const page = await browser.newPage();
    page.on('pageerror', (error) => console.error('page error:', error.message));
    await page.goto(`http://127.0.0.1:${port}/bench/index.html`);
    await page.waitForFunction('window.benchReady === true');
    for (const size of SIZES) {
      const runs = [];
      for (let run = 0; run < RUNS[size]; run++) {
        await page.evaluate((count) => window.bench.prepare(count), size);
        const first = await page.evaluate(() => window.bench.firstFrame());
        const zoom = await page.evaluate(() => window.bench.zoomSteps());
        const wheel = await page.evaluate(() => window.bench.wheelNotches());
        const heapBytes = await page.evaluate(() => window.bench.retainedHeap());
        runs.push({ ...first, zoom, wheel, heapBytes });
        process.stdout.write(`${size} events, run ${run + 1}: first frame ${first.firstFrameMs.toFixed(0)} ms\n`);
      }
      const pick = (f) => runs.map(f);
      results.push({
        events: size,
        runs: runs.length,
        firstFrameMs: { median: median(pick((r) => r.firstFrameMs)), range: range(pick((r) => r.firstFrameMs)) },
        zoomFrameMs: { median: median(pick((r) => r.zoom.medianMs)), p95: median(pick((r) => r.zoom.p95Ms)), droppedShare: median(pick((r) => r.zoom.droppedShare)) },
        wheelFrameMs: { median: median(pick((r) => r.wheel.medianMs)), p95: median(pick((r) => r.wheel.p95Ms)), droppedShare: median(pick((r) => r.wheel.droppedShare)) },
        heapBytesPerEvent: median(pick((r) => r.heapBytes / size)),
        domElements: median(pick((r) => r.domElements)),
      });
    }
  } finally {
    await browser.close();
    server.close();
  }
  const report = { date: new Date().toISOString(), chromium: findChrome(), viewport: '1280x720', bundle, results };
  await writeFile(join(root, 'bench/results/latest.json'), `${JSON.stringify(report, null, 2)}\n`);
  const markdown = toMarkdown(report);
  await writeFile(join(root, 'bench/results/latest.md'), markdown);
  console.log(`\n${markdown}`);
}

function toMarkdown({ date, bundle, results }) {
  const ms = (value) => value.toFixed(value < 10 ? 1 : 0);
  const pct = (value) => `${(value * 100).toFixed(1)} %`;
  const lines = [
    `Benchmark of ${date.slice(0, 10)}, headless Chromium, 1280×720; medians over the runs (first frame: median, min–max).`,
    '',
    '| events | first frame ms | zoomTo frames: median / p95 ms, dropped | Ctrl+wheel frames: median / p95 ms, dropped | heap bytes / event | DOM elements |',
    '| ---: | ---: | ---: | ---: | ---: | ---: |',
    ...results.map((r) => `| ${r.events.toLocaleString('en')} | ${ms(r.firstFrameMs.median)} (${ms(r.firstFrameMs.range[0])}–${ms(r.firstFrameMs.range[1])}) | ${ms(r.zoomFrameMs.median)} / ${ms(r.zoomFrameMs.p95)}, ${pct(r.zoomFrameMs.droppedShare)} | ${ms(r.wheelFrameMs.median)} / ${ms(r.wheelFrameMs.p95)}, ${pct(r.wheelFrameMs.droppedShare)} | ${Math.round(r.heapBytesPerEvent)} | ${r.domElements} |`),
    '',
    `Embed bundle (${bundle.files.join(', ')}): ${(bundle.minifiedBytes / 1024).toFixed(1)} KiB minified, ${(bundle.gzipBytes / 1024).toFixed(1)} KiB gzip, ${(bundle.brotliBytes / 1024).toFixed(1)} KiB brotli; the default story, loaded only when no data is given, adds ${(bundle.defaultDatasetGzipBytes / 1024).toFixed(1)} KiB gzip.`,
    '',
  ];
  return lines.join('\n');
}

await main();
