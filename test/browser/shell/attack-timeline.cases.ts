import { expect, html } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import smallJson from '../../fixtures/small.json';
import {
  chartOf, clearAllButton, clickMark, detailOf, drawnIds, drawnMark, filterCheckbox, focusableMark, groupSelect, nextEvent,
  optionCount, renderMarkup, renderWithData, settle, statusText, svgOf, waitMs, wheel, zoomButton, type FixtureDataset,
} from '../harness/timeline-harness.ts';

const small = smallJson as unknown as FixtureDataset;

const YEAR_MS = 365.25 * 86_400_000;
const span = (view: { startMs: number; endMs: number }) => view.endMs - view.startMs;

describe('<attack-timeline>', () => {
  it('draws one mark per event of a dataset, in groups', async () => {
    const element = await renderWithData(small);
    const ids = drawnIds(element).sort();
    expect(ids).to.deep.equal(small.events.map((event) => event.id).sort());
    expect(element.view.visibleIds.length).to.equal(small.events.length);
    expect(statusText(element)).to.contain(`${small.events.length} events`);
  });

  it('draws a firm day as a point, a partial date as an uncertain span and a period as a bar', async () => {
    const element = await renderWithData(small);
    expect(drawnMark(element, 'e-indictment')!.shape).to.equal('point');
    expect(drawnMark(element, 'e-report-pwc')!.shape).to.equal('uncertain');
    const period = drawnMark(element, 'e-cloudhopper')!;
    expect(period.shape).to.equal('period');
    // The period's start is only known to the year, so it has a fuzzy (dashed) start edge.
    expect(period.solidX0Px).to.be.greaterThan(period.x0Px + 10);
  });

  it('shows the bundled default story with no attributes', async () => {
    const element = await renderMarkup(html`<attack-timeline></attack-timeline>`);
    expect(element.parsedDataset!.events.length).to.be.at.least(20);
    expect(drawnIds(element).length).to.be.at.least(20);
    expect(element.shadowRoot!.querySelector('header h2')!.textContent).to.match(/Cloud Hopper|Soft Cell/);
  });

  it('zooms around the pointer with Ctrl+wheel and reports the window at gesture end', async () => {
    const element = await renderWithData(small);
    const before = element.view;
    const changed = nextEvent<{ startMs: number; endMs: number }>(element, 'at-view-change');
    const event = wheel(element, 500, -300, { ctrlKey: true });
    expect(event.defaultPrevented).to.equal(true);
    const detail = (await changed).detail;
    expect(span(element.view)).to.be.lessThan(span(before) / 2);
    expect(detail.startMs).to.be.closeTo(element.view.startMs, 1);
  });

  it('lets a plain wheel scroll the page instead of zooming', async () => {
    const element = await renderWithData(small);
    const before = element.view;
    const event = wheel(element, 500, -300);
    await waitMs(200);
    expect(event.defaultPrevented).to.equal(false);
    expect(element.view.startMs).to.equal(before.startMs);
    expect(element.view.endMs).to.equal(before.endMs);
  });

  it('zooms with the + and − buttons and returns with Fit, within bounds', async () => {
    const element = await renderWithData(small);
    const full = span(element.view);
    zoomButton(element, 'zoom-in').click();
    await nextEvent(element, 'at-view-change');
    expect(span(element.view)).to.be.closeTo(full / 2, full * 0.01);
    zoomButton(element, 'zoom-out').click();
    await nextEvent(element, 'at-view-change');
    zoomButton(element, 'zoom-out').click();
    await nextEvent(element, 'at-view-change');
    // Zooming out past the whole extent is bounded.
    expect(span(element.view)).to.be.closeTo(full, full * 0.01);
    zoomButton(element, 'zoom-in').click();
    await nextEvent(element, 'at-view-change');
    zoomButton(element, 'fit').click();
    await nextEvent(element, 'at-view-change');
    expect(span(element.view)).to.be.closeTo(full, full * 0.01);
  });

  it('pans when the chart is dragged', async () => {
    const element = await renderWithData(small);
    await element.zoomTo('2015', '2016');
    await settle(element);
    const before = element.view;
    const box = svgOf(element).getBoundingClientRect();
    const y = Math.round(box.top + 40);
    await sendMouse({ type: 'move', position: [Math.round(box.left + 600), y] });
    await sendMouse({ type: 'down' });
    await sendMouse({ type: 'move', position: [Math.round(box.left + 400), y] });
    await sendMouse({ type: 'move', position: [Math.round(box.left + 300), y] });
    await sendMouse({ type: 'up' });
    await settle(element);
    expect(element.view.startMs).to.be.greaterThan(before.startMs + YEAR_MS / 10);
    expect(span(element.view)).to.be.closeTo(span(before), 86_400_000);
  });

  it('adapts its ticks from years down to days', async () => {
    const element = await renderWithData(small);
    const labels = () => [...chartOf(element)!.shadowRoot!.querySelectorAll('.tick text')].map((t) => t.textContent!);
    expect(labels()).to.include('2016');
    await element.zoomTo('2018-12-10', '2018-12-31');
    await settle(element);
    expect(labels().some((label) => /^\d{1,2} Dec$/.test(label))).to.equal(true);
  });

  it('moves a tick that stays on screen instead of rewriting it, while zooming', async () => {
    const element = await renderWithData(small);
    const axis = () => chartOf(element)!.shadowRoot!.querySelector('g.axis')!;
    const tickShowing = (label: string) => [...axis().querySelectorAll('g.tick')].find((g) => g.querySelector('text')?.textContent === label);
    await element.zoomTo('2014', '2019');
    await settle(element);
    const before = tickShowing('2016');
    expect(before, 'a 2016 tick').to.exist;
    const xBefore = before!.getAttribute('transform');
    // Text rewrites make the browser lay the axis out again on every zoom frame; moves do not.
    const rewrites: MutationRecord[] = [];
    const observer = new MutationObserver((records) => rewrites.push(...records.filter((r) => r.type === 'characterData' && r.target.parentElement === before!.querySelector('text'))));
    observer.observe(axis(), { subtree: true, characterData: true });
    await element.zoomTo('2015', '2019');
    await settle(element);
    observer.disconnect();
    const after = tickShowing('2016');
    expect(after, 'the same element shows 2016').to.equal(before);
    expect(after!.getAttribute('transform')).not.to.equal(xBefore);
    expect(rewrites).to.have.length(0);
  });

  it('filters by actor and victim, with counts, clear-all and a no-match state, without rescaling the axis', async () => {
    const element = await renderWithData(small);
    const windowBefore = [element.view.startMs, element.view.endMs];
    const countApt10 = optionCount(element, 'actors', 'apt10');
    expect(countApt10).to.equal(small.events.filter((e) => e.actors.includes('apt10')).length);

    const changed = nextEvent<{ actors: string[] }>(element, 'at-filter-change');
    filterCheckbox(element, 'actors', 'apt10').click();
    expect((await changed).detail.actors).to.deep.equal(['apt10']);
    await settle(element);
    expect(element.view.actors).to.deep.equal(['apt10']);
    expect(element.view.visibleIds.length).to.equal(countApt10);
    expect([element.view.startMs, element.view.endMs]).to.deep.equal(windowBefore);

    // A victim that no apt10 event has gives the explicit empty state.
    const lonelyVictim = small.victims.find((v) => !small.events.some((e) => e.actors.includes('apt10') && e.victims.includes(v.id)));
    if (lonelyVictim) {
      element.setAttribute('victims', lonelyVictim.id);
      await settle(element);
      expect(element.view.visibleIds).to.deep.equal([]);
      expect(statusText(element)).to.contain('No events match');
    }

    clearAllButton(element).click();
    await settle(element);
    expect(element.view.visibleIds.length).to.equal(small.events.length);
  });

  it('takes filters, window and selection from attributes', async () => {
    const element = await renderWithData(small, { actors: 'doj', start: '2016', end: '2017-06', selected: 'e-indictment' });
    expect(element.view.actors).to.deep.equal(['doj']);
    expect(element.view.start).to.equal('2016-01-01');
    expect(element.view.end).to.equal('2017-06-30');
    expect(element.view.selected).to.equal('e-indictment');
    expect(detailOf(element).shadowRoot!.querySelector('h2')!.textContent).to.equal(
      small.events.find((e) => e.id === 'e-indictment')!.title);
  });

  it('opens the detail panel on click, with sources linking out in a new tab', async () => {
    const element = await renderWithData(small);
    const selected = nextEvent<{ id: string }>(element, 'at-select');
    clickMark(element, 'e-indictment');
    expect((await selected).detail.id).to.equal('e-indictment');
    await settle(element);
    const detail = detailOf(element).shadowRoot!;
    const event = small.events.find((e) => e.id === 'e-indictment')!;
    expect(detail.querySelector('h2')!.textContent).to.equal(event.title);
    expect(detail.querySelector('time')!.textContent).to.equal('20 Dec 2018');
    const links = [...detail.querySelectorAll<HTMLAnchorElement>('.sources a')];
    expect(links.length).to.equal(event.sources.length);
    for (const link of links) {
      expect(link.target).to.equal('_blank');
      expect(link.rel).to.contain('noopener');
      expect(link.protocol).to.equal('https:');
    }
    detail.querySelector<HTMLButtonElement>('.close')!.click();
    await settle(element);
    expect(element.view.selected).to.equal(null);
  });

  it('is usable by keyboard: arrows move between events, Enter opens, + zooms, Esc clears', async () => {
    const element = await renderWithData(small);
    const first = focusableMark(element)!;
    first.focus();
    await sendKeys({ press: 'ArrowRight' });
    await settle(element);
    const focusedId = (chartOf(element)!.shadowRoot!.activeElement as SVGGElement).dataset.id;
    expect(focusedId).to.equal(element.parsedDataset!.events[1]!.id);
    const selected = nextEvent<{ id: string }>(element, 'at-select');
    await sendKeys({ press: 'Enter' });
    expect((await selected).detail.id).to.equal(focusedId);
    await settle(element);
    expect(element.view.selected).to.equal(focusedId);

    (chartOf(element)!.shadowRoot!.querySelector(`.mark[data-id="${focusedId}"]`) as SVGGElement).focus();
    const before = span(element.view);
    await sendKeys({ press: '+' });
    await nextEvent(element, 'at-view-change');
    expect(span(element.view)).to.be.lessThan(before);
    await sendKeys({ press: 'Escape' });
    await settle(element);
    expect(element.view.selected).to.equal(null);
  });

  it('regroups rows by victim or kind', async () => {
    const element = await renderWithData(small);
    const labels = () => [...chartOf(element)!.shadowRoot!.querySelectorAll('.group-label')].map((l) => l.textContent);
    const select = groupSelect(element);
    select.value = 'kind';
    select.dispatchEvent(new Event('change'));
    await settle(element);
    expect(element.view.groupBy).to.equal('kind');
    expect(labels()).to.include('Report');
  });

  it('offers zoomTo, fit and select as methods', async () => {
    const element = await renderWithData(small);
    await element.zoomTo('2017-01-01', '2017-12-31');
    await settle(element);
    expect(element.view.start).to.equal('2017-01-01');
    expect(element.view.end).to.equal('2017-12-31');
    await element.select('e-indictment');
    await settle(element);
    expect(element.view.selected).to.equal('e-indictment');
    // Selecting an event outside the window brings it into view.
    expect(element.view.visibleIds).to.include('e-indictment');
    await element.fit();
    await settle(element);
    expect(element.view.visibleIds.length).to.equal(small.events.length);
    let thrown: unknown;
    try {
      await element.select('no-such-event');
    } catch (error) {
      thrown = error;
    }
    expect(String(thrown)).to.contain('no-such-event');
  });

  it('loads a dataset from src', async () => {
    const url = URL.createObjectURL(new Blob([JSON.stringify(small)], { type: 'application/json' }));
    const element = await renderMarkup(html`<attack-timeline src=${url}></attack-timeline>`);
    expect(drawnIds(element).length).to.equal(small.events.length);
  });
});
