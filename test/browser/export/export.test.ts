import { expect } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import small from '../../fixtures/small.json';
import { chartOf, drawnMark, renderWithData, waitMs, type AttackTimeline } from '../harness/timeline-harness.ts';
import { until } from '../harness/until.ts';

/** Every element with a style attribute in the element's shadow trees (strict CSP forbids them). */
function styleAttributes(root: ParentNode): Element[] {
  const found: Element[] = [];
  for (const element of root.querySelectorAll('*')) {
    if (element.hasAttribute('style')) found.push(element);
    if (element.shadowRoot) found.push(...styleAttributes(element.shadowRoot));
  }
  return found;
}

function pixel(context: CanvasRenderingContext2D, x: number, y: number): number[] {
  return [...context.getImageData(x, y, 1, 1).data];
}

describe('export', () => {
  let element: AttackTimeline;
  beforeEach(async () => {
    element = await renderWithData(small, { start: '2014', end: '2019' }, 900);
  });

  it('SVG: a well-formed standalone document with title, date range, chart, legend and sources', async () => {
    const text = await element.exportSvg();
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    expect(doc.querySelector('parsererror')).to.equal(null);
    const svg = doc.documentElement;
    expect(svg.localName).to.equal('svg');
    expect(svg.namespaceURI).to.equal('http://www.w3.org/2000/svg');
    expect(Number(svg.getAttribute('width'))).to.equal(948);
    expect(Number(svg.getAttribute('height'))).to.be.above(300);
    const texts = [...doc.querySelectorAll('text')].map((node) => node.textContent ?? '');
    expect(texts).to.include(small.title);
    expect(texts.find((t) => t.startsWith('Shown: '))).to.match(/^Shown: [A-Z][a-z]{2} 20\d\d – [A-Z][a-z]{2} 20\d\d$/);
    expect(texts).to.include('Sources');
    expect(texts).to.include('Report');
    // Row labels and axis years come from the live chart.
    expect(texts).to.include('2016');
    // One footer line per cited source of the events drawn.
    const cited = new Set(element.view.visibleIds.flatMap((id) => small.events.find((event) => event.id === id)!.sources));
    expect(texts.filter((t) => /^\d+\. /.test(t)).length).to.be.at.least(cited.size);
    // Marks: as many as the chart draws; no CSS variables or modern colour syntax for vector editors.
    expect(doc.querySelectorAll('.chart .mark').length).to.equal(chartOf(element)!.drawnItems.filter((item) => item.type === 'mark').length);
    expect(text).to.not.match(/var\(|color-mix|oklab|color\(srgb/);
  });

  it('SVG: opens as an image in the browser at its declared size', async () => {
    const text = await element.exportSvg();
    const image = new Image();
    image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(text)}`;
    await image.decode();
    expect(image.naturalWidth).to.equal(948);
    expect(image.naturalHeight).to.be.above(300);
  });

  it('PNG: decodes to an image twice the CSS size, with the background, dark title text and coloured marks', async () => {
    const blob = await element.exportPng();
    expect(blob.type).to.equal('image/png');
    const signature = new Uint8Array(await blob.slice(0, 8).arrayBuffer());
    expect([...signature]).to.deep.equal([137, 80, 78, 71, 13, 10, 26, 10]);
    const bitmap = await createImageBitmap(blob);
    const svg = new DOMParser().parseFromString(await element.exportSvg(), 'image/svg+xml').documentElement;
    expect(bitmap.width).to.equal(Number(svg.getAttribute('width')) * 2);
    expect(bitmap.height).to.equal(Number(svg.getAttribute('height')) * 2);
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
    const context = canvas.getContext('2d')! as unknown as CanvasRenderingContext2D;
    context.drawImage(bitmap, 0, 0);
    expect(pixel(context, 4, 4)).to.deep.equal([255, 255, 255, 255]);
    // Somewhere on the title line there is dark text.
    const title = context.getImageData(48, 48, 600, 40).data;
    let dark = 0;
    for (let i = 0; i < title.length; i += 4) if (title[i]! < 100 && title[i + 1]! < 100 && title[i + 2]! < 100) dark++;
    expect(dark).to.be.above(50);
    // A point mark is drawn in its kind's colour (not grey) at its place in the chart.
    const mark = drawnMark(element, 'e-indictment')!;
    const chartTop = Number(svg.querySelector('g.chart')!.getAttribute('transform')!.match(/,([\d.]+)\)/)![1]);
    const [r, g, b] = pixel(context, Math.round((24 + mark.x0Px) * 2), Math.round((chartTop + chartOf(element)!.rowCentrePx(mark.row)) * 2));
    expect(Math.max(r!, g!, b!) - Math.min(r!, g!, b!)).to.be.above(40);
  });

  it('follows the theme: a dark export has a dark background', async () => {
    element.setAttribute('theme', 'dark');
    await element.updateComplete;
    await waitMs(50);
    const doc = new DOMParser().parseFromString(await element.exportSvg(), 'image/svg+xml');
    expect(doc.querySelector('svg > rect')!.getAttribute('fill')).to.equal('rgb(18,22,29)');
  });

  it('adds no inline style attribute to the live page', async () => {
    // d3-zoom sets -webkit-tap-highlight-color through the CSSOM on the chart's input layer (allowed
    // under CSP) when its code arrives after the first paint: have it arrive first (any pointer over
    // the chart fetches it). Export must add nothing.
    const over = chartOf(element)!.shadowRoot!.querySelector('svg.over')!;
    over.dispatchEvent(new PointerEvent('pointerover', { bubbles: true, composed: true }));
    await until(() => over.hasAttribute('style'), 'the tooltip placed');
    const before = styleAttributes(element.shadowRoot!);
    await element.exportSvg();
    await element.exportPng();
    expect(styleAttributes(element.shadowRoot!)).to.deep.equal(before);
  });

  it('follows the locale in the export (dates and words)', async () => {
    element.setAttribute('locale', 'de');
    await element.updateComplete;
    const texts = [...new DOMParser().parseFromString(await element.exportSvg(), 'image/svg+xml').querySelectorAll('text')].map((node) => node.textContent);
    expect(texts).to.include('Quellen');
    expect(texts.some((t) => t!.startsWith('Gezeigter Zeitraum: '))).to.equal(true);
  });
});

describe('print', () => {
  afterEach(() => emulateMedia({ media: 'screen' }));

  it('prints the title, the chart and the chronological list of visible events with their sources; hides the controls', async () => {
    const element = await renderWithData(small, { start: '2017', end: '2019' }, 900);
    // The handout list exists only while printing: it writes out every visible event.
    expect(element.shadowRoot!.querySelector('at-print-list') === null, 'no print list before printing').to.equal(true);
    window.dispatchEvent(new Event('beforeprint'));
    await element.updateComplete;
    const list = element.shadowRoot!.querySelector('at-print-list')!;
    await (list as HTMLElement & { updateComplete: Promise<boolean> }).updateComplete;
    await emulateMedia({ media: 'print' });
    expect(getComputedStyle(list).display).to.equal('block');
    for (const hidden of ['.controls', '.status', 'at-actions', 'at-event-table']) {
      const node = element.shadowRoot!.querySelector(hidden);
      if (node) expect(getComputedStyle(node).display, hidden).to.equal('none');
    }
    expect(getComputedStyle(element.shadowRoot!.querySelector('at-chart')!).display).to.not.equal('none');
    expect(getComputedStyle(element.shadowRoot!.querySelector('header')!).display).to.not.equal('none');
    const items = [...list.shadowRoot!.querySelectorAll<HTMLElement>('ol > li')];
    expect(items.map((item) => item.dataset.id).sort()).to.deep.equal([...element.view.visibleIds].sort());
    const order = items.map((item) => element.parsedDataset!.events.findIndex((event) => event.id === item.dataset.id));
    expect(order).to.deep.equal([...order].sort((a, b) => a - b));
    expect(items.length).to.be.above(0);
    const starts = items.map((item) => small.events.findIndex((event) => event.id === item.dataset.id));
    expect(starts.every((index) => index >= 0)).to.equal(true);
    const first = items[0]!;
    expect(first.querySelectorAll('ul.sources > li').length).to.be.above(0);
    expect(first.querySelector('ul.sources')!.textContent).to.match(/https?:\/\//);
    window.dispatchEvent(new Event('afterprint'));
    await emulateMedia({ media: 'screen' });
    await new Promise((resolve) => setTimeout(resolve, 50));
    await element.updateComplete;
    expect(element.shadowRoot!.querySelector('at-print-list') === null, 'no print list after printing').to.equal(true);
  });
});
