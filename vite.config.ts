import { defineConfig } from 'vitest/config';

// Unit tests run in a non-UTC zone so any leak of local time into date handling fails.
process.env.TZ = 'America/Los_Angeles';

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
    minify: true,
    sourcemap: true,
  },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'node',
          include: ['test/unit/**/*.test.ts'],
        },
      },
    ],
  },
});
