// `node bench/peers.mjs <peers-dir> [sizes=100,1000] [runs=5] [--no-build]`: the cold first
// frame of the embed beside other timeline libraries, interleaved in one run (each run: the embed,
// the plain-canvas floor, then each peer), every run in a fresh browser context as bench/cold.mjs
// measures the embed. The peers are not dependencies of this project: install them into a scratch
// directory first (see docs/performance.md), e.g.
//   npm install --prefix /tmp/peers timelines-chart@2.14.3 echarts@6.1.0 vis-timeline@8.5.4 @knight-lab/timelinejs@3.9.11
// Each peer is served as one classic script: its stylesheet if it needs one (injected as a style
// element), its own UMD build, then bench/peer-adapters.js, which hands it the same generated data. Prints medians of wall time and main-thread CPU. A benchmark,
// not a test: it asserts nothing.
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';
import puppeteer from 'puppeteer-core';
import { chromeArgs, findChrome } from '../scripts/chrome-path.mjs';
import { root, serve } from './serve.mjs';
import { coldFirstFrame } from './cold.mjs';
import { buildReferences } from './reference-builds.mjs';

/** Each peer: its package and the UMD file of it that a page would include with one script tag. */
const PEERS = [
  { name: 'timelines-chart', file: 'dist/timelines-chart.min.js' },
  { name: 'echarts', file: 'dist/echarts.min.js' },
  { name: 'vis-timeline', file: 'standalone/umd/vis-timeline-graph2d.min.js' },
  { name: '@knight-lab/timelinejs', adapter: 'timelinejs', file: 'dist/js/timeline.js', css: 'dist/css/timeline.css' },
];

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const kib = (bytes) => `${(bytes / 1024).toFixed(1)} KiB`;

/** `<dir> [sizes] [runs]`, each of the last two bare or as `sizes=…`/`runs=…` (the usage line's form). */
function parseArgs(argv) {
  const usage = 'usage: node bench/peers.mjs <peers-dir> [sizes=100,1000] [runs=5] [--no-build]';
  const bare = argv.filter((arg) => !arg.startsWith('--'));
  const [dir, sizes = '100,1000', runs = '5'] = bare;
  if (!dir) throw new Error(usage);
  const options = { dir: resolve(dir), sizes: sizes.replace(/^sizes=/, '').split(',').map(Number), runs: Number(runs.replace(/^runs=/, '')), build: !argv.includes('--no-build') };
  if (!options.sizes.every((n) => Number.isInteger(n) && n > 0)) throw new Error(`bench/peers.mjs: sizes must be positive integers, got "${sizes}" (${usage})`);
  if (!(Number.isInteger(options.runs) && options.runs > 0)) throw new Error(`bench/peers.mjs: runs must be a positive integer, got "${runs}" (${usage})`);
  return options;
}

/** Writes each peer's UMD build + the adapters as one script into a scratch directory. */
async function peerScripts(dir) {
  const out = await mkdtemp(join(tmpdir(), 'at-peers-'));
  const adapters = await readFile(join(root, 'bench/peer-adapters.js'), 'utf8');
  const peers = [];
  for (const peer of PEERS) {
    const packageDir = join(dir, 'node_modules', peer.name);
    const { version } = JSON.parse(await readFile(join(packageDir, 'package.json'), 'utf8'));
    const library = await readFile(join(packageDir, peer.file), 'utf8');
    const css = peer.css ? await readFile(join(packageDir, peer.css), 'utf8') : '';
    const style = css ? `document.head.append(Object.assign(document.createElement('style'), { textContent: ${JSON.stringify(css)} }));\n` : '';
    const script = `${style}${library}\n;globalThis.benchPeer = ${JSON.stringify(peer.adapter ?? peer.name)};\n${adapters}`;
    const served = `${peer.adapter ?? peer.name}.js`;
    await writeFile(join(out, served), script);
    peers.push({ ...peer, served, version, gzipBytes: gzipSync(library + css, { level: 9 }).length });
  }
  return { out, peers };
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  if (args.build) {
    await build({ logLevel: 'warn', root, configFile: join(root, 'vite.config.ts') });
    await build({ logLevel: 'warn', root, configFile: join(root, 'vite.embed.config.ts') });
  }
  const { out, peers } = await peerScripts(args.dir);
  const embedGzip = gzipSync(await readFile(join(root, 'dist/attack-timeline.js')), { level: 9 }).length;
  const references = await buildReferences();
  const { server, origin } = await serve({ peers: out });
  const browser = await puppeteer.launch({ executablePath: findChrome(), args: [...chromeArgs, '--window-size=1280,720'], defaultViewport: { width: 1280, height: 720 } });
  const contenders = [
    { label: 'attack-timeline (this build)', url: undefined, classic: false, gzipBytes: embedGzip },
    { label: 'plain canvas, no library (bench/floor-canvas.js)', url: `${origin}${references.floor}`, classic: false, gzipBytes: null },
    ...peers.map((peer) => ({ label: `${peer.name} ${peer.version}`, url: `${origin}/peers/${peer.served}`, classic: true, gzipBytes: peer.gzipBytes })),
  ];
  const rows = [];
  try {
    for (const size of args.sizes) {
      const samples = contenders.map(() => []);
      for (let run = 0; run < args.runs; run++) {
        for (const [i, contender] of contenders.entries()) {
          // A library that draws nothing within the cold page's 1,200 frames is reported, not fatal.
          const sample = await coldFirstFrame(browser, origin, size, contender.url, contender.classic).catch((error) => ({ error }));
          samples[i].push(sample);
          process.stdout.write(`${size} events, run ${run + 1}, ${contender.label}: ${sample.error ? `failed: ${sample.error.message}` : `${sample.firstFrameMs.toFixed(0)} ms (main thread ${sample.mainThreadCpuMs.toFixed(0)} ms)`}\n`);
        }
      }
      rows.push({ size, results: samples.map((list) => {
        const drawn = list.filter((sample) => !sample.error);
        return drawn.length === list.length
          ? { text: `${median(drawn.map((s) => s.firstFrameMs)).toFixed(0)} (${median(drawn.map((s) => s.mainThreadCpuMs)).toFixed(0)})` }
          : { text: `no marks in ${list.length - drawn.length} of ${list.length} runs` };
      }) });
    }
  } finally {
    await browser.close();
    server.close();
  }
  const lines = [
    `Cold first frame, interleaved in one run (${args.runs} runs per size, each in a fresh browser context; medians): wall ms (main-thread CPU ms).`,
    '',
    `| library (first download, gzip) | ${rows.map((row) => `${row.size.toLocaleString('en')} events`).join(' | ')} |`,
    `| --- | ${rows.map(() => '---:').join(' | ')} |`,
    ...contenders.map((contender, i) => `| ${contender.label}${contender.gzipBytes ? ` (${kib(contender.gzipBytes)})` : ''} | ${rows.map((row) => row.results[i].text).join(' | ')} |`),
  ];
  console.log(`\n${lines.join('\n')}`);
}

await main();
