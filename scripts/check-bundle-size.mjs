// Fails when the embed's first download grows past its ceiling. The first download is what a page
// with the script tag fetches before anything can render: dist/attack-timeline.js plus any file it
// imports statically (today none: it is one file). The chunks it imports lazily, from beside itself
// (the zoom gestures and the secondary controls, fetched once the first frame is painted; export,
// French/German/Japanese text, the default story, presentation with the sync-url code, the src
// reader, the max-tlp code, each fetched when used; the search code after the controls), are listed
// separately. The ceiling is today's
// size plus a little room, so any growth is a decision someone makes on purpose (raise it here, with
// the reason in the commit). The cold-start issue (#16) budgets the first download at 60 KiB gzip;
// each round that cut it moved the ceiling down with it (git log of this file has the history).
// Round seven moved the JSON Schema's descriptions out of the embed (59,940 bytes with the round's other changes): 58.6 KiB.
// Round nine raised it to 58.7 KiB on purpose: laying out only the rows near the screen in a chart's
// first update and indexing rows when first read cost 121 bytes (60,069) for a cold first frame
// 0.93-0.95x at 1,000 and 100,000 events (docs/performance.md, Round nine); still under the budget.
// Round ten kept it: the search code moved to its own chunk (-354 bytes) paid for the axis keeping
// its ticks' elements and the chart's quiet live region (+374): 60,089 bytes.
// Round twelve raised it to 58.95 KiB on purpose: the canvas keeping its bar lists across zoom
// frames cost 241 bytes (60,328) for half the garbage a zoom frame makes and 0.89-0.93x main-thread
// CPU a frame at 100,000 events (docs/performance.md, Round twelve); still under the budget.
import { readdirSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';

// Round thirteen raised it to 58.97 KiB (60,385 bytes) on purpose: read-by-count bar lists
// (`mergeRowsInto`) cost 39 bytes (60,367) for about 18 % less garbage a zoom frame at 100,000 events.
// Round fourteen raised it to 59.37 KiB (60,795 bytes) on purpose: the zoom warm-up (ZoomWarmup,
// `whenIdleAfterPaint`, `ZoomController.animating`) cost 420 bytes (60,787) for a reader's first
// zoom that drops about half as many frames (docs/performance.md, Round fourteen); still under the budget.
// Round sixteen raised it to 59.5 KiB (60,928 bytes) on purpose: the loading line keeping
// `--at-loading-height`, the filter chips' row kept before the controls arrive, and the controls
// laid out as a grid whose rows do not depend on how wide the arriving parts are cost 111 bytes
// (60,898) for a page that no longer moves while the timeline loads (the article page's layout
// shift was 0.053 and 0.097 at 1280×720 and 390×844; in other languages and widths the controls'
// arrival shifted it by up to 0.26; docs/performance.md, Round sixteen).
// Round seventeen raised it to 59.8 KiB (61,235 bytes) on purpose: the shell's invisible copy of
// the filter chips (and the chip rules that size them, now shared with the filter bar) cost 301
// bytes (61,199) for a page that no longer moves when filters set by the page wrap the chips onto
// more than one line (a 38 px move at 700 and 1000 px with seven chips, 75 px with six long
// names; docs/performance.md, Round seventeen); still under the budget.
// It then raised it to 59.94 KiB (61,379 bytes): measuring the chart's titles again when a web
// font of its family arrives after the first frame (FontLoadController, TextMeasure.stale) cost
// 178 bytes (61,377); without it, titles drawn in the late font overran the room they were laid
// out in (a 215 px layout for a 256 px title in late-font.test.ts). 63 bytes under the budget.
// Round eighteen raised it to 59.96 KiB (61,399 bytes): leaving out the controls' blocks when
// their file fails to load, instead of keeping about 200 px of empty stand-ins under an error,
// and not pointing screen readers to the missing table, cost 29 bytes, of which dropping
// `:not(:defined)` from the rule that makes the controls blocks (their own `:host` rules already
// do) paid 9: 61,397 bytes, 43 under the budget.
// Round nineteen lowered it to 61,390 bytes (59.95 KiB), where the bundle went: a file beside the
// script that fails to load (code, the bundled story, a locale's text) is now reported with the
// browser's reason, which names the address it tried, in place of 'script: expected the file
// beside the script, got "…"' and of the story's title repeated under it, through one issue
// builder beside createIssue; that and one listener for both print events took 7 bytes off.
const CEILING_GZIP_BYTES = 61_390;
const TARGET_GZIP_BYTES = 60 * 1024;
const ENTRY = 'attack-timeline.js';
/** The lazy chunks docs/embedding.md tells publishers to host beside the entry. */
const EXPECTED_LAZY = ['attack-timeline-controls.js', 'attack-timeline-default-dataset.js', 'attack-timeline-event-cards.js', 'attack-timeline-event-detail.js', 'attack-timeline-export.js', 'attack-timeline-messages-de.js', 'attack-timeline-messages-fr.js', 'attack-timeline-messages-ja.js', 'attack-timeline-presentation.js', 'attack-timeline-read-dataset.js', 'attack-timeline-search.js', 'attack-timeline-tlp.js', 'attack-timeline-zoom.js'];

const dist = fileURLToPath(new URL('../dist/', import.meta.url));
const read = (name) => {
  try {
    return readFileSync(dist + name);
  } catch {
    console.error(`dist/${name} is missing: run npm run build first.`);
    process.exit(1);
  }
};

/** Relative specifiers of a module's static imports and re-exports (not `import()`). */
function staticImports(code) {
  const found = new Set();
  for (const match of code.matchAll(/(?:^|[;}\s])(?:import|export)\s*(?:[\w$*{}\s,]*?\s*from\s*)?["'`]\.\/([^"'`]+\.js)["'`]/g)) found.add(match[1]);
  return [...found];
}

/** Relative specifiers of a module's dynamic imports. */
function dynamicImports(code) {
  return [...new Set([...code.matchAll(/\bimport\(\s*["'`]\.\/([^"'`]+\.js)["'`]\s*\)/g)].map((match) => match[1]))];
}

/** The entry and every file reachable from it through static imports. */
function firstDownload() {
  const seen = new Set();
  const visit = (name) => {
    if (seen.has(name)) return;
    seen.add(name);
    for (const next of staticImports(read(name).toString('utf8'))) visit(next);
  };
  visit(ENTRY);
  return [...seen];
}

const kib = (bytes) => `${(bytes / 1024).toFixed(1)} KiB`;
const sizes = (names) => {
  const code = Buffer.concat(names.map(read));
  return { minified: code.length, gzip: gzipSync(code, { level: 9 }).length };
};

const initialFiles = firstDownload();
const initial = sizes(initialFiles);
const lazy = [...new Set(initialFiles.flatMap((name) => dynamicImports(read(name).toString('utf8'))))].filter((name) => !initialFiles.includes(name)).sort();
const problems = [];

console.log(`embed, first download (${initialFiles.join(' + ')}): ${kib(initial.minified)} minified, ${kib(initial.gzip)} gzip, ${initial.gzip} bytes (ceiling ${CEILING_GZIP_BYTES}, target ${TARGET_GZIP_BYTES})`);
for (const name of lazy) {
  const size = sizes([name]);
  console.log(`  lazy, fetched when used: ${name}: ${kib(size.minified)} minified, ${kib(size.gzip)} gzip`);
}

if (initial.gzip > CEILING_GZIP_BYTES) problems.push(`the first download is over the ceiling (${initial.gzip} > ${CEILING_GZIP_BYTES} bytes gzip)`);
if (initialFiles.length > 1) problems.push(`the entry imports ${initialFiles.slice(1).join(', ')} up front; code it shares with a lazy chunk belongs in the entry (see vite.embed.config.ts)`);
const unexpected = lazy.filter((name) => !EXPECTED_LAZY.includes(name));
const missing = EXPECTED_LAZY.filter((name) => !lazy.includes(name));
if (unexpected.length > 0 || missing.length > 0) {
  problems.push(`the lazy chunks differ from the files docs/embedding.md lists (new: ${unexpected.join(', ') || 'none'}; gone: ${missing.join(', ') || 'none'}): update both`);
}
const present = new Set(readdirSync(dist));
for (const name of lazy) if (!present.has(name)) problems.push(`dist/${name} is imported but missing`);

if (problems.length > 0) {
  for (const problem of problems) console.error(`check-bundle-size: ${problem}.`);
  process.exit(1);
}
