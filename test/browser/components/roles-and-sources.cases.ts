// Entity roles and source classes as a reader meets them in the bundled story: organisations that
// are neither actors nor victims get their own filter and their own line in the detail panel, an
// actor only others name (the MSS) can be filtered on, and primary sources are marked.
import { expect, html } from '@open-wc/testing';
import {
  detailOf, filterBarOf, filterCheckbox, optionCount, renderMarkup, settle, type AttackTimeline,
} from '../harness/timeline-harness.ts';

async function tick(element: AttackTimeline, input: HTMLInputElement): Promise<void> {
  input.click();
  await settle(element);
}

describe('entity roles and source classes in the default story', () => {
  let element: AttackTimeline;

  beforeEach(async () => {
    element = await renderMarkup(html`<attack-timeline></attack-timeline>`);
  });

  it('offers organisations that are only named in a separate facet, not among the victims', async () => {
    const bar = filterBarOf(element).shadowRoot!;
    expect(bar.querySelector('details.facet-subjects summary')!.textContent).to.contain('Also named');
    expect(bar.querySelector('details.facet-victims input[data-id="huawei"]')).to.equal(null);
    expect(optionCount(element, 'subjects', 'huawei')).to.equal(4);
    await tick(element, filterCheckbox(element, 'subjects', 'huawei'));
    expect([...element.view.visibleIds].sort()).to.deep.equal(['australia-5g-huawei-zte', 'huawei-entity-list', 'huawei-indictments-unsealed', 'meng-wanzhou-arrest']);
    expect(element.view.subjects).to.deep.equal(['huawei']);
  });

  it('lists every facet\'s options by name (the subject options come unsorted from the shell)', async () => {
    const bar = filterBarOf(element).shadowRoot!;
    for (const facet of ['actors', 'victims', 'subjects']) {
      const names = [...bar.querySelectorAll<HTMLInputElement>(`details.facet-${facet} input[data-id]`)]
        .map((input) => input.closest('label')!.querySelector('.name')!.textContent!);
      expect(names.length, facet).to.be.greaterThan(3);
      expect(names, facet).to.deep.equal([...names].sort((a, b) => a.localeCompare(b, 'en')));
    }
  });

  it('reaches the MSS, which events only name in attributions, through the actor filter', async () => {
    const count = optionCount(element, 'actors', 'mss');
    expect(count).to.equal(8);
    const mss = filterCheckbox(element, 'actors', 'mss');
    expect(mss.disabled).to.equal(false);
    await tick(element, mss);
    expect(element.view.visibleIds).to.include('uk-attribution-apt10');
    expect(element.parsedDataset!.events.filter((event) => element.view.visibleIds.includes(event.id)).every((event) => event.attributions.some((a) => a.actor === 'mss'))).to.equal(true);
  });

  it('lists merger parties as also named, not as victims, and marks primary sources', async () => {
    await element.select('dxc-technology-formed');
    await settle(element);
    const panel = detailOf(element).shadowRoot!;
    const terms = [...panel.querySelectorAll('dt')].map((dt) => dt.textContent!.trim());
    expect(terms).to.include('Also named');
    expect(terms).not.to.include('Victims');
    expect(panel.querySelector('dd.subjects')!.textContent).to.contain('Hewlett Packard Enterprise');
    const sources = [...panel.querySelectorAll('ol.sources li')];
    const hpeRelease = sources.find((li) => li.id === 'source-hpe-2017-04-03-spin-merge-complete')!;
    const zdnet = sources.find((li) => li.id === 'source-zdnet-2017-04-03-hpe-completes-spinoff')!;
    expect(hpeRelease.querySelector('.primary')!.textContent).to.equal('primary source');
    expect(zdnet.querySelector('.primary')).to.equal(null);
  });

  it('marks primary sources in the printed handout too', async () => {
    window.dispatchEvent(new Event('beforeprint'));
    await element.updateComplete;
    const list = element.shadowRoot!.querySelector('at-print-list') as HTMLElement & { updateComplete: Promise<boolean> };
    await list.updateComplete;
    const item = list.shadowRoot!.querySelector<HTMLElement>('ol > li[data-id="uk-attribution-apt10"]')!;
    const lines = [...item.querySelectorAll('ul.sources > li')].map((li) => li.textContent!);
    expect(lines.find((line) => line.startsWith('GOV.UK'))).to.contain('(primary source)');
    expect(lines.find((line) => line.startsWith('ITProPortal'))).not.to.contain('primary source');
    window.dispatchEvent(new Event('afterprint'));
    await element.updateComplete;
  });
});
