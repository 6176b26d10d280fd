/**
 * Catalogue 4.5 (X1–X10) in the real renderer, and the loading cases that need a browser
 * (T10 CORS, T3 with retry, failed reload keeps the data). Runs without CSP, so a payload that
 * executed would be seen by the canary, not hidden by a policy.
 */
import { expect, fixture, html } from '@open-wc/testing';
import smallJson from '../../fixtures/small.json';
import { chartOf, detailOf, drawnIds, errorBox, renderWithData, settle, type AttackTimeline, type FixtureDataset } from '../harness/timeline-harness.ts';

const small = smallJson as unknown as FixtureDataset;
type Canary = Window & { __xssHits?: number };
const canary = 'window.__xssHits=(window.__xssHits||0)+1';
const PAYLOADS = [
  `<img src=x onerror="${canary}">`,
  `<script>${canary}</script>`,
  `<svg onload="${canary}"><a xlink:href="javascript:${canary}"><text>x</text></a></svg>`,
  `"><img src=x onerror="${canary}">`,
  `' onmouseover='${canary}`,
  `<iframe srcdoc="<script>parent.${canary}</script>"></iframe><base href="https://attacker.example/"><form action="javascript:${canary}"><button>x</button></form>`,
  "{{constructor.constructor('" + canary + "')()}}${" + canary + '}',
  'red;background:url(https://attacker.example/x)',
  '</style><style>*{display:none}</style>',
];
const SAFE_TAGS = new Set(['DIV', 'P', 'SPAN', 'UL', 'OL', 'LI', 'H2', 'H3', 'HEADER', 'SECTION', 'ARTICLE', 'BUTTON', 'A', 'TIME', 'DL', 'DT', 'DD', 'STRONG', 'DETAILS', 'SUMMARY', 'FIELDSET', 'LEGEND', 'LABEL', 'INPUT', 'SELECT', 'OPTION', 'TABLE', 'CAPTION', 'THEAD', 'TBODY', 'TR', 'TH', 'TD', 'SVG', 'G', 'PATH', 'RECT', 'CIRCLE', 'LINE', 'TEXT', 'TITLE', 'AT-CHART', 'AT-FILTER-BAR', 'AT-EVENT-DETAIL', 'AT-LEGEND', 'AT-DATA-NOTICE', 'AT-EVENT-TABLE', 'AT-OVERVIEW', 'AT-SEARCH', 'AT-ACTIONS', 'AT-PRINT-LIST', 'AT-EVENT-CARDS', 'NAV', 'BR', 'STYLE', 'SLOT', 'CANVAS']);

/** Every element in the element's shadow tree, through nested shadow roots. */
function allElements(root: ShadowRoot | Element): Element[] {
  const out: Element[] = [];
  for (const el of root.querySelectorAll('*')) {
    out.push(el);
    if (el.shadowRoot) out.push(...allElements(el.shadowRoot));
  }
  return out;
}

function textOf(root: ShadowRoot | Element): string {
  return allElements(root).map((el) => [...el.childNodes].filter((n) => n.nodeType === Node.TEXT_NODE).map((n) => n.textContent).join('')).join(' ');
}

function hostile(payload: string): FixtureDataset {
  const data = structuredClone(small) as FixtureDataset & Record<string, any>;
  data.title = payload;
  data.description = payload;
  for (const event of data.events) { event.title = payload; event.description = payload; }
  for (const actor of data.actors) actor.name = payload;
  for (const victim of data.victims) victim.name = payload;
  for (const source of data.sources as Record<string, any>[]) { source.title = payload; source.url = `javascript:${canary}`; }
  // A bad event whose message echoes the payload into the notice.
  data.events.push({ ...structuredClone(data.events[0]!), id: 'bad-one', title: payload, date: payload } as never);
  return data;
}

describe('hostile strings and links (X1–X10, U1)', () => {
  afterEach(() => { delete (window as Canary).__xssHits; });

  for (const [index, payload] of PAYLOADS.entries()) {
    it(`X${index + 1}: payload ${index + 1} stays text in header, chart, filters, detail, table, notice and error`, async () => {
      const data = hostile(payload);
      const element = await renderWithData(data, { selected: data.events[0]!.id });
      const bar = element.shadowRoot!.querySelector('at-filter-bar')!;
      for (const details of bar.shadowRoot!.querySelectorAll('details')) details.open = true;
      const table = element.shadowRoot!.querySelector('at-event-table')!;
      table.open = true;
      await table.updateComplete;
      await settle(element);
      await new Promise((resolve) => setTimeout(resolve, 100));

      expect(element.shadowRoot!.querySelector('at-data-notice')).to.not.equal(null);
      const elements = allElements(element.shadowRoot!);
      expect(elements.filter((el) => !SAFE_TAGS.has(el.tagName.toUpperCase())).map((el) => el.tagName)).to.deep.equal([]);
      for (const el of elements) {
        for (const attr of el.getAttributeNames()) expect(attr.startsWith('on'), `${el.tagName} ${attr}`).to.equal(false);
        const href = el.getAttribute('href') ?? el.getAttribute('xlink:href');
        if (href !== null && href !== '#') expect(new URL(href).protocol).to.match(/^https?:$/);
      }
      expect(element.shadowRoot!.querySelector('header h2')!.textContent).to.equal(payload);
      expect(textOf(detailOf(element).shadowRoot!)).to.contain(payload);
      expect(textOf(table.shadowRoot!)).to.contain(payload);
      expect(drawnIds(element).length).to.be.greaterThan(0);
      // Lone hostile dataset: the error box echoes values as text too.
      element.data = { version: 1, title: payload, actors: [], victims: [], sources: [], events: payload };
      await settle(element);
      expect(errorBox(element)!.textContent).to.contain(JSON.stringify(payload).slice(1, 40));
      expect((window as Canary).__xssHits ?? 0).to.equal(0);
      expect(document.querySelector('base')).to.equal(null);
    });
  }

  it('U1: a javascript: source link is shown as plain text, never as a link', async () => {
    const data = structuredClone(small) as FixtureDataset & Record<string, any>;
    (data.sources as Record<string, any>[])[0]!.url = 'javascript:alert(1)';
    const element = await renderWithData(data, { selected: data.events.find((e) => e.sources.includes(data.sources[0]!.id))!.id });
    const links = [...detailOf(element).shadowRoot!.querySelectorAll('a[href]')].map((a) => a.getAttribute('href')!);
    expect(links.some((href) => href.startsWith('javascript'))).to.equal(false);
    expect(element.shadowRoot!.querySelector('at-data-notice')!.shadowRoot!.textContent).to.contain('link was removed');
  });
});

describe('loading in the browser (T3, T10, retry, previous data kept)', () => {
  it('T10: a cross-origin file without CORS headers gives the network/permissions message', async () => {
    const other = `http://127.0.0.1:${location.port}/__reliability/small-cors.json`;
    const errors: CustomEvent<{ message: string }>[] = [];
    const wrapper = await fixture<HTMLElement>(html`<div style="width:900px"><attack-timeline @at-error=${(e: CustomEvent) => errors.push(e)} src=${other}></attack-timeline></div>`);
    const element = wrapper.querySelector('attack-timeline') as AttackTimeline;
    for (let i = 0; i < 50 && errors.length === 0; i++) await new Promise((resolve) => setTimeout(resolve, 50));
    await settle(element);
    expect(errors[0]!.detail.message).to.contain('CORS');
    expect(errorBox(element)!.querySelector('button.retry')).to.not.equal(null);
  });

  it('T3: a hanging server times out at the element\'s timeout; a failed reload keeps the data; retry recovers', async () => {
    const element = await renderWithData(small, { timeout: '0.5' });
    const before = drawnIds(element).length;
    const started = performance.now();
    const error = new Promise<CustomEvent<{ message: string }>>((resolve) => element.addEventListener('at-error', (e) => resolve(e as CustomEvent), { once: true }));
    element.data = undefined;
    element.src = '/__reliability/hang.json';
    const { detail } = await error;
    expect(performance.now() - started).to.be.lessThan(2500);
    expect(detail.message).to.contain('took longer than 0.5 s');
    await settle(element);
    const box = errorBox(element)!;
    expect(box.querySelector('[role="alert"]')!.textContent).to.contain('took longer');
    expect(box.textContent).to.contain('last that loaded');
    expect(drawnIds(element).length).to.equal(before);
    // Retry after fixing the address.
    element.setAttribute('src', '/__reliability/small.json');
    await settle(element);
    for (let i = 0; i < 40 && errorBox(element); i++) await new Promise((resolve) => setTimeout(resolve, 50));
    expect(errorBox(element)).to.equal(null);
    expect(chartOf(element)).to.not.equal(null);
  });

  it('T8 in the page: an HTML response is refused with the content type named, and Try again re-requests', async () => {
    const element = await renderWithData(small);
    let count = 0;
    element.addEventListener('at-error', () => { count++; });
    element.data = undefined;
    element.src = '/__reliability/html';
    for (let i = 0; i < 40 && count === 0; i++) await new Promise((resolve) => setTimeout(resolve, 50));
    await settle(element);
    expect(errorBox(element)!.textContent).to.contain('text/html');
    (errorBox(element)!.querySelector('button.retry') as HTMLButtonElement).click();
    for (let i = 0; i < 40 && count < 2; i++) await new Promise((resolve) => setTimeout(resolve, 50));
    expect(count).to.equal(2);
  });
});
