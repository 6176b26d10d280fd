// The loop the layout probes share (bench/arrival-sweep.mjs, bench/late-change-sweep.mjs): build the
// embed bundle, serve the repository, and for each setting of the element's attributes and each
// page width measure one fresh case, printing it and, at the end, how many did not hold still.
import { join } from 'node:path';
import { build } from 'vite';
import puppeteer from 'puppeteer-core';
import { chromeArgs, findChrome } from '../scripts/chrome-path.mjs';
import { root, serve } from './serve.mjs';

/**
 * `measure(browser, origin, width, attributes)` gives `{ changes, shifts }` (parts that moved or
 * changed size, and the page's layout shifts meanwhile, as text) or `{ error }`; `verb` names what
 * a part did ("moved", "changed").
 */
export async function sweep({ settings, widths, measure, verb }) {
  await build({ logLevel: 'warn', root, configFile: join(root, 'vite.embed.config.ts') });
  const { server, origin } = await serve();
  const browser = await puppeteer.launch({ executablePath: findChrome(), args: chromeArgs, headless: true });
  let unsteady = 0;
  try {
    for (const attributes of settings) {
      for (const width of widths) {
        const result = await measure(browser, origin, width, attributes);
        const still = !result.error && result.changes.length === 0 && result.shifts.length === 0;
        if (!still) unsteady++;
        console.log(`${JSON.stringify(attributes)} at ${width} px: ${result.error ?? (still ? `nothing ${verb}` : `${verb}: ${result.changes.join('; ') || 'no part'}; layout shifts: ${result.shifts.join(', ') || 'none'}`)}`);
      }
    }
  } finally {
    await browser.close();
    server.close();
  }
  console.log(`${unsteady} of ${settings.length * widths.length} cases ${verb}`);
}
