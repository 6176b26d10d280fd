/**
 * What moves when the secondary controls' code arrives (attack-timeline-controls.js, held back by
 * the test server until released: see zoom-chunk-middleware.mjs). Renders the bundled story at the
 * page's width, waits for the first frame (the chart drawn, or on narrow pages the cards), records
 * where the parts drawn then are (header, filters button, status, cards/chart switch, key, chart or
 * cards), releases the chunk, waits for the controls to render, and records again, with the page's
 * layout-shift entries meanwhile. One test file per size and setting: the chunk arrives once a page.
 */
import { setViewport } from '@web/test-runner-commands';
import { nextFrame } from '@open-wc/testing';
import { cardsOf, chartOf, partOf, settle, waitMs, type AttackTimeline } from './timeline-harness.ts';
import { releaseHeldChunks } from './chunk-hold.ts';
import { watchLayoutShifts } from './layout-shifts.ts';
import { until } from './until.ts';

export interface Box { readonly top: number; readonly left: number; readonly width: number; readonly height: number }
export interface ControlsArrival {
  /** Boxes of the drawn parts at the first frame and once the controls are there. */
  readonly before: Readonly<Record<string, Box | null>>;
  readonly after: Readonly<Record<string, Box | null>>;
  /** Layout shifts the page reported between the two (not counting ones after input), as "score at time". */
  readonly shifts: readonly string[];
  readonly element: AttackTimeline;
  /**
   * The shell's invisible copy of the filter bar's chips (null: no filters set): at the first
   * frame whether it was hidden and how tall it was, and whether it is still drawn once the filter
   * bar is there.
   */
  readonly chipsStandIn: { readonly hiddenBefore: boolean; readonly heightBefore: number; readonly drawnAfter: boolean } | null;
}

const box = (node: Element | null): Box | null => {
  if (!node) return null;
  const { top, left, width, height } = node.getBoundingClientRect();
  return { top: Math.round(top * 10) / 10, left: Math.round(left * 10) / 10, width: Math.round(width * 10) / 10, height: Math.round(height * 10) / 10 };
};

/** Where each part drawn in the first frame is (null: not shown at this size and setting). */
const boxes = (element: AttackTimeline) => ({
  header: box(partOf(element, 'header')),
  filtersToggle: box(partOf(element, 'filters-toggle')),
  status: box(partOf(element, 'status')),
  viewSwitch: box(partOf(element, 'view-switch')),
  legend: box(partOf(element, 'legend')),
  chart: box(chartOf(element)),
  cards: box(cardsOf(element)),
});

const chipsStandInOf = (element: AttackTimeline) => element.shadowRoot!.querySelector('at-filter-bar > .chips');

/**
 * `attributes`: more of the element's attributes (filters a page sets, which show as chips);
 * `data`: the element's data (the bundled story when not given).
 */
export async function measureControlsArrival(viewport: { width: number; height: number }, controls: 'full' | 'compact', attributes: Record<string, string> = {}, data?: unknown): Promise<ControlsArrival> {
  await setViewport(viewport);
  document.cookie = 'controls-chunk=hold; path=/';
  try {
    const element = document.createElement('attack-timeline');
    element.setAttribute('controls', controls);
    for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
    if (data !== undefined) (element as AttackTimeline & { data: unknown }).data = data;
    document.body.append(element);
    const drawn = () => (chartOf(element)?.drawnItems.length ?? 0) > 0 || (cardsOf(element)?.shadowRoot?.querySelectorAll('li').length ?? 0) > 0;
    await until(() => drawn(), 'the first frame drawn', 10000);
    if (!drawn()) throw new Error('the first frame never drew');
    await waitMs(100);
    if (customElements.get('at-filter-bar')) throw new Error('the controls arrived before the measurement (the hold did not work)');
    const before = boxes(element);
    const standIn = chipsStandInOf(element);
    const standInBefore = standIn && { hiddenBefore: getComputedStyle(standIn).visibility === 'hidden', heightBefore: standIn.getBoundingClientRect().height };
    const stopWatching = await watchLayoutShifts();
    await releaseHeldChunks();
    await customElements.whenDefined('at-filter-bar');
    await settle(element);
    for (const tag of ['at-filter-bar', 'at-actions', 'at-search', 'at-overview', 'at-event-table']) await (element.shadowRoot!.querySelector(tag) as (Element & { updateComplete?: Promise<unknown> }) | null)?.updateComplete;
    // Layout shifts are reported with the frame that painted them.
    for (let frame = 0; frame < 3; frame++) await nextFrame();
    await waitMs(300);
    const chipsStandIn = standInBefore && { ...standInBefore, drawnAfter: (chipsStandInOf(element)?.getClientRects().length ?? 0) > 0 };
    return { before, after: boxes(element), shifts: stopWatching(), element, chipsStandIn };
  } finally {
    document.cookie = 'controls-chunk=; path=/; max-age=0';
  }
}
