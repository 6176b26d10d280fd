// A small cluster shows its count, and a click opens a list of its members; choosing one selects it.
import { expect } from '@open-wc/testing';
import { chartOf, renderWithData, settle, svgOf } from '../harness/timeline-harness.ts';
import { CLUSTER_LIST_MAX } from '../../../src/components/chart/cluster-list.ts';

function crowded(count: number) {
  const day = (i: number) => new Date(Date.UTC(2016, 0, 1) + i * 86_400_000).toISOString().slice(0, 10);
  return {
    version: 1,
    title: 'Crowded',
    actors: [{ id: 'g', name: 'Group', type: 'threat-group' }],
    victims: [],
    sources: [{ id: 's', title: 'S', publisher: 'P', kind: 'news', claims: ['c'], url: 'https://example.org/' }],
    events: [
      ...Array.from({ length: count }, (_, i) => ({ id: `c${i}`, title: `Crowded event ${i}`, kind: 'intrusion', date: day(i % 20), description: 'd', actors: ['g'], victims: [], sources: ['s'] })),
      { id: 'far', title: 'Far event', kind: 'report', date: '2019-06-01', description: 'd', actors: ['g'], victims: [], sources: ['s'] },
    ],
  };
}

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
