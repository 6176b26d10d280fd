/**
 * Issue 13.6, runaway patterns: every regular expression in src/ and every hand-written parser
 * that reads input must do work linear in the input's length. Each pattern is fed long
 * adversarial strings (the shapes that make a backtracking engine retry: runs of what two
 * adjacent quantifiers both accept, openers that are never closed), and the time for n, 2n and
 * 4n characters is compared: linear work doubles and quadruples, runaway work explodes. No
 * absolute time is asserted (see linear-growth.ts).
 *
 * The inventory below must list every regular expression literal in src/, found with the
 * TypeScript parser: a new pattern fails this test until it is given its adversarial inputs.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { fileNameFor } from '../../../src/export/export-png.ts';
import { wrapText } from '../../../src/export/export-svg.ts';
import { parseCsv } from '../../../src/formats/csv.ts';
import { parseNamedEntry, splitAligned, splitCell } from '../../../src/formats/csv-columns.ts';
import { fromCsv } from '../../../src/formats/csv-import.ts';
import { slugify } from '../../../src/formats/import-helpers.ts';
import { decodeEntities, readHtml } from '../../../src/formats/html-text.ts';
import { fromTimelineJs } from '../../../src/formats/timelinejs-import.ts';
import { fromTimelineJsSheet } from '../../../src/formats/timelinejs-sheet.ts';
import { graphemeCut, truncateText } from '../../../src/model/graphemes.ts';
import { parseDataset } from '../../../src/model/parse-dataset.ts';
import { parsePartialDate } from '../../../src/model/partial-date.ts';
import { GROWTH_LIMITS, measureGrowth, pump, type Growth } from './linear-growth.ts';

type Attack = (size: number) => string;

interface PatternEntry {
  readonly attacks: readonly Attack[];
  /** The code path that feeds the pattern, when it only ever sees input already reduced there. */
  readonly via?: (input: string) => unknown;
}

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

/** Every regular expression literal in src/, as `file → set of literal texts`. */
function findPatterns(): Map<string, Set<string>> {
  const found = new Map<string, Set<string>>();
  const walk = (dir: string): string[] => readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : name.endsWith('.ts') ? [path] : [];
  });
  for (const path of walk(join(ROOT, 'src'))) {
    const file = relative(ROOT, path).split('\\').join('/');
    const source = ts.createSourceFile(file, readFileSync(path, 'utf8'), ts.ScriptTarget.Latest, true);
    const visit = (node: ts.Node): void => {
      if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
        if (!found.has(file)) found.set(file, new Set());
        found.get(file)!.add(node.getText(source));
      }
      // A pattern built at run time cannot be audited here; keep them out of src/.
      if ((ts.isNewExpression(node) || ts.isCallExpression(node)) && node.expression.getText(source) === 'RegExp') {
        if (!found.has(file)) found.set(file, new Set());
        found.get(file)!.add(`RegExp(…) at line ${source.getLineAndCharacterOfPosition(node.getStart()).line + 1}`);
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return found;
}

/**
 * The audit: each pattern with the inputs that would make it backtrack if it could. Patterns
 * anchored at both ends or made of one character class cannot, and get the run they would
 * retry on anyway, so a later edit that makes them ambiguous is caught.
 */
const PATTERNS: ReadonlyMap<string, ReadonlyMap<RegExp, PatternEntry>> = new Map<string, Map<RegExp, PatternEntry>>([
  ['src/components/chart/text-measure.ts', new Map<RegExp, PatternEntry>([
    [/^\s*(\d+(?:\.\d+)?)px\s*$/, { attacks: [pump('', ' ', 'x'), pump('1', '1', 'x'), pump('1.', '1', 'x'), pump('1px', ' ', 'x')] }],
  ])],
  ['src/components/data-notice/data-notice.ts', new Map<RegExp, PatternEntry>([
    [/^\/(\w+)\/(\d+)$/, { attacks: [pump('/', 'a'), pump('/a/', '1', 'x')] }],
    [/^\/(actors|victims|subjects|sources|events)\/\d+/, { attacks: [pump('/subjects/', '1', 'x')] }],
  ])],
  ['src/derive/search.ts', new Map<RegExp, PatternEntry>([
    [/\p{M}+/gu, { attacks: [pump('a', '\u0301', 'b'), pump('', 'a\u0301')] }],
    [/\s+/u, { attacks: [pump('a', ' ', 'b')] }],
  ])],
  ['src/derive/view.ts', new Map<RegExp, PatternEntry>([
    [/^\d+$/, { attacks: [pump('', '1', 'x'), pump('', '1')] }],
  ])],
  ['src/derive/view-state.ts', new Map<RegExp, PatternEntry>([
    [/%2C/gi, { attacks: [pump('', '%2'), pump('', '%2C')] }],
    [/\+/g, { attacks: [pump('', '+')] }],
  ])],
  ['src/export/collect-view.ts', new Map<RegExp, PatternEntry>([
    [/ xmlns="http:\/\/www\.w3\.org\/2000\/svg"/g, { attacks: [pump('', ' xmlns="http://www.w3.org/2000/sv')] }],
  ])],
  ['src/export/export-png.ts', new Map<RegExp, PatternEntry>([
    [/[–—]/g, { attacks: [pump('', '—')] }],
    [/[^\w\s-]/g, { attacks: [pump('', '!')] }],
    [/[\s_-]+/g, { attacks: [pump('a', ' _-', 'b')] }],
    // Runs of "-" are collapsed to one and the name cut to 60 characters before this pattern.
    [/-+$/, { attacks: [pump('a', '-', 'b'), pump('a', ' - ', 'b')], via: (input) => fileNameFor(input, 'png') }],
  ])],
  ['src/export/export-svg.ts', new Map<RegExp, PatternEntry>([
    [/[&<>"']/g, { attacks: [pump('', '&')] }],
    [/[^\w\s,"'-]/g, { attacks: [pump('', '!')] }],
    [/\s+/, { attacks: [pump('a', ' ', 'b')] }],
    [/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, { attacks: [pump('', '\uFFFF'), pump('', '\uD800'), pump('', '\uD800\uDC00')] }],
  ])],
  ['src/formats/attack-links.ts', new Map<RegExp, PatternEntry>([
    [/^G\d{4}$/, { attacks: [pump('G', '1')] }],
    [/^T\d{4}(\.\d{3})?$/, { attacks: [pump('T1234', '.123'), pump('T', '1')] }],
  ])],
  ['src/formats/cli.ts', new Map<RegExp, PatternEntry>([
    [/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/, { attacks: [pump('2024-01-01T00:00:00.', '1', 'x')] }],
  ])],
  ['src/formats/csv-columns.ts', new Map<RegExp, PatternEntry>([
    [/[\s-]+/g, { attacks: [pump('a', ' -', 'b')] }],
    [/[;\n]/, { attacks: [pump('', ';\n')] }],
    [/;/, { attacks: [pump('', ';')] }],
  ])],
  ['src/formats/csv-import.ts', new Map<RegExp, PatternEntry>([
    [/^line \d+: /, { attacks: [pump('line ', '1')] }],
    [/^www\./, { attacks: [pump('', 'www')] }],
    [/^\/(events|actors|victims|sources)\/(\d+)(?:\/([^/]+))?/, { attacks: [pump('/events/', '1'), pump('/events/1/', 'a')] }],
  ])],
  ['src/formats/csv-formula.ts', new Map<RegExp, PatternEntry>([
    [/^[\s']*[=+\-@\t\r]/, { attacks: [pump('', " '", 'x'), pump('', '\t'), pump("'", ' ', 'x')] }],
    [/^'[\s']*[=+\-@\t\r]/, { attacks: [pump("'", " '", 'x'), pump("'", '\t')] }],
  ])],
  ['src/formats/csv.ts', new Map<RegExp, PatternEntry>([
    [/[",;\r\n]/, { attacks: [pump('', 'a')] }],
    [/^\s|\s$/, { attacks: [pump('a', ' ', 'b')] }],
  ])],
  ['src/formats/html-text.ts', new Map<RegExp, PatternEntry>([
    [/\s+/g, { attacks: [pump('a', ' ', 'b'), pump('a', ' \u00a0', 'b')] }],
  ])],
  ['src/formats/import-helpers.ts', new Map<RegExp, PatternEntry>([
    [/[\u0000-\u0008\u000B-\u001F\u007F]/g, { attacks: [pump('', '\u0001')] }],
    [/[\u0300-\u036f]/g, { attacks: [pump('', '\u0301')] }],
    [/[^a-z0-9]+/g, { attacks: [pump('a', '-!', 'b')] }],
    // slugify collapses every run of non-alphanumerics to one "-" before these two.
    [/^-+|-+$/g, { attacks: [pump('a', '-', 'b'), pump('a', '- ', 'b')], via: (input) => slugify(input, 'x') }],
    [/-+$/, { attacks: [pump('a', '-', 'b')], via: (input) => slugify(input, 'x') }],
    [/^https?:\/\/\S+$/i, { attacks: [pump('http://', 'a', ' ')] }],
    [/^[^:]*:/, { attacks: [pump('', 'a')] }],
  ])],
  ['src/formats/limited-read.ts', new Map<RegExp, PatternEntry>([
    [/\.0$/, { attacks: [pump('', '.0', 'a')] }],
  ])],
  ['src/formats/terminal-text.ts', new Map<RegExp, PatternEntry>([
    [/\r\n|[\p{Cc}\p{Bidi_Control}\p{Cs}]/gu, { attacks: [pump('', '\r'), pump('', '\u001b['), pump('', '\u202e'), pump('', '\uD800')] }],
  ])],
  ['src/formats/stix-export.ts', new Map<RegExp, PatternEntry>([
    [/[\s_]+/g, { attacks: [pump('a', ' _', 'b')] }],
  ])],
  ['src/formats/stix-markings.ts', new Map<RegExp, PatternEntry>([
    [/^external_references\.\[\d+\]/, { attacks: [pump('external_references.[', '1')] }],
  ])],
  ['src/formats/stix-native.ts', new Map<RegExp, PatternEntry>([
    [/^[A-Z]{2}$/, { attacks: [pump('', 'A')] }],
    [/^[A-Za-z]{2}$/, { attacks: [pump('', 'a')] }],
  ])],
  ['src/formats/stix-objects.ts', new Map<RegExp, PatternEntry>([
    [/^(\d{4}-\d{2}-\d{2})T/, { attacks: [pump('2019-01-01', '1')] }],
    [/^T\d{4}(\.\d{3})?$/, { attacks: [pump('T1234', '.123'), pump('T', '1')] }],
    [/^G\d{4}$/, { attacks: [pump('G', '1')] }],
  ])],
  ['src/formats/stix-sources.ts', new Map<RegExp, PatternEntry>([
    [/^www\./, { attacks: [pump('', 'www')] }],
  ])],
  ['src/formats/timelinejs-import.ts', new Map<RegExp, PatternEntry>([
    [/^www\./, { attacks: [pump('', 'www')] }],
    [/^[^\s,]+$/, { attacks: [pump('', 'a', ' ')] }],
  ])],
  ['src/formats/timelinejs-sheet.ts', new Map<RegExp, PatternEntry>([
    [/^line \d+: /, { attacks: [pump('line ', '1')] }],
    [/[\s_]+/, { attacks: [pump('a', ' _', 'b')] }],
  ])],
  ['src/formats/tlp.ts', new Map<RegExp, PatternEntry>([
    [/^tlp:\s*/, { attacks: [pump('tlp:', ' ', 'x')] }],
    [/^\/(events|sources|actors|victims|subjects)\/\d+/, { attacks: [pump('/subjects/', '1')] }],
  ])],
  ['src/formats/uuid.ts', new Map<RegExp, PatternEntry>([
    [/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i, { attacks: [pump('', 'a')] }],
  ])],
  ['src/i18n/messages.ts', new Map<RegExp, PatternEntry>([
    [/[-_]/, { attacks: [pump('', 'a')] }],
  ])],
  ['src/model/dataset-schema.ts', new Map<RegExp, PatternEntry>([
    [/^\d{4}-\d{2}-\d{2}$/, { attacks: [pump('2019-01-', '1'), pump('', '1')] }],
    [/^[^\s,]+$/, { attacks: [pump('', 'a', ' ')] }],
    [/^https?:\/\/\S+$/i, { attacks: [pump('http://', 'a', ' ')] }],
    [/^G\d{4}$/, { attacks: [pump('G', '1')] }],
    [/^[A-Z]{2}$/, { attacks: [pump('', 'A')] }],
    [/^T\d{4}(\.\d{3})?$/, { attacks: [pump('T1234', '.123')] }],
  ])],
  ['src/model/parse-dataset.ts', new Map<RegExp, PatternEntry>([
    [/^\/(actors|victims|subjects|sources|events)\/(\d+)/, { attacks: [pump('/subjects/', '1')] }],
  ])],
  ['src/model/partial-date.ts', new Map<RegExp, PatternEntry>([
    [/^(\d{4})(?:-(\d{2})(?:-(\d{2}))?|-([a-z]+))?$/, { attacks: [pump('2019-', 'a', '1'), pump('', '1')] }],
    [/^[+-]\d/, { attacks: [pump('+', '1')] }],
    [/^\d{4}-\d{2}-\d{2}[T ]/, { attacks: [pump('2019-01-01', '1')] }],
    [/^\d{4}(-\d{2}){0,2}[~?%]$/, { attacks: [pump('2019', '-01')] }],
    [/X/, { attacks: [pump('', 'x')] }],
    [/^\d{5,}/, { attacks: [pump('', '1', 'a')] }],
  ])],
  ['src/model/schema.ts', new Map<RegExp, PatternEntry>([
    [/[\u0000-\u0008\u000B-\u001F\u007F]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/, { attacks: [pump('', 'a'), pump('', '\uD800\uDC00')] }],
    [/\p{Noncharacter_Code_Point}/u, { attacks: [pump('', 'a'), pump('', '\uD83F')] }],
    [/\p{Noncharacter_Code_Point}/gu, { attacks: [pump('', '\uFFFF'), pump('', '\uD83F\uDFFE')] }],
    [/\S/, { attacks: [pump('', ' ')] }],
    [/[\u0000-\u0008\u000B-\u001F\u007F\uD800-\uDFFF\uFDD0-\uFDEF\uFFFE\uFFFF]/, { attacks: [pump('', 'a')] }],
    [/[\s\u0000-\u001F\u007F-\u009F]/, { attacks: [pump('', 'a')] }],
  ])],
  ['src/shell/read-dataset.ts', new Map<RegExp, PatternEntry>([
    [/^[a-z0-9.+-]+\/[a-z0-9.+-]+\+json$/, { attacks: [pump('a/', '+'), pump('', 'a', '/')] }],
    [/^"|"$/g, { attacks: [pump('a', '"', 'b')] }],
    [/position (\d+)/, { attacks: [pump('', 'position '), pump('position ', '1', 'x')] }],
    [/^\s*</, { attacks: [pump('', ' ', 'a')] }],
    [/\.0$/, { attacks: [pump('', '.0', 'a')] }],
  ])],
  ['src/shell/reliability-options.ts', new Map<RegExp, PatternEntry>([
    [/[\s,]+/, { attacks: [pump('a', ' ,', 'b')] }],
  ])],
  ['src/story/read-story-elements.ts', new Map<RegExp, PatternEntry>([
    [/\s+/g, { attacks: [pump('a', ' ', 'b')] }],
  ])],
]);

/** Runs `pattern` at every position of `input` and collects every match, as `replace`, `split` and `matchAll` do. */
function runEverywhere(pattern: RegExp): (input: string) => unknown {
  const global = new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`);
  return (input) => input.replace(global, '');
}

/**
 * Asserts linear growth. A busy machine can slow one timing; a second and third measurement are
 * taken before failing, and runaway work fails all three (it grows 4× or more, not by noise).
 */
function expectLinear(measure: () => Growth, what: string): void {
  let growth = measure();
  for (let retry = 0; retry < 2 && !(growth.doubled < GROWTH_LIMITS.doubled && growth.quadrupled < GROWTH_LIMITS.quadrupled); retry++) growth = measure();
  const detail = `${what}: at ${growth.size} chars (${growth.baseMs.toFixed(3)} ms/call), 2n took ×${growth.doubled.toFixed(1)}, 4n took ×${growth.quadrupled.toFixed(1)}`;
  expect(growth.doubled, detail).toBeLessThan(GROWTH_LIMITS.doubled);
  expect(growth.quadrupled, detail).toBeLessThan(GROWTH_LIMITS.quadrupled);
}

describe('every regular expression in src/ is audited', () => {
  it('the inventory lists exactly the patterns in the source', () => {
    const found = findPatterns();
    const listed = new Map([...PATTERNS].map(([file, patterns]) => [file, new Set([...patterns.keys()].map(String))]));
    const missing = [...found].flatMap(([file, texts]) => [...texts].filter((text) => !listed.get(file)?.has(text)).map((text) => `${file}: ${text}`));
    const stale = [...listed].flatMap(([file, texts]) => [...texts].filter((text) => !found.get(file)?.has(text)).map((text) => `${file}: ${text}`));
    expect(missing, 'patterns in src/ with no adversarial inputs here (add them to PATTERNS)').toEqual([]);
    expect(stale, 'patterns listed here that src/ no longer has').toEqual([]);
  });
});

describe('every pattern does linear work on adversarial input', () => {
  for (const [file, patterns] of PATTERNS) {
    for (const [pattern, entry] of patterns) {
      it(`${file}: ${String(pattern).slice(0, 70)}`, () => {
        const run = entry.via ?? runEverywhere(pattern);
        for (const attack of entry.attacks) expectLinear(() => measureGrowth(run, attack), `${String(pattern)} on ${JSON.stringify(attack(12))}…`);
      }, 120_000);
    }
  }
});

/** CSV text with one data row whose `column` cell is `cell`. */
function csvWith(column: 'actors' | 'victims' | 'description', cell: string): string {
  const row = { title: 'T', date: '2019', description: 'D', source_url: 'https://example.org/a', actors: '', victims: '' };
  row[column] = cell;
  const quote = (value: string) => `"${value.replaceAll('"', '""')}"`;
  return `${Object.keys(row).join(',')}\n${Object.values(row).map(quote).join(',')}\n`;
}

/** A TimelineJS document with one slide whose text (HTML) is `html`. */
function timelineWith(html: string, headline = 'Slide'): unknown {
  return { events: [{ start_date: { year: 2019 }, text: { headline, text: html }, media: { url: 'https://example.org/a' } }] };
}

/**
 * Each parser with its attacks. Where the input goes through a whole import, whose fixed cost
 * would hide a runaway step at small sizes, measuring starts at a larger size (`growth`).
 */
const WHOLE_IMPORT = { settleMs: 0.5, maxSize: 1 << 14 } as const;
const PARSERS: readonly { name: string; run: (input: string) => unknown; attacks: readonly Attack[]; growth?: typeof WHOLE_IMPORT }[] = [
  { name: 'parseCsv', run: parseCsv, attacks: [pump('"', '""'), pump('', ','), pump('', '\r\n'), pump('"', 'a\n'), pump('', 'a"')] },
  { name: 'splitCell / splitAligned', run: (input) => [splitCell(input), splitAligned(input)], attacks: [pump('', '\\;'), pump('', ';'), pump('', '\\')] },
  {
    name: 'fromCsv: actor and victim names with suffixes',
    run: (input) => [fromCsv(csvWith('actors', input)), fromCsv(csvWith('victims', input))],
    attacks: [pump('a', ' ', 'b'), pump('a', ' (G0045)', ' b'), pump('a', ' [', 'b'), pump('a', ' {', 'b'), pump('a ', '(G0045) [group] ', 'x'), pump('a', '\t', '(G00')],

    growth: WHOLE_IMPORT,
  },
  {
    name: 'fromTimelineJs: HTML text, links and entities',
    run: (input) => [fromTimelineJs(timelineWith(input)), fromTimelineJs(timelineWith('x', input))],
    attacks: [pump('', '<'), pump('', '<a href="https://example.org/">'), pump('<a', ' '), pump('<a ', 'href='), pump('', '<br'), pump('<br', ' '), pump('', '&#'), pump('&', 'a'), pump('', '<!--'), pump('<a href="https://example.org/">', 'x')],
    growth: WHOLE_IMPORT,
  },
  {
    name: 'readHtml and decodeEntities',
    run: (input) => [readHtml(input), decodeEntities(input)],
    attacks: [pump('', '<'), pump('', '<a'), pump('', '<a href="https://example.org/">'), pump('<a href="', 'x'), pump('<a ', 'href='), pump('', '<!--'), pump('', '<script>'), pump('<script>', '</'), pump('', '&'), pump('', '&#'), pump('&#', '1'), pump('', '&amp'), pump('', '</a>')],
  },
  {
    name: 'parseNamedEntry',
    run: parseNamedEntry,
    attacks: [pump('a', ' ', 'b'), pump('a', ' (G0045)'), pump('a', '{'), pump('a', '}', '}'), pump('a {', 'x', '}'), pump('a [', 'x', ']'), pump('a', ']', ']'), pump('', '(G0045) ')],
  },
  {
    name: 'fromTimelineJsSheet',
    run: (input) => fromTimelineJsSheet(`Year,Headline,Text,Media,Time\n2019,H,"${input.replaceAll('"', '""')}",https://example.org/,6:45 pm\n`),
    attacks: [pump('', '<'), pump('', '<a href="https://example.org/">'), pump('', '&#'), pump('', ':')],

    growth: WHOLE_IMPORT,
  },
  { name: 'parsePartialDate', run: parsePartialDate, attacks: [pump('2019-', 'a'), pump('', '1'), pump(' ', '2')] },
  {
    name: 'parseDataset: text, id and link fields',
    run: (input) => parseDataset({ version: 1, title: input, actors: [], victims: [], sources: [{ id: input, title: input, publisher: 'p', url: `https://${input}`, kind: 'news', claims: [] }], events: [] }),
    attacks: [pump('', '\uD800'), pump('', '\uDC00'), pump('a', ' ', ','), pump('', '\u0001'), pump('', '\uFFFF'), pump('', '\uD83F\uDFFF')],

    growth: WHOLE_IMPORT,
  },
];

/** Issue 13.7's text cutting: grapheme segmentation must stay linear too. */
const CUTTERS: readonly { name: string; run: (input: string) => unknown; attacks: readonly Attack[] }[] = [
  {
    name: 'truncateText, graphemeCut, wrapText',
    run: (input) => [truncateText(input, input.length - 1), graphemeCut(input, input.length - 1), wrapText(input, 7)],
    attacks: [pump('', '\u202B'), pump('a', '\u0301'), pump('', '👨‍👩‍👧‍👦'), pump('', '\u200D'), pump('', '🇺'), pump('Z', '\u0351', ' x')],
  },
];

describe('every hand-written parser does linear work on adversarial input', () => {
  for (const cutter of CUTTERS) {
    it(cutter.name, () => {
      for (const attack of cutter.attacks) expectLinear(() => measureGrowth(cutter.run, attack), `${cutter.name} on ${JSON.stringify(attack(12))}…`);
    }, 120_000);
  }

  for (const parser of PARSERS) {
    it(parser.name, () => {
      for (const attack of parser.attacks) expectLinear(() => measureGrowth(parser.run, attack, parser.growth), `${parser.name} on ${JSON.stringify(attack(12))}…`);
    }, 120_000);
  }
});
