import { expect, html } from '@open-wc/testing';
import smallJson from '../../fixtures/small.json';
import {
  errorBox, filterCheckbox, groupSelect, nextEvent, renderMarkup, renderWithData, searchInput, searchResultButtons, settle, typeSearch, waitMs,
  zoomButton, type AttackTimeline, type FixtureDataset,
} from '../harness/timeline-harness.ts';

const small = smallJson as unknown as FixtureDataset;
/** Longer than the shell's write delay. */
const WRITE_WAIT_MS = 350;
const cleanUrl = () => `${location.pathname}${location.search}`;

function setHash(hash: string): void {
  history.replaceState(history.state, '', `${cleanUrl()}${hash}`);
}

function hashParams(): URLSearchParams {
  return new URLSearchParams(location.hash.slice(1));
}

/** Changes filters, grouping, search, selection and zoom as a reader would. */
async function useEverything(element: AttackTimeline): Promise<void> {
  filterCheckbox(element, 'actors', 'apt10').click();
  await settle(element);
  const select = groupSelect(element);
  select.value = 'kind';
  select.dispatchEvent(new Event('change', { bubbles: true }));
  await settle(element);
  await typeSearch(element, 'cloud hopper');
  searchResultButtons(element).find((button) => button.dataset.id === 'e-report-pwc')!.click();
  await settle(element);
  zoomButton(element, 'zoom-in').click();
  await nextEvent(element, 'at-view-change');
  await settle(element);
}

describe('sync-url', () => {
  afterEach(() => history.replaceState(history.state, '', cleanUrl()));

  it('never reads or writes the URL without the attribute', async () => {
    setHash('#q=visma&actors=apt10');
    const before = location.href;
    const historyLength = history.length;
    const calls: string[] = [];
    const { replaceState, pushState } = history;
    history.replaceState = function (...args: Parameters<History['replaceState']>) {
      calls.push('replaceState');
      return replaceState.apply(this, args);
    };
    history.pushState = function (...args: Parameters<History['pushState']>) {
      calls.push('pushState');
      return pushState.apply(this, args);
    };
    try {
      const element = await renderWithData(small);
      expect(element.view.query).to.equal('');
      expect(element.view.actors).to.deep.equal([]);
      await useEverything(element);
      await waitMs(WRITE_WAIT_MS);
      expect(calls).to.deep.equal([]);
      expect(location.href).to.equal(before);
      expect(history.length).to.equal(historyLength);
    } finally {
      history.replaceState = replaceState;
      history.pushState = pushState;
    }
  });

  it('restores window, filters, selection, grouping and search from the hash', async () => {
    setHash('#start=2016-01-01&end=2018-12-31&actors=apt10&victims=msps&selected=e-indictment&group=kind&q=cl%C3%B6ud');
    const element = await renderWithData(small, { 'sync-url': '' });
    const { view } = element;
    expect([view.start, view.end]).to.deep.equal(['2016-01-01', '2018-12-31']);
    expect(view.actors).to.deep.equal(['apt10']);
    expect(view.victims).to.deep.equal(['msps']);
    expect(view.selected).to.equal('e-indictment');
    expect(view.groupBy).to.equal('kind');
    expect(view.query).to.equal('clöud');
    expect(searchInput(element).value).to.equal('clöud');
    expect(groupSelect(element).value).to.equal('kind');
    expect(errorBox(element)).to.equal(null);
  });

  it('writes user changes with replaceState, and a copied link reopens the same view', async () => {
    setHash('');
    const historyLength = history.length;
    const element = await renderWithData(small, { 'sync-url': '' });
    expect(location.hash).to.equal('');
    await useEverything(element);
    await waitMs(WRITE_WAIT_MS);
    expect(history.length).to.equal(historyLength);
    const params = hashParams();
    expect(params.get('actors')).to.equal('apt10');
    expect(params.get('group')).to.equal('kind');
    expect(params.get('q')).to.equal('cloud hopper');
    expect(params.get('selected')).to.equal('e-report-pwc');
    expect(location.hash).to.contain('q=cloud+hopper');
    const view = element.view;
    expect([params.get('start'), params.get('end')]).to.deep.equal([view.start, view.end]);

    const copy = await renderWithData(small, { 'sync-url': '' });
    const reopened = copy.view;
    expect([reopened.start, reopened.end]).to.deep.equal([view.start, view.end]);
    expect(reopened.actors).to.deep.equal(view.actors);
    expect(reopened.selected).to.equal(view.selected);
    expect(reopened.groupBy).to.equal(view.groupBy);
    expect(reopened.query).to.equal(view.query);
    expect(reopened.visibleIds).to.deep.equal(view.visibleIds);
  });

  it('keeps two prefixed timelines and the page\u2019s own parameters apart', async () => {
    setHash('#page=2&b.q=visma');
    const first = await renderWithData(small, { 'sync-url': 'a' });
    const second = await renderWithData(small, { 'sync-url': 'b' });
    expect(first.view.query).to.equal('');
    expect(second.view.query).to.equal('visma');
    await typeSearch(first, 'airbus');
    await waitMs(WRITE_WAIT_MS);
    expect(location.hash.startsWith('#page=2&b.q=visma&')).to.equal(true);
    const params = hashParams();
    expect(params.get('a.q')).to.equal('airbus');
    expect(params.get('q')).to.equal(null);
    expect(second.view.query).to.equal('visma');
  });

  it('follows a hash change', async () => {
    setHash('');
    const element = await renderWithData(small, { 'sync-url': '' });
    setHash('#q=visma&group=victim');
    window.dispatchEvent(new HashChangeEvent('hashchange'));
    await settle(element);
    expect(element.view.query).to.equal('visma');
    expect(element.view.groupBy).to.equal('victim');
    expect(searchInput(element).value).to.equal('visma');
  });

  it('reports ids and values the dataset cannot use, and leaves them out', async () => {
    setHash('#actors=apt10,nobody&selected=gone&group=colour');
    const element = await renderWithData(small, { 'sync-url': '' });
    const box = errorBox(element)!;
    expect(box).to.not.equal(null);
    expect(box.textContent).to.contain('unknown actor id "nobody"');
    expect(box.textContent).to.contain('unknown event id "gone"');
    expect(box.textContent).to.contain('#group');
    expect(element.view.actors).to.deep.equal(['apt10']);
    expect(element.view.selected).to.equal(null);
    expect(element.view.groupBy).to.equal('actor');
  });

  it('carries the subject filter (organisations also named): restored, checked, written back, and cleared by a link without it', async () => {
    setHash('#subjects=huawei,nobody');
    const element = await renderMarkup(html`<attack-timeline sync-url></attack-timeline>`);
    expect(element.view.subjects).to.deep.equal(['huawei']);
    expect([...element.view.visibleIds].sort()).to.deep.equal(['australia-5g-huawei-zte', 'huawei-entity-list', 'huawei-indictments-unsealed', 'meng-wanzhou-arrest']);
    expect(filterCheckbox(element, 'subjects', 'huawei').checked).to.equal(true);
    expect(errorBox(element)!.textContent).to.contain('unknown named organisation id "nobody"');
    const select = groupSelect(element);
    select.value = 'kind';
    select.dispatchEvent(new Event('change', { bubbles: true }));
    await settle(element);
    await waitMs(WRITE_WAIT_MS);
    expect(hashParams().get('subjects')).to.equal('huawei');
    expect(hashParams().get('group')).to.equal('kind');
    setHash('#actors=apt10');
    window.dispatchEvent(new HashChangeEvent('hashchange'));
    await settle(element);
    expect(element.view.subjects).to.deep.equal([]);
    expect(filterCheckbox(element, 'subjects', 'huawei').checked).to.equal(false);
  });
});
