import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia, setViewport } from '@web/test-runner-commands';
import smallJson from '../../fixtures/small.json';
import { chartOf, filterCheckbox, renderWithData, settle, svgOf, waitMs, type AttackTimeline, type FixtureDataset } from '../harness/timeline-harness.ts';

const small = smallJson as unknown as FixtureDataset;
const span = (view: { startMs: number; endMs: number }) => view.endMs - view.startMs;

/** Dispatches a touch gesture on the chart: each step lists finger positions (px from the svg's left, top). */
async function touchGesture(element: AttackTimeline, steps: [number, number][][]): Promise<void> {
  const svg = svgOf(element);
  const box = svg.getBoundingClientRect();
  const touches = (points: [number, number][]) => points.map(([x, y], identifier) => new Touch({ identifier, target: svg, clientX: box.left + x, clientY: box.top + y }));
  svg.dispatchEvent(new TouchEvent('touchstart', { touches: touches(steps[0]!), changedTouches: touches(steps[0]!), bubbles: true, cancelable: true, composed: true }));
  for (const step of steps.slice(1)) {
    await waitMs(16);
    svg.dispatchEvent(new TouchEvent('touchmove', { touches: touches(step), changedTouches: touches(step), bubbles: true, cancelable: true, composed: true }));
  }
  const last = touches(steps[steps.length - 1]!);
  svg.dispatchEvent(new TouchEvent('touchend', { touches: [], changedTouches: last, bubbles: true, cancelable: true, composed: true }));
  await waitMs(30);
  await settle(element);
}

describe('touch', () => {
  it('in an article, one finger does not pan the chart (the page scrolls), two fingers pinch-zoom', async () => {
    const element = await renderWithData(small);
    await element.zoomTo('2015', '2017');
    await settle(element);
    const before = element.view;
    await touchGesture(element, [[[600, 60]], [[500, 62]], [[400, 64]]]);
    expect(element.view.startMs).to.equal(before.startMs);
    expect(getComputedStyle(svgOf(element)).touchAction).to.equal('pan-x pan-y');
    await touchGesture(element, [[[450, 60], [550, 60]], [[400, 60], [600, 60]], [[300, 60], [700, 60]]]);
    expect(span(element.view)).to.be.lessThan(span(before) * 0.6);
  });

  it('in the app (touch-pan), one finger pans the chart', async () => {
    const element = await renderWithData(small, { 'touch-pan': '' });
    await element.zoomTo('2015', '2017');
    await settle(element);
    const before = element.view;
    expect(getComputedStyle(svgOf(element)).touchAction).to.equal('none');
    await touchGesture(element, [[[600, 60]], [[500, 62]], [[400, 64]]]);
    expect(element.view.startMs).to.be.greaterThan(before.startMs);
  });
});

describe('small screens and motion', () => {
  afterEach(async () => {
    await setViewport({ width: 800, height: 600 });
    await emulateMedia({ reducedMotion: 'no-preference' });
  });

  it('folds the filters behind a button at 320 px and never scrolls sideways', async () => {
    await setViewport({ width: 320, height: 640 });
    // 320 px of screen, less the test page's 8 px body margins.
    const element = await renderWithData(small, {}, 304);
    const toggle = element.shadowRoot!.querySelector<HTMLButtonElement>('.filters-toggle')!;
    const controls = element.shadowRoot!.querySelector<HTMLElement>('.controls')!;
    expect(getComputedStyle(toggle).display).to.not.equal('none');
    expect(getComputedStyle(controls).display).to.equal('none');
    toggle.click();
    await settle(element);
    expect(getComputedStyle(controls).display).to.not.equal('none');
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    filterCheckbox(element, 'actors', 'apt10').click();
    await settle(element);
    expect(element.scrollWidth).to.be.at.most(304);
    expect(document.documentElement.scrollWidth).to.be.at.most(320);
  });

  it('shows filters inline on a wide screen', async () => {
    const element = await renderWithData(small, {}, 1000);
    expect(getComputedStyle(element.shadowRoot!.querySelector('.filters-toggle')!).display).to.equal('none');
  });

  it('fades marks in after a filter change, and not when reduced motion is asked for', async () => {
    const element = await renderWithData(small);
    const canvas = () => chartOf(element)!.shadowRoot!.querySelector('canvas')!;
    element.setAttribute('actors', 'apt10');
    await settle(element);
    expect(getComputedStyle(canvas()).animationName).to.match(/^at-fade-[ab]$/);
    await emulateMedia({ reducedMotion: 'reduce' });
    element.setAttribute('actors', 'doj');
    await settle(element);
    expect(getComputedStyle(canvas()).animationName).to.equal('none');
  });
});

describe('fixture sanity', () => {
  it('renders at a fixed width', async () => {
    const element = await fixture<HTMLElement>(html`<div style="width:500px"></div>`);
    expect(element.clientWidth).to.equal(500);
  });
});
