#!/usr/bin/env node
// The attack-timeline command line: validate and convert timeline data (see `--help`). The logic
// lives in src/formats/cli.ts, built into dist/formats.js by `npm run build`; this file only
// connects it to the file system and the process.
import { closeSync, fstatSync, openSync, readSync, writeFileSync } from 'node:fs';

let formats;
try {
  formats = await import('../dist/formats.js');
} catch (error) {
  process.stderr.write(`attack-timeline: cannot load dist/formats.js (${error.message}). In a clone of the repository, run "npm run build" first.\n`);
  process.exit(2);
}

/** A file (or standard input for "-") read in chunks, so the CLI can stop at its byte limit. */
function openFile(path) {
  const fd = path === '-' ? 0 : openSync(path, 'r');
  const stats = fstatSync(fd);
  return {
    sizeBytes: stats.isFile() ? stats.size : undefined,
    read(buffer) {
      for (;;) {
        try {
          return readSync(fd, buffer, 0, buffer.length, null);
        } catch (error) {
          // A non-blocking standard input with nothing in it yet: wait a moment and try again.
          if (error.code !== 'EAGAIN') throw error;
          Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 10);
        }
      }
    },
    close() {
      if (fd !== 0) closeSync(fd);
    },
  };
}

process.exitCode = formats.runCli(process.argv.slice(2), {
  openFile,
  writeFile: (path, text) => writeFileSync(path, text),
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  stdoutIsTerminal: process.stdout.isTTY === true,
});
