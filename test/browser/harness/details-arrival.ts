/**
 * The details' code (attack-timeline-event-detail.js, held back by the test server until released)
 * and what the timeline draws around it. Two ways an event comes to be selected:
 * - `openSelected`: a link selects it from the start (the `selected` attribute): the first frame
 *   waits for the code, so it already has the panel, and nothing moves after it;
 * - `selectAfterFirstFrame`: a page's script selects it once the chart is drawn: the panel's place
 *   is taken at once, its undefined tag hidden, so the chart keeps its width when the code comes.
 * Each records where the chart, the selected event's mark and the table are, and the page's layout
 * shifts meanwhile. One test file per case: the code arrives once a page.
 */
import { setViewport } from '@web/test-runner-commands';
import { nextFrame } from '@open-wc/testing';
import { chartOf, partOf, placeTimeline, settle, waitMs, type AttackTimeline } from './timeline-harness.ts';
import { releaseHeldChunks, requestsHeld } from './chunk-hold.ts';
import { watchLayoutShifts } from './layout-shifts.ts';

const box = (node: Element | null | undefined): string | null => {
  if (!node) return null;
  const { top, left, width, height } = node.getBoundingClientRect();
  return [top, left, width, height].map((value) => Math.round(value * 10) / 10).join(',');
};

const boxes = (element: AttackTimeline, selected: string) => ({
  chart: box(chartOf(element)),
  mark: box(chartOf(element)?.markOf(selected)),
  table: box(partOf(element, 'table')),
});

type Boxes = ReturnType<typeof boxes>;

const drawn = (element: AttackTimeline) => (chartOf(element)?.drawnItems.length ?? 0) > 0;

async function frames(count: number): Promise<void> {
  for (let frame = 0; frame < count; frame++) await nextFrame();
}

export interface OpenedSelected {
  /** While the code was held: whether the chart was drawn, and whether the loading line showed. */
  readonly whileHeld: { readonly chart: boolean; readonly loading: boolean };
  /** At the first frame with a chart, and half a second later. */
  readonly first: Boxes;
  readonly later: Boxes;
  /** Whether the first frame with a chart already had the details' heading. */
  readonly panelInFirstFrame: boolean;
  readonly shifts: readonly string[];
  readonly element: AttackTimeline;
}

/**
 * A timeline placed with `selected` (and `data`, else the bundled story) in a suite that holds
 * the details' code (`holdChunkDuringSuite('detail')`).
 */
export async function openSelected(viewport: { width: number; height: number }, selected: string, data?: unknown): Promise<OpenedSelected> {
  await setViewport(viewport);
  const stopWatching = await watchLayoutShifts();
  // Not `settle`d: the element's updateComplete waits for the held code.
  const { element } = await placeTimeline({ data, attributes: { selected }, widthPx: viewport.width - 40, settled: false });
  await requestsHeld(1);
  await waitMs(300);
  const whileHeld = { chart: chartOf(element) !== null, loading: element.shadowRoot!.querySelector('.loading') !== null };
  await releaseHeldChunks();
  for (let i = 0; i < 300 && !drawn(element); i++) await new Promise(requestAnimationFrame);
  if (!drawn(element)) throw new Error('the first frame never drew');
  const first = boxes(element, selected);
  const panelInFirstFrame = element.shadowRoot!.querySelector('at-event-detail')?.shadowRoot?.querySelector('h2') != null;
  await settle(element);
  await frames(3);
  await waitMs(500);
  return { whileHeld, first, later: boxes(element, selected), panelInFirstFrame, shifts: stopWatching(), element };
}

export interface SelectedAfter {
  readonly before: Boxes;
  readonly after: Boxes;
  /** The panel's undefined tag while its code was held: its box and whether it was hidden. */
  readonly standIn: { readonly box: string | null; readonly hidden: boolean };
  readonly shifts: readonly string[];
  readonly element: AttackTimeline;
}

/**
 * A timeline placed with nothing selected (`data`, else the bundled story), drawn, then `selected`
 * set by script, in a suite that holds the details' code: where things are while the code is
 * held, and once it has come.
 */
export async function selectAfterFirstFrame(viewport: { width: number; height: number }, selected: string, data?: unknown): Promise<SelectedAfter> {
  await setViewport(viewport);
  const { element } = await placeTimeline({ data, widthPx: viewport.width - 40 });
  element.setAttribute('selected', selected);
  await requestsHeld(1);
  await frames(3);
  const before = boxes(element, selected);
  const tag = element.shadowRoot!.querySelector('at-event-detail');
  const standIn = { box: box(tag), hidden: tag ? getComputedStyle(tag).visibility === 'hidden' : false };
  const stopWatching = await watchLayoutShifts();
  await releaseHeldChunks();
  await customElements.whenDefined('at-event-detail');
  await settle(element);
  await frames(3);
  await waitMs(300);
  return { before, after: boxes(element, selected), standIn, shifts: stopWatching(), element };
}
