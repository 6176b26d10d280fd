import { expect } from '@open-wc/testing';
import smallJson from '../../fixtures/small.json';
import { renderWithData, settle, type FixtureDataset } from '../harness/timeline-harness.ts';

const small = smallJson as unknown as FixtureDataset;

describe('accessibility', () => {
  it('has no axe violations by default and with an event selected', async () => {
    const element = await renderWithData(small);
    await expect(element).to.be.accessible();
    await element.select('e-indictment');
    await settle(element);
    await expect(element).to.be.accessible();
  });
});
