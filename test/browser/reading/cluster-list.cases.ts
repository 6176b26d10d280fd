// A small cluster shows its count, and a click opens a list of its members; choosing one selects it.
import { expect } from '@open-wc/testing';
import { chartOf, renderWithData, settle, svgOf } from '../harness/timeline-harness.ts';
import { crowdedDataset as crowded } from '../harness/crowded-dataset.ts';
import { CLUSTER_LIST_MAX } from '../../../src/components/chart/cluster-list.ts';

describe('cluster member list', () => {
  it('shows a cluster\'s count, and a click lists its members; choosing one selects it', async () => {
    const element = await renderWithData(crowded(120));
    const chart = chartOf(element)!;
    const item = chart.drawnItems.find((candidate) => candidate.type === 'cluster' && candidate.cluster.count <= CLUSTER_LIST_MAX);
    expect(item, 'a small cluster').to.exist;
    if (item?.type !== 'cluster') return;
    const { cluster } = item;
    expect(chart.drawnLabels.some((label) => label.cluster && label.row === cluster.row && label.text.startsWith(String(cluster.count)))).to.equal(true);
    const box = svgOf(element).getBoundingClientRect();
    svgOf(element).dispatchEvent(new MouseEvent('click', { clientX: box.left + (cluster.x0Px + cluster.x1Px) / 2, clientY: box.top + chart.rowCentrePx(cluster.row), bubbles: true }));
    await settle(element);
    const buttons = [...chart.shadowRoot!.querySelectorAll<HTMLButtonElement>('.cluster-list li button')];
    expect(buttons).to.have.length(cluster.count);
    const id = buttons[1]!.dataset.id!;
    buttons[1]!.click();
    await settle(element);
    expect(element.view.selected).to.equal(id);
    expect(chart.shadowRoot!.querySelector('.cluster-list')).to.equal(null);
  });

});
