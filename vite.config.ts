import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

const { dependencies } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as { dependencies: Record<string, string> };
/** The runtime dependencies (lit, d3-*, date-fns) and Lit's own packages, with their subpaths. */
const shared = [...Object.keys(dependencies), 'lit-html', 'lit-element', '@lit/', '@lit-labs/'];
const isShared = (id: string) => shared.some((name) => (name.endsWith('/') ? id.startsWith(name) : id === name || id.startsWith(`${name}/`)));

// Unit tests run in a non-UTC zone so any leak of local time into date handling fails.
process.env.TZ = 'America/Los_Angeles';

/**
 * Unit tests that mock modules, replace globals (Date, Intl) or need a module nothing has used yet
 * (the message tables loaded on demand): each keeps a module graph of its own.
 */
const needFreshModules = [
  'test/unit/reliability/dataset-lifecycle.test.ts',
  'test/unit/reliability/properties.test.ts',
  'test/unit/scales/date-format.test.ts',
  'test/unit/i18n/load-messages.test.ts',
];
const unitTests = {
  environment: 'node',
  // A hang guard, not a speed check: the property and scale tests take seconds on a
  // shared two-core machine, and speed is measured by the benchmarks.
  testTimeout: 60_000,
  // Every core: vitest's default leaves one free, which on a two-core machine ran the files
  // one at a time. The growth checks time CPU, not the clock, so a busy core does not skew them.
  maxWorkers: availableParallelism(),
} as const;

export default defineConfig({
  server: { host: '127.0.0.1', port: 5173, strictPort: false },
  preview: { host: '127.0.0.1', port: 4173 },
  build: {
    target: 'es2022',
    outDir: 'dist',
    lib: {
      // The embed bundle (dist/attack-timeline.js, one file) is built by vite.embed.config.ts.
      entry: { index: 'src/index.ts', formats: 'src/formats/index.ts' },
      formats: ['es'],
    },
    rolldownOptions: {
      // The library leaves its dependencies as imports, so an app that uses Lit (or D3) too ships one
      // copy of it (two copies of lit-html break templates and double the download). The embed
      // bundles them instead.
      external: isShared,
    },
    minify: true,
    sourcemap: true,
  },
  test: {
    projects: [
      {
        extends: true,
        test: {
          ...unitTests,
          name: 'unit',
          include: ['test/unit/**/*.test.ts'],
          exclude: needFreshModules,
          // The files share one module graph per worker: a fresh graph (and process) per file cost
          // about 20 of the unit tests' 43 seconds. `npm run test:unit -- --sequence.shuffle.files` shows
          // that no file leans on another's leftovers.
          isolate: false,
        },
      },
      { extends: true, test: { ...unitTests, name: 'unit-isolated', include: needFreshModules } },
    ],
  },
});
