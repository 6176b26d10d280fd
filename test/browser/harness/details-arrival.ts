/**
 * What moves when the details' code arrives (attack-timeline-event-detail.js, held back by the
 * test server until released) for an event selected from the first frame, as a shared link
 * selects one: places a timeline with `selected`, waits for the first frame, records where
 * the chart, the selected event's mark and the table are, and the panel's stand-in (the undefined
 * tag), releases the code, waits for the panel to render, and records again, with the page's
 * layout shifts meanwhile. One test file per size: the code arrives once a page.
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

export interface DetailsArrival {
  readonly before: ReturnType<typeof boxes>;
  readonly after: ReturnType<typeof boxes>;
  /** The panel's undefined tag at the first frame: its box and whether it was hidden. */
  readonly standIn: { readonly box: string | null; readonly hidden: boolean };
  readonly shifts: readonly string[];
  readonly element: AttackTimeline;
}

/**
 * Call inside a suite that holds the details' code (`holdChunkDuringSuite('detail')`). `data`:
 * the element's data (the bundled story when not given); `selected`: the id of one of its events.
 */
export async function measureDetailsArrival(viewport: { width: number; height: number }, selected: string, data?: unknown): Promise<DetailsArrival> {
  await setViewport(viewport);
  // Not `settle`d: the element's updateComplete waits for the held code.
  const { element } = await placeTimeline({ data, attributes: { selected }, widthPx: viewport.width - 40, settled: false });
  for (let i = 0; i < 300 && !((chartOf(element)?.drawnItems.length ?? 0) > 0); i++) await waitMs(20);
  if (!chartOf(element)?.drawnItems.length) throw new Error('the first frame never drew');
  await requestsHeld(1);
  if (customElements.get('at-event-detail')) throw new Error('the details arrived before the measurement (the hold did not work)');
  for (let frame = 0; frame < 3; frame++) await nextFrame();
  const before = boxes(element, selected);
  const tag = element.shadowRoot!.querySelector('at-event-detail');
  const standIn = { box: box(tag), hidden: tag ? getComputedStyle(tag).visibility === 'hidden' : false };
  const stopWatching = await watchLayoutShifts();
  await releaseHeldChunks();
  await customElements.whenDefined('at-event-detail');
  await settle(element);
  for (let frame = 0; frame < 3; frame++) await nextFrame();
  await waitMs(300);
  return { before, after: boxes(element, selected), standIn, shifts: stopWatching(), element };
}
