import type { ReactiveElement } from 'lit';
import type { TimelineEvent } from '../model/types.ts';
import type { AtChart } from '../components/chart/chart.ts';
import type { StepView } from '../story/step-view.ts';
import { fitStepWindow, type SubjectRoom } from '../story/step-window.ts';
import { DEFAULT_PLACE_OPTIONS, markShapeOf } from '../derive/place.ts';
import { SUBJECT_LABEL_GAP_PX } from '../components/chart/draw-marks.ts';
import type { ViewController } from './view-controller.ts';
import type { Indexed } from './indexed-dataset.ts';

/** Room kept between a step's subject (or its label) and the chart's edges, px. */
const STEP_EDGE_PAD_PX = 24;

/** What a step's subject needs on the chart: its interval, shape and label, as the chart draws them. */
function subjectRoom(event: TimelineEvent, chart: AtChart): SubjectRoom {
  const point = markShapeOf(event) === 'point';
  return { startMs: event.when.startMs, endMs: event.when.endMs, point, labelPx: chart.labelWidthPx(event.title), labelOffsetPx: (point ? DEFAULT_PLACE_OPTIONS.pointRadiusPx : 0) + SUBJECT_LABEL_GAP_PX };
}

export interface StepStage {
  readonly host: ReactiveElement;
  readonly view: ViewController;
  readonly chart: () => AtChart | undefined;
  readonly indexed: () => Indexed | null;
}

/**
 * Shows a presentation step: its filters and selection at once, then flies to its window and
 * pins it there. The window is first widened, if need be, so the step's subject (its selected
 * event) and the subject's whole label fit inside it, clear of the edges (see `fitStepWindow`);
 * it is measured once the selection's layout (the details beside the chart) is on screen.
 * `current()` turns false when a later step took over.
 */
export async function showStep({ host, view, chart: chartOf, indexed }: StepStage, step: StepView, current: () => boolean): Promise<void> {
  const { actors, victims, subjects = [], groupBy, selected } = step;
  const subject = selected !== null ? indexed()?.events.get(selected) ?? null : null;
  view.patch({ actors, victims, subjects, groupBy, selected: subject ? selected : null });
  const authored = { startMs: step.startMs, endMs: step.endMs };
  view.stepWindow = subject ? { startMs: Math.min(authored.startMs, subject.when.startMs), endMs: Math.max(authored.endMs, subject.when.endMs) } : authored;
  await host.updateComplete;
  // A subject opens the details beside the chart, which narrows it (and entering presentation
  // resizes it too): let the chart take its new width before measuring, so the flight is not cut
  // short. The resize is observed after the next frame's layout and applied by the chart in a
  // frame callback of the frame after, queued behind ours: so wait three frames, not two.
  for (let frame = 0; frame < 3; frame++) await new Promise((resolve) => requestAnimationFrame(resolve));
  await chartOf()?.updateComplete;
  if (!current()) return;
  const chart = chartOf();
  const target = subject && chart ? fitStepWindow(authored, subjectRoom(subject, chart), chart.clientWidth, STEP_EDGE_PAD_PX, indexed()?.extent) : authored;
  view.stepWindow = target;
  host.requestUpdate();
  // The chart jumps instead when the reader prefers reduced motion.
  await chart?.animateTo(target);
  if (!current()) return;
  view.moveTo(target);
  await host.updateComplete;
  if (subject) chartOf()?.scrollRowIntoView(subject.id);
}
