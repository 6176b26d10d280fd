import { expect } from '@open-wc/testing';
import smallJson from '../../fixtures/small.json';
import { chartOf, drawnMark, renderWithData, settle, type AttackTimeline, type FixtureDataset } from '../harness/timeline-harness.ts';

const small = smallJson as unknown as FixtureDataset;

/**
 * Mean canvas coverage (alpha, 0–1) over a band of a mark, in CSS px. The chart's canvas is
 * transparent where nothing is painted (rows and grid are drawn beneath it), so alpha is ink.
 */
function ink(element: AttackTimeline, x0Px: number, x1Px: number, y0Px: number, y1Px: number): number {
  const chart = chartOf(element)!;
  const canvas = chart.shadowRoot!.querySelector('canvas')!;
  const ratio = canvas.width / canvas.getBoundingClientRect().width;
  const top = canvas.getBoundingClientRect().top - chart.shadowRoot!.querySelector('svg.over')!.getBoundingClientRect().top;
  const [x, y] = [Math.round(x0Px * ratio), Math.round((y0Px - top) * ratio)];
  const [w, h] = [Math.max(Math.round((x1Px - x0Px) * ratio), 1), Math.max(Math.round((y1Px - y0Px) * ratio), 1)];
  const data = canvas.getContext('2d')!.getImageData(x, y, w, h).data;
  let sum = 0;
  for (let i = 3; i < data.length; i += 4) sum += data[i]!;
  return sum / (255 * (data.length / 4));
}

describe('uncertainty reads as fainter: the less certain, the less ink', () => {
  it('paints a rough date and a period\'s rough end with less ink than the known part of a period, and that with less than a day-precise glyph', async () => {
    // One-letter titles keep label text out of the sampled areas (labels start at a mark's left).
    const data = { ...small, events: small.events.map((event) => ({ ...event, title: event.id.slice(2, 3) })) };
    const element = await renderWithData(data);
    await element.zoomTo('2016-10', '2017-10');
    await settle(element);
    const chart = chartOf(element)!;
    const band = (id: string) => {
      const mark = drawnMark(element, id)!;
      const y = chart.rowCentrePx(mark.row);
      return { mark, y0: y - 4, y1: y + 4 };
    };
    const uncertain = band('e-report-pwc');
    expect(uncertain.mark.shape).to.equal('uncertain');
    const period = band('e-cloudhopper');
    expect(period.mark.shape).to.equal('period');

    const roughDate = ink(element, uncertain.mark.x0Px + 20, uncertain.mark.x1Px - 4, uncertain.y0, uncertain.y1);
    const roughEnd = ink(element, period.mark.solidX1Px + 20, period.mark.x1Px - 4, period.y0, period.y1);
    const knownPart = ink(element, Math.max(period.mark.solidX0Px, 0) + 20, period.mark.solidX1Px - 20, period.y0, period.y1);
    await element.zoomTo('2018-06', '2019-06');
    await settle(element);
    const point = band('e-indictment');
    expect(point.mark.shape).to.equal('point');
    const glyph = ink(element, point.mark.x0Px - 2, point.mark.x0Px + 2, point.y0 + 2, point.y1 - 2);
    expect(roughDate, 'a rough date').to.be.greaterThan(0);
    expect(roughDate, 'a rough date vs the known part of a period').to.be.lessThan(knownPart / 2);
    expect(roughEnd, 'a rough end vs the known part').to.be.lessThan(knownPart);
    expect(knownPart, 'the known part vs a day-precise glyph').to.be.lessThan(glyph);
  });
});
