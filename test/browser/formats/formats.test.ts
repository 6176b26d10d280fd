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

/** small.json with what a STIX import gives an actor: techniques, software, and a red software part. */
function withActorUses() {
  const data = structuredClone(smallJson) as { actors: Record<string, unknown>[]; events: Record<string, unknown>[] };
  Object.assign(data.actors[0]!, {
    techniques: ['T1199', 'T1003.001'], software: ['PlugX', 'QuasarRAT'],
    granularTlp: [{ field: 'software', value: 'QuasarRAT', tlp: 'red' }],
  });
  return data;
}

describe('formats in the element: what an actor is known to use', () => {
  it('the detail panel folds each actor\'s techniques (linked) and software under the actors', async () => {
    const data = withActorUses();
    const element = await renderWithData(data);
    const event = data.events.find((e) => (e.actors as string[]).includes('apt10'))!;
    await element.select(String(event.id));
    await settle(element);
    const detail = detailOf(element);
    await detail.updateComplete;
    const uses = detail.shadowRoot!.querySelector<HTMLDetailsElement>('details.actor-uses')!;
    expect(uses.open).to.equal(false);
    expect(uses.querySelector('summary')!.textContent).to.equal('APT10 is known to use 2 ATT&CK techniques and 2 malware or tools');
    expect([...uses.querySelectorAll<HTMLAnchorElement>('.actor-techniques a')].map((a) => a.href)).to.deep.equal(['https://attack.mitre.org/techniques/T1199/', 'https://attack.mitre.org/techniques/T1003/001/']);
    expect([...uses.querySelectorAll('.software li')].map((li) => li.textContent)).to.deep.equal(['PlugX', 'QuasarRAT']);
  });

  it('max-tlp removes a software name marked above the limit, and the panel says one', async () => {
    const data = withActorUses();
    const element = await renderWithData(data, { 'max-tlp': 'amber' });
    const event = data.events.find((e) => (e.actors as string[]).includes('apt10'))!;
    await element.select(String(event.id));
    await settle(element);
    const detail = detailOf(element);
    await detail.updateComplete;
    expect(detail.shadowRoot!.querySelector('details.actor-uses summary')!.textContent).to.equal('APT10 is known to use 2 ATT&CK techniques and 1 malware or tool');
    expect(detail.shadowRoot!.textContent).to.not.contain('QuasarRAT');
  });
});
