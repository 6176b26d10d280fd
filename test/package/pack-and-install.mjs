// Packs the npm package, installs the tarball into an otherwise empty app, then uses only the
// installed files: the CLI converts data (a STIX example report when ../shared has it, else a CSV
// fixture), the package exports resolve, the library entry and `attack-timeline/formats` import in
// Node without touching the DOM or defining a tag (node-import.mjs), custom-elements.json describes
// the shipped files, and headless Chromium renders the embed from node_modules, fetching its lazy
// chunks (export code, French/German text) only when used.
// Run after `npm run build` (npm run test:package does both). Needs no network: the install is
// --offline (from the npm cache); if the cache lacks a package, node_modules is laid out from the
// tarball and this repository's node_modules instead, and that is said (see packed.mjs).
import { copyFileSync, existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join } from 'node:path';
import { findChrome, chromeArgs } from '../../scripts/chrome-path.mjs';
import { createReport, installApp, packRepository, root, run } from './packed.mjs';
import { manifestProblems } from './manifest-problems.mjs';

const stixExample = join(root, '..', 'shared', 'stix2-json-schemas', 'examples', 'threat-reports', 'poisonivy.json');
const { check, failures, finish } = createReport();
let work;

try {
  const packed = packRepository('attack-timeline-pack-');
  work = packed.work;
  const { files, info, tarball } = packed;
  console.log(`packed ${info.filename}: ${files.length} files, ${(info.size / 1024).toFixed(0)} kB`);
  const lazyChunks = ['dist/attack-timeline-default-dataset.js', 'dist/attack-timeline-zoom.js', 'dist/attack-timeline-controls.js', 'dist/attack-timeline-event-cards.js', 'dist/attack-timeline-event-detail.js', 'dist/attack-timeline-export.js', 'dist/attack-timeline-messages-fr.js', 'dist/attack-timeline-messages-de.js', 'dist/attack-timeline-messages-ja.js', 'dist/attack-timeline-presentation.js', 'dist/attack-timeline-read-dataset.js', 'dist/attack-timeline-search.js', 'dist/attack-timeline-tlp.js'];
  for (const needed of [...lazyChunks, 'dist/attack-timeline.js', 'dist/index.js', 'dist/formats.js', 'dist/types/index.d.ts', 'dist/types/formats/index.d.ts', 'bin/attack-timeline.mjs', 'custom-elements.json', 'schema/dataset.schema.json']) {
    check(files.includes(needed), `package contains ${needed}`);
  }
  check(!files.some((f) => f.startsWith('src/') || f.startsWith('test/') || f.startsWith('data/')), 'package leaves out src/, test/ and data/');

  const app = join(work, 'app');
  const how = installApp(app, tarball, { name: 'pack-test', private: true, type: 'module', dependencies: { 'attack-timeline': `file:${tarball}` } });
  const installed = join(app, 'node_modules', 'attack-timeline');
  if (how === 'npm') {
    const dependencies = JSON.parse(readFileSync(join(installed, 'package.json'), 'utf8')).dependencies;
    check(Object.keys(dependencies).every((name) => existsSync(join(app, 'node_modules', name, 'package.json'))), `npm installed the dependencies: ${Object.keys(dependencies).join(', ')}`);
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

  // The library entry in Node, as a server-side renderer or a build script imports it.
  copyFileSync(join(root, 'test', 'package', 'node-import.mjs'), join(app, 'node-import.mjs'));
  const nodeImport = run(process.execPath, ['node-import.mjs', join(root, 'test', 'fixtures', 'small.json')], { cwd: app });
  const imported = JSON.parse(nodeImport.stdout.trim().split('\n').pop() || '{}');
  check(nodeImport.status === 0 && imported.library?.classes.join() === 'AttackTimeline:function,AtChart:function,defineElements:function', `import('attack-timeline') works in Node${imported.library ? ` (${imported.library.exports} exports)` : `: ${imported.error ?? nodeImport.stderr}`}`);
  check(imported.library?.tags.length > 0 && imported.library.defined.length === 0, `importing it defines no tag (${imported.library?.defined.join(', ') || 'none'} of ${imported.library?.tags.length ?? 0})`);
  check(/^ok, \d+ events$/.test(imported.library?.parseDataset ?? ''), `parseDataset runs in Node (${imported.library?.parseDataset})`);
  check(imported.formats?.fromCsv === 'function' && imported.formats?.toStixBundle === 'function', `import('attack-timeline/formats') works in Node${imported.formats ? '' : `: ${imported.error ?? nodeImport.stderr}`}`);
  const ours = (imported.reads ?? []).filter((read) => read.by === 'attack-timeline');
  check(ours.length === 0, `the package reads no browser global in Node${ours.length ? `: ${ours.map((r) => `${r.name} (${r.phase}, ${r.frame})`).join('; ')}` : ''}`);
  const theirs = [...new Set((imported.reads ?? []).filter((read) => read.by !== 'attack-timeline').map((read) => `${read.by}: ${read.name}`))];
  console.log(`     (read at import by dependencies: ${theirs.join(', ') || 'nothing'})`);

  // custom-elements.json, as shipped.
  const manifest = JSON.parse(readFileSync(join(installed, 'custom-elements.json'), 'utf8'));
  const tags = manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.customElement).map((d) => d.tagName);
  check(tags.includes('attack-timeline'), `custom-elements.json describes <attack-timeline> (tags: ${tags.join(', ')})`);
  const problems = manifestProblems(manifest, files);
  check(problems.length === 0, `custom-elements.json refers only to shipped files and types every event${problems.length ? `:\n       ${problems.join('\n       ')}` : ` (modules: ${manifest.modules.map((m) => m.path).join(', ')})`}`);
  const shell = manifest.modules.flatMap((m) => m.declarations ?? []).find((d) => d.tagName === 'attack-timeline');
  const selectType = shell?.events?.find((event) => event.name === 'at-select')?.type?.text;
  check(selectType === 'CustomEvent<{ id: string | null }>', `<attack-timeline> at-select is typed from src/events.ts (${selectType})`);

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
    // With src, the code that reads the answer comes while the data is on its way (before the first
    // frame); the secondary controls and the zoom gestures follow after it, with no input (in either order).
    const beforeFirstFrame = ['attack-timeline.js', 'attack-timeline-read-dataset.js'];
    // (Sorted: the order they come in varies; the search code follows the controls.)
    const afterFirstFrame = ['attack-timeline-controls.js', 'attack-timeline-search.js', 'attack-timeline-zoom.js'];
    for (let i = 0; i < 100 && !afterFirstFrame.every((name) => scripts.includes(name)); i++) await new Promise((resolve) => setTimeout(resolve, 50));
    check(scripts.slice(0, 2).join() === beforeFirstFrame.join() && scripts.slice(2).sort().join() === afterFirstFrame.join(), `a first render in English from src fetches the script and the src reader, then the controls, the search code and the zoom gestures (fetched: ${scripts.join(', ')})`);

    // The lazy chunks, fetched from beside the script on first use.
    const lazy = await page.evaluate(async () => {
      const element = document.querySelector('attack-timeline');
      const svg = await element.exportSvg();
      element.locale = 'fr';
      await element.updateComplete;
      const actions = element.shadowRoot.querySelector('at-actions');
      await actions.updateComplete;
      await element.present();
      const bar = element.shadowRoot.querySelector('at-present-bar');
      await bar?.updateComplete;
      const presentation = { step: element.presentation?.step, caption: bar?.shadowRoot?.querySelector('.caption')?.textContent ?? '', fixed: getComputedStyle(element).position };
      await element.exitPresentation();
      // max-tlp fetches its code before it shows the data again (nothing here is marked above red).
      element.setAttribute('max-tlp', 'red');
      await element.updateComplete;
      const tlpEvents = element.parsedDataset?.events.length ?? 0;
      return { svg: svg.includes('<svg') && svg.includes('</svg>'), present: actions.shadowRoot.querySelector('button.present').textContent, presentation, tlpEvents };
    });
    check(lazy.svg, 'exportSvg() works, loading attack-timeline-export.js');
    check(/Présenter/.test(lazy.present), `locale="fr" shows French once attack-timeline-messages-fr.js has loaded ("${lazy.present.trim()}")`);
    check(lazy.presentation.step === 0 && lazy.presentation.caption.length > 0 && lazy.presentation.fixed === 'fixed', `present() works, loading attack-timeline-presentation.js (step ${lazy.presentation.step}, "${lazy.presentation.caption.slice(0, 40)}", ${lazy.presentation.fixed})`);
    check(lazy.tlpEvents === expected, `max-tlp="red" works, loading attack-timeline-tlp.js (${lazy.tlpEvents} of ${expected} events)`);
    // The first step selects an event, so its details' code follows the presentation's.
    const expectedScripts = [...beforeFirstFrame, ...afterFirstFrame, 'attack-timeline-export.js', 'attack-timeline-messages-fr.js', 'attack-timeline-presentation.js', 'attack-timeline-event-detail.js', 'attack-timeline-tlp.js'];
    check(scripts.slice(0, 2).join() === beforeFirstFrame.join() && scripts.slice(2, 2 + afterFirstFrame.length).sort().concat(scripts.slice(2 + afterFirstFrame.length)).join() === expectedScripts.slice(2).join(), `each chunk is fetched once and the main script is not fetched again (fetched: ${scripts.join(', ')})`);

    // The English words only the lazy parts use are not in the script: each part's chunk brings its
    // own (vite.embed.config.ts), added to the English table when it arrives, whatever the locale then.
    const english = await page.evaluate(async () => {
      const element = document.querySelector('attack-timeline');
      element.locale = null;
      element.removeAttribute('max-tlp');
      await element.updateComplete;
      await element.select(element.parsedDataset.events[0].id);
      await element.present();
      const root = element.shadowRoot;
      const parts = ['at-actions', 'at-search', 'at-event-detail', 'at-present-bar'].map((tag) => root.querySelector(tag));
      await Promise.all(parts.map((part) => part?.updateComplete));
      const [actions, search, detail, bar] = parts;
      const seen = {
        present: actions?.shadowRoot.querySelector('button.present')?.textContent.trim(),
        placeholder: search?.shadowRoot.querySelector('input')?.placeholder,
        close: detail?.shadowRoot.querySelector('button.close')?.getAttribute('aria-label'),
        help: bar?.shadowRoot.querySelector('.help')?.textContent.trim(),
      };
      await element.exitPresentation();
      return seen;
    });
    check(
      /^▶ Present$/.test(english.present) && english.placeholder === 'Title, actor, victim, alias…' && english.close === 'Close details' && english.help === '→ / Space next, ← previous, Esc exits',
      `the lazy parts show their English words, which come in their chunks (${JSON.stringify(english)})`,
    );

    // A chunk the publisher did not host: English text, and an at-error naming the file.
    const missing = await browser.newPage();
    missing.on('pageerror', (error) => errors.push(error.message));
    await missing.setRequestInterception(true);
    missing.on('request', (request) => (request.url().endsWith('attack-timeline-messages-de.js') ? request.respond({ status: 404, body: '' }) : request.continue()));
    await missing.goto(`http://127.0.0.1:${server.address().port}/index.html`, { timeout: 30_000 });
    // The data first: until it has loaded the shell shows its loading line, with no <at-actions>.
    await missing.waitForFunction(() => document.querySelector('attack-timeline')?.parsedDataset != null, { timeout: 20_000 });
    const fallback = await missing.evaluate(async () => {
      const element = document.querySelector('attack-timeline');
      const errors = [];
      element.addEventListener('at-error', (event) => errors.push(event.detail.message));
      element.locale = 'de';
      await element.updateComplete;
      const actions = element.shadowRoot.querySelector('at-actions');
      // The shell's updateComplete does not wait for its children's renders.
      await actions?.updateComplete;
      return { present: actions?.shadowRoot.querySelector('button.present').textContent ?? '', errors };
    });
    check(/Present/.test(fallback.present) && fallback.errors.some((message) => message.includes('attack-timeline-messages-de.js')), `a missing text chunk falls back to English ("${fallback.present.trim()}") and says which file is missing (${fallback.errors.join('; ')})`);
    // The zoom gestures left out by the host: the chart draws, one at-error names the file, the buttons still zoom.
    const noZoom = await browser.newPage();
    noZoom.on('pageerror', (error) => errors.push(error.message));
    await noZoom.setRequestInterception(true);
    let zoomRequests = 0;
    noZoom.on('request', (request) => {
      if (!request.url().endsWith('attack-timeline-zoom.js')) return request.continue();
      zoomRequests++;
      return request.respond({ status: 404, body: '' });
    });
    await noZoom.evaluateOnNewDocument(() => {
      window.errorsSeen = [];
      document.addEventListener('at-error', (event) => window.errorsSeen.push(event.detail.message));
    });
    await noZoom.goto(`http://127.0.0.1:${server.address().port}/index.html`, { timeout: 30_000 });
    await noZoom.waitForFunction(() => document.querySelector('attack-timeline')?.parsedDataset != null && window.errorsSeen.length > 0, { timeout: 20_000 });
    const noZoomSeen = await noZoom.evaluate(async () => {
      const element = document.querySelector('attack-timeline');
      const chart = element.shadowRoot.querySelector('at-chart');
      const before = element.view.endMs - element.view.startMs;
      chart.shadowRoot.querySelector('button.zoom-in').click();
      await new Promise((resolve) => setTimeout(resolve, 100));
      return { errors: window.errorsSeen, marks: chart.drawnItems.length, ratio: before / (element.view.endMs - element.view.startMs) };
    });
    check(zoomRequests === 1 && noZoomSeen.errors.length === 1 && noZoomSeen.errors[0].includes('attack-timeline-zoom.js') && noZoomSeen.marks > 0 && Math.abs(noZoomSeen.ratio - 2) < 0.01, `a missing zoom chunk gives one at-error naming its file; the chart draws (${noZoomSeen.marks} marks) and the + button still zooms ×${noZoomSeen.ratio.toFixed(2)} (${zoomRequests} request(s): ${noZoomSeen.errors.join('; ')})`);
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
  if (work) rmSync(work, { recursive: true, force: true });
}
finish('pack-and-install');
