/**
 * Presentation-mode reads of the shadow DOM (the bar, the chart's text, the subject), kept beside
 * the timeline harness so markup changes touch the harness folder only.
 */
import { emulateMedia, setViewport } from '@web/test-runner-commands';
import defaultDataset from '../../../data/default-dataset.json';
import type { AttackTimeline } from './timeline-harness.ts';
import { chartOf, detailOf, settle, svgOf } from './timeline-harness.ts';

/**
 * The bundled story presented on a 1920×1080 projector with reduced motion, shared by a file's
 * tests (not a fixture: those are removed after each test). `closeProjector` undoes it.
 */
export async function openProjector(): Promise<AttackTimeline> {
  await setViewport({ width: 1920, height: 1080 });
  await emulateMedia({ reducedMotion: 'reduce' });
  const element = document.createElement('attack-timeline');
  document.body.append(element);
  element.data = defaultDataset;
  await settle(element);
  await element.present();
  return element;
}

export async function closeProjector(element: AttackTimeline): Promise<void> {
  await element.exitPresentation();
  element.remove();
  await emulateMedia({ reducedMotion: 'no-preference' });
  await setViewport({ width: 800, height: 600 });
}

/** Goes to a step and waits for the chart to draw it. */
export async function showStep(element: AttackTimeline, step: number): Promise<void> {
  await element.goToStep(step);
  await chartOf(element)!.updateComplete;
  await new Promise(requestAnimationFrame);
  await new Promise(requestAnimationFrame);
}

const SAMPLE_TITLE = 'Cloud Hopper reaches IT service providers';

/**
 * Font sizes (px) of the chart's tick labels, row names and canvas labels: the first two computed
 * by CSS; the labels' the size the chart lays them out and draws them at (a sample title's width
 * as the chart measures it (semibold, as a subject is drawn), over its width at 1 px in that font), not just the
 * size CSS gives the canvas element.
 */
export function chartTextPx(element: AttackTimeline): { ticks: number[]; rowNames: number[]; labels: number } {
  const chart = chartOf(element)!;
  const root = chart.shadowRoot!;
  const size = (node: Element) => parseFloat(getComputedStyle(node).fontSize);
  const context = document.createElement('canvas').getContext('2d')!;
  context.font = `600 100px ${getComputedStyle(root.querySelector('canvas')!).fontFamily}`;
  return {
    ticks: [...root.querySelectorAll('.tick text')].map(size),
    rowNames: [...root.querySelectorAll('.group-label')].map(size),
    labels: (chart.labelWidthPx(SAMPLE_TITLE) / context.measureText(SAMPLE_TITLE).width) * 100,
  };
}

/** The drawing's box on screen, clipped to the part of the chart that is not scrolled away. */
export function visibleChartBox(element: AttackTimeline): DOMRect {
  const chart = chartOf(element)!.getBoundingClientRect();
  const drawing = svgOf(element).getBoundingClientRect();
  const top = Math.max(chart.top, drawing.top);
  const bottom = Math.min(chart.bottom, drawing.bottom);
  return new DOMRect(drawing.left, top, drawing.width, bottom - top);
}

/** The selected event's SVG mark on screen (null when it is not drawn). */
export function selectedMarkBox(element: AttackTimeline): DOMRect | null {
  return chartOf(element)!.shadowRoot!.querySelector('.mark.selected')?.getBoundingClientRect() ?? null;
}

/** The box of the subject's label on screen, as the chart drew it (null when none was drawn). */
export function subjectLabelBox(element: AttackTimeline, id: string): DOMRect | null {
  const chart = chartOf(element)!;
  const label = chart.subjectLabels.find((candidate) => candidate.id === id);
  if (!label) return null;
  const drawing = svgOf(element).getBoundingClientRect();
  return new DOMRect(drawing.left + label.x0Px, drawing.top + label.yPx - 10, label.x1Px - label.x0Px, 20);
}

export function detailBox(element: AttackTimeline): DOMRect {
  return detailOf(element).getBoundingClientRect();
}

export function presentBar(element: AttackTimeline): HTMLElement {
  return element.shadowRoot!.querySelector<HTMLElement>('at-present-bar')!;
}
