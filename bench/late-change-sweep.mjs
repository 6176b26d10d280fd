// `node bench/late-change-sweep.mjs`: does anything the first frame drew move or change size in
// the seconds after it, while the code that follows it (controls, search, zoom gestures, details,
// cards, language) arrives? Builds the embed bundle, then for each page width and each set of the
// element's attributes opens a fresh page (a new browser context) with text above and below the
// element, waits for the first frame (marks or cards drawn), and watches for 3 s: the page's
// layout shifts (not after input) after the first frame's own, and the boxes of the element's parts
// and of the text after it.
// Nothing is held back: the files arrive as fast as this machine serves them, as on a page whose
// files are cached. Widths and settings can be given: WIDTHS=390,1000 SETTINGS='[{"locale":"de"}]'.
// A probe, not a test: it prints each case and how many changed, and asserts nothing.
import { sweep } from './sweep.mjs';

const WIDTHS = (process.env.WIDTHS ?? '390,1000,1440').split(',').map(Number);
const SETTINGS = JSON.parse(process.env.SETTINGS ?? JSON.stringify([
  {},
  { selected: 'apt10-indictment-unsealed' },
  { start: '2016', end: '2019' },
  { 'group-by': 'victim' },
  { locale: 'ja' },
  { theme: 'dark' },
  { controls: 'compact' },
  { controls: 'none' },
  { actors: 'apt10', victims: 'hpe', selected: 'reuters-hpe-ibm-exclusive' },
  { src: '/data/default-dataset.json', selected: 'apt10-indictment-unsealed' },
]));
const WATCH_MS = 3000;

function recordShifts() {
  window.__shifts = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      // Text that only comes into view from below the fold (the first frame's own move, painted a
      // little after the frame that drew it on this machine) is left to the boxes watched below.
      if (entry.hadRecentInput || entry.sources.every(({ previousRect }) => previousRect.width === 0 || previousRect.height === 0)) continue;
      const moved = entry.sources.map(({ previousRect: a, currentRect: b }) => `${Math.round(a.x)},${Math.round(a.y)}→${Math.round(b.x)},${Math.round(b.y)}`);
      window.__shifts.push({ at: entry.startTime, text: `${entry.value.toFixed(4)} (${moved.join('; ')})` });
    }
  }).observe({ type: 'layout-shift', buffered: true });
}

/** Each part's box (x, y, width, height), the text after the element's, and whether the first frame has drawn. */
function partBoxes() {
  const element = document.querySelector('attack-timeline');
  const shadow = element?.shadowRoot;
  const boxes = {};
  const put = (name, node) => {
    if (!node) return;
    const { x, y, width, height } = node.getBoundingClientRect();
    boxes[name] = [x, y, width, height].map(Math.round).join(',');
  };
  for (const node of shadow?.querySelectorAll('[part]') ?? []) put(node.getAttribute('part'), node);
  put('text after', document.querySelector('#after'));
  const chart = shadow?.querySelector('at-chart');
  const canvas = chart?.shadowRoot?.querySelector('canvas');
  const cards = shadow?.querySelector('at-event-cards')?.shadowRoot?.querySelectorAll('li').length ?? 0;
  return { boxes, drawn: (chart?.drawnItems?.length ?? 0) > 0 && (canvas?.style.height ?? '') !== '' || cards > 0, now: performance.now() };
}

/** Parts that are not drawn in the first frame and arrive later in a place kept for them. */
const ARRIVING = new Set(['filters', 'actions', 'search', 'overview', 'table', 'details', 'panel', 'nav', 'sources']);

async function measure(browser, origin, width, attributes) {
  const context = await browser.createBrowserContext();
  try {
    const page = await context.newPage();
    await page.setViewport({ width, height: 900 });
    await page.evaluateOnNewDocument(recordShifts);
    await page.goto(`${origin}/bench/cold.html`);
    await page.evaluate((url, attributes) => {
      const stage = document.querySelector('#stage');
      stage.style.width = 'auto';
      const before = Object.assign(document.createElement('p'), { textContent: 'Text before the figure.' });
      const after = Object.assign(document.createElement('p'), { id: 'after', textContent: 'Text after the figure. '.repeat(30) });
      stage.before(before);
      stage.after(after);
      const style = document.createElement('style');
      // The loading line is kept taller than any chart here, so the first frame, which replaces it,
      // moves no text in view (that move is the page's choice of --at-loading-height, not a late
      // change); the text after the element is still watched, wherever it is.
      style.textContent = 'attack-timeline { --at-loading-height: 4000px; } attack-timeline:not(:defined) { display: block; min-height: var(--at-loading-height); }';
      document.head.append(style);
      const element = document.createElement('attack-timeline');
      for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
      stage.append(element);
      document.head.append(Object.assign(document.createElement('script'), { type: 'module', src: url }));
    }, `${origin}/dist/attack-timeline.js`, attributes);
    // The first frame is the one whose animation-frame callback first finds the marks or cards
    // drawn: a layout shift that frame paints (the chart replacing the loading line) belongs to it.
    await page.evaluate((source) => {
      const drawnNow = new Function(`return (${source})()`);
      const check = (time) => {
        if (drawnNow().drawn) window.__firstFrameAt = time;
        else requestAnimationFrame(check);
      };
      requestAnimationFrame(check);
    }, partBoxes.toString());
    let first = null;
    for (let i = 0; i < 400 && !first; i++) {
      if (await page.evaluate(() => window.__firstFrameAt !== undefined)) first = { ...(await page.evaluate(partBoxes)), now: await page.evaluate(() => window.__firstFrameAt) };
      else await new Promise((resolve) => setTimeout(resolve, 10));
    }
    if (!first) return { error: 'the first frame never drew' };
    const changes = new Map();
    const end = Date.now() + WATCH_MS;
    while (Date.now() < end) {
      const state = await page.evaluate(partBoxes);
      for (const [part, was] of Object.entries(first.boxes)) {
        const now = state.boxes[part];
        if (ARRIVING.has(part) || now === undefined || now === was) continue;
        changes.set(part, { text: `${part} ${was} → ${now}`, at: changes.get(part)?.at ?? Math.round(state.now - first.now) });
      }
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
    const shifts = (await page.evaluate(() => window.__shifts)).filter((shift) => shift.at > first.now + 20).map((shift) => `${shift.text} at +${Math.round(shift.at - first.now)} ms`);
    return { changes: [...changes.values()].map(({ text, at }) => `${text} (first seen at +${at} ms)`), shifts };
  } finally {
    await context.close();
  }
}

await sweep({ settings: SETTINGS, widths: WIDTHS, measure, verb: 'changed' });
