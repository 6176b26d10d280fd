// Issue 12, points 3, 4 and 8: cards on phones, the details beside the chart (or as a bottom
// sheet) without moving the page and with focus coming back, and how much an embed shows.
import { expect, html } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import small from '../../fixtures/small.json';
import {
  cardOf, cardsOf, chartOf, clickMark, deepActive, detailOf, errorBox, focusableMark, nextEvent, partOf, renderMarkup, renderWithData, settle, waitMs,
} from '../harness/timeline-harness.ts';
import { until } from '../harness/until.ts';

const shown = (node: Element | null) => node !== null && getComputedStyle(node).display !== 'none' && node.getBoundingClientRect().height > 0;

/** Every event of the fixture, in date order, as the element holds them. */
const titleOf = new Map(small.events.map((event) => [event.id, event.title]));

describe('controls attribute and parts', () => {
  it('full (the default) shows every block, each as a part', async () => {
    const element = await renderWithData(small, {}, 1000);
    for (const part of ['header', 'title', 'controls', 'filters', 'group-by', 'actions', 'search', 'status', 'legend', 'chart', 'overview', 'table']) {
      expect(partOf(element, part), part).to.not.equal(null);
    }
    // Inner parts of the children are exported under the names the docs give.
    expect(partOf(element, 'search')!.getAttribute('exportparts')).to.contain('input: search-input');
    expect(partOf(element, 'chart')!.getAttribute('exportparts')).to.contain('toolbar');
  });

  it('compact keeps the title, key, chart and table; drops filters, search, status and overview', async () => {
    const element = await renderWithData(small, { controls: 'compact' }, 1000);
    for (const part of ['title', 'legend', 'chart', 'table']) expect(shown(partOf(element, part)), part).to.equal(true);
    for (const part of ['controls', 'search', 'status', 'overview', 'description']) expect(partOf(element, part), part).to.equal(null);
  });

  it('none shows only the key and the chart, and the details still open beside it', async () => {
    const element = await renderWithData(small, { controls: 'none' }, 1000);
    for (const part of ['header', 'controls', 'search', 'table', 'overview']) expect(partOf(element, part), part).to.equal(null);
    expect(shown(partOf(element, 'legend'))).to.equal(true);
    expect(shown(partOf(element, 'chart'))).to.equal(true);
    clickMark(element, 'e-indictment');
    await settle(element);
    expect(detailOf(element).event?.id).to.equal('e-indictment');
  });

  it('a bad value is an at-error naming the attribute and the value, cleared when fixed', async () => {
    const element = await renderWithData(small, {}, 1000);
    const error = nextEvent<{ message: string; issues: { path: string; message: string }[] }>(element, 'at-error');
    element.setAttribute('controls', 'minimal');
    const { detail } = await error;
    await settle(element);
    expect(detail.message).to.contain('controls');
    expect(JSON.stringify(detail.issues)).to.contain('minimal');
    expect(errorBox(element)!.textContent).to.contain('controls');
    // It still shows everything rather than guess.
    expect(partOf(element, 'search')).to.not.equal(null);
    element.setAttribute('controls', 'none');
    await settle(element);
    expect(errorBox(element)).to.equal(null);
  });

  it('the description folds to two lines; More unfolds it and says so', async () => {
    const long = { ...small, description: 'A long description. '.repeat(40) };
    const element = await renderWithData(long, {}, 600);
    const description = partOf(element, 'description')!;
    const more = partOf(element, 'more') as HTMLButtonElement;
    const lineHeight = parseFloat(getComputedStyle(description).lineHeight);
    expect(description.clientHeight).to.be.at.most(2 * lineHeight + 1);
    expect(description.scrollHeight).to.be.above(description.clientHeight);
    expect(more.getAttribute('aria-expanded')).to.equal('false');
    more.focus();
    await sendKeys({ press: 'Enter' });
    await settle(element);
    expect(more.getAttribute('aria-expanded')).to.equal('true');
    expect(description.clientHeight).to.be.above(4 * lineHeight);
  });

  it('a short description has no More button', async () => {
    const element = await renderWithData({ ...small, description: 'Short.' }, {}, 1000);
    expect(partOf(element, 'description')).to.not.equal(null);
    expect(partOf(element, 'more')).to.equal(null);
  });
});

describe('an embed on a laptop', () => {
  before(async () => {
    await setViewport({ width: 1440, height: 900 });
  });

  it('compact, in an 860 px article column, is at most one screen tall and mostly chart', async () => {
    const element = await renderMarkup(html`<attack-timeline controls="compact" actors="apt10" start="2014" end="2019"></attack-timeline>`, 860);
    const heightPx = element.getBoundingClientRect().height;
    const chartPx = chartOf(element)!.getBoundingClientRect().height;
    expect(heightPx).to.be.at.most(900);
    expect(chartPx / heightPx).to.be.at.least(0.6);
    // The key is on the first screen, above the chart.
    const legend = partOf(element, 'legend')!.getBoundingClientRect();
    expect(legend.bottom).to.be.at.most(chartOf(element)!.getBoundingClientRect().top);
    expect(legend.top - element.getBoundingClientRect().top).to.be.below(200);
  });
});

describe('details beside the chart (wide)', () => {
  before(async () => {
    await setViewport({ width: 1440, height: 900 });
  });

  it('opens beside the chart with the page where it was; Esc returns focus to the mark', async () => {
    const element = await renderMarkup(html`<attack-timeline></attack-timeline>`, 1424);
    const chart = chartOf(element)!;
    // An event drawn as a mark of its own (not inside a cluster), in the middle of the story.
    const id = chart.drawnMarks[Math.floor(chart.drawnMarks.length / 2)]!.event.id;
    window.scrollTo(0, 200);
    const scrollY = window.scrollY;
    // Keyboard path: the reader reaches the mark and presses Enter.
    await chart.focusEvent(id);
    await sendKeys({ press: 'Enter' });
    await settle(element);
    const detail = detailOf(element);
    expect(detail.event?.id).to.equal(id);
    expect(window.scrollY).to.equal(scrollY);
    expect(deepActive()?.tagName).to.equal('H2');
    const panel = detail.getBoundingClientRect();
    const chartBox = chart.getBoundingClientRect();
    expect(panel.left).to.be.at.least(chartBox.right);
    expect(getComputedStyle(detail).position).to.equal('sticky');
    // The mark stays on screen and clear of the panel.
    const mark = focusableMark(element, id)!.getBoundingClientRect();
    expect(mark.right).to.be.at.most(panel.left);
    expect(mark.top).to.be.within(0, innerHeight);
    await sendKeys({ press: 'Escape' });
    await settle(element);
    expect(element.view.selected).to.equal(null);
    expect(deepActive()?.getAttribute('data-id')).to.equal(id);
    expect(window.scrollY).to.equal(scrollY);
    window.scrollTo(0, 0);
  });

  it('previous and next walk the events in date order, by keyboard, focus staying on the button', async () => {
    const element = await renderWithData(small, {}, 1000);
    // The fixture by start date (ties by id): a period from 2014, 2015, Apr 2017, summer 2018…
    const ids = ['e-cloudhopper', 'e-policy', 'e-report-pwc', 'e-visma-intrusion', 'e-indictment', 'e-airbus', 'e-reuters'];
    clickMark(element, ids[1]!);
    await settle(element);
    const detail = detailOf(element);
    const next = detail.shadowRoot!.querySelector<HTMLButtonElement>('button.next')!;
    const previous = detail.shadowRoot!.querySelector<HTMLButtonElement>('button.previous')!;
    expect(next.getAttribute('aria-label')).to.equal(`Next event: ${titleOf.get(ids[2]!)}`);
    next.focus();
    await sendKeys({ press: 'Enter' });
    await settle(element);
    expect(detail.event?.id).to.equal(ids[2]);
    expect(deepActive()).to.equal(next);
    previous.focus();
    await sendKeys({ press: 'Enter' });
    await sendKeys({ press: 'Enter' });
    await settle(element);
    expect(detail.event?.id).to.equal(ids[0]);
    // At the first event, previous stays focusable but says there is nothing before.
    expect(previous.getAttribute('aria-disabled')).to.equal('true');
    await sendKeys({ press: 'Enter' });
    await settle(element);
    expect(detail.event?.id).to.equal(ids[0]);
    expect(deepActive()).to.equal(previous);
    // Closing after walking returns focus to the mark of the event now shown.
    await sendKeys({ press: 'Escape' });
    await settle(element);
    expect(deepActive()?.getAttribute('data-id')).to.equal(ids[0]);
  });
});

describe('focus after the details close', () => {
  it('goes back to the table row the event was chosen from', async () => {
    const element = await renderWithData(small, {}, 1000);
    const table = partOf(element, 'table') as HTMLElement & { open: boolean; updateComplete: Promise<boolean> };
    table.open = true;
    await table.updateComplete;
    const button = table.shadowRoot!.querySelector<HTMLButtonElement>('tr[data-id="e-policy"] button.title')!;
    button.focus();
    await sendKeys({ press: 'Enter' });
    await settle(element);
    expect(detailOf(element).event?.id).to.equal('e-policy');
    await sendKeys({ press: 'Escape' });
    await settle(element);
    expect(deepActive()).to.equal(button);
  });
});

describe('focus after the details close, from search', () => {
  it('lands on the mark of the event a search result chose', async () => {
    const element = await renderWithData(small, {}, 1000);
    const search = partOf(element, 'search')!;
    const input = search.shadowRoot!.querySelector('input')!;
    input.focus();
    await sendKeys({ type: 'visma' });
    await sendKeys({ press: 'Enter' });
    await until(() => element.view.selected === 'e-visma-intrusion', 'the match selected');
    await settle(element);
    expect(element.view.selected).to.equal('e-visma-intrusion');
    // Focus stays in the search box (Enter again goes to the next match); the reader closes the panel with its ✕.
    detailOf(element).shadowRoot!.querySelector<HTMLButtonElement>('button.close')!.focus();
    await sendKeys({ press: 'Enter' });
    await settle(element);
    expect(element.view.selected).to.equal(null);
    expect(deepActive()?.getAttribute('data-id')).to.equal('e-visma-intrusion');
  });
});

describe('phones: cards and bottom sheet', () => {
  before(async () => {
    await setViewport({ width: 390, height: 844 });
  });

  for (const widthPx of [304, 374]) it(`shows every event as a card with its complete title, date at its precision and sources count (${widthPx} px)`, async () => {
    const element = await renderWithData(small, {}, widthPx);
    const cards = cardsOf(element)!;
    expect(cards).to.not.equal(null);
    expect(chartOf(element)).to.equal(null);
    for (const event of small.events) {
      const card = cardOf(element, event.id)!;
      expect(card, event.id).to.not.equal(null);
      const title = card.querySelector('h3')!;
      expect(title.textContent!.trim()).to.equal(event.title);
      // Complete: nothing cut, nothing wider than the card.
      expect(title.scrollWidth).to.be.at.most(title.clientWidth + 1);
      expect(card.querySelector('.count')!.textContent).to.match(/^\d+ sources?$/);
    }
    // Dates say what the data knows and no more.
    expect(cardOf(element, 'e-policy')!.querySelector('.date')!.textContent).to.equal('2015');
    expect(cardOf(element, 'e-cloudhopper')!.querySelector('.date')!.textContent).to.equal('since at least 2014 – Apr 2017');
    expect(cardOf(element, 'e-indictment')!.querySelector('.date')!.textContent).to.equal('20 Dec 2018');
    expect(cardOf(element, 'e-report-pwc')!.querySelector('.date')!.textContent).to.equal('Apr 2017');
    expect(cardOf(element, 'e-visma-intrusion')!.querySelector('.date')!.textContent).to.match(/summer 2018/i);
    expect(document.documentElement.scrollWidth).to.be.at.most(390);
    expect(element.scrollWidth).to.be.at.most(widthPx);
    // The overview strip is above the cards, for orientation.
    expect(partOf(element, 'overview')!.getBoundingClientRect().bottom).to.be.at.most(cards.getBoundingClientRect().top + 1);
   });

  it('a card opens a bottom sheet that leaves it in view; Esc returns focus to the card', async () => {
    const element = await renderMarkup(html`<attack-timeline></attack-timeline>`, 374);
    await cardsOf(element)!.updateComplete;
    const first = cardsOf(element)!.shadowRoot!.querySelectorAll('li')[3]!;
    const id = first.dataset.id!;
    first.querySelector('button')!.focus();
    await sendKeys({ press: 'Enter' });
    await settle(element);
    const detail = detailOf(element);
    expect(detail.event?.id).to.equal(id);
    expect(getComputedStyle(detail).position).to.equal('fixed');
    const sheet = detail.getBoundingClientRect();
    expect(sheet.bottom).to.be.closeTo(innerHeight, 1);
    expect(sheet.height).to.be.at.most(innerHeight * 0.5 + 1);
    const card = cardOf(element, id)!.getBoundingClientRect();
    expect(card.bottom).to.be.at.most(sheet.top);
    expect(card.bottom).to.be.above(0);
    expect(deepActive()?.tagName).to.equal('H2');
    await sendKeys({ press: 'Escape' });
    await settle(element);
    const active = deepActive();
    expect(active?.tagName).to.equal('BUTTON');
    expect(active?.closest('li')?.dataset.id).to.equal(id);
    window.scrollTo(0, 0);
  });

  it('a title written as markup stays text on its card', async () => {
    const payload = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>';
    const data = { ...small, events: small.events.map((event, i) => (i === 0 ? { ...event, title: payload } : event)) };
    const element = await renderWithData(data, {}, 374);
    const card = cardOf(element, small.events[0]!.id)!;
    expect(card.querySelector('h3')!.textContent!.trim()).to.equal(payload);
    expect(card.querySelector('img, script')).to.equal(null);
    expect((window as unknown as { __pwned?: number }).__pwned).to.equal(undefined);
  });

  it('the overview strip moves the cards by keyboard, and scrolling the cards moves the strip', async () => {
    const element = await renderMarkup(html`<attack-timeline></attack-timeline>`, 374);
    const overview = partOf(element, 'overview') as HTMLElement & { window: { startMs: number; endMs: number } | null };
    const events = element.parsedDataset!.events;
    const strip = () => overview.getBoundingClientRect();
    overview.shadowRoot!.querySelector<SVGElement>('[tabindex="0"]')!.focus();
    for (let i = 0; i < 30; i++) await sendKeys({ press: 'ArrowRight' });
    await settle(element);
    await waitMs(300);
    expect(window.scrollY).to.be.above(500);
    // The first card starting at or after the strip's window sits just under the sticky strip.
    const startMs = overview.window!.startMs;
    const first = events.find((event) => event.when.startMs >= startMs)!;
    const top = cardOf(element, first.id)!.getBoundingClientRect().top;
    expect(strip().top).to.be.closeTo(0, 1);
    expect(top).to.be.within(strip().bottom - 2, strip().bottom + 40);
    // Scrolling back up: the strip's window follows the cards on screen.
    window.scrollTo(0, 0);
    await waitMs(300);
    await settle(element);
    const onScreen = events.filter((event) => {
      const box = cardOf(element, event.id)?.getBoundingClientRect();
      return box !== undefined && box.bottom > strip().bottom && box.top < innerHeight;
    });
    expect(onScreen.length).to.be.above(0);
    expect(overview.window!.startMs).to.equal(onScreen[0]!.when.startMs);
  });

  it('the reader can switch to the chart and back', async () => {
    const element = await renderWithData(small, {}, 374);
    const [cardsButton, chartButton] = partOf(element, 'view-switch')!.querySelectorAll('button');
    chartButton!.click();
    await settle(element);
    expect(chartOf(element)).to.not.equal(null);
    expect(chartButton!.getAttribute('aria-pressed')).to.equal('true');
    cardsButton!.click();
    await settle(element);
    expect(cardsOf(element)).to.not.equal(null);
  });
});

describe('table widths', () => {
  for (const widthPx of [374, 1000]) {
    it(`gives the date and title readable widths and stays bounded at ${widthPx} px`, async () => {
      const many = { ...small, events: Array.from({ length: 60 }, (_, i) => ({ ...small.events[i % small.events.length]!, id: `e-${i}` })) };
      const element = await renderWithData(many, {}, widthPx);
      const table = partOf(element, 'table') as HTMLElement & { open: boolean; updateComplete: Promise<boolean> };
      table.open = true;
      await table.updateComplete;
      const grid = table.shadowRoot!.querySelector('table')!;
      const headers = [...grid.querySelectorAll('thead th')].filter((th) => getComputedStyle(th).display !== 'none');
      for (const th of headers) expect(th.getBoundingClientRect().width, th.textContent!).to.be.at.least(widthPx < 600 ? 90 : 100);
      const [date, title] = headers.map((th) => th.getBoundingClientRect().width);
      expect(title!).to.be.above(date!);
      // A page of rows, not all of them.
      expect(grid.querySelectorAll('tbody tr').length).to.equal(25);
      expect(grid.getBoundingClientRect().width).to.be.at.most(widthPx);
      // Bounded: the rows scroll inside a box at most 80% of the screen tall.
      expect(grid.parentElement!.getBoundingClientRect().height).to.be.at.most(innerHeight * 0.8 + 1);
    });
  }
});
