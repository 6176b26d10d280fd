#!/usr/bin/env node
// The attack-timeline command line: validate and convert timeline data (see `--help`). The logic
// lives in src/formats/cli.ts, built into dist/formats.js by `npm run build`; this file only
// connects it to the file system and the process.
import { readFileSync, writeFileSync } from 'node:fs';

let formats;
try {
  formats = await import('../dist/formats.js');
} catch (error) {
  process.stderr.write(`attack-timeline: cannot load dist/formats.js (${error.message}). In a clone of the repository, run "npm run build" first.\n`);
  process.exit(2);
}

process.exitCode = formats.runCli(process.argv.slice(2), {
  readFile: (path) => readFileSync(path === '-' ? 0 : path, 'utf8'),
  writeFile: (path, text) => writeFileSync(path, text),
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
});
