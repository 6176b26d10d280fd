// `node node-import.mjs dataset.json`, from inside an app that has the package installed
// (pack-and-install.mjs copies it there): imports `attack-timeline` and `attack-timeline/formats` as a server-side renderer or a
// build script would, and prints a JSON report on stdout. Before importing, every browser global
// is replaced by a getter that records who read it; a read whose stack passes through the
// package's own files is a module-level statement touching the DOM. (Lit's Node build reads
// `document`, `customElements` and a few others to set up its shim: that is Lit's, and allowed.)
const BROWSER_GLOBALS = [
  'window', 'document', 'navigator', 'location', 'history', 'matchMedia', 'getComputedStyle', 'localStorage',
  'sessionStorage', 'requestAnimationFrame', 'ResizeObserver', 'IntersectionObserver', 'MutationObserver',
  'customElements', 'HTMLElement', 'Element', 'Node', 'ShadowRoot', 'Document', 'CSSStyleSheet', 'Image',
  'Path2D', 'OffscreenCanvas', 'devicePixelRatio', 'DOMParser', 'XMLSerializer', 'innerWidth', 'innerHeight',
];
import { readFileSync } from 'node:fs';

const reads = [];
let phase = 'import';
for (const name of BROWSER_GLOBALS) {
  let value = globalThis[name];
  Object.defineProperty(globalThis, name, {
    configurable: true,
    get() {
      const frames = (new Error().stack ?? '').split('\n').slice(2).map((line) => line.trim());
      reads.push({ name, frames, phase });
      return value;
    },
    set(next) {
      value = next;
    },
  });
}

const report = { reads: [], library: null, formats: null, error: null };
const failed = (what, error) => {
  report.error = `${report.error ? `${report.error}\n` : ''}${what}: ${error instanceof Error ? error.stack : String(error)}`;
};
try {
  const library = await import('attack-timeline');
  phase = 'use';
  const registry = globalThis.customElements;
  const tags = Object.keys(library.ELEMENTS ?? {});
  const parsed = library.parseDataset(JSON.parse(readFileSync(process.argv[2], 'utf8')));
  report.library = {
    exports: Object.keys(library).length,
    classes: ['AttackTimeline', 'AtChart', 'defineElements'].map((name) => `${name}:${typeof library[name]}`),
    tags,
    defined: tags.filter((tag) => registry?.get(tag) !== undefined),
    parseDataset: parsed.ok ? `ok, ${parsed.dataset.events.length} events` : `issues: ${parsed.issues.map((i) => `${i.path} ${i.message}`).join('; ')}`,
  };
} catch (error) {
  failed("import('attack-timeline')", error);
}
try {
  phase = 'import';
  const formats = await import('attack-timeline/formats');
  report.formats = { fromCsv: typeof formats.fromCsv, toStixBundle: typeof formats.toStixBundle, fromStixBundle: typeof formats.fromStixBundle };
} catch (error) {
  failed("import('attack-timeline/formats')", error);
}
const packageFile = /node_modules[\\/]attack-timeline[\\/]/;
const thisFile = new URL(import.meta.url).pathname;
for (const { name, frames, phase } of reads) {
  const others = frames.filter((frame) => !frame.includes(thisFile));
  if (others.length === 0) continue;
  const ours = others.find((frame) => packageFile.test(frame));
  const first = others.find((frame) => frame.includes('node_modules')) ?? others[0];
  report.reads.push({ name, phase, by: ours ? 'attack-timeline' : (/node_modules[\\/]((?:@[^\\/]+[\\/])?[^\\/]+)/.exec(first)?.[1] ?? 'unknown'), frame: ours ?? first });
}
console.log(JSON.stringify(report));
