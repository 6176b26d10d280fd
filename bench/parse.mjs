// `npm run bench:parse [-- <git ref> <sizes…>]`: parsing a dataset cold, this working tree against
// a git ref (default `main`), as a ratio from one run. `src` of both is bundled with esbuild
// (vite's own dependency); each run is a fresh Node process, as a reader's page is a fresh renderer,
// that reads the JSON text of a generated dataset, `JSON.parse`s it and times the first
// `parseDatasetLenient` call (cold: before V8 has optimised the parser) and five more (warm: their
// median, since a major garbage collection lands in one call or another), and likewise the shell's
// `indexDataset` of each result (the lookups and extents built next, in the same first frame).
// Runs alternate between the two builds so a noisy shared machine slows both alike, and the
// process's CPU time is reported beside the wall time: other jobs inflate it far less. A benchmark,
// not a test: it asserts nothing. Add `--cpu-prof` to write V8 profiles of the current tree's runs.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { generateDataset } from './generate-dataset.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
// Sizes may be given apart or comma-separated (`10000,100000`).
const args = process.argv.slice(2).filter((arg) => arg !== '--cpu-prof').flatMap((arg) => (/^[\d,]+$/.test(arg) ? arg.split(',').filter(Boolean) : [arg]));
const profile = process.argv.includes('--cpu-prof');
const ref = args.find((arg) => !/^\d+$/.test(arg)) ?? 'main';
const sizes = args.filter((arg) => /^\d+$/.test(arg)).map(Number);
const SIZES = sizes.length > 0 ? sizes : [10_000, 100_000];
const RUNS = 7;
const CALLS = 6;

/** The child: one cold process timing JSON.parse, the first parse and five more. */
const CHILD = `
import { readFileSync } from 'node:fs';
const [bundle, data] = process.argv.slice(2);
const { parseDatasetLenient, indexDataset } = await import(bundle);
const text = readFileSync(data, 'utf8');
let t = performance.now();
const input = JSON.parse(text);
const jsonMs = performance.now() - t;
const times = [];
const cpuTimes = [];
const indexCpuTimes = [];
let result;
for (let i = 0; i < ${CALLS}; i++) {
  const data = i === 0 ? input : JSON.parse(text);
  const cpu = process.cpuUsage();
  t = performance.now();
  result = parseDatasetLenient(data);
  times.push(performance.now() - t);
  const { user, system } = process.cpuUsage(cpu);
  cpuTimes.push((user + system) / 1000);
  const indexCpu = process.cpuUsage();
  indexDataset(result.dataset);
  const index = process.cpuUsage(indexCpu);
  indexCpuTimes.push((index.user + index.system) / 1000);
}
if (!result.ok) throw new Error(result.message);
console.log(JSON.stringify({ jsonMs, coldMs: times[0], coldCpuMs: cpuTimes[0], warmCpuMs: cpuTimes.slice(1).sort((a, b) => a - b)[2], coldIndexCpuMs: indexCpuTimes[0], warmIndexCpuMs: indexCpuTimes.slice(1).sort((a, b) => a - b)[2], events: result.dataset.events.length, issues: result.issues.length }));
`;

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

async function bundle(srcDir, outfile) {
  const entry = join(outfile + '.entry.mjs');
  writeFileSync(entry, [
    `export { parseDatasetLenient } from ${JSON.stringify(join(srcDir, 'model/parse-dataset.ts'))};`,
    `export { indexDataset } from ${JSON.stringify(join(srcDir, 'shell/indexed-dataset.ts'))};`,
  ].join('\n'));
  // Minified like the embed bundle, so V8 sees the same kind of code a page gets.
  await build({ entryPoints: [entry], outfile, bundle: true, format: 'esm', platform: 'neutral', minify: true, logLevel: 'warning' });
}

async function main() {
  const work = mkdtempSync(join(tmpdir(), 'bench-parse-'));
  try {
    execFileSync('sh', ['-c', `git -C "${root}" archive ${ref} src | tar -x -C "${work}"`]);
    const builds = { before: join(work, 'before.mjs'), after: join(work, 'after.mjs') };
    await bundle(join(work, 'src'), builds.before);
    await bundle(join(root, 'src'), builds.after);
    const child = join(work, 'child.mjs');
    writeFileSync(child, CHILD);
    console.log(`load average ${loadavg().map((n) => n.toFixed(2)).join(' / ')}`);
    console.log(`parseDatasetLenient then indexDataset, cold (first call in a fresh process) and warm (calls 2–${CALLS}); ${ref} = before, working tree = after; medians of ${RUNS} runs; CPU: the process's user + system time`);
    console.log('| events | JSON.parse ms | parse, cold wall ms: before / after (ratio) | parse, cold CPU ms: before / after (ratio) | parse, warm CPU ms: before / after (ratio) | index, cold CPU ms: before / after (ratio) | index, warm CPU ms: before / after (ratio) |');
    console.log('| --: | --: | --: | --: | --: | --: | --: |');
    for (const size of SIZES) {
      const data = join(work, `data-${size}.json`);
      writeFileSync(data, JSON.stringify(generateDataset(size)));
      const runs = { before: [], after: [] };
      for (let run = 0; run < RUNS; run++) {
        for (const name of run % 2 === 0 ? ['before', 'after'] : ['after', 'before']) {
          const flags = profile && name === 'after' ? ['--cpu-prof', '--cpu-prof-dir', join(root, 'bench/results/profiles')] : [];
          const out = spawnSync(process.execPath, [...flags, child, builds[name], data], { encoding: 'utf8' });
          if (out.status !== 0) throw new Error(out.stderr);
          runs[name].push(JSON.parse(out.stdout));
        }
      }
      const [a, b] = [runs.after[0], runs.before[0]];
      if (a.events !== b.events || a.issues !== b.issues) throw new Error(`results differ: ${JSON.stringify({ before: b, after: a })}`);
      const m = (name, key) => median(runs[name].map((r) => r[key]));
      const cell = (key) => `${m('before', key).toFixed(0)} / ${m('after', key).toFixed(0)} (${(m('after', key) / m('before', key)).toFixed(2)})`;
      const json = median([...runs.before, ...runs.after].map((r) => r.jsonMs));
      console.log(`| ${size.toLocaleString('en')} | ${json.toFixed(0)} | ${cell('coldMs')} | ${cell('coldCpuMs')} | ${cell('warmCpuMs')} | ${cell('coldIndexCpuMs')} | ${cell('warmIndexCpuMs')} |`);
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

await main();
