import { expect } from '@open-wc/testing';
import smallJson from '../../fixtures/small.json';
import { crowdedDataset } from '../harness/crowded-dataset.ts';
import { chartOf, clickMark, drawnMark, nextEvent, renderWithData, settle, svgOf, waitMs, type FixtureDataset } from '../harness/timeline-harness.ts';

const small = smallJson as unknown as FixtureDataset;

describe('tooltips and clusters', () => {
  it('shows a tooltip with title and date when hovering a mark', async () => {
    const element = await renderWithData(small);
    const mark = drawnMark(element, 'e-indictment')!;
    const box = svgOf(element).getBoundingClientRect();
    svgOf(element).dispatchEvent(new MouseEvent('mousemove', { clientX: box.left + mark.x0Px, clientY: box.top + chartOf(element)!.rowCentrePx(mark.row), bubbles: true }));
    await settle(element);
    const tooltip = chartOf(element)!.shadowRoot!.querySelector('.tooltip')!;
    expect(tooltip.textContent).to.contain(small.events.find((e) => e.id === 'e-indictment')!.title);
    expect(tooltip.textContent).to.contain('20 Dec 2018');
    svgOf(element).dispatchEvent(new MouseEvent('mouseleave'));
    await settle(element);
    expect(chartOf(element)!.shadowRoot!.querySelector('.tooltip')).to.equal(null);
  });

  it('shows the focused event in a tooltip when the keyboard is in the chart', async () => {
    const element = await renderWithData(small);
    chartOf(element)!.shadowRoot!.querySelector<SVGGElement>('.mark[tabindex="0"]')!.focus();
    await settle(element);
    expect(chartOf(element)!.shadowRoot!.querySelector('.tooltip')).to.not.equal(null);
  });

  it('merges marks too dense to tell apart into a counted cluster that zooms to its members', async () => {
    const element = await renderWithData(crowdedDataset(2000, 2000));
    const chart = chartOf(element)!;
    const cluster = chart.drawnItems.find((item) => item.type === 'cluster');
    expect(cluster, 'a cluster at full view').to.not.equal(undefined);
    if (cluster?.type !== 'cluster') return;
    expect(cluster.cluster.count).to.be.greaterThan(10);
    expect(chart.visibleIds.length).to.equal(2001);
    const box = svgOf(element).getBoundingClientRect();
    const before = element.view.endMs - element.view.startMs;
    const changed = nextEvent(element, 'at-view-change');
    svgOf(element).dispatchEvent(new MouseEvent('click', {
      clientX: box.left + (cluster.cluster.x0Px + cluster.cluster.x1Px) / 2, clientY: box.top + chart.rowCentrePx(cluster.cluster.row), bubbles: true,
    }));
    await changed;
    await settle(element);
    expect(element.view.endMs - element.view.startMs).to.be.at.most(before / 4 + 86_400_000);
    // Zoomed in, the cluster has split into marks.
    expect(chart.drawnItems.filter((item) => item.type === 'mark').length).to.be.greaterThan(5);
    await waitMs(10);
    clickMark(element, chart.drawnMarks[0]!.event.id);
  });
});

describe('pointer on a scaled page', () => {
  it('hits the right mark when the chart is shown larger with CSS zoom (presentation, projector)', async () => {
    const element = await renderWithData(small);
    element.parentElement!.setAttribute('style', 'width:700px;zoom:1.5');
    await settle(element);
    await waitMs(50);
    await settle(element);
    const chart = chartOf(element)!;
    const mark = drawnMark(element, 'e-indictment')!;
    const box = svgOf(element).getBoundingClientRect();
    const scale = box.width / Number(svgOf(element).getAttribute('width'));
    expect(scale).to.be.closeTo(1.5, 0.01);
    const selected = nextEvent<{ id: string }>(element, 'at-select');
    svgOf(element).dispatchEvent(new MouseEvent('click', {
      clientX: box.left + mark.x0Px * scale, clientY: box.top + chart.rowCentrePx(mark.row) * scale, bubbles: true, composed: true,
    }));
    expect((await selected).detail.id).to.equal('e-indictment');
  });
});
