// `node bench/zoom-pause.mjs [sizes…]`: whether an element's zoomTo sessions stay smooth once it
// has zoomed, or pay again after the reader has paused. On the warm bench page (bench/index.html,
// the built embed bundle: run `npx vite build -c vite.embed.config.ts` first), per size and run:
// a new element, its first frame, then bench-page's 60 zoomTo steps seven times: three back to
// back, one after a 3 s pause, one straight after, one after a 10 s pause, one straight after.
// Prints the dropped-frame share of each session. A benchmark tool, not a test: compare within
// one run, the machine is shared.
import puppeteer from 'puppeteer-core';
import { serve } from './serve.mjs';
import { findChrome, chromeArgs } from '../scripts/chrome-path.mjs';

const SIZES = process.argv.slice(2).map(Number).filter((n) => n > 0);
const RUNS = Number(process.env.RUNS ?? 4);
const PAUSES_MS = [0, 0, 0, 3_000, 0, 10_000, 0];
const pct = (share) => `${(share * 100).toFixed(1)} %`;

const { server, origin } = await serve();
const browser = await puppeteer.launch({
  executablePath: findChrome(),
  args: [...chromeArgs, '--js-flags=--expose-gc', '--window-size=1280,720'],
  defaultViewport: { width: 1280, height: 720 },
});
try {
  const page = await browser.newPage();
  await page.goto(`${origin}/bench/index.html`);
  await page.waitForFunction('window.benchReady === true');
  console.log(`| events | run | ${PAUSES_MS.map((ms, i) => (ms ? `after ${ms / 1000} s` : i === 0 ? 'first' : 'straight after')).join(' | ')} |`);
  console.log(`|--:|--:|${PAUSES_MS.map(() => '--:').join('|')}|`);
  for (const size of SIZES.length > 0 ? SIZES : [10_000, 100_000]) {
    for (let run = 1; run <= RUNS; run++) {
      await page.evaluate((count) => window.bench.prepare(count), size);
      await page.evaluate(() => window.bench.firstFrame());
      const shares = [];
      for (const pauseMs of PAUSES_MS) {
        await new Promise((resolve) => setTimeout(resolve, pauseMs));
        shares.push((await page.evaluate(() => window.bench.zoomSteps())).droppedShare);
      }
      console.log(`| ${size.toLocaleString('en')} | ${run} | ${shares.map(pct).join(' | ')} |`);
    }
  }
} finally {
  await browser.close();
  server.close();
}
