/**
 * The example article (examples/article.html): two embeds, different data, filters, themes and
 * locales, under a strict Content-Security-Policy (a meta element in the page) with hostile
 * article styles.
 */
import { expect } from '@open-wc/testing';
import type { AttackTimeline } from '../../../src/shell/attack-timeline.ts';
import { CONTROL_TAGS } from '../../../src/shell/control-tags.ts';
import small from '../../fixtures/small.json';
import { chartOf, drawnMark, renderWithData, waitMs } from '../harness/timeline-harness.ts';
import { until } from '../harness/until.ts';

interface Watched {
  frame: HTMLIFrameElement;
  doc: Document;
  violations: string[];
  errors: string[];
}

/**
 * Opens the page in a same-origin iframe and starts listening for CSP violations and errors as
 * soon as its document exists: well before its module graph has loaded and run.
 */
async function openArticle(): Promise<Watched> {
  const frame = document.createElement('iframe');
  frame.width = '1000';
  frame.height = '900';
  const violations: string[] = [];
  const errors: string[] = [];
  frame.src = '/examples/article.html';
  document.body.append(frame);
  await until(() => frame.contentDocument?.URL.endsWith('/examples/article.html') === true, 'the article in the frame', 5000);
  const win = frame.contentWindow as Window & typeof globalThis;
  const doc = frame.contentDocument!;
  doc.addEventListener('securitypolicyviolation', (event) => violations.push(`${event.violatedDirective} ${event.blockedURI}`));
  win.addEventListener('error', (event) => errors.push(String(event.message)));
  win.addEventListener('unhandledrejection', (event) => errors.push(String(event.reason)));
  const consoleError = win.console.error.bind(win.console);
  win.console.error = (...args: unknown[]) => {
    errors.push(args.map(String).join(' '));
    consoleError(...args);
  };
  return { frame, doc, violations, errors };
}

describe('the example article page', () => {
  let page: Watched;
  let first: AttackTimeline;
  let second: AttackTimeline;

  before(async function () {
    this.timeout(30000);
    page = await openArticle();
    await until(() => {
      const [a, b] = [...page.doc.querySelectorAll('attack-timeline')] as AttackTimeline[];
      return !!a?.parsedDataset && !!b?.parsedDataset && chartOf(a)?.visibleIds.length! > 0 && chartOf(b)?.visibleIds.length! > 0;
    }, 'both timelines drawn', 25000).catch((error) => {
      const states = [...page.doc.querySelectorAll('attack-timeline')].map((element) => element.shadowRoot?.textContent?.replace(/\s+/g, ' ').slice(0, 300));
      throw new Error(`${error.message}: ${JSON.stringify(states)} ${page.errors.join('; ')} ${page.violations.join('; ')}`);
    });
    [first, second] = [...page.doc.querySelectorAll('attack-timeline')] as AttackTimeline[];
    // The controls' code follows the first frame; on a busy machine it came after a fixed 300 ms
    // wait, and the tests below met an undefined <at-actions>.
    const frameElements = page.frame.contentWindow!.customElements;
    await until(() => CONTROL_TAGS.every((tag) => frameElements.get(tag) !== undefined), "the controls' tags defined in the frame", 25000);
    await Promise.all([first, second].map((element) => element.updateComplete));
  });

  after(() => page.frame.remove());

  it('renders both timelines, each with its own data, filter, theme and locale', () => {
    expect(first.parsedDataset!.title).to.match(/^Cloud Hopper and Soft Cell/);
    expect(second.parsedDataset!.title).to.equal('Operation Soft Cell, 2012–2019');
    expect(first.view.actors).to.deep.equal(['apt10']);
    expect(second.view.victims).to.deep.equal(['telecom-operators']);
    expect(first.getAttribute('theme')).to.equal(null);
    expect(getComputedStyle(second.shadowRoot!.querySelector('.root')!).backgroundColor).to.equal('rgb(18, 22, 29)');
    expect(second.shadowRoot!.querySelector('.status')!.textContent).to.match(/événements sur 6/);
    expect(first.shadowRoot!.querySelector('.status')!.textContent).to.match(/of 79 events/);
  });

  it('has no CSP violations and no errors', () => {
    expect(page.violations).to.deep.equal([]);
    expect(page.errors).to.deep.equal([]);
  });

  it('sizes itself to the article column and takes the article font, not its hostile rules', () => {
    const column = page.doc.querySelector('article')!.getBoundingClientRect().width;
    for (const element of [first, second]) {
      expect(Math.abs(element.getBoundingClientRect().width - column)).to.be.below(1);
      const canvas = chartOf(element)!.shadowRoot!.querySelector('canvas')!;
      expect(canvas.getBoundingClientRect().width).to.be.above(column - 40);
      expect(getComputedStyle(element).fontFamily).to.match(/Georgia/);
      const button = element.shadowRoot!.querySelector('at-actions')!.shadowRoot!.querySelector('button')!;
      expect(getComputedStyle(button).textTransform).to.equal('none');
      expect(getComputedStyle(button).backgroundColor).to.not.equal('rgb(255, 105, 180)');
      expect(element.getBoundingClientRect().height).to.be.within(300, 2000);
    }
    // The page's own rules still apply to the page.
    expect(page.doc.defaultView!.getComputedStyle(page.doc.querySelector('p')!).textAlign).to.equal('justify');
  });

  it('keeps the article still while the timelines load: no layout shift from the first paint on', async () => {
    const win = page.frame.contentWindow as Window & typeof globalThis;
    // The page's layout shifts since it began loading (buffered), none of them after input.
    const shifts = await new Promise<string[]>((resolve) => {
      const observer = new win.PerformanceObserver((list) => {
        observer.disconnect();
        resolve((list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]).filter((entry) => !entry.hadRecentInput).map((entry) => `${entry.value.toFixed(4)} at ${Math.round(entry.startTime)} ms`));
      });
      observer.observe({ type: 'layout-shift', buffered: true });
      win.setTimeout(() => {
        observer.disconnect();
        resolve([]);
      }, 500);
    });
    expect(shifts).to.deep.equal([]);
  });

  it('the two do not clash: selecting in one leaves the other alone', async () => {
    await first.select('apt10-indictment-unsealed');
    expect(first.view.selected).to.equal('apt10-indictment-unsealed');
    expect(second.view.selected).to.equal(null);
    await second.select('soft-cell-report');
    expect(first.view.selected).to.equal('apt10-indictment-unsealed');
    expect(page.violations).to.deep.equal([]);
  });
});

describe('themes', () => {
  it('light by default, dark and high-contrast by attribute; the canvas repaints in the new colours', async () => {
    const element = await renderWithData(small, {}, 900);
    const chart = chartOf(element)!;
    const mark = drawnMark(element, 'e-indictment')!;
    const canvas = chart.shadowRoot!.querySelector('canvas')!;
    const ratio = canvas.width / canvas.getBoundingClientRect().width;
    const colourAtMark = () => [...canvas.getContext('2d')!.getImageData(Math.round(mark.x0Px * ratio), Math.round(chart.rowCentrePx(mark.row) * ratio), 1, 1).data].slice(0, 3).join(',');
    const kindColour = () => getComputedStyle(chart).getPropertyValue('--_kind-legal-action').trim();
    expect(kindColour()).to.equal('#5b2175');
    const light = colourAtMark();
    element.theme = 'dark';
    await element.updateComplete;
    await chart.updateComplete;
    await waitMs(50);
    expect(kindColour()).to.equal('#e9c8fb');
    expect(colourAtMark()).to.not.equal(light);
    element.theme = 'high-contrast';
    await element.updateComplete;
    await chart.updateComplete;
    await waitMs(50);
    expect(getComputedStyle(element.shadowRoot!.querySelector('.root')!).backgroundColor).to.equal('rgb(0, 0, 0)');
    expect(getComputedStyle(chart).getPropertyValue('--_fg').trim()).to.equal('#ffffff');
    await expect(element).to.be.accessible();
  });

  it('a page\'s own --at-* properties win over the theme', async () => {
    const element = await renderWithData(small, { theme: 'dark' }, 900);
    element.style.setProperty('--at-color-text', 'rgb(1, 2, 3)');
    expect(getComputedStyle(chartOf(element)!).getPropertyValue('--_fg').trim()).to.equal('rgb(1, 2, 3)');
  });
});
