import { fileURLToPath } from 'node:url';
import { chromeLauncher } from '@web/test-runner-chrome';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { visualRegressionPlugin } from '@web/test-runner-visual-regression/plugin';
import { findChrome, chromeArgs } from './scripts/chrome-path.mjs';
import { reliabilityMiddleware } from './test/browser/reliability/test-server.mjs';
import { examplesDataMiddleware } from './test/browser/embed/examples-middleware.mjs';
import { zoomChunkMiddleware } from './test/browser/zoom/zoom-chunk-middleware.mjs';

const tsconfig = fileURLToPath(new URL('./tsconfig.json', import.meta.url));

export default {
  files: ['test/browser/**/*.test.ts'],
  nodeResolve: true,
  // Loopback routes for the reliability tests (hanging server, CSP page); paths /__reliability/*;
  // and a held back or missing zoom gesture module for the zoom tests (cookie zoom-chunk).
  middleware: [reliabilityMiddleware, examplesDataMiddleware, zoomChunkMiddleware],
  concurrency: 1,
  testFramework: { config: { timeout: 10000 } },
  browsers: [
    chromeLauncher({
      launchOptions: { executablePath: findChrome(), headless: true, args: chromeArgs },
    }),
  ],
  plugins: [
    esbuildPlugin({ ts: true, json: true, tsconfig, target: 'es2022' }),
    visualRegressionPlugin({
      update: process.argv.includes('--update-visual-baseline'),
      baseDir: 'test/screenshots',
    }),
  ],
};
