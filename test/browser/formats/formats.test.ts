import { expect } from '@open-wc/testing';
import smallJson from '../../fixtures/small.json';
import { renderWithData, settle } from '../harness/timeline-harness.ts';
import type { AtEventDetail } from '../../../src/components/event-detail/event-detail.ts';

/** small.json with a technique and TLP markings: one event red, one source amber. */
function marked() {
  const data = structuredClone(smallJson) as { events: Record<string, unknown>[]; sources: Record<string, unknown>[] };
  data.events[0]!.techniques = ['T1190', 'T1003.001'];
  data.events[0]!.tlp = 'green';
  data.events[1]!.tlp = 'red';
  data.sources[1]!.tlp = 'amber';
  return data;
}

const detailOf = (element: HTMLElement) => element.shadowRoot!.querySelector('at-event-detail') as AtEventDetail;

describe('formats in the element: ATT&CK chips, TLP badges, max-tlp', () => {
  it('shows techniques as chips linking to the ATT&CK site, and the TLP badge', async () => {
    const data = marked();
    const element = await renderWithData(data);
    await element.select(String(data.events[0]!.id));
    await settle(element);
    const detail = detailOf(element);
    await detail.updateComplete;
    const links = [...detail.shadowRoot!.querySelectorAll<HTMLAnchorElement>('.techniques a')];
    expect(links.map((a) => a.textContent)).to.deep.equal(['T1190', 'T1003.001']);
    expect(links.map((a) => a.href)).to.deep.equal(['https://attack.mitre.org/techniques/T1190/', 'https://attack.mitre.org/techniques/T1003/001/']);
    expect(links[0]!.rel).to.equal('noopener noreferrer');
    expect(detail.shadowRoot!.querySelector('.meta .tlp')!.textContent).to.equal('TLP:GREEN');
  });

  it('max-tlp removes events and sources above the level before drawing, and follows attribute changes', async () => {
    const data = marked();
    const element = await renderWithData(data, { 'max-tlp': 'amber' });
    const ids = () => element.parsedDataset!.events.map((e) => e.id);
    expect(ids()).to.not.include(data.events[1]!.id);
    expect(element.parsedDataset!.sources.map((s) => s.id)).to.include(data.sources[1]!.id);
    element.setAttribute('max-tlp', 'clear');
    await settle(element);
    expect(element.parsedDataset!.sources.map((s) => s.id)).to.not.include(data.sources[1]!.id);
    expect(ids()).to.not.include(data.events[0]!.id);
    element.removeAttribute('max-tlp');
    await settle(element);
    expect(ids()).to.have.length(data.events.length);
  });

  it('an unknown max-tlp value shows only clear records and says so', async () => {
    const data = marked();
    const element = await renderWithData(data, { 'max-tlp': 'gren' });
    expect(element.parsedDataset!.events.every((e) => e.tlp === undefined || e.tlp === 'clear')).to.equal(true);
    expect(element.shadowRoot!.querySelector('[role="alert"]')!.textContent).to.contain('max-tlp');
  });
});
