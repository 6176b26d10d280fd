/**
 * Issue 13.7, odd Unicode: every place that shortens text cuts between grapheme clusters; the
 * parser replaces noncharacters (U+FFFF, U+FDD0…) with a warning; every export is well-formed
 * (the SVG holds only characters XML 1.0 allows and survives `encodeURIComponent`, as PNG export
 * needs; the JSON, STIX and CSV exports read back to the same text). The SVG is parsed by a real
 * XML parser in test/browser/reliability/unicode-export.cases.ts.
 */
import { describe, expect, it, vi } from 'vitest';
import { tooltipBox } from '../../../src/derive/chart-navigation.ts';
import { fitLabel } from '../../../src/derive/place.ts';
import type { DrawItem } from '../../../src/derive/view-layout.ts';
import { buildExportSvg, wrapText, type ExportInput } from '../../../src/export/export-svg.ts';
import { readAnyFormat, writeFormat } from '../../../src/formats/convert.ts';
import { cleanText } from '../../../src/formats/import-helpers.ts';
import { graphemeCut, truncateText } from '../../../src/model/graphemes.ts';
import { describeValue, isError } from '../../../src/model/issues.ts';
import { parseDataset, parseDatasetLenient } from '../../../src/model/parse-dataset.ts';
import { EVENT_KINDS, type EventKind } from '../../../src/model/types.ts';
import { describeThrown } from '../../../src/model/describe-thrown.ts';
import { rawDataset } from '../helpers.ts';

/** The cases of the issue: each is hard to cut in its own way. */
const SAMPLES: Readonly<Record<string, string>> = {
  'emoji ZWJ sequences': 'Family 👨‍👩‍👧‍👦 and coder 👩🏽‍💻 under 🏳️‍🌈 again 👨‍👩‍👧‍👦👨‍👩‍👧‍👦👩🏽‍💻',
  'flags': '🇺🇸🇨🇳🇸🇪🇯🇵🇬🇧🇫🇷🇩🇪🇳🇿🇦🇺🇨🇦 sanctions',
  'combining marks': 'Ope\u0301ration Cafe\u0301 Z\u0351\u0352\u0353\u0354\u0355\u0356ALGO n\u0303 क्षत्रिय',
  'astral characters at every cut': '𝕏𝕏𝕏𝕏𝕏𝕏𝕏𝕏𝕏𝕏𝕏𝕏 𠀋𠀋𠀋𠀋𠀋𠀋𠀋𠀋 🔥🔥🔥🔥🔥🔥🔥🔥',
  'RTL and bidi controls': 'עדכון \u202Etxt.exe\u202C then \u2067مرحبا بالعالم\u2069 and \u202Bנקודה\u202C end',
  'a long unbroken emoji title': '🔥'.repeat(40) + '🇺🇸'.repeat(20),
};

const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
const graphemesOf = (text: string) => [...segmenter.segment(text)].map((s) => s.segment);
const hasLoneSurrogate = (text: string) => /\p{Cs}/u.test(text);

/** `kept` is the first k grapheme clusters of `original`, for some k. */
function expectGraphemePrefix(original: string, kept: string, what: string): void {
  const clusters = graphemesOf(original);
  let prefix = '';
  for (const cluster of clusters) {
    if (prefix.length >= kept.length) break;
    prefix += cluster;
  }
  expect(prefix, `${what}: ${JSON.stringify(kept)} ends inside a character of ${JSON.stringify(original)}`).toBe(kept);
}

/** A shortened text: a grapheme prefix, then the ellipsis. */
function expectCleanCut(original: string, shortened: string, maxLength: number, what: string): void {
  expect(hasLoneSurrogate(shortened), `${what}: lone surrogate in ${JSON.stringify(shortened)}`).toBe(false);
  expect(() => encodeURIComponent(shortened), what).not.toThrow();
  expect(shortened.length, what).toBeLessThanOrEqual(maxLength);
  if (shortened === original || shortened === '') return;
  expect(shortened.endsWith('…'), what).toBe(true);
  expectGraphemePrefix(original, shortened.slice(0, -1), what);
}

describe('issue 13.7: text is cut between grapheme clusters, wherever it is shortened', () => {
  for (const [name, text] of Object.entries(SAMPLES)) {
    it(`${name}: truncateText, chart and export labels (fitLabel), imported text (cleanText) at every length`, () => {
      for (let max = 1; max <= text.length + 1; max++) {
        expectCleanCut(text, truncateText(text, max), max, `truncateText(…, ${max})`);
        expectCleanCut(text, cleanText(text, max), max, `cleanText(…, ${max})`);
        const label = fitLabel(text, max * 7, 7);
        expectCleanCut(text, label, max, `fitLabel at ${max} characters`);
        const cut = graphemeCut(text, max);
        expectGraphemePrefix(text, text.slice(0, cut), `graphemeCut(…, ${max})`);
      }
    });

    it(`${name}: the chart's tooltip title and a thrown error's message are cut cleanly`, () => {
      const item = { type: 'mark', mark: { x0Px: 10, x1Px: 20 } } as unknown as DrawItem;
      for (const repeat of [1, 2, 5]) {
        const title = text.repeat(repeat);
        const { title: shown } = tooltipBox(item, title, 'Jun 2019', { widthPx: 800, rowTopPx: 100, rowPx: 24, axisPx: 30 });
        expectCleanCut(title, shown, 70, `tooltip ×${repeat}`);
        expectCleanCut(`Error: ${title}`, describeThrown(new Error(title)), 200, `describeThrown ×${repeat}`);
      }
    });

    it(`${name}: export wrapping (title and sources) breaks lines only between clusters`, () => {
      for (let max = 1; max <= 24; max++) {
        const lines = wrapText(text, max);
        for (const line of lines) {
          expect(hasLoneSurrogate(line), `wrapText(…, ${max}): ${JSON.stringify(line)}`).toBe(false);
          for (const piece of line.split(' ')) expect(text.includes(piece)).toBe(true);
        }
        // Nothing lost: the words, rejoined, are the text's words.
        expect(lines.join(' ').split(' ').join(''), `wrapText(…, ${max})`).toBe(text.split(/\s+/).join(''));
        for (const line of lines) for (const piece of line.split(' ')) expectGraphemePrefix(text.slice(text.indexOf(piece)), piece, `wrapText(…, ${max}) piece`);
      }
    });

    it(`${name}: the value quoted in a parser message (describeValue) is cut cleanly`, () => {
      for (const repeat of [1, 3, 12]) {
        const value = text.repeat(repeat);
        const received = describeValue(value);
        expect(received.length).toBeLessThanOrEqual(80);
        expectCleanCut(JSON.stringify(value), received, 80, `describeValue ×${repeat}`);
      }
    });
  }

  it('the cut without Intl.Segmenter between two Latin characters (U+0020–U+02FF) is where the segmenter cuts, and nearby characters still go to it', () => {
    const around = [0x0a, 0x0d, 0x1f, 0x300, 0x301, 0x34f, 0x600, 0x200d, 0xfe0f, 0x1100, 0xac00, 0xd83c];
    const codes = [...Array.from({ length: 0x300 - 0x20 }, (_, i) => 0x20 + i), ...around];
    for (const before of codes) {
      for (const after of codes) {
        const text = `a${String.fromCharCode(before, after)}b`;
        const cut = graphemeCut(text, 2);
        let boundary = 0;
        for (const cluster of graphemesOf(text)) if (boundary + cluster.length <= 2) boundary += cluster.length; else break;
        if (cut !== boundary) expect(cut, `cut between U+${before.toString(16)} and U+${after.toString(16)}`).toBe(boundary);
      }
    }
    // © after an emoji and a joiner stays joined to them (the pair before the cut is not plain).
    expect(graphemeCut('\u00a9\u200d\u00a9b', 2)).toBe(0);
  });

  it('a page whose labels are cut only between Latin characters never creates an Intl.Segmenter', async () => {
    vi.resetModules();
    const Real = Intl.Segmenter;
    let created = 0;
    const counting = class extends Real {
      constructor(...args: ConstructorParameters<typeof Real>) {
        super(...args);
        created++;
      }
    };
    Object.defineProperty(Intl, 'Segmenter', { value: counting, configurable: true, writable: true });
    try {
      const fresh = await import('../../../src/model/graphemes.ts');
      expect(fresh.truncateText('Cloud Hopper intrusions at managed service providers', 20)).toBe('Cloud Hopper intrus…');
      expect(fresh.truncateText('Opération Cloud Hopper, à nouveau', 12)).toBe('Opération C…');
      expect(created).toBe(0);
      expect(fresh.truncateText('Cafe\u0301 crème', 5)).toBe('Caf…');
      expect(created).toBe(1);
    } finally {
      Object.defineProperty(Intl, 'Segmenter', { value: Real, configurable: true, writable: true });
    }
  });

  it('bidi controls are clusters of their own: a cut keeps or drops each whole, and keeps the text around them', () => {
    const text = 'Report \u202Eexe.txt\u202C and \u2067عربي\u2069';
    expect(truncateText(text, 13)).toBe('Report \u202Eexe.…');
    expect(truncateText(text, 10)).toBe('Report \u202Ee…');
    expect(truncateText(text, 9)).toBe('Report \u202E…');
    expect(truncateText(text, 8)).toBe('Report…');
  });

  it('without Intl.Segmenter (older browsers), cuts fall between code points', async () => {
    const saved = Intl.Segmenter;
    vi.resetModules();
    (Intl as { Segmenter?: unknown }).Segmenter = undefined;
    try {
      const { truncateText: cut } = await import('../../../src/model/graphemes.ts');
      for (const text of Object.values(SAMPLES)) {
        for (let max = 1; max <= text.length + 1; max++) {
          const shortened = cut(text, max);
          expect(hasLoneSurrogate(shortened), JSON.stringify(shortened)).toBe(false);
          expect(shortened.length).toBeLessThanOrEqual(max);
        }
      }
    } finally {
      (Intl as { Segmenter?: unknown }).Segmenter = saved;
      vi.resetModules();
    }
  });

  it('the start of a file that is not JSON, quoted in the error, ends between clusters', () => {
    for (const pad of ['', 'x', 'xx', 'xxx']) {
      const text = `${pad}${'🇺🇸👨‍👩‍👧‍👦'.repeat(10)} not JSON`;
      const result = readAnyFormat(text, { fileName: 'data.json' });
      if (result.ok) throw new Error('expected an error');
      const quoted = JSON.parse(result.issues[0]!.received) as string;
      expect(result.issues[0]!.received).not.toMatch(/\\ud[89a-f]/i);
      expectGraphemePrefix(text, quoted, `padding ${pad.length}`);
    }
  });

  it('a single cluster longer than the room is left out whole, never split', () => {
    const zalgo = `Z${'\u0351'.repeat(30)} rest`;
    expect(truncateText(zalgo, 10)).toBe('…');
    expect(fitLabel(zalgo, 100, 10)).toBe('');
    expect(wrapText(zalgo, 5)).toEqual([`Z${'\u0351'.repeat(30)}`, 'rest']);
  });
});

describe('issue 13.7: the parser replaces noncharacters, with a warning naming field and value', () => {
  const NONCHARACTERS = ['\uFFFF', '\uFFFE', '\uFDD0', '\uFDEF', '\u{1FFFE}', '\u{10FFFF}'];

  for (const char of NONCHARACTERS) {
    const code = `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
    it(`${code} in a title, a name and the dataset title: kept as U+FFFD, one warning each`, () => {
      const data = rawDataset([{ id: 'e1', date: '2019' }, { id: 'e2', date: '2018' }]) as Record<string, any>;
      data.title = `Timeline ${char}`;
      data.events[0].title = `Soft Cell${char}`;
      data.actors[0].name = `${char}APT10`;
      const result = parseDatasetLenient(data);
      if (!result.ok) throw new Error(result.message);
      expect(result.dataset.title).toBe('Timeline \uFFFD');
      expect(result.dataset.events.find((e) => e.id === 'e1')!.title).toBe('Soft Cell\uFFFD');
      expect(result.dataset.actors.find((a) => a.id === 'g1')!.name).toBe('\uFFFDAPT10');
      for (const path of ['/title', '/events/0/title', '/actors/0/name']) {
        const issue = result.issues.find((i) => i.path === path);
        expect(issue, path).toBeDefined();
        expect(isError(issue!)).toBe(false);
        expect(issue!.message).toContain(path);
        expect(issue!.message).toContain(code);
        expect(issue!.received).toBe(JSON.stringify(path === '/title' ? data.title : path === '/events/0/title' ? data.events[0].title : data.actors[0].name));
      }
      // The strict parser (CLI, assertDataset) refuses it, saying why.
      const strict = parseDataset(data);
      expect(strict.ok).toBe(false);
      if (!strict.ok) expect(strict.issues.map((i) => i.message).join('\n')).toMatch(new RegExp(`/events/0/title: .*${code.replace('+', '\\+')}`));
    });
  }

  it('a link holding a noncharacter is removed (title kept as text), as other refused links are', () => {
    const data = rawDataset([{ id: 'e1', date: '2019' }]) as Record<string, any>;
    data.sources[0].url = 'https://example.org/\uFFFF';
    const result = parseDatasetLenient(data);
    if (!result.ok) throw new Error(result.message);
    expect(result.dataset.sources[0]!.url).toBeUndefined();
    expect(result.issues.find((i) => i.path === '/sources/0/url')!.message).toMatch(/noncharacter/);
  });

  it('NUL, other C0 controls and lone surrogates still leave the record out (an error, not a replacement)', () => {
    for (const bad of ['a\u0000b', 'a\u001Bb', 'a\uD83Db', 'a\uDE00b']) {
      const data = rawDataset([{ id: 'e1', date: '2019' }, { id: 'e2', date: '2018' }]) as Record<string, any>;
      data.events[0].title = bad;
      const result = parseDatasetLenient(data);
      if (!result.ok) throw new Error(result.message);
      expect(result.dataset.events.map((e) => e.id)).toEqual(['e2']);
      expect(result.issues.some((i) => i.path === '/events/0/title' && isError(i))).toBe(true);
    }
  });
});

const kindColours = Object.fromEntries(EVENT_KINDS.map((k) => [k, '#123456'])) as Record<EventKind, string>;

function exportInput(text: string): ExportInput {
  return {
    title: text,
    rangeText: `Shown: ${text}`,
    widthPx: 390,
    chartHeightPx: 120,
    backgroundMarkup: '<g></g>',
    marks: [10, 40, 75, 120, 190].map((room, i) => ({ kind: 'report', shape: 'point', x0Px: 10, x1Px: 10, solidX0Px: 10, solidX1Px: 10, yPx: 20 + i * 20, openStart: false, label: text, labelXPx: 20, labelRoomPx: room * 3 })),
    links: [],
    legend: [{ kind: 'report', label: text }],
    sourcesHeading: 'Sources',
    sources: [text, `${text} ${text}`],
    colours: { text: '#000000', muted: '#555555', background: '#ffffff', line: '#dddddd', kind: kindColours },
    fontFamily: 'sans-serif',
    markPx: 14,
  };
}

/** Characters XML 1.0 (Char production) cannot hold. */
const NOT_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u;

describe('issue 13.7: every export is well-formed', () => {
  const cases = { ...SAMPLES, 'noncharacters, NUL and a lone surrogate (given straight to the exporter)': 'a\uFFFF b\uFFFE c\u0000 d\uD83D e\u001B[31m' };
  for (const [name, text] of Object.entries(cases)) {
    it(`SVG (and the SVG PNG export encodes): ${name}`, () => {
      for (const widthPx of [120, 390, 1440]) {
        const { svg } = buildExportSvg({ ...exportInput(text), widthPx });
        expect(NOT_XML.test(svg), `a character XML cannot hold at width ${widthPx}`).toBe(false);
        expect(() => encodeURIComponent(svg)).not.toThrow();
      }
    });
  }

  it('dataset JSON, STIX and CSV exports read back to the same text for every sample', () => {
    const data = rawDataset(Object.keys(SAMPLES).map((_, i) => ({ id: `e${i}`, date: String(2010 + i) }))) as Record<string, any>;
    Object.values(SAMPLES).forEach((text, i) => {
      data.events[i].title = text;
      data.events[i].description = `${text}\n${text}`;
    });
    data.actors[0].name = SAMPLES.flags;
    data.events[0].actors = ['g1'];
    data.sources[0].title = SAMPLES['RTL and bidi controls'];
    const dataset = parseDataset(data);
    if (!dataset.ok) throw new Error(dataset.issues.map((i) => i.message).join('\n'));
    const titles = (d: { events: readonly { title: string }[] }) => d.events.map((e) => e.title).sort();
    for (const format of ['json', 'stix', 'csv'] as const) {
      const text = writeFormat(dataset.dataset, format);
      expect(hasLoneSurrogate(text), format).toBe(false);
      if (format !== 'csv') expect(() => JSON.parse(text), format).not.toThrow();
      const back = readAnyFormat(text, { format, fileName: `out.${format}` });
      if (!back.ok) throw new Error(`${format}: ${back.issues.map((i) => i.message).join('\n')}`);
      expect(titles(back.dataset), format).toEqual(titles(dataset.dataset));
      expect(back.dataset.actors.map((a) => a.name), format).toContain(SAMPLES.flags);
    }
  });
});
