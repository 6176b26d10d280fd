// Packs the npm package, installs the tarball into an empty folder, then uses only the installed
// files: the CLI converts data (a STIX example report when ../shared has it, else a CSV fixture),
// the package exports resolve, and headless Chromium renders the embed from node_modules, fetching
// its lazy chunks (export code, French/German text) only when used.
// Run after `npm run build` (npm run test:package does both). Needs no network: the install is
// --offline (dependencies from the npm cache); if the cache lacks them, the tarball is unpacked
// into node_modules instead (the embed bundle carries its own dependencies) and that is said.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync, cpSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findChrome, chromeArgs } from '../../scripts/chrome-path.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const stixExample = join(root, '..', 'shared', 'stix2-json-schemas', 'examples', 'threat-reports', 'poisonivy.json');
const work = mkdtempSync(join(tmpdir(), 'attack-timeline-pack-'));
const failures = [];
const check = (ok, what) => {
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${what}`);
  if (!ok) failures.push(what);
};
const run = (command, args, options = {}) => {
  const result = spawnSync(command, args, { encoding: 'utf8', timeout: 120_000, ...options });
  if (result.error) throw result.error;
  return result;
};

try {
  if (!existsSync(join(root, 'dist', 'attack-timeline.js')) || !existsSync(join(root, 'custom-elements.json'))) {
    throw new Error('dist/ or custom-elements.json missing: run "npm run build" first (npm run test:package does).');
  }
  const packed = run('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', work], { cwd: root });
  if (packed.status !== 0) throw new Error(`npm pack failed:\n${packed.stderr}`);
  const [info] = JSON.parse(packed.stdout);
  const files = info.files.map((f) => f.path);
  console.log(`packed ${info.filename}: ${files.length} files, ${(info.size / 1024).toFixed(0)} kB`);
  const lazyChunks = ['dist/attack-timeline-default-dataset.js', 'dist/attack-timeline-export.js', 'dist/attack-timeline-messages-fr.js', 'dist/attack-timeline-messages-de.js', 'dist/attack-timeline-messages-ja.js'];
  for (const needed of [...lazyChunks, 'dist/attack-timeline.js', 'dist/index.js', 'dist/formats.js', 'dist/types/index.d.ts', 'dist/types/formats/index.d.ts', 'bin/attack-timeline.mjs', 'custom-elements.json', 'schema/dataset.schema.json']) {
    check(files.includes(needed), `package contains ${needed}`);
  }
  check(!files.some((f) => f.startsWith('src/') || f.startsWith('test/') || f.startsWith('data/')), 'package leaves out src/, test/ and data/');

  const app = join(work, 'app');
  mkdirSync(app);
  writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'pack-test', private: true, type: 'module' }));
  const tarball = join(work, info.filename);
  const install = run('npm', ['install', tarball, '--offline', '--no-audit', '--no-fund', '--ignore-scripts', '--no-save'], { cwd: app, timeout: 90_000 });
  const installed = join(app, 'node_modules', 'attack-timeline');
  if (install.status === 0) {
    console.log('installed the tarball with npm install --offline');
  } else {
    console.log(`npm install --offline could not complete (the npm cache lacks a dependency):\n${install.stderr.split('\n').slice(0, 3).join('\n')}\nunpacking the tarball into node_modules instead`);
    mkdirSync(join(app, 'node_modules'), { recursive: true });
    const untar = run('tar', ['-xzf', tarball, '-C', work]);
    if (untar.status !== 0) throw new Error(`tar failed: ${untar.stderr}`);
    cpSync(join(work, 'package'), installed, { recursive: true });
  }

  // The CLI, from the installed files.
  const cli = join(installed, 'bin', 'attack-timeline.mjs');
  const input = existsSync(stixExample) ? stixExample : join(root, 'test', 'fixtures', 'formats', 'newsroom.csv');
  console.log(existsSync(stixExample) ? 'input: the OASIS Poison Ivy STIX report' : 'input: the CSV fixture (../shared/stix2-json-schemas is not present, STIX example skipped)');
  const validate = run(process.execPath, [cli, 'validate', input], { cwd: app });
  check(validate.status === 0, `installed CLI validates the input (exit ${validate.status}: ${validate.stdout.trim() || validate.stderr.trim()})`);
  const convert = run(process.execPath, [cli, 'convert', input, '--to', 'json', '-o', join(app, 'data.json')], { cwd: app });
  check(convert.status === 0 && existsSync(join(app, 'data.json')), 'installed CLI converts it to the dataset format');
  const invalid = run(process.execPath, [cli, 'validate', join(root, 'test', 'fixtures', 'invalid.json')], { cwd: app });
  check(invalid.status === 1, `installed CLI exits 1 on an invalid dataset (got ${invalid.status})`);

  // The package exports resolve to the installed files.
  const resolve = run(process.execPath, ['--input-type=module', '-e', `
    for (const s of ['attack-timeline', 'attack-timeline/embed', 'attack-timeline/formats', 'attack-timeline/custom-elements.json', 'attack-timeline/dataset.schema.json']) console.log(s, import.meta.resolve(s));
    const formats = await import('attack-timeline/formats');
    console.log('formats exports', typeof formats.fromStixBundle, typeof formats.toStixBundle, typeof formats.fromCsv);
  `], { cwd: app });
  check(resolve.status === 0 && /formats exports function function function/.test(resolve.stdout) && resolve.stdout.includes('node_modules/attack-timeline/dist/attack-timeline.js'), 'exports resolve; attack-timeline/formats loads in Node');
  const manifest = JSON.parse(readFileSync(join(installed, 'custom-elements.json'), 'utf8'));
  const tags = manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.customElement).map((d) => d.tagName);
  check(tags.includes('attack-timeline'), `custom-elements.json describes <attack-timeline> (tags: ${tags.join(', ')})`);

  // The embed, rendered by Chromium from node_modules.
  writeFileSync(join(app, 'index.html'), `<!doctype html><meta charset="utf-8"><title>pack test</title>
<script type="module" src="/node_modules/attack-timeline/dist/attack-timeline.js"></script>
<attack-timeline src="/data.json"></attack-timeline>`);
  const types = { '.html': 'text/html', '.js': 'text/javascript', '.json': 'application/json', '.map': 'application/json' };
  const server = createServer((request, response) => {
    const path = join(app, decodeURIComponent(new URL(request.url, 'http://x').pathname));
    if (!path.startsWith(app) || !existsSync(path)) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'content-type': types[extname(path)] ?? 'application/octet-stream' }).end(readFileSync(path));
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { default: puppeteer } = await import('puppeteer-core');
  const browser = await puppeteer.launch({ executablePath: findChrome(), headless: true, args: chromeArgs });
  try {
    const page = await browser.newPage();
    const errors = [];
    page.on('pageerror', (error) => errors.push(error.message));
    const scripts = [];
    page.on('request', (request) => {
      const path = new URL(request.url()).pathname;
      if (path.endsWith('.js')) scripts.push(path.replace('/node_modules/attack-timeline/dist/', ''));
    });
    await page.goto(`http://127.0.0.1:${server.address().port}/index.html`, { timeout: 30_000 });
    const expected = JSON.parse(readFileSync(join(app, 'data.json'), 'utf8')).events.length;
    await page.waitForFunction(() => document.querySelector('attack-timeline')?.parsedDataset != null, { timeout: 20_000 });
    const seen = await page.evaluate(() => {
      const element = document.querySelector('attack-timeline');
      return {
        events: element.parsedDataset.events.length,
        chart: Boolean(element.shadowRoot.querySelector('at-chart')),
        title: element.shadowRoot.querySelector('h2')?.textContent ?? '',
      };
    });
    check(seen.chart && seen.events === expected, `embed from node_modules renders "${seen.title}" with ${seen.events} of ${expected} events`);
    check(scripts.join() === 'attack-timeline.js', `a first render in English fetches one script (fetched: ${scripts.join(', ')})`);

    // The lazy chunks, fetched from beside the script on first use.
    const lazy = await page.evaluate(async () => {
      const element = document.querySelector('attack-timeline');
      const svg = await element.exportSvg();
      element.locale = 'fr';
      await element.updateComplete;
      const actions = element.shadowRoot.querySelector('at-actions');
      return { svg: svg.includes('<svg') && svg.includes('</svg>'), present: actions.shadowRoot.querySelector('button.present').textContent };
    });
    check(lazy.svg, 'exportSvg() works, loading attack-timeline-export.js');
    check(/Présenter/.test(lazy.present), `locale="fr" shows French once attack-timeline-messages-fr.js has loaded ("${lazy.present.trim()}")`);
    const expectedScripts = ['attack-timeline.js', 'attack-timeline-export.js', 'attack-timeline-messages-fr.js'];
    check(scripts.join() === expectedScripts.join(), `each chunk is fetched once and the main script is not fetched again (fetched: ${scripts.join(', ')})`);

    // A chunk the publisher did not host: English text, and an at-error naming the file.
    const missing = await browser.newPage();
    missing.on('pageerror', (error) => errors.push(error.message));
    await missing.setRequestInterception(true);
    missing.on('request', (request) => (request.url().endsWith('attack-timeline-messages-de.js') ? request.respond({ status: 404, body: '' }) : request.continue()));
    await missing.goto(`http://127.0.0.1:${server.address().port}/index.html`, { timeout: 30_000 });
    const fallback = await missing.evaluate(async () => {
      const element = document.querySelector('attack-timeline');
      const errors = [];
      element.addEventListener('at-error', (event) => errors.push(event.detail.message));
      element.locale = 'de';
      await element.updateComplete;
      const actions = element.shadowRoot.querySelector('at-actions');
      return { present: actions?.shadowRoot.querySelector('button.present').textContent ?? '', errors };
    });
    check(/Present/.test(fallback.present) && fallback.errors.some((message) => message.includes('attack-timeline-messages-de.js')), `a missing text chunk falls back to English and says which file is missing (${fallback.errors.join('; ')})`);
    // The bundled story left out by the host: one at-error naming the file, one request, however often the element re-renders.
    writeFileSync(join(app, 'no-data.html'), `<!doctype html><meta charset="utf-8"><title>no story</title>
<script>window.errorsSeen = []; document.addEventListener('at-error', (event) => window.errorsSeen.push(event.detail.message));</script>
<script type="module" src="/node_modules/attack-timeline/dist/attack-timeline.js"></script>
<attack-timeline></attack-timeline>`);
    const noStory = await browser.newPage();
    noStory.on('pageerror', (error) => errors.push(error.message));
    await noStory.setRequestInterception(true);
    let storyRequests = 0;
    noStory.on('request', (request) => {
      if (!request.url().endsWith('attack-timeline-default-dataset.js')) return request.continue();
      storyRequests++;
      return request.respond({ status: 404, body: '' });
    });
    await noStory.goto(`http://127.0.0.1:${server.address().port}/no-data.html`, { timeout: 30_000 });
    const noStorySeen = await noStory.evaluate(async () => {
      const element = document.querySelector('attack-timeline');
      for (let i = 0; i < 10; i++) {
        element.requestUpdate();
        await element.updateComplete;
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      return { errors: window.errorsSeen, alert: element.shadowRoot.querySelector('[role="alert"]')?.textContent ?? '' };
    });
    check(storyRequests === 1 && noStorySeen.errors.length === 1 && noStorySeen.errors[0].includes("attack-timeline-default-dataset.js") && noStorySeen.alert.includes("bundled story"), `a missing bundled story gives one at-error naming its file and one request (${storyRequests} request(s): ${noStorySeen.errors.join("; ")})`);
    check(errors.length === 0, `no page errors${errors.length ? `: ${errors.join('; ')}` : ''}`);
  } finally {
    await browser.close();
    server.close();
  }
} catch (error) {
  failures.push(error.message);
  console.error(error);
} finally {
  rmSync(work, { recursive: true, force: true });
}
if (failures.length > 0) {
  console.error(`\npack-and-install: ${failures.length} failure(s)`);
  process.exit(1);
}
console.log('\npack-and-install: all checks passed');
