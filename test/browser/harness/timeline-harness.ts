/**
 * The one place browser tests reach into shadow DOM, so markup changes touch only this file.
 */
import { fixture, html, nextFrame } from '@open-wc/testing';
import '../../../src/embed.ts';
import type { AttackTimeline } from '../../../src/shell/attack-timeline.ts';
import type { AtChart } from '../../../src/components/chart/chart.ts';
import type { AtFilterBar } from '../../../src/components/filter-bar/filter-bar.ts';
import type { AtEventDetail } from '../../../src/components/event-detail/event-detail.ts';
import type { Mark } from '../../../src/derive/place.ts';
import type { ErrorDetail } from '../../../src/events.ts';

export type { AttackTimeline };

/**
 * Waits until the element and its children have rendered with a measured width, and the code of
 * the inner elements it asked for has arrived (the element's `updateComplete` waits for it).
 */
export async function settle(element: AttackTimeline): Promise<void> {
  for (let i = 0; i < 50; i++) {
    await element.updateComplete;
    const chart = chartOf(element);
    if (chart) await chart.updateComplete;
    await nextFrame();
    if (chart && chart.shadowRoot?.querySelector('svg') && (chart.shadowRoot.querySelector('svg')!.getAttribute('width') ?? '1') !== '1') {
      // The chart may have drawn within the frame awaited above, after the render that asked for the controls.
      await element.updateComplete;
      return;
    }
    if (element.shadowRoot?.querySelector('.error') && !chart) return;
  }
}

/**
 * Waits until the chart's canvas covers its whole drawing. The canvas covers only the rows near the
 * screen; a picture of the whole element is taken beyond the viewport, which a reader reaches only
 * by scrolling (a scroll repaints), so the caller first makes the viewport as tall as the element.
 * Gives up after 300 frames and lets the picture show it.
 */
export async function settledDrawing(element: AttackTimeline): Promise<void> {
  const chart = chartOf(element);
  const canvas = chart?.shadowRoot?.querySelector('canvas');
  const svg = chart?.shadowRoot?.querySelector('svg.over');
  if (!canvas || !svg) return;
  for (let i = 0; i < 300 && canvas.getBoundingClientRect().height < svg.getBoundingClientRect().height - 1; i++) await nextFrame();
  await nextFrame();
}

/**
 * Waits for every running CSS animation on the page (shadow trees included) to end, such as the
 * marks' fade-in after new data: a picture taken during it catches the marks half faded, as one did
 * when a test followed another in the same page quickly enough.
 */
export async function animationsDone(): Promise<void> {
  // Document.getAnimations() leaves out shadow trees: ask each shadow root for its own.
  const roots: (Document | ShadowRoot)[] = [document];
  for (let i = 0; i < roots.length; i++) {
    for (const element of roots[i]!.querySelectorAll('*')) if (element.shadowRoot) roots.push(element.shadowRoot);
  }
  await Promise.all(roots.flatMap((root) => root.getAnimations()).map((animation) => animation.finished.catch(() => undefined)));
}

/** Renders `<attack-timeline>` with a dataset object at a fixed width. */
export async function renderWithData(data: unknown, attributes: Record<string, string> = {}, widthPx = 1000): Promise<AttackTimeline> {
  const element = await fixture<AttackTimeline>(html`<div style="width:${widthPx}px"><attack-timeline></attack-timeline></div>`)
    .then((wrapper) => wrapper.querySelector('attack-timeline')!);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  element.data = data;
  await settle(element);
  return element;
}

/** Renders the markup given (for src and attribute tests) inside a fixed-width wrapper. */
export async function renderMarkup(markup: ReturnType<typeof html>, widthPx = 1000): Promise<AttackTimeline> {
  const wrapper = await fixture<HTMLElement>(html`<div style="width:${widthPx}px">${markup}</div>`);
  const element = wrapper.querySelector('attack-timeline')!;
  await settle(element);
  return element;
}

export function chartOf(element: AttackTimeline): AtChart | null {
  return element.shadowRoot!.querySelector('at-chart');
}

/** The top SVG layer: it takes pointer and keyboard input over the canvas. */
export function svgOf(element: AttackTimeline): SVGSVGElement {
  return chartOf(element)!.shadowRoot!.querySelector('svg.over')!;
}

/** Ids of the events drawn in the window (alone or in a cluster), in start order. */
export function drawnIds(element: AttackTimeline): string[] {
  return chartOf(element)!.visibleIds;
}

export function drawnMark(element: AttackTimeline, id: string): Mark | undefined {
  return chartOf(element)!.drawnMarks.find((mark) => mark.event.id === id);
}

/** The focusable SVG mark of an event (only the active and the selected event have one). */
export function focusableMark(element: AttackTimeline, id?: string): SVGGElement | null {
  const selector = id === undefined ? '.mark[tabindex="0"]' : `.mark[data-id="${CSS.escape(id)}"]`;
  return chartOf(element)!.shadowRoot!.querySelector<SVGGElement>(selector);
}

/** Clicks where an event is drawn, as a reader would. */
export function clickMark(element: AttackTimeline, id: string): void {
  const chart = chartOf(element)!;
  const mark = drawnMark(element, id);
  if (!mark) throw new Error(`event ${id} is not drawn`);
  const box = svgOf(element).getBoundingClientRect();
  const x = mark.shape === 'point' ? mark.x0Px : (Math.max(mark.x0Px, 0) + Math.min(mark.x1Px, box.width)) / 2;
  svgOf(element).dispatchEvent(new MouseEvent('click', {
    clientX: box.left + x, clientY: box.top + chart.rowCentrePx(mark.row), bubbles: true, composed: true,
  }));
}

export function zoomButton(element: AttackTimeline, which: 'zoom-in' | 'zoom-out' | 'fit'): HTMLButtonElement {
  return chartOf(element)!.shadowRoot!.querySelector<HTMLButtonElement>(`button.${which}`)!;
}

export function filterBarOf(element: AttackTimeline): AtFilterBar {
  return element.shadowRoot!.querySelector('at-filter-bar')!;
}

export function filterCheckbox(element: AttackTimeline, facet: 'actors' | 'victims' | 'subjects', id: string): HTMLInputElement {
  const bar = filterBarOf(element);
  bar.shadowRoot!.querySelector<HTMLDetailsElement>(`details.facet-${facet}`)!.open = true;
  return bar.shadowRoot!.querySelector<HTMLInputElement>(`details.facet-${facet} input[data-id="${CSS.escape(id)}"]`)!;
}

export function optionCount(element: AttackTimeline, facet: 'actors' | 'victims' | 'subjects', id: string): number {
  const label = filterCheckbox(element, facet, id).closest('label')!;
  return Number(label.querySelector('.count')!.textContent);
}

export function clearAllButton(element: AttackTimeline): HTMLButtonElement {
  return filterBarOf(element).shadowRoot!.querySelector<HTMLButtonElement>('button.clear')!;
}

export function detailOf(element: AttackTimeline): AtEventDetail {
  return element.shadowRoot!.querySelector('at-event-detail')!;
}

export function statusText(element: AttackTimeline): string {
  return element.shadowRoot!.querySelector('.status')?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
}

export function errorBox(element: AttackTimeline): HTMLElement | null {
  return element.shadowRoot!.querySelector<HTMLElement>('.error');
}

export function groupSelect(element: AttackTimeline): HTMLSelectElement {
  return element.shadowRoot!.querySelector<HTMLSelectElement>('.group-by select')!;
}

/** A wheel event over the chart at x (px from the svg's left edge). */
export function wheel(element: AttackTimeline, xPx: number, deltaY: number, init: WheelEventInit = {}): WheelEvent {
  const svg = svgOf(element);
  const box = svg.getBoundingClientRect();
  const event = new WheelEvent('wheel', {
    deltaY, deltaMode: 0, clientX: box.left + xPx, clientY: box.top + 60, bubbles: true, cancelable: true, composed: true, ...init,
  });
  svg.dispatchEvent(event);
  return event;
}

/** Waits for d3-zoom's gesture-end (it fires 150 ms after the last wheel event). */
export function waitMs(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Resolves with the next event of `name` on `target`. */
export function nextEvent<T = unknown>(target: EventTarget, name: string): Promise<CustomEvent<T>> {
  return new Promise((resolve) => target.addEventListener(name, (event) => resolve(event as CustomEvent<T>), { once: true }));
}

/** The loose shape of the JSON fixtures, as tests read them. */
export interface FixtureDataset {
  title: string;
  actors: { id: string; name: string }[];
  victims: { id: string; name: string }[];
  sources: { id: string; url?: string }[];
  events: { id: string; title: string; description: string; actors: string[]; victims: string[]; sources: string[] }[];
}

/** The search box component. */
export function searchOf(element: AttackTimeline): HTMLElement & { results: readonly { id: string }[] } {
  return element.shadowRoot!.querySelector('at-search')!;
}

export function searchInput(element: AttackTimeline): HTMLInputElement {
  return searchOf(element).shadowRoot!.querySelector<HTMLInputElement>('input')!;
}

/** The polite "N matches" line under the search box. */
export function searchStatus(element: AttackTimeline): string {
  return searchOf(element).shadowRoot!.querySelector('[role="status"]')?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
}

/** The listed matches, as buttons. */
export function searchResultButtons(element: AttackTimeline): HTMLButtonElement[] {
  return [...searchOf(element).shadowRoot!.querySelectorAll<HTMLButtonElement>('li button')];
}

/** Types into the search box as a reader would (focus, replace the text, input event) and waits out the debounce. */
export async function typeSearch(element: AttackTimeline, text: string): Promise<void> {
  const input = searchInput(element);
  input.focus();
  input.value = text;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  await waitMs(200);
  await settle(element);
}

/** The element's block exposed as part `name` (header, controls, search, legend, chart, details…). */
export function partOf(element: AttackTimeline, name: string): HTMLElement | null {
  return element.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);
}

/** The event cards of narrow layouts, or null when the chart is shown. */
export function cardsOf(element: AttackTimeline): (HTMLElement & { updateComplete: Promise<boolean> }) | null {
  return element.shadowRoot!.querySelector('at-event-cards');
}

/** The card of an event (its list item), if it is in the page. */
export function cardOf(element: AttackTimeline, id: string): HTMLElement | null {
  return cardsOf(element)?.shadowRoot!.querySelector<HTMLElement>(`li[data-id="${CSS.escape(id)}"]`) ?? null;
}

/** The focused element, followed through shadow roots, described as `tag.class#data-id`. */
export function deepActive(): Element | null {
  let active: Element | null = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

export { labelReport, summarizeLabels, type Box, type LabelReport, type LabelSummary } from './label-report.ts';

/** On a narrow element that shows cards, switches it to the chart (as a reader would, with the switch). */
export async function showChart(element: AttackTimeline): Promise<void> {
  const chartButton = partOf(element, 'view-switch')?.querySelectorAll('button')[1];
  if (!chartButton || chartButton.getAttribute('aria-pressed') === 'true') return;
  chartButton.click();
  await settle(element);
}

export interface PlacedTimeline {
  readonly element: AttackTimeline;
  /** The element's parent, of the width asked for: remove it to take the element off the page. */
  readonly wrapper: HTMLElement;
  /** Every `at-error` the element fired, from before it was connected. */
  readonly errors: ErrorDetail[];
}

export interface PlaceOptions {
  /** Set before the element is connected; left unset when undefined (the bundled story, or `src`). */
  readonly data?: unknown;
  readonly attributes?: Readonly<Record<string, string>>;
  readonly widthPx?: number;
  /** Wait until it has rendered (`settle`); false to return as soon as it is on the page. */
  readonly settled?: boolean;
}

/**
 * The set-up most tests of the element share: a wrapper `widthPx` wide (1000) on the page, an
 * `<attack-timeline>` with `attributes` and `data` set before it is connected (so its first update
 * already has them), its `at-error` events collected.
 */
export async function placeTimeline({ data, attributes = {}, widthPx = 1000, settled = true }: PlaceOptions = {}): Promise<PlacedTimeline> {
  const wrapper = document.createElement('div');
  wrapper.style.width = `${widthPx}px`;
  document.body.append(wrapper);
  const element = document.createElement('attack-timeline');
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  const errors: ErrorDetail[] = [];
  element.addEventListener('at-error', (event) => errors.push(event.detail));
  if (data !== undefined) element.data = data;
  wrapper.append(element);
  if (settled) await settle(element);
  return { element, wrapper, errors };
}

/** The messages of the `at-error` events collected. */
export const messagesOf = (errors: readonly ErrorDetail[]): string[] => errors.map((detail) => detail.message);
