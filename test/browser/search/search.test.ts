import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import 'axe-core/axe.min.js';
import smallJson from '../../fixtures/small.json';
import {
  chartOf, drawnMark, filterCheckbox, nextEvent, renderWithData, searchInput, searchOf, searchResultButtons, searchStatus, settle,
  typeSearch, type FixtureDataset,
} from '../harness/timeline-harness.ts';
import { until } from '../harness/until.ts';

const small = smallJson as unknown as FixtureDataset;
interface AxeResult { violations: { id: string; nodes: { target: unknown }[] }[] }
declare const axe: { run(context: Element, options: unknown): Promise<AxeResult> };
const APT10_IN_TIME_ORDER = ['e-cloudhopper', 'e-report-pwc', 'e-visma-intrusion', 'e-indictment', 'e-reuters'];

async function shiftEnter(): Promise<void> {
  await sendKeys({ down: 'Shift' });
  await sendKeys({ press: 'Enter' });
  await sendKeys({ up: 'Shift' });
}

describe('search', () => {
  it('matches aliases, ignoring case and accents, lists the matches and highlights them in the chart', async () => {
    const element = await renderWithData(small);
    const searched = nextEvent<{ query: string }>(element, 'at-search');
    await typeSearch(element, 'STÔNE panda');
    expect((await searched).detail.query).to.equal('STÔNE panda');
    expect(searchStatus(element)).to.equal('5 matches.');
    expect(searchResultButtons(element).map((button) => button.dataset.id)).to.deep.equal(APT10_IN_TIME_ORDER);
    expect(searchResultButtons(element)[0]!.textContent).to.contain('Cloud Hopper campaign against MSPs');
    expect([...chartOf(element)!.highlightIds]).to.deep.equal(APT10_IN_TIME_ORDER);
    expect(element.view.query).to.equal('STÔNE panda');
  });

  it('needs every word, says "No matches" and clears with an empty query', async () => {
    const element = await renderWithData(small);
    await typeSearch(element, 'visma apt10');
    expect(searchResultButtons(element).map((button) => button.dataset.id)).to.deep.equal(['e-visma-intrusion', 'e-reuters']);
    await typeSearch(element, 'visma airbus');
    expect(searchStatus(element)).to.equal('No matches.');
    expect(chartOf(element)!.highlightIds.size).to.equal(0);
    await typeSearch(element, '');
    expect(searchStatus(element)).to.equal('');
    expect(searchResultButtons(element)).to.have.length(0);
  });

  it('draws a ring around a highlighted mark on the canvas', async () => {
    const element = await renderWithData(small);
    const chart = chartOf(element)!;
    const mark = drawnMark(element, 'e-indictment')!;
    const ratio = window.devicePixelRatio || 1;
    // Just outside the symbol, where the outline (4 px out from the 14 px mark) is drawn.
    const x = Math.round((mark.x0Px - 11) * ratio);
    const y = Math.round(chart.rowCentrePx(mark.row) * ratio);
    const alphaAt = () => chart.shadowRoot!.querySelector('canvas')!.getContext('2d')!.getImageData(x - 1, y - 1, 3, 3).data.filter((_, i) => i % 4 === 3).reduce((a, b) => Math.max(a, b), 0);
    const before = alphaAt();
    await typeSearch(element, 'indicts');
    expect([...chart.highlightIds]).to.deep.equal(['e-indictment']);
    expect(alphaAt()).to.be.greaterThan(before + 100);
  });

  it('steps through matches with Enter and Shift+Enter, selecting each and keeping focus in the box', async () => {
    const element = await renderWithData(small);
    await typeSearch(element, 'cloud hopper');
    const ids = searchResultButtons(element).map((button) => button.dataset.id);
    expect(ids).to.deep.equal(['e-cloudhopper', 'e-report-pwc', 'e-reuters']);
    const selected = nextEvent<{ id: string }>(element, 'at-select');
    await sendKeys({ press: 'Enter' });
    expect((await selected).detail.id).to.equal('e-cloudhopper');
    await settle(element);
    expect(element.view.selected).to.equal('e-cloudhopper');
    expect(searchStatus(element)).to.equal('3 matches, showing 1 of 3.');
    await sendKeys({ press: 'Enter' });
    await settle(element);
    expect(element.view.selected).to.equal('e-report-pwc');
    await shiftEnter();
    await settle(element);
    expect(element.view.selected).to.equal('e-cloudhopper');
    await shiftEnter();
    await settle(element);
    expect(element.view.selected).to.equal('e-reuters');
    expect(searchOf(element).shadowRoot!.activeElement).to.equal(searchInput(element));
  });

  it('sends pending text before stepping when Enter comes within the debounce', async () => {
    const element = await renderWithData(small);
    const input = searchInput(element);
    input.focus();
    input.value = 'airbus';
    input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    await sendKeys({ press: 'Enter' });
    await settle(element);
    expect(element.view.selected).to.equal('e-airbus');
  });

  it('brings the next match into view when it lies outside the window', async () => {
    const element = await renderWithData(small);
    await element.zoomTo('2014-01', '2014-06');
    await settle(element);
    await typeSearch(element, 'airbus');
    await sendKeys({ press: 'Enter' });
    await until(() => element.view.selected === 'e-airbus' && element.view.visibleIds.includes('e-airbus'), 'the match selected and in view');
    await settle(element);
    expect(element.view.selected).to.equal('e-airbus');
    expect(element.view.visibleIds).to.include('e-airbus');
  });

  it('zooms to the match on Enter: from the whole extent down to its own span with a margin', async () => {
    const element = await renderWithData(small);
    const whole = element.view.endMs - element.view.startMs;
    await typeSearch(element, 'indicts');
    await sendKeys({ press: 'Enter' });
    await until(() => element.view.selected === 'e-indictment' && element.view.endMs - element.view.startMs < whole / 10, 'the match selected and zoomed to');
    await settle(element);
    expect(element.view.selected).to.equal('e-indictment');
    const span = element.view.endMs - element.view.startMs;
    expect(span).to.be.lessThan(whole / 10);
    const day = Date.UTC(2018, 11, 20);
    expect(element.view.startMs).to.be.lessThan(day);
    expect(element.view.endMs).to.be.greaterThan(day);
  });

  it('selects a listed match on click and brings it into view', async () => {
    const element = await renderWithData(small);
    await element.zoomTo('2014-01', '2014-06');
    await settle(element);
    await typeSearch(element, 'visma');
    const selected = nextEvent<{ id: string }>(element, 'at-select');
    searchResultButtons(element).find((button) => button.dataset.id === 'e-visma-intrusion')!.click();
    expect((await selected).detail.id).to.equal('e-visma-intrusion');
    await until(() => element.view.visibleIds.includes('e-visma-intrusion'), 'the match in view');
    await settle(element);
    expect(element.view.selected).to.equal('e-visma-intrusion');
    expect(element.view.visibleIds).to.include('e-visma-intrusion');
  });

  it('counts matches hidden by the filters without listing them', async () => {
    const element = await renderWithData(small);
    filterCheckbox(element, 'victims', 'visma').click();
    await settle(element);
    await typeSearch(element, 'apt10');
    expect(searchResultButtons(element).map((button) => button.dataset.id)).to.deep.equal(['e-visma-intrusion', 'e-reuters']);
    expect(searchStatus(element)).to.equal('2 matches (3 more hidden by the filters).');
  });

  it('clears with Esc', async () => {
    const element = await renderWithData(small);
    await typeSearch(element, 'visma');
    const searched = nextEvent<{ query: string }>(element, 'at-search');
    await sendKeys({ press: 'Escape' });
    expect((await searched).detail.query).to.equal('');
    await settle(element);
    expect(searchInput(element).value).to.equal('');
    expect(chartOf(element)!.highlightIds.size).to.equal(0);
  });

  it('has no axe violations with matches listed and one selected', async () => {
    const element = await renderWithData(small);
    await typeSearch(element, 'apt10');
    await sendKeys({ press: 'Enter' });
    await settle(element);
    const result = await axe.run(searchOf(element), {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa'] },
      rules: { 'target-size': { enabled: true } },
    });
    expect(result.violations.map((v) => `${v.id}: ${JSON.stringify(v.nodes.map((n) => n.target))}`)).to.deep.equal([]);
    expect(searchInput(element).labels![0]!.textContent).to.contain('Search');
  });
});
