import { expect } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import smallJson from '../../fixtures/small.json';
import { chartOf, nextEvent, renderWithData, settle, waitMs, zoomButton, type FixtureDataset } from '../harness/timeline-harness.ts';

const small = smallJson as unknown as FixtureDataset;
const span = (view: { startMs: number; endMs: number }) => view.endMs - view.startMs;

function overviewSvg(element: HTMLElement): SVGSVGElement {
  return element.shadowRoot!.querySelector('at-overview')!.shadowRoot!.querySelector('svg')!;
}

function brushWindow(element: HTMLElement): { x: number; width: number } {
  const rect = overviewSvg(element).querySelector('.window')!;
  return { x: Number(rect.getAttribute('x')), width: Number(rect.getAttribute('width')) };
}

describe('overview strip', () => {
  it('draws the density of events and a brush over the whole extent at first', async () => {
    const element = await renderWithData(small);
    const density = overviewSvg(element).querySelector('.density')!.getAttribute('d')!;
    expect(density.split('M').length - 1).to.be.greaterThan(50);
    expect(brushWindow(element).x).to.equal(0);
    expect(brushWindow(element).width).to.be.closeTo(overviewSvg(element).clientWidth, 2);
  });

  it('follows the chart: zooming in narrows the brush', async () => {
    const element = await renderWithData(small);
    const before = brushWindow(element).width;
    zoomButton(element, 'zoom-in').click();
    await nextEvent(element, 'at-view-change');
    await settle(element);
    expect(brushWindow(element).width).to.be.closeTo(before / 2, 3);
  });

  it('moves the view when the brush is dragged, and reports it at the end', async () => {
    const element = await renderWithData(small);
    await element.zoomTo('2015', '2016');
    await settle(element);
    const before = element.view;
    const svg = overviewSvg(element);
    const box = svg.getBoundingClientRect();
    const { x, width } = brushWindow(element);
    const grabX = Math.round(box.left + x + width / 2);
    const y = Math.round(box.top + 15);
    const changed = nextEvent<{ startMs: number }>(element, 'at-view-change');
    await sendMouse({ type: 'move', position: [grabX, y] });
    await sendMouse({ type: 'down' });
    await sendMouse({ type: 'move', position: [grabX + 100, y] });
    await sendMouse({ type: 'up' });
    const detail = (await changed).detail;
    await settle(element);
    expect(element.view.startMs).to.be.greaterThan(before.startMs);
    expect(span(element.view)).to.be.closeTo(span(before), 86_400_000);
    expect(detail.startMs).to.be.closeTo(element.view.startMs, 86_400_000);
  });

  it('moves the window with the arrow keys', async () => {
    const element = await renderWithData(small);
    await element.zoomTo('2015', '2016');
    await settle(element);
    const before = element.view.startMs;
    (overviewSvg(element).querySelector('.brush') as SVGGElement).focus();
    await sendKeys({ press: 'ArrowRight' });
    await settle(element);
    await waitMs(50);
    expect(element.view.startMs).to.be.greaterThan(before);
    expect(chartOf(element)!.visibleWindow.startMs).to.be.closeTo(element.view.startMs, 1);
  });
});
