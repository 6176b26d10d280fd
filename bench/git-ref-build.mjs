// Building the embed bundle of another commit beside this one, for the A/B scripts
// (bench/compare.mjs, bench/zoom-compare.mjs): both builds use this checkout's node_modules, so
// only the sources differ.
import { execFileSync } from 'node:child_process';
import { mkdir, symlink } from 'node:fs/promises';
import { join } from 'node:path';
import { build } from 'vite';
import { root } from './serve.mjs';

/** The files of `ref` extracted into `dir` (created if need be), this checkout's node_modules linked in; resolves with the commit. */
export async function checkOut(ref, dir) {
  const commit = execFileSync('git', ['rev-parse', '--verify', `${ref}^{commit}`], { cwd: root, encoding: 'utf8' }).trim();
  await mkdir(dir, { recursive: true });
  execFileSync('bash', ['-c', 'git archive --format=tar "$1" | tar -x -C "$2"', '_', commit, dir], { cwd: root });
  await symlink(join(root, 'node_modules'), join(dir, 'node_modules'), 'dir');
  return commit;
}

/** Builds the embed bundle of the sources in `sourceDir` into `outDir` (the config of `npm run build`'s embed step). */
export async function buildEmbed(sourceDir, outDir) {
  await build({ logLevel: 'warn', root: sourceDir, configFile: join(sourceDir, 'vite.embed.config.ts'), build: { outDir, emptyOutDir: true, sourcemap: false } });
}
