import { expect, html } from '@open-wc/testing';
import smallJson from '../../fixtures/small.json';
import { chartOf, renderMarkup } from '../harness/timeline-harness.ts';

const withChartFont = (size: string) => renderMarkup(html`<attack-timeline style="font-size: 16px; --at-chart-font-size: ${size}" .data=${smallJson}></attack-timeline>`);

// The chart reads `--at-chart-font-size` once per theme: before its first render only a px value
// can be read from the host, so any other length is read from the canvas after it, for the rows
// and for the labels' font alike.
describe('the chart text size from --at-chart-font-size', () => {
  it('sizes rows and labels the same whether the length is written in em or in the px it comes to', async () => {
    const chart = chartOf(await withChartFont('1.5em'))!;
    const px = parseFloat(getComputedStyle(chart.shadowRoot!.querySelector('canvas')!).fontSize);
    expect(px).to.equal(24);
    const reference = chartOf(await withChartFont('24px'))!;
    const plain = chartOf(await withChartFont('12.5px'))!;
    // The reference is really larger than the default size, so equal figures mean something.
    expect(reference.labelWidthPx('Cloud Hopper')).to.be.greaterThan(1.5 * plain.labelWidthPx('Cloud Hopper'));
    expect(reference.rowCentrePx(1) - reference.rowCentrePx(0)).to.be.greaterThan(plain.rowCentrePx(1) - plain.rowCentrePx(0));
    expect(chart.rowCentrePx(1) - chart.rowCentrePx(0)).to.equal(reference.rowCentrePx(1) - reference.rowCentrePx(0));
    expect(chart.labelWidthPx('Cloud Hopper')).to.equal(reference.labelWidthPx('Cloud Hopper'));
    expect(chart.drawnLabels.map((label) => label.text)).to.deep.equal(reference.drawnLabels.map((label) => label.text));
  });
});
