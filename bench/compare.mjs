// `npm run bench:compare -- [ref=main] [sizes=100,1000] [runs=7] [measure=zoom]`: a fair A/B of the
// cold first frame (or, with `measure=zoom`, of the reader's first zoom: see `coldFirstZooms`). Builds the production embed bundle of the working tree (uncommitted changes included) and
// of a git ref (its files taken with `git archive`, built with this checkout's node_modules), then
// runs the cold measure of bench/cold.mjs (a fresh browser context per run) on both, alternating
// ref, work, ref, work…, on the same page, server and browser. Prints per size the medians of
// main-thread CPU and wall time for both, their ratio, and both first downloads' gzip size.
// On a shared machine other jobs inflate wall time; the CPU ratio from one run is the honest
// figure. A benchmark, not a test: it asserts nothing. Arguments may also be given bare
// (`npm run bench:compare -- HEAD~3 100`).
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import puppeteer from 'puppeteer-core';
import { chromeArgs, findChrome } from '../scripts/chrome-path.mjs';
import { root, serve } from './serve.mjs';
import { coldFirstFrame, coldFirstZoom } from './cold.mjs';
import { buildEmbed, checkOut } from './git-ref-build.mjs';

function parseArgs(args) {
  const options = { ref: 'main', sizes: [100, 1_000], runs: 7, measure: 'frame' };
  for (const arg of args) {
    const [key, value] = arg.includes('=') ? arg.split(/=(.*)/s) : [/^[\d,_]+$/.test(arg) ? 'sizes' : 'ref', arg];
    if (key === 'ref') options.ref = value;
    else if (key === 'sizes') options.sizes = value.split(',').map((n) => Number(n.replace(/_/g, '')));
    else if (key === 'runs') options.runs = Number(value);
    else if (key === 'measure' && (value === 'frame' || value === 'zoom')) options.measure = value;
    else throw new Error(`bench:compare: unknown argument "${arg}" (ref=…, sizes=…, runs=…, measure=frame|zoom)`);
  }
  if (!options.sizes.every((n) => Number.isInteger(n) && n > 0)) throw new Error(`bench:compare: sizes must be positive integers, got "${options.sizes.join(',')}"`);
  if (!(Number.isInteger(options.runs) && options.runs > 0)) throw new Error(`bench:compare: runs must be a positive integer, got "${options.runs}"`);
  return options;
}

/** The rest between the first frame and the first zoom, as in `npm run bench` (bench/run.mjs). */
const READER_REST_MS = 1500;
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const load = () => loadavg().map((n) => n.toFixed(1)).join(' / ');

/** gzip bytes of the entry and every chunk it imports statically (what a page fetches before the first frame). */
async function firstDownloadGzip(dir, entry = 'attack-timeline.js', seen = new Set()) {
  if (!seen.has(entry)) {
    seen.add(entry);
    const code = await readFile(join(dir, entry), 'utf8');
    for (const [, file] of code.matchAll(/(?:^|[;\s}])(?:import|export)\s*(?:[\w*{}\s,$]+from\s*)?["']\.\/([^"']+\.js)["']/g)) await firstDownloadGzip(dir, file, seen);
  }
  const code = Buffer.concat(await Promise.all([...seen].map((name) => readFile(join(dir, name)))));
  return { gzipBytes: gzipSync(code, { level: 9 }).length, files: [...seen] };
}

async function main() {
  const options = parseArgs(process.argv.slice(2));
  const scratch = await mkdtemp(join(tmpdir(), 'at-compare-'));
  try {
    const refSource = join(scratch, 'ref-source');
    const commit = await checkOut(options.ref, refSource);
    const builds = [
      { name: 'ref', label: `${options.ref} (${commit.slice(0, 7)})`, dir: join(scratch, 'ref'), source: refSource },
      { name: 'work', label: 'working tree', dir: join(scratch, 'work'), source: root },
    ];
    for (const b of builds) {
      console.log(`building ${b.label}…`);
      await buildEmbed(b.source, b.dir);
      Object.assign(b, await firstDownloadGzip(b.dir));
    }
    const { server, origin } = await serve(Object.fromEntries(builds.map((b) => [`compare-${b.name}`, b.dir])));
    const browser = await puppeteer.launch({
      executablePath: findChrome(),
      args: [...chromeArgs, '--js-flags=--expose-gc', '--window-size=1280,720'],
      defaultViewport: { width: 1280, height: 720 },
    });
    const loadBefore = load();
    const results = [];
    try {
      const zoom = options.measure === 'zoom';
      const runOf = (b, size) => (zoom ? coldFirstZoom : coldFirstFrame)(browser, origin, size, ...(zoom ? [READER_REST_MS] : []), `${origin}/compare-${b.name}/attack-timeline.js`);
      // One unmeasured run of each first: the browser's own first context is slower than the rest.
      for (const b of builds) await runOf(b, options.sizes[0]);
      for (const size of options.sizes) {
        const samples = { ref: [], work: [] };
        for (let run = 0; run < options.runs; run++) {
          for (const b of builds) {
            const sample = await runOf(b, size);
            samples[b.name].push(sample);
            console.log(zoom
              ? `${size} events, ${b.name} run ${run + 1}: first zoom dropped ${(sample.droppedShare * 100).toFixed(1)} % of frames`
              : `${size} events, ${b.name} run ${run + 1}: main-thread CPU ${sample.mainThreadCpuMs.toFixed(0)} ms, wall ${sample.firstFrameMs.toFixed(0)} ms`);
          }
        }
        const stats = (list) => (zoom
          ? { dropped: median(list.map((s) => s.droppedShare)), all: list.map((s) => s.droppedShare) }
          : { cpuMs: median(list.map((s) => s.mainThreadCpuMs)), wallMs: median(list.map((s) => s.firstFrameMs)) });
        results.push({ size, ref: stats(samples.ref), work: stats(samples.work) });
      }
    } finally {
      await browser.close();
      server.close();
    }
    const ms = (v) => v.toFixed(0);
    const ratio = (a, b) => (b / a).toFixed(2);
    const pct = (v) => `${(v * 100).toFixed(1)} %`;
    const lines = options.measure === 'zoom' ? [
      '',
      `The reader's first zoom (cold page, ${READER_REST_MS / 1000} s rest, 60 zoomTo steps), ${options.ref} (${commit.slice(0, 7)}) vs the working tree: ${options.runs} runs each, alternating, a fresh browser context per run. Load average (1 / 5 / 15 min) ${loadBefore} before, ${load()} after.`,
      '',
      '| events | frames dropped, median: ref / work | each run: ref | each run: work |',
      '| ---: | ---: | ---: | ---: |',
      ...results.map((r) => `| ${r.size.toLocaleString('en')} | ${pct(r.ref.dropped)} / ${pct(r.work.dropped)} | ${r.ref.all.map(pct).join(', ')} | ${r.work.all.map(pct).join(', ')} |`),
      '',
    ] : [
      '',
      `Cold first frame, ${options.ref} (${commit.slice(0, 7)}) vs the working tree: ${options.runs} runs each, alternating, a fresh browser context per run; medians. Load average (1 / 5 / 15 min) ${loadBefore} before, ${load()} after.`,
      '',
      '| events | main-thread CPU ms: ref / work (ratio) | wall ms: ref / work (ratio) |',
      '| ---: | ---: | ---: |',
      ...results.map((r) => `| ${r.size.toLocaleString('en')} | ${ms(r.ref.cpuMs)} / ${ms(r.work.cpuMs)} (${ratio(r.ref.cpuMs, r.work.cpuMs)}) | ${ms(r.ref.wallMs)} / ${ms(r.work.wallMs)} (${ratio(r.ref.wallMs, r.work.wallMs)}) |`),
      '',
      ...builds.map((b) => `First download, ${b.label}: ${(b.gzipBytes / 1024).toFixed(1)} KiB gzip (${b.files.join(', ')}).`),
      '',
    ];
    console.log(lines.join('\n'));
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}

await main();
