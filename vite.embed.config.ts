import { defineConfig, type Plugin } from 'vite';
import { applyEdits, templateEdits } from './scripts/compact-templates.ts';

/** Lit's template text without its indentation, comments and spare CSS spaces (scripts/compact-templates.ts). */
function compactTemplates(): Plugin {
  return {
    name: 'attack-timeline-compact-templates',
    transform(code, id) {
      if (!id.includes('/src/') || !/\b(css|html|svg)`/.test(code)) return null;
      const edits = templateEdits(this.parse(code), code);
      return edits.length === 0 ? null : applyEdits(code, edits, id);
    },
  };
}

/**
 * The English words only lazily loaded parts use (src/i18n/english-*.ts) stay out of the entry: in
 * this build messages.ts imports an empty table for each, and the words come in the chunk of the
 * part that uses them (which adds them to the English table before defining its elements). The
 * library build and the tests keep the whole English table in messages.ts.
 */
function englishWithTheirParts(): Plugin {
  const EMPTY = '\0attack-timeline-english-later';
  return {
    name: 'attack-timeline-english-with-their-parts',
    // Before Vite's own resolver, which would otherwise answer these relative imports first.
    enforce: 'pre',
    resolveId(source, importer) {
      return importer?.endsWith('/src/i18n/messages.ts') && /^\.\/english-[a-z]+\.ts$/.test(source) ? EMPTY : null;
    },
    load(id) {
      return id === EMPTY ? 'export const ENGLISH = {};' : null;
    },
  };
}

/**
 * The embed bundle: `dist/attack-timeline.js`, one self-contained ES module (Lit, D3 and date-fns
 * inside) that registers the tags, and the chunks it imports lazily from next to itself: the zoom
 * gesture code and the secondary controls (`attack-timeline-controls.js`) after the first paint,
 * the export code and other languages' text on first use, and the bundled default story, `dist/attack-timeline-default-dataset.js`, only when an element has neither
 * `src` nor `data`. Runs after the library build (`emptyOutDir: false`).
 */
export default defineConfig({
  plugins: [compactTemplates(), englishWithTheirParts()],
  build: {
    target: 'es2022',
    outDir: 'dist',
    emptyOutDir: false,
    copyPublicDir: false,
    lib: {
      entry: { 'attack-timeline': 'src/embed.ts' },
      formats: ['es'],
    },
    minify: true,
    sourcemap: true,
    rolldownOptions: {
      // Code that the entry and a lazy chunk share stays in the entry (which then exports it under
      // short extra names for the chunk); Vite's 'strict' for libraries would move it into a third
      // file that every page must fetch up front.
      // That merge is not guaranteed. Rolldown groups modules by the set of entries that reach them;
      // chunkOptimization.avoidRedundantChunkLoads then drops from each set the lazy chunks whose
      // importers already have the module loaded (one group at a time, undoing a drop that would
      // leave a static cycle between chunks), and mergeCommonChunks moves a leftover group into the
      // entry only if its cycle check passes. When read-dataset.ts built its own issues, the path
      // read-dataset -> model/issues.ts -> model/graphemes.ts gave graphemes a set of its own (entry,
      // export chunk, read-dataset chunk) that, after the chart split, neither step folded back:
      // it came out as attack-timeline-graphemes.js in the first download. Cutting that one path
      // fixes it (turning avoidRedundantChunkLoads off instead splits six more modules out). So the
      // lazy chunks the entry alone imports take only types from the model (read-dataset.ts returns
      // plain failures; loadJson in the entry makes their issues), and check-bundle-size fails if a
      // third file comes back.
      preserveEntrySignatures: 'allow-extension',
      output: {
        // Fixed names, so a publisher knows exactly which two files to host.
        entryFileNames: '[name].js',
        // The zoom gesture code (d3-zoom and its helpers, loaded after the first paint) is
        // attack-timeline-zoom.js, whatever its module is called.
        // The detail panel's and the cards' chunks are src/shell/lazy-event-*.ts (the element and its
        // English words): attack-timeline-event-detail.js and attack-timeline-event-cards.js.
        chunkFileNames: (chunk) => (chunk.name === 'zoom-gestures' ? 'attack-timeline-zoom.js' : `attack-timeline-${chunk.name.replace(/^lazy-/, '')}.js`),
        // Fully minified. For an ES library Vite leaves whitespace and /*@__PURE__*/ comments in
        // (so a bundler downstream can tree-shake it); this file goes to browsers as it is, and
        // whitespace alone was 50 KiB of it (oxc's minifier also beat esbuild's here: 243 vs 249 KiB).
        minify: true,
        comments: false,
      },
    },
  },
});
