/**
 * The `attack-timeline` command: `validate <file>` and `convert <in> --to json|stix|csv`. Pure
 * apart from the injected file and output functions, so it is tested without spawning processes;
 * bin/attack-timeline.mjs wires it to node:fs and process.
 *
 * Exit codes: 0 valid / written; 1 the data has problems (each printed as "file: message");
 * 2 the command line is wrong or a file cannot be read or written.
 *
 * Every message goes through `toTerminalLine`, since messages quote the data: control characters
 * show as escapes. Input is read with the byte limit and strict UTF-8 of the element's `src`.
 */
import { TLP_LEVELS } from '../model/types.ts';
import { INPUT_FORMATS, OUTPUT_FORMATS, readAnyFormat, writeFormat, type InputFormat, type OutputFormat } from './convert.ts';
import { DEFAULT_MAX_BYTES, MAX_MAX_BYTES, readLimited, type InputFile } from './limited-read.ts';
import { showControls, toTerminalLine } from './terminal-text.ts';
import { parseTlp, restrictToTlp } from './tlp.ts';

export interface CliIo {
  /** Opens `path` (`-` is standard input) for reading; throws (any error) when it cannot be opened. */
  openFile(path: string): InputFile;
  writeFile(path: string, text: string): void;
  stdout(text: string): void;
  stderr(text: string): void;
  /** Whether stdout is a terminal: a document converted to stdout then shows control characters as escapes. */
  readonly stdoutIsTerminal?: boolean;
}

export const EXIT_OK = 0;
export const EXIT_INVALID = 1;
export const EXIT_USAGE = 2;

export const USAGE = `Usage:
  attack-timeline validate <file> [--from json|stix|csv|timelinejs] [--strict] [--max-bytes <n>]
  attack-timeline convert <file> --to json|stix|csv [-o <out>] [--from …] [--title <text>]
                          [--max-tlp clear|green|amber|amber+strict|red] [--scope <text>] [--timestamp <ISO>]
                          [--max-bytes <n>]

Input formats are guessed when --from is not given: .csv is CSV, a JSON "bundle" is STIX 2.1, a
JSON document whose events have start_date is TimelineJS, anything else is the dataset format.
validate exits 0 when the file can be drawn, 1 when it has problems (listed one per line as
"<file>: <where>: <what>"), 2 for a wrong command line or an unreadable file. With --strict,
import warnings count as problems, and so does every input object left out (each is counted, by
type and reason, in the warnings). convert writes to stdout unless -o is given; --max-tlp leaves
out every record and every part of a record marked above that level (for a public version).
A file (or standard input, "-") must be UTF-8 and at most --max-bytes long (default 67108864,
64 MB, as the element's max-bytes); reading stops at the limit. CSV cells that a spreadsheet
would run as a formula (=, +, -, @, tab, CR first) are written with a ' in front.
`;

interface Parsed {
  readonly command: string;
  readonly file: string;
  readonly flags: ReadonlyMap<string, string | true>;
}

const VALUE_FLAGS = new Set(['--to', '-o', '--out', '--from', '--title', '--max-tlp', '--scope', '--timestamp', '--max-bytes']);
const BOOLEAN_FLAGS = new Set(['--strict', '--help', '-h']);

/** Runs one command; returns the exit code. Never throws for bad input. */
export function runCli(args: readonly string[], terminal: CliIo): number {
  const io = { ...terminal, stdout: (text: string) => terminal.stdout(toTerminalLine(text)), stderr: (text: string) => terminal.stderr(toTerminalLine(text)) };
  const parsed = parseArgs(args);
  if (typeof parsed === 'string') return usage(terminal, parsed);
  if (parsed.flags.has('--help') || parsed.flags.has('-h') || parsed.command === 'help') {
    terminal.stdout(USAGE);
    return EXIT_OK;
  }
  const from = parsed.flags.get('--from');
  if (from !== undefined && !(INPUT_FORMATS as readonly unknown[]).includes(from)) return usage(terminal, `--from must be one of ${INPUT_FORMATS.join(', ')}`);
  const maxBytesText = parsed.flags.get('--max-bytes');
  const maxBytes = maxBytesText === undefined ? DEFAULT_MAX_BYTES : Number(maxBytesText);
  if (!Number.isInteger(maxBytes) || maxBytes < 1 || maxBytes > MAX_MAX_BYTES) return usage(terminal, `--max-bytes must be a whole number of bytes from 1 to ${MAX_MAX_BYTES}, not "${String(maxBytesText)}"`);
  let text: string;
  try {
    const read = readLimited(io.openFile(parsed.file), maxBytes);
    if (!read.ok && read.problem === 'too-large') {
      io.stderr(`attack-timeline: cannot read ${parsed.file}: it ${read.message}\n`);
      return EXIT_USAGE;
    }
    if (!read.ok) {
      io.stderr(`${parsed.file}: ${read.message}\n`);
      return EXIT_INVALID;
    }
    text = read.text;
  } catch (error) {
    io.stderr(`attack-timeline: cannot read ${parsed.file}: ${(error as Error).message}\n`);
    return EXIT_USAGE;
  }
  const title = parsed.flags.get('--title');
  const result = readAnyFormat(text, {
    fileName: parsed.file,
    ...(typeof from === 'string' ? { format: from as InputFormat } : {}),
    ...(typeof title === 'string' ? { title } : {}),
  });
  if (!result.ok) {
    for (const issue of result.issues) io.stderr(`${parsed.file}: ${issue.message}\n`);
    io.stderr(`${parsed.file}: ${result.issues.length} problem${result.issues.length === 1 ? '' : 's'}${result.format ? ` (read as ${result.format})` : ''}\n`);
    return EXIT_INVALID;
  }
  for (const warning of result.warnings) io.stderr(`${parsed.file}: warning: ${warning}\n`);

  if (parsed.command === 'validate') {
    const skipped = result.skipped > 0 ? `, ${result.skipped} input object${result.skipped === 1 ? '' : 's'} skipped` : '';
    // Anything left out of the input fails a strict check, as any warning does.
    if (parsed.flags.has('--strict') && (result.warnings.length > 0 || result.skipped > 0)) {
      io.stderr(`${parsed.file}: ${result.warnings.length} warning${result.warnings.length === 1 ? '' : 's'}${skipped} (--strict)\n`);
      return EXIT_INVALID;
    }
    const { dataset } = result;
    io.stdout(`${parsed.file}: valid ${result.format}: ${dataset.events.length} events, ${dataset.actors.length} actors, ${dataset.victims.length} victims, ${dataset.sources.length} sources${skipped}\n`);
    return EXIT_OK;
  }

  const to = parsed.flags.get('--to');
  if (typeof to !== 'string' || !(OUTPUT_FORMATS as readonly string[]).includes(to)) return usage(terminal, `convert needs --to ${OUTPUT_FORMATS.join('|')}`);
  let dataset = result.dataset;
  const maxTlp = parsed.flags.get('--max-tlp');
  if (maxTlp !== undefined) {
    const level = typeof maxTlp === 'string' ? parseTlp(maxTlp) : undefined;
    if (!level) return usage(terminal, `--max-tlp must be one of ${TLP_LEVELS.join(', ')}`);
    dataset = restrictToTlp(dataset, level);
  }
  const scope = parsed.flags.get('--scope');
  const timestamp = parsed.flags.get('--timestamp');
  if (typeof timestamp === 'string' && !/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/.test(timestamp)) return usage(terminal, '--timestamp must be a UTC timestamp such as 2024-05-01T00:00:00.000Z');
  const output = writeFormat(dataset, to as OutputFormat, {
    ...(typeof scope === 'string' ? { scope } : {}),
    ...(typeof timestamp === 'string' ? { timestamp } : {}),
  });
  const out = parsed.flags.get('-o') ?? parsed.flags.get('--out');
  if (typeof out === 'string') {
    try {
      io.writeFile(out, output);
    } catch (error) {
      io.stderr(`attack-timeline: cannot write ${out}: ${(error as Error).message}\n`);
      return EXIT_USAGE;
    }
    io.stderr(`${parsed.file} → ${out} (${to}, ${dataset.events.length} events)\n`);
  } else {
    // The document itself is data: written exactly, unless a person is looking at it.
    terminal.stdout(terminal.stdoutIsTerminal ? showControls(output, '\n\t') : output);
  }
  return EXIT_OK;
}

/** Prints `message` (it may quote an argument, so as a terminal line) and the usage text. */
function usage(terminal: CliIo, message: string): number {
  terminal.stderr(`${toTerminalLine(`attack-timeline: ${message}\n`)}\n${USAGE}`);
  return EXIT_USAGE;
}

function parseArgs(args: readonly string[]): Parsed | string {
  const flags = new Map<string, string | true>();
  const positional: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    const [name, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    if (VALUE_FLAGS.has(name)) {
      const value = inline ?? args[++i];
      if (value === undefined) return `${name} needs a value`;
      flags.set(name, value);
    } else if (BOOLEAN_FLAGS.has(name)) {
      flags.set(name, true);
    } else if (arg.startsWith('-') && arg !== '-') {
      return `unknown option ${arg}`;
    } else {
      positional.push(arg);
    }
  }
  if (flags.has('--help') || flags.has('-h') || positional[0] === 'help') return { command: 'help', file: '', flags };
  const [command, file, ...extra] = positional;
  if (command === undefined) return 'no command given';
  if (command !== 'validate' && command !== 'convert') return `unknown command "${command}"`;
  if (file === undefined) return `${command} needs a file`;
  if (extra.length > 0) return `unexpected argument "${extra[0]}"`;
  return { command, file, flags };
}
