/**
 * Issue 13.8, terminal safety and bounded reading in the CLI, through the real process: the
 * formats entry is built from the current source into a temporary folder beside a copy of
 * bin/attack-timeline.mjs, and each case spawns `node bin/attack-timeline.mjs`. Control
 * characters from the data (a CSV header, a STIX name, a file name) must reach the terminal as
 * visible escapes; an endless input stops at the byte limit; a huge file is refused unread.
 * The pure parts (showControls, readLimited) are checked in-process first.
 */
import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync, closeSync, openSync, ftruncateSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_MAX_BYTES, readLimited } from '../../../src/formats/limited-read.ts';
import { showControls, toTerminalLine } from '../../../src/formats/terminal-text.ts';
import { DEFAULT_MAX_BYTES as ELEMENT_MAX_BYTES } from '../../../src/shell/load-dataset.ts';
import { inputFromBytes, rawDataset } from '../helpers.ts';

const REPO = fileURLToPath(new URL('../../../', import.meta.url));

/** Anything a terminal acts on: C0 (but tab and line feed), DEL, C1, bidi controls. */
const RAW_CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/;

describe('issue 13.8: showing control characters (in-process)', () => {
  it('writes C0, DEL, C1, ESC sequences, bidi controls and lone surrogates as escapes; keeps other text', () => {
    const cases: [string, string][] = [
      ['\u001b]0;pwned\u0007', '\\x1b]0;pwned\\x07'],
      ['\u001b[2J\u001b[31mred', '\\x1b[2J\\x1b[31mred'],
      ['a\u0000b', 'a\\x00b'],
      ['x\u007fy', 'x\\x7fy'],
      ['\u009b31m', '\\x9b31m'],
      ['\u0085next', '\\x85next'],
      ['\u202eevil\u202c', '\\u202eevil\\u202c'],
      ['\u2067x\u2069 \u200e \u200f \u061c', '\\u2067x\\u2069 \\u200e \\u200f \\u061c'],
      ['half \ud83d pair', 'half \\ud83d pair'],
      ['Soft Cell 🇨🇳 👨‍👩‍👧‍👦 é 𝕏 \uFFFD', 'Soft Cell 🇨🇳 👨‍👩‍👧‍👦 é 𝕏 \uFFFD'],
    ];
    for (const [raw, shown] of cases) {
      expect(showControls(raw)).toBe(shown);
      expect(RAW_CONTROL.test(showControls(raw))).toBe(false);
    }
  });

  it('a message line keeps its one final line break and tabs; line breaks and CR from data show', () => {
    expect(toTerminalLine('file: Column "a\nfile.csv: valid" is unknown\n')).toBe('file: Column "a\\x0afile.csv: valid" is unknown\n');
    expect(toTerminalLine('a\r\nb\rc\td\n')).toBe('a\\x0d\\x0ab\\x0dc\td\n');
    // A document shown on a terminal keeps its line structure, CRLF included.
    expect(showControls('a,b\r\nc\u202e,d\r\n', '\n\t')).toBe('a,b\r\nc\\u202e,d\r\n');
  });
});

describe('issue 13.8: reading with a byte limit (in-process)', () => {
  it('uses the element\'s default limit', () => {
    expect(DEFAULT_MAX_BYTES).toBe(ELEMENT_MAX_BYTES);
  });

  it('stops reading as soon as the limit is passed, and closes the file', () => {
    const file = inputFromBytes(new Uint8Array(1_000_000), 1000);
    const result = readLimited(file, 10_000);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problem).toBe('too-large');
    expect(file.bytesRead).toBeLessThanOrEqual(10_000 + 1000);
    expect(file.closed).toBe(true);
  });

  it('refuses a file whose size is known to be over the limit without reading a byte', () => {
    const file = { ...inputFromBytes('{}'), sizeBytes: 20_000, read: () => { throw new Error('must not be read'); } };
    const result = readLimited(file, 10_000);
    expect(result).toEqual({ ok: false, problem: 'too-large', message: 'is too large: 19.5 KB, more than the 9.8 KB limit (--max-bytes raises it)' });
  });

  it('reads exactly up to the limit; decodes UTF-8 split across chunks; drops a BOM; refuses bytes that are not UTF-8', () => {
    const text = '\uFEFF{"title":"🇨🇳 Ω é"}';
    const bytes = new TextEncoder().encode(text);
    for (const chunk of [1, 2, 3, 7]) {
      expect(readLimited(inputFromBytes(bytes, chunk), bytes.length)).toEqual({ ok: true, text: text.slice(1) });
    }
    expect(readLimited(inputFromBytes(bytes), bytes.length - 1).ok).toBe(false);
    const latin1 = new Uint8Array([0x7b, 0x22, 0xe9, 0x22, 0x7d]);
    expect(readLimited(inputFromBytes(latin1), 100)).toMatchObject({ ok: false, problem: 'encoding' });
    // A sequence cut off at the end of the file is not UTF-8 either.
    expect(readLimited(inputFromBytes(bytes.subarray(0, 15)), 100)).toMatchObject({ ok: false, problem: 'encoding' });
  });
});

describe('issue 13.8: the CLI process', () => {
  let root = '';
  const bin = () => join(root, 'bin', 'attack-timeline.mjs');

  beforeAll(async () => {
    root = mkdtempSync(join(tmpdir(), 'attack-timeline-cli-'));
    await build({
      configFile: false,
      publicDir: false,
      logLevel: 'silent',
      root: REPO,
      build: { outDir: join(root, 'dist'), emptyOutDir: true, minify: false, target: 'es2022', lib: { entry: join(REPO, 'src/formats/index.ts'), formats: ['es'], fileName: () => 'formats.js' } },
    });
    mkdirSync(join(root, 'bin'));
    copyFileSync(join(REPO, 'bin/attack-timeline.mjs'), bin());
  }, 120_000);

  afterAll(() => {
    if (root) rmSync(root, { recursive: true, force: true });
  });

  /** Runs the CLI in the temporary folder (a generous kill timeout, not a timed assertion). */
  function cli(args: string[], input?: string | Uint8Array) {
    const result = spawnSync(process.execPath, [bin(), ...args], { cwd: root, input, timeout: 120_000, maxBuffer: 64 * 1024 * 1024 });
    return { code: result.status, signal: result.signal, stdout: result.stdout.toString('utf8'), stderr: result.stderr.toString('utf8') };
  }

  function file(name: string, content: string | Uint8Array): string {
    writeFileSync(join(root, name), content);
    return name;
  }

  const HEADER_PAYLOADS = ['\u001b]0;pwned\u0007', '\u001b[2J\u001b[31mred', '\u009b31mcsi', 'x\u007fy', '\u202eevil\u202c', 'a\nhostile.csv: valid json: 999 events', 'c\rd'];

  it('a CSV header with escape sequences, C1, DEL, bidi and line breaks: every warning shows them as escapes', () => {
    const header = ['title', 'description', 'date', 'source_url', ...HEADER_PAYLOADS].map((cell) => `"${cell}"`).join(',');
    const name = file('hostile.csv', `${header}\nA,B,2019,https://example.org/a,1,2,3,4,5,6,7\n`);
    const result = cli(['validate', name]);
    expect(result.code, result.stderr).toBe(0);
    expect(RAW_CONTROL.test(result.stderr), JSON.stringify(result.stderr)).toBe(false);
    for (const shown of ['\\x1b]0;pwned\\x07', '\\x1b[2J\\x1b[31mred', '\\x9b31mcsi', 'x\\x7fy', '\\u202eevil\\u202c', 'a\\x0ahostile.csv: valid json: 999 events', 'c\\x0dd']) {
      expect(result.stderr).toContain(shown);
    }
    // No forged line: every line printed is the CLI's own, about this file.
    for (const line of result.stderr.trimEnd().split('\n')) expect(line.startsWith('hostile.csv: warning: ')).toBe(true);
    expect(result.stdout).toMatch(/^hostile\.csv: valid csv: 1 events/);
  });

  it('STIX names with escape sequences, in problems and in skipped-object warnings, show as escapes', () => {
    const id = (type: string, n: number) => `${type}--${String(n).padStart(8, '0')}-0000-4000-8000-000000000000`;
    const common = { spec_version: '2.1', created: '2019-06-25T00:00:00.000Z', modified: '2019-06-25T00:00:00.000Z' };
    const bundle = {
      type: 'bundle',
      id: id('bundle', 1),
      objects: [
        { ...common, type: 'report', id: id('report', 2), name: 'Soft Cell \u001b[2J\u009b2J\u202egnirts', published: '2019-06-25T00:00:00.000Z', object_refs: [id('intrusion-set', 3)], external_references: [{ source_name: 'x', url: 'https://example.org/r' }] },
        { ...common, type: 'intrusion-set', id: id('intrusion-set', 3), name: 'APT\u001b]0;pwned\u0007\u009b31m' },
        { ...common, type: 'malware', id: id('malware', 4), name: 'Unused \u009b31m\u202eevil', is_family: true },
      ],
    };
    const result = cli(['validate', file('hostile.json', JSON.stringify(bundle)), '--from', 'stix']);
    expect(result.stdout + result.stderr).not.toBe('');
    expect(RAW_CONTROL.test(result.stdout), JSON.stringify(result.stdout)).toBe(false);
    expect(RAW_CONTROL.test(result.stderr), JSON.stringify(result.stderr)).toBe(false);
    expect(result.stderr).toMatch(/\\x9b/);
    expect(result.stderr).toMatch(/\\u202e/);
  });

  it('a file name with an escape sequence is shown escaped in the summary and in errors', () => {
    const data = JSON.stringify(rawDataset([{ id: 'e1', date: '2019' }]));
    const name = file('evil\u001b[31m\u202e.json', data);
    const ok = cli(['validate', name]);
    expect(ok.code, ok.stderr).toBe(0);
    expect(ok.stdout).toContain('evil\\x1b[31m\\u202e.json: valid json');
    const missing = cli(['validate', 'missing\u001b]0;x\u0007.json']);
    expect(missing.code).toBe(2);
    expect(RAW_CONTROL.test(missing.stderr)).toBe(false);
    expect(missing.stderr).toContain('missing\\x1b]0;x\\x07.json');
    const badFlag = cli(['validate', name, '--\u001b[2J\u009b']);
    expect(badFlag.code).toBe(2);
    expect(RAW_CONTROL.test(badFlag.stderr)).toBe(false);
    expect(badFlag.stderr).toMatch(/^attack-timeline: unknown option --\\x1b\[2J\\x9b\n\nUsage:/);
  });

  it('convert writes the document exactly to a pipe (formulas neutralised), and with escapes shown to a terminal', () => {
    const data = rawDataset([{ id: 'e1', date: '2019' }]) as Record<string, any>;
    data.events[0].title = '=HYPERLINK("https://attacker.example") \u202eevil';
    const name = file('bidi.json', JSON.stringify(data));
    const piped = cli(['convert', name, '--to', 'csv']);
    expect(piped.code, piped.stderr).toBe(0);
    expect(piped.stdout).toContain('"\'=HYPERLINK(""https://attacker.example"") \u202eevil"');
    const hasScript = spawnSync('script', ['--version']).status === 0;
    if (!hasScript) return;
    // util-linux `script` runs the command on a pseudo-terminal, as a person would.
    const tty = spawnSync('script', ['-qec', `"${process.execPath}" "${bin()}" convert ${name} --to csv`, '/dev/null'], { cwd: root, timeout: 120_000 });
    const shown = tty.stdout.toString('utf8');
    expect(shown).toContain('\\u202eevil');
    expect(shown).not.toContain('\u202e');
  });

  it('validate /dev/zero stops at the default 64 MB limit and says so', () => {
    const result = cli(['validate', '/dev/zero']);
    expect(result.signal).toBe(null);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe('attack-timeline: cannot read /dev/zero: it is too large: more than the 64 MB limit (--max-bytes raises it)\n');
  });

  it('an endless standard input is read only up to --max-bytes', async () => {
    const limit = 1_000_000;
    const child = spawn(process.execPath, [bin(), 'validate', '-', '--from', 'json', '--max-bytes', String(limit)], { cwd: root });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => { stderr += chunk.toString('utf8'); });
    let written = 0;
    const chunk = Buffer.alloc(64 * 1024, 0x20);
    const exited = new Promise<number | null>((resolve) => child.on('close', resolve));
    child.stdin.on('error', () => undefined);
    // Feed spaces for as long as the CLI keeps reading; it must close its end after the limit.
    while (child.exitCode === null && written < 50 * limit) {
      if (!child.stdin.write(chunk)) await new Promise((resolve) => { child.stdin.once('drain', resolve); child.once('close', resolve); });
      written += chunk.length;
    }
    const code = await exited;
    expect(code).toBe(2);
    expect(stderr).toContain('cannot read -: it is too large: more than the 976.6 KB limit');
    // What the CLI took in: the limit, one read, and what the pipe and stream buffers held.
    expect(written).toBeLessThan(limit + 4 * 1024 * 1024);
  });

  it('a 1 GB file is refused by its size before reading; a file at the limit is read', () => {
    const huge = join(root, 'huge.json');
    const fd = openSync(huge, 'w');
    ftruncateSync(fd, 1024 ** 3);
    closeSync(fd);
    const result = cli(['validate', 'huge.json']);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe('attack-timeline: cannot read huge.json: it is too large: 1024 MB, more than the 64 MB limit (--max-bytes raises it)\n');
    rmSync(huge);
    const text = JSON.stringify(rawDataset([{ id: 'e1', date: '2019' }]));
    const name = file('exact.json', text);
    expect(cli(['validate', name, '--max-bytes', String(Buffer.byteLength(text))]).code).toBe(0);
    expect(cli(['validate', name, `--max-bytes=${Buffer.byteLength(text) - 1}`]).code).toBe(2);
  });

  it('a file that is not UTF-8 is a data problem (exit 1); a bad --max-bytes is a usage error (exit 2)', () => {
    const name = file('latin1.csv', Buffer.from('title,description,date,source_url\nCaf\u00e9,D,2019,https://example.org/\n', 'latin1'));
    const result = cli(['validate', name]);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe('latin1.csv: is not valid UTF-8 text; save it as UTF-8\n');
    for (const bad of ['0', '-5', 'lots', '1.5', String(600 * 1024 * 1024)]) {
      const usage = cli(['validate', name, '--max-bytes', bad]);
      expect(usage.code, bad).toBe(2);
      expect(usage.stderr, bad).toMatch(/^attack-timeline: --max-bytes must be a whole number of bytes from 1 to 524288000/);
    }
  });
});
