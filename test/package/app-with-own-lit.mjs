// An app that has its own Lit: it depends on `lit` and on the packed attack-timeline, defines its
// own Lit element whose template holds <attack-timeline>, imports the library entry
// (`attack-timeline`, registering the tags with defineElements()), and is built by Vite. One copy
// of lit-html must ship: lit-html's modules come from one folder, the built code pushes one
// version onto `litHtmlVersions` (lit-html does that once per copy), and so does the page in
// Chromium, where both elements render. A library that bundles Lit fails all three.
// Run after `npm run build` (npm run test:package does both); offline, like pack-and-install.mjs.
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, relative } from 'node:path';
import { build } from 'vite';
import { findChrome, chromeArgs } from '../../scripts/chrome-path.mjs';
import { createReport, installApp, packRepository, run } from './packed.mjs';

const { check, failures, finish } = createReport();
let work;

const MAIN = `import { LitElement, html } from 'lit';
import { defineElements } from 'attack-timeline';

class NewsroomPage extends LitElement {
  render() {
    return html\`<h1>Campaigns</h1><attack-timeline title="Shared Lit"></attack-timeline>\`;
  }
}
customElements.define('newsroom-page', NewsroomPage);
defineElements();
`;

try {
  const packed = packRepository('attack-timeline-own-lit-');
  work = packed.work;
  const app = join(work, 'app');
  const litRange = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')).dependencies.lit;
  const how = installApp(app, packed.tarball, {
    name: 'newsroom',
    private: true,
    type: 'module',
    dependencies: { lit: litRange, 'attack-timeline': `file:${packed.tarball}` },
  });
  if (how === 'npm') {
    const listed = run('npm', ['ls', 'lit-html', '--all', '--parseable'], { cwd: app });
    const copies = listed.stdout.trim().split('\n').filter(Boolean).map((path) => relative(app, path));
    check(copies.length === 1, `npm installed one lit-html for the app and attack-timeline (${copies.join(', ')})`);
  }
  mkdirSync(join(app, 'src'));
  writeFileSync(join(app, 'src', 'main.js'), MAIN);
  writeFileSync(join(app, 'index.html'), '<!doctype html><meta charset="utf-8"><title>newsroom</title><script type="module" src="/src/main.js"></script><newsroom-page></newsroom-page>');

  const moduleIds = [];
  await build({
    root: app,
    configFile: false,
    logLevel: 'warn',
    build: { outDir: 'dist', target: 'es2022' },
    plugins: [{ name: 'list-modules', generateBundle(_, bundle) { for (const chunk of Object.values(bundle)) if (chunk.type === 'chunk') moduleIds.push(...chunk.moduleIds); } }],
  });
  const litHtmlFolders = [...new Set(moduleIds.filter((id) => /[\\/]lit-html[\\/]/.test(id)).map((id) => relative(app, id).replace(/[\\/]lit-html[\\/].*$/, '/lit-html')))];
  check(litHtmlFolders.length === 1, `the bundle takes lit-html's modules from one folder (${litHtmlFolders.join(', ') || 'none'})`);
  const fromPackage = moduleIds.filter((id) => /node_modules[\\/]attack-timeline[\\/]/.test(id)).map((id) => relative(app, id));
  check(fromPackage.some((id) => id.endsWith('dist/index.js')), `the app bundles attack-timeline's library entry (dist/index.js and ${fromPackage.length - 1} more of its files)`);
  const assets = join(app, 'dist', 'assets');
  const code = readdirSync(assets).filter((name) => name.endsWith('.js')).map((name) => readFileSync(join(assets, name), 'utf8')).join('\n');
  const pushes = code.match(/litHtmlVersions/g)?.length ?? 0;
  check(pushes === 1, `the built code registers lit-html once (litHtmlVersions appears ${pushes} time(s))`);

  const types = { '.html': 'text/html', '.js': 'text/javascript', '.json': 'application/json' };
  const dist = join(app, 'dist');
  const server = createServer((request, response) => {
    const path = join(dist, decodeURIComponent(new URL(request.url, 'http://x').pathname));
    if (!path.startsWith(dist) || !existsSync(path)) {
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
    await page.goto(`http://127.0.0.1:${server.address().port}/index.html`, { timeout: 30_000 });
    await page.waitForFunction(() => document.querySelector('newsroom-page')?.shadowRoot?.querySelector('attack-timeline')?.parsedDataset != null, { timeout: 20_000 });
    const seen = await page.evaluate(() => {
      const timeline = document.querySelector('newsroom-page').shadowRoot.querySelector('attack-timeline');
      return {
        versions: globalThis.litHtmlVersions ?? [],
        heading: document.querySelector('newsroom-page').shadowRoot.querySelector('h1')?.textContent,
        events: timeline.parsedDataset.events.length,
        chart: Boolean(timeline.shadowRoot.querySelector('at-chart')),
      };
    });
    check(seen.versions.length === 1, `one lit-html runs on the page (litHtmlVersions: ${JSON.stringify(seen.versions)})`);
    check(seen.heading === 'Campaigns' && seen.chart && seen.events > 0, `the app's element renders <attack-timeline> with the default story (${seen.events} events)`);
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
finish('app-with-own-lit');
