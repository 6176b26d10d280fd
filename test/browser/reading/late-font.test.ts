/**
 * A page's web font that arrives after the timeline's first frame, as on a reader's cold page (the
 * font still downloading while the script draws): the chart measured its titles in the fallback
 * font and kept those widths, so once the font came, titles drawn in it no longer matched the room
 * they were laid out in. The late font here is a system monospace face under a name of its own,
 * added to the page only after the first frame, so it is much wider than the fallback.
 */
import { expect } from '@open-wc/testing';
import smallJson from '../../fixtures/small.json';
import { chartOf, placeTimeline, settle, waitMs, type FixtureDataset } from '../harness/timeline-harness.ts';

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

describe('a web font that arrives after the first frame', () => {
  it('measures and lays the titles out again in it', async () => {
    const { element } = await placeTimeline({ data: smallJson as unknown as FixtureDataset, widthPx: 1200, settled: false });
    element.style.setProperty('--at-font-family', `"${FAMILY}", sans-serif`);
    await settle(element);
    const chart = chartOf(element)!;
    const before = titleWidths(chart);
    expect(before.length, 'titles drawn').to.be.above(2);
    for (const title of before) expect(title.laidOut, `fallback: ${title.text}`).to.be.closeTo(title.measured, title.measured * 0.02 + 0.5);

    // A font the chart does not use (the page's headline face, say) changes nothing it measured.
    // First the zoom warm-up, which lays out frames once when the page is idle, has to be over.
    for (let i = 0; i < 3; i++) await new Promise((resolve) => requestIdleCallback(resolve, { timeout: 1000 }));
    await settle(element);
    const other = new FontFace('At Unrelated Test Font', SOURCES);
    document.fonts.add(other);
    const labelsBefore = chart.drawnLabels;
    const face = new FontFace(FAMILY, SOURCES);
    try {
      await other.load().catch(() => {
        throw new Error(`no monospace system font for the test (${SOURCES}); Debian's chromium brings DejaVu or Liberation`);
      });
      await waitMs(50);
      await settle(element);
      expect(chart.drawnLabels, 'laid out again for a font the chart does not use').to.equal(labelsBefore);
      document.fonts.add(face);
      await face.load().catch(() => {
        throw new Error(`no monospace system font for the test (${SOURCES}); Debian's chromium brings DejaVu or Liberation`);
      });
      await waitMs(50);
      await settle(element);
      const after = titleWidths(chart);
      const total = (titles: typeof before, key: 'laidOut' | 'measured') => titles.reduce((sum, title) => sum + title[key], 0);
      // The font did apply: the same titles measure far wider in it than in the fallback.
      expect(total(after, 'measured') / total(before, 'measured'), 'the late font is wider').to.be.above(1.1);
      for (const title of after) expect(title.laidOut, `late font: ${title.text}`).to.be.closeTo(title.measured, title.measured * 0.02 + 0.5);
    } finally {
      document.fonts.delete(face);
      document.fonts.delete(other);
      element.parentElement!.remove();
    }
  });
});
