/**
 * Issue 14.6: TimelineJS as people have it. Real timelines from the TimelineJS3 repository
 * (test/fixtures/formats/timelinejs3/, see PROVENANCE.md) import what is usable, with one warning
 * per slide left out that names the slide and the reason.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { EXIT_INVALID, EXIT_OK, runCli } from '../../../src/formats/cli.ts';
import { readAnyFormat } from '../../../src/formats/convert.ts';
import { fromTimelineJs } from '../../../src/formats/timelinejs-import.ts';
import { isTimelineJsSheet } from '../../../src/formats/timelinejs-sheet.ts';
import type { Dataset } from '../../../src/model/types.ts';
import { inputFromBytes } from '../helpers.ts';

const path = (name: string) => `test/fixtures/formats/timelinejs3/${name}`;
const text = (name: string) => readFileSync(new URL(`../../../${path(name)}`, import.meta.url), 'utf8');

function read(name: string): { dataset: Dataset; warnings: readonly string[]; format: string } {
  const result = readAnyFormat(text(name), { fileName: name });
  if (!result.ok) throw new Error(result.issues.map((issue) => issue.message).join('\n'));
  return result;
}

/** The slide numbers (1-based) that the warnings say were left out. */
function leftOut(warnings: readonly string[]): number[] {
  return warnings.flatMap((warning) => {
    const match = /^Slide (\d+) of \d+/.exec(warning);
    return match ? [Number(match[1])] : [];
  });
}

/** No markup survives: titles and descriptions are plain text. */
function expectPlainText(dataset: Dataset): void {
  for (const value of [dataset.title, dataset.description ?? '', ...dataset.events.flatMap((event) => [event.title, event.description])]) {
    expect(value).not.toMatch(/<\/?[a-z][^>]*>|&(amp|lt|gt|quot|#\d+);/i);
  }
}

describe('real TimelineJS3 timelines', () => {
  it('eras.json: 19 of 20 slides, the unsourced one named; the 3 eras become the story "Eras"', () => {
    const { dataset, warnings, format } = read('eras.json');
    expect(format).toBe('timelinejs');
    expect(dataset.events).toHaveLength(19);
    expect(warnings).toEqual([expect.stringMatching(/^Slide 6 of 20 \("Death of Muhammed"\) left out: \/events\/5\/media\/url: the slide cites no source: it has no media url and its text has no link/)]);
    expect(dataset.stories).toEqual([{ id: 'eras', title: 'Eras', steps: [
      { caption: 'Era Test 650-700', start: '0650', end: '0700' },
      { caption: 'Era Test 600-650', start: '0600', end: '0650' },
      { caption: 'Era Test 700-720', start: '0700', end: '0720' },
    ] }]);
    expect(dataset.title).toBe('Eras Test');
    expectPlainText(dataset);
  });

  it('houston.json: 14 of 18 slides; protocol-relative media is read as https, site-relative media is not a source', () => {
    const { dataset, warnings } = read('houston.json');
    expect(dataset.events).toHaveLength(14);
    expect(leftOut(warnings)).toEqual([1, 10, 16, 17]);
    expect(warnings).toHaveLength(4);
    expect(warnings[0]).toMatch(/^Slide 1 of 18 \("A Musical Heritage"\) left out: \/events\/0\/media\/url: the slide cites no source: its media url is not an absolute http\(s\) address and its text has no link \(got "\/static\/img\/examples\/houston\/family\.jpg"\)/);
    expect(warnings[1]).toMatch(/^Slide 10 of 18 \("Bobby Brown"\) left out: .*it has no media url/);
    const crack = dataset.events.find((event) => event.title === 'Crack is Whack')!;
    const cited = dataset.sources.find((source) => source.id === crack.sources[0])!;
    expect(cited.url).toBe('https://upload.wikimedia.org/wikipedia/commons/d/dd/ABC_-_Good_Morning_America_-_Diane_Sawyer.jpg');
    expect(dataset.title).toBe('Whitney Houston 1963 - 2012');
    expectPlainText(dataset);
  });

  it('women-in-computing.json: 9 of 10 slides; the title slide gives title and description', () => {
    const { dataset, warnings } = read('women-in-computing.json');
    expect(dataset.events).toHaveLength(9);
    expect(warnings).toEqual([expect.stringMatching(/^Slide 2 of 10 \("Edith Clarke: Bucking the Trend"\) left out: .*its media is HTML with no link/)]);
    expect(dataset.title).toBe('Women in Computing');
    expect(dataset.description).toMatch(/^In this sample timeline, we'll walk you through/);
    const ada = dataset.events.find((event) => event.title === 'Ada Lovelace')!;
    expect([ada.when.start.text, ada.when.end.text]).toEqual(['1815-12-10', '1852-11-27']);
    expect(ada.sources.map((id) => dataset.sources.find((source) => source.id === id)!.url)).toEqual([
      'https://upload.wikimedia.org/wikipedia/commons/thumb/a/a4/Ada_Lovelace_portrait.jpg/713px-Ada_Lovelace_portrait.jpg',
      'https://en.wikipedia.org/wiki/Ada_Lovelace',
      'https://en.wikipedia.org/wiki/Analytical_Engine',
    ]);
    expectPlainText(dataset);
  });

  it('marktwain.json: 12 of 17 slides; slides without a headline or a source are named; times of day kept in the note', () => {
    const { dataset, warnings } = read('marktwain.json');
    expect(dataset.events).toHaveLength(12);
    expect(leftOut(warnings)).toEqual([1, 4, 5, 6, 17]);
    expect(warnings).toHaveLength(5);
    expect(warnings[0]).toMatch(/^Slide 1 of 17 left out: \/events\/0\/text\/headline: the slide has no headline/);
    expect(warnings[4]).toMatch(/^Slide 17 of 17 \("Get started!"\) left out: .*cites no source/);
    const livy = dataset.events.find((event) => event.title === 'Livy dies')!;
    expect(livy.when.start.text).toBe('1900-01-10');
    expect(livy.when.note).toBe('Time of day in the source timeline: 06:45:56.');
    expect(dataset.title).toBe('Imported timeline');
    expectPlainText(dataset);
  });

  it('my-own-timeline.csv (the Google Sheet template) is detected and read as TimelineJS, like the same timeline in JSON', () => {
    expect(isTimelineJsSheet(text('my-own-timeline.csv'))).toBe(true);
    const sheet = read('my-own-timeline.csv');
    expect(sheet.format).toBe('timelinejs');
    expect(sheet.dataset.events).toHaveLength(9);
    expect(sheet.warnings).toEqual([expect.stringMatching(/^Slide 2 of 10 \("Edith Clarke: Bucking the Trend"\) left out: line 4, column "Media": the slide cites no source/)]);
    expect(sheet.dataset.title).toBe('MY OWN CSV');
    const json = read('women-in-computing.json');
    const summary = (dataset: Dataset) => dataset.events.map((event) => [event.title, event.when.start.text, event.when.end.text, event.description, event.sources.length]);
    expect(summary(sheet.dataset)).toEqual(summary(json.dataset));
    expectPlainText(sheet.dataset);
  });

  it('a timeline where every slide is bad is refused, each slide named', () => {
    const json = JSON.parse(text('eras.json')) as { events: Record<string, unknown>[] };
    for (const slide of json.events) delete slide.media;
    for (const slide of json.events) (slide.text as Record<string, unknown>).text = 'no link';
    const result = fromTimelineJs(json);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues).toHaveLength(20);
  });
});

describe('the CLI on real TimelineJS files', () => {
  const run = (args: string[]) => {
    const out: string[] = [];
    const err: string[] = [];
    const code = runCli(args, {
      openFile: (file) => inputFromBytes(readFileSync(new URL(`../../../${file}`, import.meta.url))),
      writeFile: () => undefined,
      stdout: (line) => out.push(line),
      stderr: (line) => err.push(line),
    });
    return { code, stdout: out.join(''), stderr: err.join('') };
  };

  it('validate reads the sheet CSV by itself, prints each slide left out, and --strict fails on them', () => {
    const result = run(['validate', path('my-own-timeline.csv')]);
    expect(result.code).toBe(EXIT_OK);
    expect(result.stdout).toMatch(/my-own-timeline\.csv: valid timelinejs: 9 events/);
    expect(result.stderr).toMatch(/my-own-timeline\.csv: warning: Slide 2 of 10 \("Edith Clarke: Bucking the Trend"\) left out/);
    expect(run(['validate', path('my-own-timeline.csv'), '--strict']).code).toBe(EXIT_INVALID);
  });

  it('validate reads each JSON example as TimelineJS with one warning line per slide left out', () => {
    for (const [name, events, skipped] of [['eras.json', 19, 1], ['houston.json', 14, 4], ['women-in-computing.json', 9, 1], ['marktwain.json', 12, 5]] as const) {
      const result = run(['validate', path(name)]);
      expect(result.code, name).toBe(EXIT_OK);
      expect(result.stdout).toContain(`valid timelinejs: ${events} events`);
      expect(result.stderr.match(/warning: Slide \d+ of \d+/g), name).toHaveLength(skipped);
    }
  });
});
