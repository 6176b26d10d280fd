// Shared steps of the packed-package tests: pack the repository once into a temporary folder, and
// install the tarball into a small app the way a user would, without the network.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = fileURLToPath(new URL('../../', import.meta.url));

/** `check(ok, what)` prints one line per check; `finish(name)` sets the exit code. */
export function createReport() {
  const failures = [];
  return {
    failures,
    check(ok, what) {
      console.log(`${ok ? 'ok  ' : 'FAIL'} ${what}`);
      if (!ok) failures.push(what);
    },
    finish(name) {
      if (failures.length > 0) {
        console.error(`\n${name}: ${failures.length} failure(s)`);
        process.exitCode = 1;
      } else {
        console.log(`\n${name}: all checks passed`);
      }
    },
  };
}

export function run(command, args, options = {}) {
  const result = spawnSync(command, args, { encoding: 'utf8', timeout: 120_000, ...options });
  if (result.error) throw result.error;
  return result;
}

/** Packs the built repository into a new temporary folder: `{ work, tarball, files, info }`. */
export function packRepository(prefix) {
  if (!existsSync(join(root, 'dist', 'attack-timeline.js')) || !existsSync(join(root, 'dist', 'index.js')) || !existsSync(join(root, 'custom-elements.json'))) {
    throw new Error('dist/ or custom-elements.json missing: run "npm run build" first (npm run test:package does).');
  }
  const work = mkdtempSync(join(tmpdir(), prefix));
  const packed = run('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', work], { cwd: root });
  if (packed.status !== 0) throw new Error(`npm pack failed:\n${packed.stderr}`);
  const [info] = JSON.parse(packed.stdout);
  return { work, tarball: join(work, info.filename), files: info.files.map((f) => f.path), info };
}

/**
 * Creates `app` with `packageJson` and installs its dependencies, the tarball among them, with
 * `npm install --offline` (from the npm cache). When the cache lacks a package, it lays out
 * node_modules as npm would instead: the tarball unpacked, and one copy of each package the app
 * and the tarball depend on, copied from this repository's node_modules (same versions as
 * package-lock.json). Returns how it installed: 'npm' or 'copied'.
 */
export function installApp(app, tarball, packageJson) {
  mkdirSync(app, { recursive: true });
  writeFileSync(join(app, 'package.json'), JSON.stringify(packageJson, null, 2));
  const install = run('npm', ['install', '--offline', '--no-audit', '--no-fund', '--ignore-scripts'], { cwd: app, timeout: 90_000 });
  if (install.status === 0) {
    console.log('installed with npm install --offline');
    return 'npm';
  }
  console.log(`npm install --offline could not complete (the npm cache lacks a package):\n${install.stderr.split('\n').slice(0, 2).join('\n')}\nlaying out node_modules from the tarball and this repository's node_modules instead`);
  const modules = join(app, 'node_modules');
  mkdirSync(modules, { recursive: true });
  const unpacked = join(app, '.unpacked');
  mkdirSync(unpacked);
  const untar = run('tar', ['-xzf', tarball, '-C', unpacked]);
  if (untar.status !== 0) throw new Error(`tar failed: ${untar.stderr}`);
  const packed = JSON.parse(readFileSync(join(unpacked, 'package', 'package.json'), 'utf8'));
  cpSync(join(unpacked, 'package'), join(modules, packed.name), { recursive: true });
  const lock = JSON.parse(readFileSync(join(root, 'package-lock.json'), 'utf8'));
  const copied = new Set();
  const copy = (name) => {
    if (copied.has(name)) return;
    const entry = lock.packages[`node_modules/${name}`];
    if (!entry) throw new Error(`${name} is not in package-lock.json: cannot lay out node_modules without the network`);
    copied.add(name);
    cpSync(join(root, 'node_modules', name), join(modules, name), { recursive: true, dereference: true });
    for (const dependency of Object.keys(entry.dependencies ?? {})) copy(dependency);
  };
  const appDependencies = Object.keys(packageJson.dependencies ?? {}).filter((name) => name !== packed.name);
  for (const name of [...appDependencies, ...Object.keys(packed.dependencies ?? {})]) copy(name);
  return 'copied';
}
