// The keyboard way into a cluster: when the active event is drawn inside a cluster, its member
// list opens on it; Esc closes it.
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { chartOf, renderWithData, settle, svgOf } from '../harness/timeline-harness.ts';
import { crowdedDataset as crowded } from '../harness/crowded-dataset.ts';

describe('cluster member list by keyboard', () => {
  it('opens on the active member when the keyboard moves into a cluster, and Esc closes it', async () => {
    const element = await renderWithData(crowded(120));
    const chart = chartOf(element)!;
    const item = chart.drawnItems.find((candidate) => candidate.type === 'cluster');
    if (item?.type !== 'cluster') throw new Error('expected a cluster');
    svgOf(element).focus();
    // Step through events from the first until one inside a cluster is active.
    await sendKeys({ press: 'Home' });
    await settle(element);
    for (let i = 0; i < 60 && !chart.shadowRoot!.querySelector('.cluster-list'); i++) {
      await sendKeys({ press: 'ArrowRight' });
      await settle(element);
    }
    const list = chart.shadowRoot!.querySelector('.cluster-list');
    expect(list, 'a member list opened by the keyboard').to.not.equal(null);
    expect(chart.shadowRoot!.activeElement?.closest('.cluster-list')).to.equal(list);
    await sendKeys({ press: 'Escape' });
    await settle(element);
    expect(chart.shadowRoot!.querySelector('.cluster-list')).to.equal(null);
  });
});
