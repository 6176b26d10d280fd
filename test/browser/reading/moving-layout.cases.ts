// While the view of a chart taller than the screen moves (however tall: one drawn whole when still
// too), each frame lays out only the rows near the slice it paints; the settle (200 ms after the last frame) lays the frame out whole. These
// cases hold the end state to the whole layout after what can cut a move short or change it
// underneath: a move interrupted by another, a filter change, a window with nothing in it, a
// resize, the element taken off the page. Mid-move, the API still answers for the whole frame.
import { expect, nextFrame } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { generateDataset } from '../../../bench/generate-dataset.mjs';
import type { AtChart } from '../../../src/components/chart/chart.ts';
import { chartOf, renderWithData, settle, svgOf, waitMs, zoomButton, type AttackTimeline } from '../harness/timeline-harness.ts';

/** The count of events the SVG layer's label announces as visible. */
function announcedCount(chart: AtChart): number {
  const label = chart.shadowRoot!.querySelector('svg.over')!.getAttribute('aria-label') ?? '';
  const match = /: (\d+) of \d+ events visible/.exec(label);
  if (!match) throw new Error(`unexpected chart label: ${label}`);
  return Number(match[1]);
}

/** The id of the mark in the tab order, or null when the chart's SVG layer is the tab stop. */
function tabStopOf(chart: AtChart): string | null {
  return chart.shadowRoot!.querySelector('.mark[tabindex="0"]')?.getAttribute('data-id') ?? null;
}

/** Whether the chart's frame holds only the rows near the screen (read without laying it out). */
const isPartial = (chart: AtChart) => (chart as unknown as { _frames: { partial: boolean } })._frames.partial;

/** Whether the canvas still owes the settle's repaint of the whole still slice (read without painting). */
const settleOwed = (chart: AtChart) => (chart as unknown as { _canvas: { _settleOwed: boolean } })._canvas._settleOwed;

/**
 * Past the settle: the 200 ms timer after the last frame, and the update it asks for. A late
 * update (the controls arriving, a loaded page's load) can start another move, and under load
 * timers run late: wait for a whole frame and the canvas's still repaint, up to a few seconds,
 * then for the render. (A frame the API already laid out whole is not partial before the settle,
 * so the frame alone cannot tell that the settle has run.)
 */
async function settled(element: AttackTimeline): Promise<void> {
  const chart = chartOf(element)!;
  await waitMs(450);
  for (let i = 0; i < 20 && (isPartial(chart) || settleOwed(chart)); i++) await waitMs(250);
  await settle(element);
  await chart.updateComplete;
  await nextFrame();
}

/**
 * What the layer on top shows is the whole frame's: read before the API (which lays the frame out
 * whole if it was not), then compared with it.
 */
function expectWhole(chart: AtChart): void {
  const announced = announcedCount(chart);
  const tabStop = tabStopOf(chart);
  const svgTabIndex = chart.shadowRoot!.querySelector('svg.over')!.getAttribute('tabindex');
  const marks = chart.drawnMarks;
  expect(announced, 'the count announced').to.equal(marks.length);
  expect(tabStop, 'the tab stop').to.equal(marks[0]?.event.id ?? null);
  expect(svgTabIndex, 'the SVG layer in the tab order only without a mark').to.equal(marks.length === 0 ? '0' : '-1');
}

/** A move that lays out only part of the frame: fewer marks announced than the frame holds. */
async function partialMove(element: AttackTimeline, start: string, end: string): Promise<AtChart> {
  const chart = chartOf(element)!;
  await element.zoomTo(start, end);
  await chart.updateComplete;
  const announced = announcedCount(chart);
  expect(tabStopOf(chart), 'no floating tab stop while moving').to.equal(null);
  // Reading the API mid-move lays the frame out whole.
  expect(announced, 'mid-move, only the rows near the screen').to.be.lessThan(chart.drawnMarks.length);
  // A second step, not read through the API, leaves the frame partial for what follows.
  await element.zoomTo(start, `${end}-02`);
  await chart.updateComplete;
  expect(chart.shadowRoot!.querySelector('.mark[tabindex="0"]')).to.equal(null);
  return chart;
}

describe('a tall chart laid out near the screen while its view moves', () => {
  let errors: string[] = [];
  const onError = (event: ErrorEvent) => errors.push(String(event.message));

  beforeEach(async () => {
    errors = [];
    window.addEventListener('error', onError);
    await setViewport({ width: 1100, height: 500 });
  });
  afterEach(async () => {
    window.removeEventListener('error', onError);
    window.scrollTo(0, 0);
    await setViewport({ width: 1100, height: 600 });
    expect(errors).to.deep.equal([]);
  });

  it('lays out whole when the view settles', async function () {
    this.timeout(60_000);
    const element = await renderWithData(generateDataset(5_000));
    const chart = chartOf(element)!;
    expect(svgOf(element).getBoundingClientRect().height).to.be.greaterThan(1000);
    await partialMove(element, '2012', '2014');
    await settled(element);
    expectWhole(chart);
    // The API and the layer agree mid-move too once the API has been read: the catch-up renders.
    await partialMove(element, '2011', '2013');
    expect(isPartial(chart)).to.equal(true);
    const marks = chart.drawnMarks;
    expect(isPartial(chart)).to.equal(false);
    await chart.updateComplete;
    expect(announcedCount(chart)).to.equal(marks.length);
  });

  it('paints every row\'s titles at the settle when the API laid the last moving frame out whole', async function () {
    this.timeout(60_000);
    const element = await renderWithData(generateDataset(5_000));
    const chart = chartOf(element)!;
    await element.zoomTo('2012', '2014');
    await chart.updateComplete;
    expect(isPartial(chart)).to.equal(true);
    // Read after the last frame and before the settle: the frame is laid out whole here, so the
    // settle has nothing left to lay out, and must paint the titles of the rows the frame skipped.
    expect(chart.drawnMarks.length).to.be.greaterThan(0);
    expect(isPartial(chart)).to.equal(false);
    // The read placed the whole frame's titles at once, whatever update comes next (or none: a
    // settle with no update before it painted only the moving rows' titles, now and then).
    const titles = () => chart.drawnLabels.map((label) => `${label.eventId}@${label.row}`);
    const placedByTheRead = titles();
    await settled(element);
    const painted = titles();
    expect(painted, 'the settle paints what the read placed').to.deep.equal(placedByTheRead);
    // Any update that is not only the layer on top places the labels again from the whole frame.
    chart.requestUpdate('highlightIds');
    await chart.updateComplete;
    expect(painted.length).to.be.greaterThan(0);
    expect(painted).to.deep.equal(chart.drawnLabels.map((label) => `${label.eventId}@${label.row}`));
  });

  it('keeps a chart of one to two screens to the screen while moving, and draws it whole once settled', async function () {
    this.timeout(60_000);
    // The same chart on a screen tall enough that it is under two screens: still, it is drawn
    // whole; moving, only its rows near the screen are laid out and painted, as a taller one's are.
    await setViewport({ width: 1100, height: 900 });
    const element = await renderWithData(generateDataset(5_000));
    const chart = chartOf(element)!;
    const chartHeight = svgOf(element).getBoundingClientRect().height;
    expect(chartHeight).to.be.greaterThan(900).and.lessThan(1800);
    await settled(element);
    const canvas = chart.shadowRoot!.querySelector('canvas')!;
    expect(canvas.offsetHeight, 'still: drawn whole').to.equal(Math.round(chartHeight));
    await partialMove(element, '2012', '2014');
    expect(isPartial(chart)).to.equal(true);
    expect(canvas.offsetTop + canvas.offsetHeight, 'moving: the screen and a sliver').to.be.lessThan(chartHeight - 100);
    await settled(element);
    expectWhole(chart);
    expect(canvas.offsetHeight, 'settled: drawn whole again').to.equal(Math.round(chartHeight));
  });

  it('ends whole when one move interrupts another (zoomTo, then the animated zoom buttons)', async function () {
    this.timeout(60_000);
    const element = await renderWithData(generateDataset(5_000));
    const chart = chartOf(element)!;
    await partialMove(element, '2010', '2016');
    await element.zoomTo('2011', '2015');
    zoomButton(element, 'zoom-in').click();
    await nextFrame();
    await nextFrame();
    zoomButton(element, 'zoom-out').click();
    await nextFrame();
    await settled(element);
    await waitMs(300);
    await settled(element);
    expectWhole(chart);
  });

  it('ends whole, and filtered, after a filter change mid-move', async function () {
    this.timeout(60_000);
    const element = await renderWithData(generateDataset(5_000));
    const chart = chartOf(element)!;
    await partialMove(element, '2012', '2014');
    element.setAttribute('actors', 'actor-3');
    await settled(element);
    expectWhole(chart);
    const actorsOf = new Map(element.parsedDataset!.events.map((event) => [event.id, event.actors]));
    const ids = chart.visibleIds;
    expect(ids.length).to.be.greaterThan(0);
    expect(ids.every((id) => actorsOf.get(id)!.includes('actor-3'))).to.equal(true);
  });

  it('ends with no marks and the SVG layer as tab stop after moving to a window with no events', async function () {
    this.timeout(60_000);
    // The generated events, less every one that touches 2013.
    const data = generateDataset(5_000);
    const touches2013 = (event: Record<string, unknown>) => {
      const years = [event.date, event.start, event.end].filter((value): value is string => typeof value === 'string').map((value) => Number(value.slice(0, 4)));
      return years.length === 1 ? years[0] === 2013 : years[0]! <= 2013 && years[1]! >= 2013;
    };
    const events = data.events.filter((event: Record<string, unknown>) => !touches2013(event));
    const element = await renderWithData({ ...data, events });
    const chart = chartOf(element)!;
    await partialMove(element, '2012', '2014');
    await element.zoomTo('2013-03', '2013-09');
    await chart.updateComplete;
    expect(announcedCount(chart)).to.equal(0);
    await settled(element);
    expectWhole(chart);
    expect(chart.drawnMarks.length).to.equal(0);
    expect(chart.visibleIds).to.deep.equal([]);
  });

  it('ends whole after a resize mid-move', async function () {
    this.timeout(60_000);
    const element = await renderWithData(generateDataset(5_000));
    const chart = chartOf(element)!;
    await partialMove(element, '2012', '2014');
    (element.parentElement as HTMLElement).style.width = '760px';
    await setViewport({ width: 900, height: 480 });
    await settled(element);
    expect(chart.getBoundingClientRect().width).to.be.closeTo(760, 1);
    expectWhole(chart);
    await partialMove(element, '2011', '2012');
    await setViewport({ width: 1100, height: 520 });
    await settled(element);
    expectWhole(chart);
  });

  it('owes the settle when taken off the page mid-move, and pays it when put back', async function () {
    this.timeout(60_000);
    const element = await renderWithData(generateDataset(5_000));
    const chart = chartOf(element)!;
    const parent = element.parentElement!;
    await partialMove(element, '2012', '2014');
    const canvas = chart.shadowRoot!.querySelector('canvas')!;
    const movingHeight = canvas.offsetHeight;
    element.remove();
    // Past the settle while off the page: nothing runs, nothing throws.
    await waitMs(450);
    parent.append(element);
    await settled(element);
    expectWhole(chart);
    // The still slice (half a screen beyond it on each side) is drawn, not the moving sliver.
    expect(canvas.offsetHeight).to.be.greaterThan(movingHeight + 100);
  });
});
