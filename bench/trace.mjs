// `node bench/trace.mjs`: where a cold first frame spends its time. Builds the embed bundle, then for
// 100 and 1,000 events records Chrome traces and V8 CPU profiles of cold runs (fresh browser context
// each, as `npm run bench` measures them) and breaks the time down: main-thread work by kind (script
// compile, JavaScript by module, style, layout, fonts, canvas, paint), each component's first
// render, idle time waiting for the script or for frames. One more cold run records JS coverage to
// list which modules of the bundle the first frame runs, with their gzip weight. Writes
// bench/results/cold-trace.json and cold-trace.md. A benchmark tool, not a test; numbers from a
// shared machine are noisy, so compare shares within one run.
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';
import puppeteer from 'puppeteer-core';
import { chromeArgs, findChrome } from '../scripts/chrome-path.mjs';
import { root, serve } from './serve.mjs';
import { openColdPage } from './cold.mjs';
import { decodeLines, segmentAt, sourceOfEachChar } from './source-map.mjs';

/** Sizes to trace: the command's arguments, else 100 and 1,000 events. */
const SIZES = process.argv.slice(2).map(Number).filter((n) => n > 0).length > 0 ? process.argv.slice(2).map(Number) : [100, 1_000];
const RUNS = 3;
const BUNDLE = 'attack-timeline.js';
const CATEGORIES = [
  'devtools.timeline', 'disabled-by-default-devtools.timeline', 'disabled-by-default-devtools.timeline.frame',
  'v8', 'v8.execute', 'disabled-by-default-v8.compile', 'disabled-by-default-v8.gc', 'blink', 'blink.user_timing',
  'loading', 'cc', 'toplevel', 'fonts', 'renderer.scheduler',
];

const median = (values) => {
  const sorted = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  return sorted.length === 0 ? 0 : sorted[Math.floor(sorted.length / 2)];
};

/** Kind of main-thread work a trace event's own time counts as (first match wins). */
const WORK_KINDS = [
  ['fonts: matching and loading', /font/i],
  ['script parse and compile (main thread)', /Parse(Function|Script|OnBackground)|Compile|Ignition|FlushInstructionCache|OffThreadFinalization|produceCache|ScriptStreamer/i],
  ['JIT tiering (Sparkplug, Maglev)', /BytecodeBudget|Maglev|Baseline|Turbofan|Optimiz|Deoptimiz/i],
  ['garbage collection', /GC|Scavenge|MarkCompact|Sweep|Heap/],
  ['canvas 2D (draw, raster, hand-off)', /Canvas/i],
  ['HTML parsing (Lit templates)', /ParseHTML|HTMLDocumentParser|HTMLTokenizer|innerHTML/i],
  ['style: stylesheets and recalc', /Style|CSS|recalc|rebuildLayoutTree|UpdateLayoutTree|AdoptedStyle/i],
  ['layout and text shaping', /Layout|Shape|InlineNode|LayoutText/i],
  ['paint, commit, composite', /Paint|Commit|Layer|Raster|Tile|Composit|Lifecycle|BeginMainFrame|Blink\./i],
  ['JavaScript', /FunctionCall|callFunction|callAsConstructor|RunMicrotasks|evaluateModule|EvaluateScript|TimerFire|FireAnimationFrame|V8\.Execute|AsyncTask|v8\.run|ResizeObserver|CustomElement|Microtask|IntersectionObserver|ExecutePendingScript|ExecuteScriptBlock/i],
];
const workKindOf = (name) => WORK_KINDS.find(([, pattern]) => pattern.test(name))?.[0] ?? 'other browser work';

/** A label for the part of the code a source file of the bundle belongs to. */
function groupOf(source) {
  if (!source) return '(no source)';
  if (/node_modules\/(lit-html|lit-element|@lit\/)/.test(source)) return 'Lit';
  if (/node_modules\/d3-(zoom|selection|transition|interpolate|color|drag|dispatch|timer|ease)\//.test(source)) return 'd3-zoom and its dependencies';
  if (/node_modules\/d3-/.test(source)) return 'd3-array, -time, -shape, -path';
  if (/node_modules\/date-fns/.test(source)) return 'date-fns';
  if (/src\/model\//.test(source)) return 'data: parse and validate (src/model)';
  if (/src\/shell\/indexed-dataset/.test(source)) return 'data: index (shell/indexed-dataset)';
  const component = source.match(/src\/components\/([\w-]+)\//);
  if (component) return `component: ${component[1]}`;
  if (/src\/shell\//.test(source)) return 'shell';
  if (/src\/(derive|scales)\//.test(source)) return 'derive and scales';
  const folder = source.match(/src\/([\w-]+)\//);
  if (folder) return `src/${folder[1]}`;
  return source.replace(/^(\.\.\/)+/, '');
}

/** What the first frame needs a module for (a judgement by path, for the bundle table). */
function roleOf(source) {
  if (/d3-(zoom|selection|transition|interpolate|color|drag|dispatch|timer|ease)\//.test(source)) return 'interaction (zoom gestures)';
  if (/components\/(chart)\/|src\/(model|derive|scales|styles)\/|node_modules\/(lit|@lit|d3-(array|time|scale|shape|path)|date-fns)|controllers\/(resize|viewport)|shell\/(attack-timeline|indexed-dataset|default-dataset)|src\/(embed|define|events)\.ts|i18n\/(messages|locale)\.ts/.test(source)) return 'first frame';
  return 'secondary UI / later';
}

function nodeMapOf(profile) {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  return { byId, parent };
}

async function sourceInfo() {
  const map = JSON.parse(await readFile(join(root, 'dist', `${BUNDLE}.map`), 'utf8'));
  const code = await readFile(join(root, 'dist', BUNDLE), 'utf8');
  const lines = decodeLines(map);
  return { map, code, lines, owner: sourceOfEachChar(code, lines) };
}

/**
 * One traced cold run: trace events, the page's result and its user-timing measures. The CPU
 * profile comes from separate runs (`profiledRun`): sampling every 100 µs on a loaded 2-core
 * machine slows the run down far more than tracing does.
 */
async function tracedRun(browser, origin, count) {
  const cold = await openColdPage(browser, origin, count);
  try {
    const { page } = cold;
    await page.evaluate(() => window.instrumentElements());
    await page.tracing.start({ categories: CATEGORIES });
    const result = await cold.run();
    const trace = JSON.parse(Buffer.from(await page.tracing.stop()).toString('utf8'));
    const measures = await page.evaluate(() => performance.getEntriesByType('measure').map(({ name, startTime, duration }) => ({ name, startTime, duration })));
    return { trace: trace.traceEvents ?? trace, result, measures };
  } finally {
    await cold.close();
  }
}

/** One cold run under the V8 sampling profiler (started just before the script is inserted). */
async function profiledRun(browser, origin, count) {
  const cold = await openColdPage(browser, origin, count);
  try {
    const client = await cold.page.createCDPSession();
    await client.send('Profiler.enable');
    await client.send('Profiler.setSamplingInterval', { interval: 100 });
    await client.send('Profiler.start');
    await cold.run();
    const { profile } = await client.send('Profiler.stop');
    return profile;
  } finally {
    await cold.close();
  }
}

/**
 * Complete events of one thread inside [from, to], clipped to it, with their own (self) time: wall
 * (`self`) and CPU (`selfCpu`, from the thread time `tdur`, which a machine shared with other
 * jobs does not inflate). An event cut by the window keeps the same share of its CPU time.
 */
function selfTimes(events, from, to) {
  const inside = events
    .filter((e) => e.ph === 'X' && e.dur > 0 && e.ts < to && e.ts + e.dur > from)
    .map((e) => {
      const start = Math.max(e.ts, from);
      const end = Math.min(e.ts + e.dur, to);
      return { name: e.name, start, end, cpu: (e.tdur ?? e.dur) * ((end - start) / e.dur) };
    })
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const stack = [];
  const topLevel = [];
  for (const event of inside) {
    while (stack.length > 0 && stack[stack.length - 1].end <= event.start) stack.pop();
    event.self = event.end - event.start;
    event.selfCpu = event.cpu;
    const parent = stack[stack.length - 1];
    if (parent) {
      parent.self -= Math.min(event.end, parent.end) - event.start;
      parent.selfCpu -= event.cpu;
    } else {
      topLevel.push(event);
    }
    stack.push(event);
  }
  for (const event of inside) event.selfCpu = Math.max(0, event.selfCpu);
  return { events: inside, topLevel };
}

function analyseTrace(run) {
  const { trace, result, measures } = run;
  const startMark = trace.find((e) => e.name === 'cold-start' && e.cat?.includes('user_timing'));
  const endMark = trace.find((e) => e.name === 'cold-end' && e.cat?.includes('user_timing'));
  if (!startMark || !endMark) throw new Error('trace: the cold-start / cold-end marks are missing');
  const { pid, tid } = startMark;
  // Page milliseconds (performance.now) to trace microseconds.
  const pageToTs = (ms) => startMark.ts + (ms - result.startMs) * 1000;
  const from = startMark.ts;
  const to = endMark.ts;
  const windowMs = (to - from) / 1000;

  const main = trace.filter((e) => e.pid === pid && e.tid === tid);
  const { events, topLevel } = selfTimes(main, from, to);
  const busyMs = topLevel.reduce((sum, e) => sum + e.end - e.start, 0) / 1000;
  const busyCpuMs = topLevel.reduce((sum, e) => sum + e.cpu, 0) / 1000;
  const work = {};
  const workCpu = {};
  const otherWork = {};
  for (const event of events) {
    const kind = workKindOf(event.name);
    work[kind] = (work[kind] ?? 0) + event.self / 1000;
    workCpu[kind] = (workCpu[kind] ?? 0) + event.selfCpu / 1000;
    if (kind === 'other browser work') otherWork[event.name] = (otherWork[event.name] ?? 0) + event.selfCpu / 1000;
  }

  // Phases: waiting for the script, building the first frame, showing it.
  const firstRun = events.find((e) => /evaluateModule|ExecutePendingScript/.test(e.name));
  const chartUpdates = measures.filter((m) => m.name === 'at-chart performUpdate' && m.startTime + m.duration <= result.startMs + result.marksSeenMs);
  const marksDrawnTs = chartUpdates.length > 0 ? pageToTs(chartUpdates.at(-1).startTime + chartUpdates.at(-1).duration) : to;
  const runTs = firstRun?.start ?? from;
  const busyIn = (a, b) => topLevel.reduce((sum, e) => sum + Math.max(0, Math.min(e.end, b) - Math.max(e.start, a)), 0) / 1000;
  /** CPU time of the main thread in [a, b] (a task cut by a bound keeps its share). */
  const cpuIn = (a, b) => topLevel.reduce((sum, e) => sum + e.cpu * Math.max(0, Math.min(e.end, b) - Math.max(e.start, a)) / (e.end - e.start), 0) / 1000;
  // Names repeat ("of which…"); a number keeps them apart and in order.
  const phases = {
    '1|insert → script starts running (download, off-thread parse)': (runTs - from) / 1000,
    '2|of which main thread idle': (runTs - from) / 1000 - busyIn(from, runTs),
    '3|script runs → marks drawn on the canvas': (marksDrawnTs - runTs) / 1000,
    '4|of which main thread idle (waits for frames, timers)': (marksDrawnTs - runTs) / 1000 - busyIn(runTs, marksDrawnTs),
    '5|marks drawn → end (render that frame, then one more)': (to - marksDrawnTs) / 1000,
    '6|of which main thread idle': (to - marksDrawnTs) / 1000 - busyIn(marksDrawnTs, to),
  };
  const phasesCpu = {
    '1|insert → script starts running (download, off-thread parse)': cpuIn(from, runTs),
    '3|script runs → marks drawn on the canvas': cpuIn(runTs, marksDrawnTs),
    '5|marks drawn → end (render that frame, then one more)': cpuIn(marksDrawnTs, to),
  };

  // Other threads of the renderer: off-thread script parsing and compiling, raster. Events nest
  // on those threads too, so only the outermost ones count.
  const workerKinds = { 'off-thread parse and compile': /parseOnBackground|BackgroundCompile|Streaming|ScriptStreamer/i, 'raster threads': /Raster|TileTask|ImageDecode/i };
  const workers = {};
  const workersCpu = {};
  for (const [kind, pattern] of Object.entries(workerKinds)) {
    const matching = trace.filter((e) => e.pid === pid && e.tid !== tid && pattern.test(e.name));
    workers[kind] = 0;
    workersCpu[kind] = 0;
    for (const thread of new Set(matching.map((e) => e.tid))) {
      const outer = selfTimes(matching.filter((e) => e.tid === thread), from, to);
      workers[kind] += outer.topLevel.reduce((sum, e) => sum + e.end - e.start, 0) / 1000;
      workersCpu[kind] += outer.topLevel.reduce((sum, e) => sum + e.cpu, 0) / 1000;
    }
  }

  // Each element's first render: user-timing measures around connectedCallback and performUpdate.
  const components = {};
  for (const m of measures) {
    if (m.startTime < result.startMs || m.startTime > result.startMs + windowMs) continue;
    const [tag, method] = m.name.split(' ');
    const row = (components[tag] ??= { updates: 0, firstUpdateMs: null, updateMs: 0, updateCpuMs: 0, connectMs: 0, forcedStyleLayoutFontsCpuMs: 0 });
    const a = pageToTs(m.startTime);
    const b = pageToTs(m.startTime + m.duration);
    if (method === 'performUpdate') {
      row.updates++;
      row.updateMs += m.duration;
      row.updateCpuMs += cpuIn(a, b);
      row.firstUpdateMs ??= m.duration;
      // Style, layout and font work forced inside this update (a read such as clientWidth,
      // currentCSSZoom or getComputedStyle, or a canvas font).
      for (const e of events) {
        if (e.start >= a && e.end <= b && /^(style|layout|fonts)/.test(workKindOf(e.name))) row.forcedStyleLayoutFontsCpuMs += e.selfCpu / 1000;
      }
    } else {
      row.connectMs += m.duration;
    }
  }

  return {
    firstFrameMs: result.firstFrameMs,
    windowMs,
    busyMs,
    busyCpuMs,
    idleMs: windowMs - busyMs,
    phases,
    phasesCpu,
    work,
    workCpu,
    workersCpu,
    otherWork: Object.fromEntries(sortedRows(otherWork).slice(0, 12)),
    workers,
    components,
  };
}

/**
 * JavaScript by module from a CPU profile: self time of the innermost frame of the bundle (native
 * callees such as Intl, replaceSync or a forced layout count with the JS function calling them),
 * and time by the innermost frame of our own code (Lit and d3 count with the module calling them).
 */
function analyseProfile(profile, info) {
  const from = profile.startTime;
  const to = profile.endTime;
  const { byId, parent } = nodeMapOf(profile);
  const bundleUrl = (url) => url?.endsWith(`/dist/${BUNDLE}`);
  const jsSelf = {};
  const jsOwner = {};
  const jsFunctions = {};
  let t = profile.startTime;
  const samples = profile.samples;
  for (let i = 0; i < samples.length; i++) {
    t += profile.timeDeltas[i];
    const next = i + 1 < samples.length ? t + profile.timeDeltas[i + 1] : profile.endTime;
    if (t < from || t >= to) continue;
    const ms = (Math.min(next, to) - t) / 1000;
    let node = byId.get(samples[i]);
    const leaf = node.callFrame;
    if (['(idle)', '(program)', '(garbage collector)', '(root)'].includes(leaf.functionName)) {
      jsSelf[leaf.functionName] = (jsSelf[leaf.functionName] ?? 0) + ms;
      continue;
    }
    // Innermost bundle frame (native callees such as replaceSync count with their caller) and
    // innermost frame of our own code (Lit and d3 count with the component that called them).
    let self = null;
    let owner = null;
    let innermost = null;
    for (let id = samples[i]; id !== undefined; id = parent.get(id)) {
      node = byId.get(id);
      const frame = node.callFrame;
      if (!bundleUrl(frame.url)) continue;
      const segment = segmentAt(info.lines, frame.lineNumber, frame.columnNumber);
      const source = info.map.sources[segment?.source ?? -1];
      innermost ??= segment;
      self ??= groupOf(source);
      if (source && !source.includes('node_modules')) {
        owner = groupOf(source);
        break;
      }
    }
    const selfKey = self ?? (leaf.url ? 'benchmark page' : `native: ${leaf.functionName}`);
    const where = innermost ? `${info.map.sources[innermost.source]?.replace(/^(\.\.\/)+(node_modules\/)?/, '')}:${innermost.line + 1}` : selfKey;
    const functionKey = bundleUrl(leaf.url) || !innermost ? where : `${where} → native ${leaf.functionName || '(anonymous)'}`;
    jsFunctions[functionKey] = (jsFunctions[functionKey] ?? 0) + ms;
    jsSelf[selfKey] = (jsSelf[selfKey] ?? 0) + ms;
    const ownerKey = owner ?? (self ? `${self} (no caller of ours on the stack)` : selfKey);
    jsOwner[ownerKey] = (jsOwner[ownerKey] ?? 0) + ms;
  }

  return { jsSelf, jsOwner, jsFunctions };
}

/** Median of each numeric leaf across runs (missing counts as 0). */
function medianOf(analyses) {
  const merge = (objects) => {
    const keys = new Set(objects.flatMap((o) => Object.keys(o ?? {})));
    const out = {};
    for (const key of keys) {
      const values = objects.map((o) => o?.[key]);
      out[key] = values.some((v) => v !== null && typeof v === 'object') ? merge(values) : median(values.map((v) => v ?? 0));
    }
    return out;
  };
  return merge(analyses);
}

/** One cold run with JS coverage: which characters of the bundle the first frame executes. */
async function coverageRun(browser, origin, count) {
  const cold = await openColdPage(browser, origin, count);
  try {
    await cold.page.coverage.startJSCoverage({ resetOnNavigation: false });
    await cold.run();
    const entries = await cold.page.coverage.stopJSCoverage();
    const entry = entries.find((e) => e.url.endsWith(`/dist/${BUNDLE}`));
    if (!entry) throw new Error('coverage: the bundle was not among the scripts');
    return entry;
  } finally {
    await cold.close();
  }
}

/** Per source file: minified characters, marginal gzip bytes, share executed by the first frame. */
function bundleComposition(info, coverage) {
  const { map, code, owner } = info;
  const used = new Uint8Array(code.length);
  for (const range of coverage.ranges) used.fill(1, range.start, range.end);
  const total = gzipSync(code, { level: 9 }).length;
  const rows = new Map();
  for (let i = 0; i < code.length; i++) {
    const source = owner[i] >= 0 ? map.sources[owner[i]] : '(before any mapping)';
    const row = rows.get(source) ?? { source, chars: 0, usedChars: 0 };
    row.chars++;
    row.usedChars += used[i];
    rows.set(source, row);
  }
  const without = (keep) => {
    let text = '';
    let runStart = -1;
    for (let i = 0; i <= code.length; i++) {
      const inside = i < code.length && keep(i);
      if (inside && runStart < 0) runStart = i;
      if (!inside && runStart >= 0) {
        text += code.slice(runStart, i);
        runStart = -1;
      }
    }
    return gzipSync(text, { level: 9 }).length;
  };
  const sourceIndex = new Map(map.sources.map((s, i) => [s, i]));
  for (const row of rows.values()) {
    const index = sourceIndex.get(row.source) ?? -1;
    row.gzipMarginal = total - without((i) => owner[i] !== index);
    row.role = roleOf(row.source);
    row.group = groupOf(row.source);
  }
  const byRole = {};
  for (const role of new Set([...rows.values()].map((r) => r.role))) {
    const members = new Set([...rows.values()].filter((r) => r.role === role).map((r) => sourceIndex.get(r.source) ?? -1));
    byRole[role] = { chars: [...rows.values()].filter((r) => r.role === role).reduce((s, r) => s + r.chars, 0), gzipAlone: without((i) => members.has(owner[i])), gzipMarginal: total - without((i) => !members.has(owner[i])) };
  }
  return { totalChars: code.length, totalGzip: total, usedChars: used.reduce((s, v) => s + v, 0), byRole, modules: [...rows.values()].sort((a, b) => b.gzipMarginal - a.gzipMarginal) };
}

const fmt = (ms) => (ms >= 10 ? ms.toFixed(0) : ms.toFixed(1));
const sortedRows = (object) => Object.entries(object).sort((a, b) => b[1] - a[1]);

const pct = (part, whole) => (whole > 0 ? `${((100 * part) / whole).toFixed(0)} %` : '–');

function toMarkdown(report) {
  const lines = [
    `Cold first-frame trace of ${report.date.slice(0, 10)}: headless Chromium, 1280×720, GPU off; each figure the median of ${RUNS} cold runs (a fresh browser context each) traced with \`devtools.timeline\`, V8 and font categories, and of ${RUNS} more under the V8 sampling profiler (100 µs). CPU ms are thread time, which other jobs on a shared machine do not inflate; wall ms are what the reader waits. Tracing slows a run down: read shares, not the benchmark's figures.`,
    '',
  ];
  const sizes = report.sizes.map((s) => s.events);
  const header = (title, unit = 'ms') => [`| ${title} | ${sizes.map((n) => `${n.toLocaleString('en')} events, ${unit}`).join(' | ')} |`, `| --- | ${sizes.map(() => '---:').join(' | ')} |`];
  const label = (key) => key.replace(/^\d+\|/, '');
  /** Rows of `pick` (largest first), with `second`'s figure in brackets when given. */
  const table = (title, pick, limit = 40, unit = 'CPU ms', second = null) => {
    const keys = [...new Set(report.sizes.flatMap((s) => sortedRows(pick(s)).map(([k]) => k)))].slice(0, limit);
    const cell = (s, k) => `${fmt(pick(s)[k] ?? 0)}${second ? ` (${fmt(second(s)[k] ?? 0)})` : ''}`;
    return [...header(title, unit), ...keys.map((k) => `| ${label(k)} | ${report.sizes.map((s) => cell(s, k)).join(' | ')} |`), ''];
  };
  lines.push(...header('whole run', 'wall ms (CPU ms)'));
  lines.push(`| first frame, traced | ${report.sizes.map((s) => fmt(s.median.firstFrameMs)).join(' | ')} |`);
  lines.push(`| main thread busy | ${report.sizes.map((s) => `${fmt(s.median.busyMs)} (${fmt(s.median.busyCpuMs)})`).join(' | ')} |`);
  lines.push(`| main thread idle | ${report.sizes.map((s) => fmt(s.median.idleMs)).join(' | ')} |`, '');
  lines.push(...header('phase', 'wall ms (main-thread CPU ms)'));
  for (const key of Object.keys(report.sizes[0].median.phases)) {
    lines.push(`| ${label(key)} | ${report.sizes.map((s) => `${fmt(s.median.phases[key] ?? 0)}${key in s.median.phasesCpu ? ` (${fmt(s.median.phasesCpu[key])})` : ''}`).join(' | ')} |`);
  }
  lines.push('');
  lines.push(...table('main-thread work by kind (self time of trace events)', (s) => s.median.workCpu, 40, 'CPU ms (wall ms)', (s) => s.median.work));
  lines.push(...table('other renderer threads', (s) => s.median.workersCpu, 40, 'CPU ms (wall ms)', (s) => s.median.workers));
  // Profile rows as shares of the samples that are neither idle nor the profiler's own root.
  const shares = (rows) => {
    const total = Object.entries(rows).filter(([k]) => !['(idle)', '(root)'].includes(k)).reduce((sum, [, v]) => sum + v, 0);
    return Object.fromEntries(Object.entries(rows).filter(([k]) => !['(idle)', '(root)'].includes(k)).map(([k, v]) => [k, (100 * v) / total]));
  };
  lines.push(...table('CPU profile: self time by module, innermost frame of the bundle ("(program)": browser work outside JS)', (s) => shares(s.median.jsSelf), 30, '% of busy samples'));
  lines.push(...table('CPU profile: self time by function, source file:line where it starts (native callees such as Intl, a forced style/layout or canvas calls count with the JS function that called them)', (s) => shares(s.median.jsFunctions), 25, '% of busy samples'));
  lines.push(...table('CPU profile: time by our calling module (Lit and d3 counted with the module of ours that called them)', (s) => shares(s.median.jsOwner), 30, '% of busy samples'));
  const tags = [...new Set(report.sizes.flatMap((s) => Object.keys(s.median.components)))].sort((a, b) => (report.sizes[0].median.components[b]?.updateCpuMs ?? 0) - (report.sizes[0].median.components[a]?.updateCpuMs ?? 0));
  lines.push(`| element | ${sizes.map((n) => `${n.toLocaleString('en')} events: updates; CPU ms (wall ms) of its updates; of which forced style, layout, fonts, CPU ms`).join(' | ')} |`, `| --- | ${sizes.map(() => '---').join(' | ')} |`);
  for (const tag of tags) {
    lines.push(`| ${tag} | ${report.sizes.map((s) => {
      const c = s.median.components[tag];
      return c ? `${c.updates}; ${fmt(c.updateCpuMs)} (${fmt(c.updateMs)}); ${fmt(c.forcedStyleLayoutFontsCpuMs)}` : '–';
    }).join(' | ')} |`);
  }
  lines.push('', 'An element\'s update (`performUpdate`) covers its willUpdate, render, DOM commit and updated (the chart draws its canvas there); the shell\'s covers parsing and indexing the data and creating the inner elements. Children update after the parent, not inside it. CPU ms of an update: its wall time × the CPU share of the task it ran in.', '');
  const { composition } = report;
  lines.push(`Bundle composition (${(composition.totalChars / 1024).toFixed(1)} KiB minified, ${(composition.totalGzip / 1024).toFixed(1)} KiB gzip; ${pct(composition.usedChars, composition.totalChars)} of its characters run during a cold first frame of 100 events, by block coverage). "Saved if removed": gzip of the whole minus gzip of the whole without those characters.`, '');
  lines.push('| role in the first frame (a judgement by path) | minified KiB | gzip KiB alone | gzip KiB saved if removed |', '| --- | ---: | ---: | ---: |');
  for (const [role, r] of Object.entries(composition.byRole)) lines.push(`| ${role} | ${(r.chars / 1024).toFixed(1)} | ${(r.gzipAlone / 1024).toFixed(1)} | ${(r.gzipMarginal / 1024).toFixed(1)} |`);
  lines.push('', '| module | role | minified KiB | gzip KiB saved if removed | run in the first frame |', '| --- | --- | ---: | ---: | ---: |');
  for (const m of composition.modules.filter((m) => m.chars >= 600)) lines.push(`| ${m.source.replace(/^(\.\.\/)+/, '')} | ${m.role} | ${(m.chars / 1024).toFixed(1)} | ${(m.gzipMarginal / 1024).toFixed(2)} | ${pct(m.usedChars, m.chars)} |`);
  const small = composition.modules.filter((m) => m.chars < 600);
  lines.push(`| ${small.length} smaller modules | | ${(small.reduce((sum, m) => sum + m.chars, 0) / 1024).toFixed(1)} | ${(small.reduce((sum, m) => sum + m.gzipMarginal, 0) / 1024).toFixed(2)} | |`);
  lines.push('');
  return lines.join('\n');
}

async function main() {
  await build({ logLevel: 'warn', root, configFile: join(root, 'vite.embed.config.ts') });
  const info = await sourceInfo();
  const { server, origin } = await serve();
  const browser = await puppeteer.launch({
    executablePath: findChrome(),
    args: [...chromeArgs, '--js-flags=--expose-gc', '--window-size=1280,720'],
    defaultViewport: { width: 1280, height: 720 },
  });
  const sizes = [];
  let composition;
  try {
    for (const count of SIZES) {
      const analyses = [];
      for (let run = 0; run < RUNS; run++) {
        const analysis = analyseTrace(await tracedRun(browser, origin, count));
        console.log(`${count} events, traced cold run ${run + 1}: first frame ${analysis.firstFrameMs.toFixed(0)} ms, main thread busy ${analysis.busyMs.toFixed(0)} ms`);
        Object.assign(analysis, analyseProfile(await profiledRun(browser, origin, count), info));
        analyses.push(analysis);
      }
      // Per run only the totals; every breakdown as the median of the runs.
      sizes.push({ events: count, runs: analyses.map(({ firstFrameMs, busyMs, busyCpuMs }) => ({ firstFrameMs, busyMs, busyCpuMs })), median: medianOf(analyses) });
    }
    composition = bundleComposition(info, await coverageRun(browser, origin, 100));
  } finally {
    await browser.close();
    server.close();
  }
  const report = { date: new Date().toISOString(), chromium: findChrome(), sizes, composition };
  await writeFile(join(root, 'bench/results/cold-trace.json'), `${JSON.stringify(report, null, 2)}\n`);
  const markdown = toMarkdown(report);
  await writeFile(join(root, 'bench/results/cold-trace.md'), markdown);
  console.log(`\n${markdown}`);
}

await main();
