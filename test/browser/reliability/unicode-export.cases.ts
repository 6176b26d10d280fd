/**
 * Issue 13.7 in Chromium: emoji-heavy, bidi and noncharacter text through the whole element.
 * The exported SVG is parsed with DOMParser (a real XML parser: one character XML cannot hold
 * gives a parsererror), the PNG export encodes that SVG into a data: URL (a cut surrogate pair
 * made it throw URIError), chart labels and the tooltip are cut between grapheme clusters, and a
 * noncharacter in the data arrives as a warning naming the field.
 */
import { expect } from '@open-wc/testing';
import smallJson from '../../fixtures/small.json';
import { chartOf, drawnIds, nextEvent, renderWithData, settle, showChart, type AttackTimeline, type FixtureDataset } from '../harness/timeline-harness.ts';

const small = smallJson as unknown as FixtureDataset;
type Json = Record<string, any>;

const TITLES = [
  '👨‍👩‍👧‍👦👩🏽‍💻🏳️‍🌈'.repeat(12),
  '🇺🇸🇨🇳🇸🇪🇯🇵🇬🇧🇫🇷🇩🇪🇳🇿🇦🇺🇨🇦'.repeat(4),
  'Ope\u0301ration Z\u0351\u0352\u0353\u0354ALGO क्षत्रिय '.repeat(4),
  '𝕏𝕏𝕏𝕏𝕏𝕏𝕏𝕏𝕏𝕏𝕏𝕏𝕏𝕏𝕏𝕏𝕏𝕏𝕏𝕏𝕏𝕏𝕏𝕏𝕏𝕏𝕏𝕏 𠀋𠀋𠀋𠀋𠀋𠀋𠀋𠀋𠀋𠀋𠀋𠀋𠀋𠀋',
  'עדכון \u202Etxt.exe\u202C then \u2067مرحبا بالعالم\u2069 '.repeat(3),
  'Soft Cell\uFFFF and \uFDD0 and \u{1FFFE}',
];

function oddDataset(): Json {
  const data = structuredClone(small) as Json;
  // A long title without a single space: export wraps it by breaking the word (at odd offsets).
  data.title = `x${'🔥'.repeat(60)}${'🇺🇸'.repeat(20)}\uFFFF`;
  data.events.forEach((event: Json, index: number) => { event.title = TITLES[index % TITLES.length]; });
  data.actors[0].name = '🇨🇳 APT10 \u202Eevil\u202C';
  data.sources[0].title = `${'👨‍👩‍👧‍👦'.repeat(30)}\uFFFE`;
  return data;
}

const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
const hasLoneSurrogate = (text: string) => /\p{Cs}/u.test(text);

/** `shortened` is a whole-cluster prefix of `original` and "…", or all of it. */
function expectCleanCut(original: string, shortened: string, what: string): void {
  expect(hasLoneSurrogate(shortened), `${what}: ${JSON.stringify(shortened)}`).to.equal(false);
  if (shortened === original) return;
  expect(shortened.endsWith('…'), `${what}: ${JSON.stringify(shortened)}`).to.equal(true);
  const kept = shortened.slice(0, -1);
  let prefix = '';
  for (const { segment } of segmenter.segment(original)) {
    if (prefix.length >= kept.length) break;
    prefix += segment;
  }
  expect(prefix, `${what}: ${JSON.stringify(kept)} ends inside a character`).to.equal(kept);
}

const NONCHARACTERS = /\uFFFF|\uFFFE|\uFDD0|\u{1FFFE}/gu;

async function render(widthPx: number, withNoncharacters = true): Promise<AttackTimeline> {
  const data = withNoncharacters ? oddDataset() : JSON.parse(JSON.stringify(oddDataset()).replace(NONCHARACTERS, ''));
  const element = await renderWithData(data, { start: '2014', end: '2020' }, widthPx);
  // A narrow element opens on cards; the chart is what is exported, and what these tests read.
  await showChart(element);
  return element;
}

describe('issue 13.7: odd Unicode in the element and its exports', () => {
  for (const widthPx of [390, 1440]) {
    it(`at ${widthPx} px: the SVG export parses as XML and the PNG export encodes it`, async () => {
      const element = await render(widthPx);
      expect(drawnIds(element).length).to.be.above(0);
      const svg = await element.exportSvg();
      const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
      // Compare the error's text, not the node: chai takes minutes to print a DOM node that fails.
      expect(doc.querySelector('parsererror')?.textContent ?? null).to.equal(null);
      const texts = [...doc.querySelectorAll('text, title')].map((node) => node.textContent ?? '');
      for (const text of texts) expect(hasLoneSurrogate(text), JSON.stringify(text)).to.equal(false);
      // The noncharacters arrived as U+FFFD (the parser replaced them), never as themselves.
      expect(svg).to.not.match(/[\uFFFE\uFFFF\uFDD0]/);
      expect(doc.querySelector('title')!.textContent).to.equal(oddDataset().title.replace('\uFFFF', '\uFFFD'));
      const png = await element.exportPng(1);
      expect([...new Uint8Array(await png.slice(0, 8).arrayBuffer())]).to.deep.equal([137, 80, 78, 71, 13, 10, 26, 10]);
    });
  }

  it('chart labels in the export and the tooltip are cut between grapheme clusters', async () => {
    const element = await render(390, false);
    const doc = new DOMParser().parseFromString(await element.exportSvg(), 'image/svg+xml');
    const labels = [...doc.querySelectorAll('g.chart > text')].map((node) => node.textContent ?? '');
    const shortened = labels.filter((label) => label.endsWith('…'));
    expect(shortened.length, `labels: ${JSON.stringify(labels)}`).to.be.above(0);
    for (const label of shortened) {
      const original = TITLES.find((title) => title.startsWith(label.slice(0, 2)))!;
      expectCleanCut(original.replace(NONCHARACTERS, ''), label, 'export label');
    }
    // The keyboard's tooltip, stepping through the events with →: long titles are shortened there too.
    const chart = chartOf(element)!;
    const titles = element.parsedDataset!.events.map((event) => event.title);
    chart.shadowRoot!.querySelector<SVGGElement>('.mark[tabindex="0"]')!.focus();
    const seen = new Set<string>();
    for (let step = 0; step < small.events.length; step++) {
      await settle(element);
      const shown = chart.shadowRoot!.querySelector('.tooltip-title')?.textContent ?? '';
      if (shown.endsWith('…')) {
        seen.add(shown);
        expectCleanCut(titles.find((title) => title.startsWith(shown.slice(0, 2)))!, shown, 'tooltip');
      }
      chart.shadowRoot!.activeElement!.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true, composed: true }));
    }
    expect(seen.size, 'shortened tooltips seen').to.be.above(1);
  });

  it('a noncharacter in the data is reported as a warning naming the field and value', async () => {
    const element = document.createElement('attack-timeline') as AttackTimeline;
    document.body.append(element);
    const reported = nextEvent<{ issues: { path: string; message: string; severity?: string }[] }>(element, 'at-error');
    element.data = oddDataset();
    const { detail } = await reported;
    const titleIssue = detail.issues.find((issue) => issue.path === '/title')!;
    expect(titleIssue.severity).to.equal('warning');
    expect(titleIssue.message).to.contain('U+FFFF');
    expect(titleIssue.message).to.contain('🔥');
    expect(detail.issues.some((issue) => issue.path === '/sources/0/title' && issue.message.includes('U+FFFE'))).to.equal(true);
    await settle(element);
    expect(element.parsedDataset!.events.length).to.equal(small.events.length);
    element.remove();
  });
});
