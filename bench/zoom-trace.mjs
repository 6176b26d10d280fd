// `node bench/zoom-trace.mjs [sizes…] [--no-build]`: where a warm zoomTo frame spends its time.
// Builds the embed bundle (unless --no-build), then per size (10,000 and 100,000 by default) runs
// bench-page's zoomSteps once to warm up, once under a Chrome trace (main-thread work by kind per
// frame: JavaScript, GC, style, layout, paint, canvas; and how many times each thing ran per frame,
// to catch work done twice) and once under the V8 sampling profiler (JavaScript by function, mapped
// to src/ through the source map). Prints Markdown. A tool, not a test: tracing and sampling slow
// the frames down, so read shares and counts, not the absolute figures.
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { build } from 'vite';
import puppeteer from 'puppeteer-core';
import { chromeArgs, findChrome } from '../scripts/chrome-path.mjs';
import { root, serve } from './serve.mjs';
import { decodeLines, sourceLineAt } from './source-map.mjs';

const args = process.argv.slice(2);
const SIZES = args.filter((a) => /^\d+$/.test(a)).map(Number);
if (SIZES.length === 0) SIZES.push(10_000, 100_000);
const BUNDLE = 'attack-timeline.js';
const CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'disabled-by-default-devtools.timeline.stack', 'v8', 'disabled-by-default-v8.gc', 'blink.user_timing', 'toplevel', 'cc', ...(process.env.TRACE_CATEGORIES?.split(',') ?? [])];

/** Kind of main-thread work a trace event's own time counts as (first match wins). */
const KINDS = [
  ['GC', /GC|Scavenge|MarkCompact|Sweep|MinorMS|Finalize/],
  // A software canvas records draw calls in JavaScript and rasterises them when the frame commits.
  ['commit: canvas raster', /^(Commit|LayerTreeHost::DoUpdateLayers|UpdateLayer|PictureLayer::Update)$/],
  ['layerize', /Layerize|PaintArtifactCompositor/],
  ['canvas 2D calls (outside raster)', /Canvas/i],
  ['style recalc', /UpdateLayoutTree|RecalcStyle|ScheduleStyleRecalculation/],
  ['layout', /^Layout$/],
  ['pre-paint, paint', /^(PrePaint|Paint|PaintImage|Decode.*)$/],
  ['parse HTML (Lit templates)', /ParseHTML/],
  ['JavaScript', /FunctionCall|RunMicrotasks|V8\.Execute|FireAnimationFrame|TimerFire|EventDispatch|v8\.|ResizeObserver|Microtask|UserTiming/i],
  ['scheduling, other', /RunTask|BeginMainFrame|ScheduleAnimation|Animation|Scroll|Hit|Intersection/],
];
const kindOf = (name) => KINDS.find(([, pattern]) => pattern.test(name))?.[0] ?? `other (${name})`;
const COUNTED = /^(FireAnimationFrame|TimerFire|UpdateLayoutTree|Layout|Paint|PrePaint|Commit|MinorGC|MajorGC|V8\.GC_SCAVENGER|BeginMainThreadFrame|ScheduleStyleRecalculation|EventDispatch)$/;

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length === 0 ? 0 : sorted[Math.floor(sorted.length / 2)];
};
const quantile = (values, q) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length === 0 ? 0 : sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
};
const fmt = (ms) => ms.toFixed(ms >= 10 ? 1 : 2);

/** Wraps each element's performUpdate in a user-timing measure (the classes are defined already). */
function instrumentUpdates() {
  const seen = new Set();
  const walk = (node) => {
    for (const element of node.querySelectorAll('*')) {
      const ctor = customElements.get(element.localName);
      if (ctor && !seen.has(ctor)) {
        seen.add(ctor);
        const original = ctor.prototype.performUpdate;
        Object.defineProperty(ctor.prototype, 'performUpdate', {
          configurable: true,
          writable: true,
          value(...rest) {
            const startMs = performance.now();
            try {
              return original.apply(this, rest);
            } finally {
              performance.measure(`${element.localName} update`, { start: startMs });
            }
          },
        });
      }
      if (element.shadowRoot) walk(element.shadowRoot);
    }
  };
  walk(document);
  return [...seen].length;
}

/** Complete events of one thread with their own CPU time (`tdur` less their children's). */
function selfCpu(events) {
  const inside = events.filter((e) => e.ph === 'X' && e.dur > 0).map((e) => ({ name: e.name, start: e.ts, end: e.ts + e.dur, cpu: e.tdur ?? e.dur })).sort((a, b) => a.start - b.start || b.end - a.end);
  const stack = [];
  for (const event of inside) {
    while (stack.length > 0 && stack[stack.length - 1].end <= event.start) stack.pop();
    event.self = event.cpu;
    const parent = stack[stack.length - 1];
    if (parent) parent.self -= event.cpu;
    event.top = !parent;
    stack.push(event);
  }
  for (const event of inside) event.self = Math.max(0, event.self);
  return inside;
}

function analyseTrace(traceEvents) {
  const marks = traceEvents.filter((e) => e.name === 'zoom-frame' && e.cat?.includes('user_timing')).sort((a, b) => a.ts - b.ts);
  const { pid, tid } = marks[0];
  const main = selfCpu(traceEvents.filter((e) => e.pid === pid && e.tid === tid));
  const tops = main.filter((e) => e.top && /RunTask/.test(e.name));
  const boundaries = marks.map((mark) => tops.find((t) => t.start <= mark.ts && mark.ts <= t.end)?.start ?? mark.ts);
  // User-timing measures are async (b/e) pairs; count each element's updates per frame.
  const measures = traceEvents.filter((e) => e.cat?.includes('user_timing') && e.ph === 'b' && / update$/.test(e.name));
  const frames = boundaries.slice(0, -1).map((from, i) => {
    const to = boundaries[i + 1];
    const kinds = {};
    const counts = {};
    let total = 0;
    for (const event of main) {
      if (event.start < from || event.start >= to) continue;
      const kind = kindOf(event.name);
      kinds[kind] = (kinds[kind] ?? 0) + event.self / 1000;
      if (event.top) total += event.cpu / 1000;
      if (COUNTED.test(event.name)) counts[event.name] = (counts[event.name] ?? 0) + 1;
    }
    for (const m of measures) if (m.ts >= from && m.ts < to) counts[m.name] = (counts[m.name] ?? 0) + 1;
    return { total, kinds, counts };
  });
  return frames;
}

async function sourceInfo() {
  const map = JSON.parse(await readFile(join(root, 'dist', `${BUNDLE}.map`), 'utf8'));
  return { map, lines: decodeLines(map) };
}

/**
 * JavaScript time by function (its definition in src/ or node_modules) from a CPU profile, ms per
 * frame: `self` (in the function's own code) and `total` (with everything it called, each function
 * counted once per sample however deep it recurses).
 */
function analyseProfile(profile, info, frameCount) {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parentOf = new Map();
  for (const node of profile.nodes) for (const child of node.children ?? []) parentOf.set(child, node.id);
  const keyOf = (frame) => {
    if (frame.url?.endsWith(`/dist/${BUNDLE}`)) {
      return sourceLineAt(info.map, info.lines, frame.lineNumber, frame.columnNumber) ?? '?:0';
    }
    const name = frame.functionName || '(anonymous)';
    return frame.url ? `${frame.url.split('/').pop()}: ${name}` : name;
  };
  const self = {};
  const total = {};
  let t = profile.startTime;
  for (let i = 0; i < profile.samples.length; i++) {
    t += profile.timeDeltas[i];
    const next = i + 1 < profile.samples.length ? t + profile.timeDeltas[i + 1] : profile.endTime;
    const key = keyOf(byId.get(profile.samples[i]).callFrame);
    if (key === '(idle)') continue;
    const ms = (next - t) / 1000 / frameCount;
    self[key] = (self[key] ?? 0) + ms;
    const onStack = new Set();
    for (let id = profile.samples[i]; id !== undefined; id = parentOf.get(id)) onStack.add(keyOf(byId.get(id).callFrame));
    for (const k of onStack) total[k] = (total[k] ?? 0) + ms;
  }
  const sorted = (table) => Object.entries(table).sort((a, b) => b[1] - a[1]);
  return { self: sorted(self), total: sorted(total) };
}

/** The text of a source line, to name the function a profile row points at. */
async function lineText(key) {
  const match = key.match(/^(src\/[^:]+):(\d+)$/);
  if (!match) return '';
  const text = (await readFile(join(root, match[1]), 'utf8')).split('\n')[Number(match[2]) - 1] ?? '';
  return text.trim().slice(0, 70).replace(/\|/g, '\\|');
}

async function main() {
  if (!args.includes('--no-build')) await build({ logLevel: 'warn', root, configFile: join(root, 'vite.embed.config.ts') });
  const info = await sourceInfo();
  const { server, origin } = await serve();
  const browser = await puppeteer.launch({ executablePath: findChrome(), args: [...chromeArgs, '--window-size=1280,720'], defaultViewport: { width: 1280, height: 720 } });
  try {
    for (const size of SIZES) {
      const page = await browser.newPage();
      page.on('pageerror', (error) => console.error('page error:', error.message));
      await page.goto(`${origin}/bench/index.html`);
      await page.waitForFunction('window.benchReady === true');
      await page.evaluate((count) => window.bench.prepare(count), size);
      await page.evaluate(() => window.bench.firstFrame());
      await page.evaluate(() => window.bench.zoomSteps());
      await page.evaluate(instrumentUpdates);
      await page.tracing.start({ categories: CATEGORIES });
      await page.evaluate(() => window.bench.zoomSteps());
      const traceEvents = JSON.parse(Buffer.from(await page.tracing.stop()).toString('utf8')).traceEvents;
      if (process.env.TRACE_OUT) await writeFile(`${process.env.TRACE_OUT}-${size}.json`, JSON.stringify(traceEvents));
      const frames = analyseTrace(traceEvents);
      const client = await page.createCDPSession();
      await client.send('Profiler.enable');
      await client.send('Profiler.setSamplingInterval', { interval: 200 });
      await client.send('Profiler.start');
      await page.evaluate(() => window.bench.zoomSteps());
      const { profile } = await client.send('Profiler.stop');
      await page.close();

      const totals = frames.map((f) => f.total);
      const worst = frames.indexOf(frames.reduce((a, b) => (b.total > a.total ? b : a)));
      const kinds = [...new Set(frames.flatMap((f) => Object.keys(f.kinds)))];
      const meanOf = (pick) => frames.reduce((s, f) => s + (pick(f) ?? 0), 0) / frames.length;
      console.log(`\n## ${size.toLocaleString('en')} events: ${frames.length} zoomTo frames, main-thread CPU per frame median ${fmt(median(totals))} / p95 ${fmt(quantile(totals, 0.95))} ms\n`);
      console.log('| main-thread work (own CPU) | mean ms / frame | median | the slowest frame |');
      console.log('| --- | ---: | ---: | ---: |');
      for (const kind of kinds.sort((a, b) => meanOf((f) => f.kinds[b]) - meanOf((f) => f.kinds[a]))) {
        if (meanOf((f) => f.kinds[kind]) < 0.05) continue;
        console.log(`| ${kind} | ${fmt(meanOf((f) => f.kinds[kind]))} | ${fmt(median(frames.map((f) => f.kinds[kind] ?? 0)))} | ${fmt(frames[worst].kinds[kind] ?? 0)} |`);
      }
      console.log('\n| per frame, how many times | median | min | max |');
      console.log('| --- | ---: | ---: | ---: |');
      for (const name of [...new Set(frames.flatMap((f) => Object.keys(f.counts)))].sort()) {
        const values = frames.map((f) => f.counts[name] ?? 0);
        console.log(`| ${name} | ${median(values)} | ${Math.min(...values)} | ${Math.max(...values)} |`);
      }
      const js = analyseProfile(profile, info, frames.length);
      console.log('\n| JavaScript self time by function (sampled, 200 µs) | ms / frame | |');
      console.log('| --- | ---: | --- |');
      for (const [key, ms] of js.self.slice(0, 30)) console.log(`| ${key} | ${fmt(ms)} | ${await lineText(key)} |`);
      console.log('\n| JavaScript total time by function in src/ (with its callees) | ms / frame | |');
      console.log('| --- | ---: | --- |');
      for (const [key, ms] of js.total.filter(([key]) => key.startsWith('src/')).slice(0, 40)) console.log(`| ${key} | ${fmt(ms)} | ${await lineText(key)} |`);
    }
  } finally {
    await browser.close();
    server.close();
  }
}

await main();
