/**
 * A page's web font that arrives after the timeline's first frame, as on a reader's cold page (the
 * font still downloading while the script draws): the chart measured its titles in the fallback
 * font and kept those widths, so once the font came, titles drawn in it no longer matched the room
 * they were laid out in. The late font here is a system monospace face under a name of its own,
 * added to the page only after the first frame, so it is much wider than the fallback.
 */
import { expect } from '@open-wc/testing';
import smallJson from '../../fixtures/small.json';
import { chartOf, placeTimeline, settle, waitMs, type AttackTimeline } from '../harness/timeline-harness.ts';

const FAMILY = 'At Late Test Font';
/** Monospace faces Debian's chromium brings one of (through fontconfig's font dependency). */
const SOURCES = 'local("DejaVu Sans Mono"), local("Liberation Mono"), local("Noto Sans Mono"), local("Courier New")';

/** Each whole title drawn, with the width the chart laid it out at and the width the canvas measures it at in the chart's font now. */
function titleWidths(chart: NonNullable<ReturnType<typeof chartOf>>) {
  const canvas = chart.shadowRoot!.querySelector('canvas')!;
  const style = getComputedStyle(canvas);
  const context = document.createElement('canvas').getContext('2d')!;
  context.font = `${style.fontSize} ${style.fontFamily}`;
  return chart.drawnLabels.filter((label) => label.complete && !label.cluster).map((label) => ({ text: label.text, laidOut: label.widthPx, measured: context.measureText(label.text).width }));
}

/** Titles with no ASCII character at all (not even a space), which the chart measures character by character outside its ASCII table. */
const cyrillic = {
  version: 1,
  title: 'Кириллица',
  actors: [{ id: 'g', name: 'Группа', type: 'threat-group' }],
  victims: [],
  sources: [{ id: 's', title: 'S', publisher: 'P', kind: 'news', claims: ['c'], url: 'https://example.org/' }],
  events: ['Взлом', 'Утечка', 'Обнаружение', 'Расследование'].map((title, i) => ({ id: `e${i}`, title, kind: 'intrusion', date: `${2012 + 2 * i}-03-10`, description: 'd', actors: ['g'], victims: [], sources: ['s'] })),
};

/**
 * Places `data` in the late family, checks its titles fit the fallback, runs `first` (other checks
 * before the font comes), loads the family, and checks the titles fit it.
 */
async function expectRemeasured(data: unknown, family: string, first: (element: AttackTimeline) => Promise<void> = async () => {}): Promise<void> {
  const { element } = await placeTimeline({ data, widthPx: 1200, settled: false });
  element.style.setProperty('--at-font-family', `"${family}", sans-serif`);
  await settle(element);
  const chart = chartOf(element)!;
  const before = titleWidths(chart);
  expect(before.length, 'titles drawn').to.be.above(2);
  for (const title of before) expect(title.laidOut, `fallback: ${title.text}`).to.be.closeTo(title.measured, title.measured * 0.02 + 0.5);
  const face = new FontFace(family, SOURCES);
  try {
    await first(element);
    document.fonts.add(face);
    await face.load().catch(() => {
      throw new Error(`no monospace system font for the test (${SOURCES}); Debian's chromium brings DejaVu or Liberation`);
    });
    await waitMs(50);
    await settle(element);
    const after = titleWidths(chart);
    const total = (titles: typeof before) => titles.reduce((sum, title) => sum + title.measured, 0);
    expect(Math.abs(total(after) / total(before) - 1), 'the late font measures differently').to.be.above(0.05);
    for (const title of after) expect(title.laidOut, `late font: ${title.text}`).to.be.closeTo(title.measured, title.measured * 0.02 + 0.5);
  } finally {
    document.fonts.delete(face);
    element.parentElement!.remove();
  }
}

describe('a web font that arrives after the first frame', () => {
  it('measures titles with no ASCII character again too', async () => {
    await expectRemeasured(cyrillic, 'At Late Cyrillic Test Font');
  });

  it('measures and lays the titles out again in it, and only for its own font', async () => {
    await expectRemeasured(smallJson, FAMILY, async (element) => {
      // A font the chart does not use (the page's headline face, say) changes nothing it measured.
      // First the zoom warm-up, which lays out frames once when the page is idle, has to be over.
      for (let i = 0; i < 3; i++) await new Promise((resolve) => requestIdleCallback(resolve, { timeout: 1000 }));
      await settle(element);
      const chart = chartOf(element)!;
      const other = new FontFace('At Unrelated Test Font', SOURCES);
      document.fonts.add(other);
      const labelsBefore = chart.drawnLabels;
      try {
        await other.load();
        await waitMs(50);
        await settle(element);
        expect(chart.drawnLabels, 'laid out again for a font the chart does not use').to.equal(labelsBefore);
      } finally {
        document.fonts.delete(other);
      }
    });
  });
});
