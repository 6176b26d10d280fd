// `node bench/zoom-alloc.mjs [sizes…]`: how much an element allocates per zoomTo step, and where.
// On the warm bench page (bench/index.html, the built embed bundle: run
// `npx vite build -c vite.embed.config.ts` first), per size: a new element, its first frame, two
// zoomTo sessions to warm it, then a third under V8's sampling heap profiler, counting objects the
// garbage collector has already freed too. Garbage per frame is what fills the young generation:
// after the reader rests, V8 shrinks it, and the next session's frames then pay a scavenge every
// frame or two (see docs/performance.md, round twelve). Bytes are the profiler's estimate (one
// sample per 512 bytes on average), which varies by a few per cent between runs, not with load;
// the source lines come from the bundle's source map. A benchmark tool, not a test.
import puppeteer from 'puppeteer-core';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { serve, root } from './serve.mjs';
import { findChrome, chromeArgs } from '../scripts/chrome-path.mjs';
import { decodeLines, sourceLineAt } from './source-map.mjs';

const SIZES = process.argv.slice(2).map(Number).filter((n) => n > 0);
const TOP = Number(process.env.TOP ?? 12);
const STEPS = 60;

const maps = new Map();
/** "src/…:line" of a profile node's function, through dist's source maps. */
function where({ url, functionName, lineNumber, columnNumber }) {
  const file = url.split('/').pop();
  if (!file.endsWith('.js')) return functionName || '(native)';
  if (!maps.has(file)) {
    try {
      const map = JSON.parse(readFileSync(join(root, 'dist', `${file}.map`), 'utf8'));
      maps.set(file, { map, lines: decodeLines(map) });
    } catch {
      maps.set(file, null);
    }
  }
  const entry = maps.get(file);
  return (entry && sourceLineAt(entry.map, entry.lines, lineNumber, columnNumber)) ?? `${file}:${lineNumber + 1}`;
}

const { server, origin } = await serve();
const browser = await puppeteer.launch({
  executablePath: findChrome(),
  args: [...chromeArgs, '--window-size=1280,720'],
  defaultViewport: { width: 1280, height: 720 },
});
try {
  const page = await browser.newPage();
  await page.goto(`${origin}/bench/index.html`);
  await page.waitForFunction('window.benchReady === true');
  const cdp = await page.createCDPSession();
  await cdp.send('HeapProfiler.enable');
  for (const size of SIZES.length > 0 ? SIZES : [10_000, 100_000]) {
    await page.evaluate((count) => window.bench.prepare(count), size);
    await page.evaluate(() => window.bench.firstFrame());
    await page.evaluate(() => window.bench.zoomSteps());
    await page.evaluate(() => window.bench.zoomSteps());
    await cdp.send('HeapProfiler.startSampling', { samplingInterval: 512, includeObjectsCollectedByMajorGC: true, includeObjectsCollectedByMinorGC: true });
    await page.evaluate(() => window.bench.zoomSteps());
    const { profile } = await cdp.send('HeapProfiler.stopSampling');
    const bySource = new Map();
    let total = 0;
    // A builtin (an array's push growing its store, a sort's scratch) is counted at its caller.
    const walk = (node, caller) => {
      const here = node.callFrame.url ? where(node.callFrame) : caller;
      if (node.selfSize > 0) {
        const key = node.callFrame.url || !caller ? where(node.callFrame) : `${caller} (${node.callFrame.functionName})`;
        bySource.set(key, (bySource.get(key) ?? 0) + node.selfSize);
        total += node.selfSize;
      }
      for (const child of node.children) walk(child, here);
    };
    walk(profile.head, undefined);
    const kib = (bytes) => (bytes / 1024).toFixed(0);
    console.log(`\n${size.toLocaleString('en')} events: ${kib(total / STEPS)} KiB allocated per zoomTo step (${kib(total)} KiB over ${STEPS} steps). Largest, KiB per step:`);
    for (const [key, bytes] of [...bySource].sort((a, b) => b[1] - a[1]).slice(0, TOP)) console.log(`  ${kib(bytes / STEPS).padStart(5)}  ${key}`);
  }
} finally {
  await browser.close();
  server.close();
}
