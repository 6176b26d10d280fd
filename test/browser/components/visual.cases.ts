import { expect } from '@open-wc/testing';
import { visualDiff } from '@web/test-runner-visual-regression';
import smallJson from '../../fixtures/small.json';
import { animationsDone, chartOf, renderWithData, settle, type FixtureDataset } from '../harness/timeline-harness.ts';

const small = smallJson as unknown as FixtureDataset;

describe('chart snapshot', () => {
  it('looks the same as the approved picture (fixture at 1000 px)', async () => {
    const element = await renderWithData(small, { selected: 'e-indictment' });
    await settle(element);
    const chart = chartOf(element)!;
    expect(chart.visibleIds.length).to.equal(small.events.length);
    await animationsDone();
    await visualDiff(chart.shadowRoot!.querySelector('.frame')!, 'chart-small');
  });
});
