// `npm run test:browser`: the browser tests in two web-test-runner processes at once, each with its
// own Chromium and test server, so that neither sees the other's cookies or held-back files (the
// chunk tests' state; see test/browser/zoom/zoom-chunk-middleware.mjs). Most of a browser test's
// time is spent waiting for frames and timers, so two at once take about three quarters of the time
// of one after the other on a 2-core machine (docs/architecture.md, round eighteen).
// Each process's output is printed whole when it ends. Arguments (files, flags) run one
// web-test-runner with them instead, as `web-test-runner` itself would.
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import { browserTestFiles, splitByWeight, testWeight } from './split-test-files.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const RUNNERS = 2;

/** `count` distinct free ports: each server stays open until all are found, so none is given twice. */
async function freePorts(count) {
  const servers = [];
  try {
    for (let i = 0; i < count; i++) {
      const server = createServer();
      servers.push(server);
      await new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(0, '127.0.0.1', resolve);
      });
    }
    return servers.map((server) => server.address().port);
  } finally {
    await Promise.all(servers.map((server) => new Promise((resolve) => server.close(resolve))));
  }
}

/** Runs web-test-runner with `args`; resolves to its exit code and, if `quiet`, its output. */
function webTestRunner(args, quiet) {
  return new Promise((resolve) => {
    const child = spawn('npx', ['web-test-runner', ...args], { cwd: root, stdio: quiet ? ['ignore', 'pipe', 'pipe'] : 'inherit' });
    let output = '';
    if (quiet) {
      child.stdout.on('data', (chunk) => { output += chunk; });
      child.stderr.on('data', (chunk) => { output += chunk; });
    }
    child.on('error', (error) => resolve({ code: 1, output: `${output}\ncould not start web-test-runner: ${error.message}\n` }));
    child.on('close', (code, signal) => resolve({ code: code ?? 1, output: signal ? `${output}\nweb-test-runner ended by ${signal}\n` : output }));
    process.once('SIGINT', () => child.kill('SIGINT'));
  });
}

async function main() {
  const passed = process.argv.slice(2);
  if (passed.length > 0) return (await webTestRunner(passed, false)).code;

  const files = browserTestFiles(`${root}test/browser`).map((path) => path.slice(root.length));
  // (An empty list would make web-test-runner run the config's files: all of them.)
  const lists = splitByWeight(files.map((file) => ({ file, weight: testWeight(`${root}${file}`) })), RUNNERS).filter((list) => list.length > 0);
  console.log(`browser tests: ${files.length} files in ${lists.length} web-test-runner processes at once (${lists.map((list) => list.length).join(' + ')}); each one's output follows when it ends.`);
  const ports = await freePorts(lists.length);
  const codes = await Promise.all(lists.map(async (list, i) => {
    const { code, output } = await webTestRunner(['--port', String(ports[i]), ...list], true);
    console.log(`\n── browser tests, process ${i + 1} of ${lists.length} (${list.length} files): ${code === 0 ? 'passed' : `FAILED (exit ${code})`}\n${output.trimEnd()}`);
    return code;
  }));
  const failed = codes.filter((code) => code !== 0).length;
  console.log(failed === 0 ? `\nbrowser tests: all ${lists.length} processes passed.` : `\nbrowser tests: ${failed} of ${lists.length} processes FAILED (see above).`);
  return failed === 0 ? 0 : 1;
}

process.exitCode = await main();
