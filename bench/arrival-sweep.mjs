// `node bench/arrival-sweep.mjs`: does anything the first frame drew move when the secondary
// controls arrive (attack-timeline-controls.js, fetched right after the first paint)? Builds the
// embed bundle, then for each page width and each setting (controls, filters set by the page,
// locale) opens a fresh page at that width and 900 px tall, holds the controls file back (request
// interception) until the first frame has drawn and settled, lets it through, and compares where
// the element's parts are before and after, with the page's layout-shift entries meanwhile. The
// browser tests check this at a few sizes (controls-arrival-*.test.ts); this sweeps many, in the
// production build. Widths and settings can be given: WIDTHS=700,1100 SETTINGS='[{"locale":"de"}]'.
// A probe, not a test: it prints each case and how many moved, and asserts nothing.
import { sweep } from './sweep.mjs';

const WIDTHS = (process.env.WIDTHS ?? '360,480,600,640,700,800,900,1000,1100,1280,1440,1920').split(',').map(Number);
const SETTINGS = JSON.parse(process.env.SETTINGS ?? JSON.stringify([
  { controls: 'full' },
  { controls: 'compact' },
  { controls: 'full', actors: 'apt10', victims: 'hpe' },
  { controls: 'full', actors: 'apt10,apt31,gallium,accenture,acsc', victims: 'hpe,ibm' },
  { controls: 'full', locale: 'fr' },
  { controls: 'full', locale: 'de' },
  { controls: 'full', locale: 'ja' },
]));
/** The parts that arrive with the file (their stand-ins may change size); every other part must stay put. */
const ARRIVING = new Set(['filters', 'actions', 'search', 'overview', 'table']);

/** Installed before the page's scripts: the page's layout shifts, not after input, with what moved. */
function recordShifts() {
  window.__shifts = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      if (entry.hadRecentInput) continue;
      const moved = entry.sources.map(({ previousRect: a, currentRect: b }) => `${Math.round(a.x)},${Math.round(a.y)}→${Math.round(b.x)},${Math.round(b.y)}`);
      window.__shifts.push(`${entry.value.toFixed(4)} (${moved.join('; ')})`);
    }
  }).observe({ type: 'layout-shift', buffered: true });
}

/** Where each part of the element is now (x, y, width, height), and whether the first frame has drawn. */
function partBoxes() {
  const shadow = document.querySelector('attack-timeline')?.shadowRoot;
  const boxes = {};
  for (const node of shadow?.querySelectorAll('[part], .group-by') ?? []) {
    const { x, y, width, height } = node.getBoundingClientRect();
    boxes[node.getAttribute('part') ?? node.className] = [x, y, width, height].map(Math.round).join(',');
  }
  const canvas = shadow?.querySelector('at-chart')?.shadowRoot?.querySelector('canvas');
  const cards = shadow?.querySelector('at-event-cards')?.shadowRoot?.querySelectorAll('li').length ?? 0;
  return { boxes, drawn: (canvas?.style.height ?? '') !== '' || cards > 0 };
}

async function measure(browser, origin, width, attributes) {
  const context = await browser.createBrowserContext();
  try {
    const page = await context.newPage();
    await page.setViewport({ width, height: 900 });
    await page.setRequestInterception(true);
    let release;
    const held = new Promise((resolve) => (release = resolve));
    page.on('request', async (request) => {
      if (request.url().includes('attack-timeline-controls')) await held;
      void request.continue();
    });
    await page.evaluateOnNewDocument(recordShifts);
    await page.goto(`${origin}/bench/cold.html`);
    await page.evaluate((url, attributes) => {
      const element = document.createElement('attack-timeline');
      for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
      document.querySelector('#stage').style.width = 'auto';
      document.querySelector('#stage').append(element);
      const script = Object.assign(document.createElement('script'), { type: 'module', src: url });
      document.head.append(script);
    }, `${origin}/dist/attack-timeline.js`, attributes);
    for (let i = 0; i < 300 && !(await page.evaluate(partBoxes)).drawn; i++) await new Promise((resolve) => setTimeout(resolve, 20));
    // Past Chrome's half second without layout-shift reports after the page was sized.
    await new Promise((resolve) => setTimeout(resolve, 700));
    const before = await page.evaluate(partBoxes);
    if (!before.drawn) return { error: 'the first frame never drew' };
    const shiftsBefore = (await page.evaluate(() => window.__shifts.length));
    release();
    await new Promise((resolve) => setTimeout(resolve, 1200));
    const after = await page.evaluate(partBoxes);
    const moved = Object.keys(before.boxes).filter((part) => !ARRIVING.has(part) && part in after.boxes && before.boxes[part] !== after.boxes[part]).map((part) => `${part} ${before.boxes[part]} → ${after.boxes[part]}`);
    const shifts = (await page.evaluate(() => window.__shifts)).slice(shiftsBefore);
    return { changes: moved, shifts };
  } finally {
    await context.close();
  }
}

await sweep({ settings: SETTINGS, widths: WIDTHS, measure, verb: 'moved' });
