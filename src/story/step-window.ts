import type { TimelineEvent } from '../model/types.ts';
import type { TimeWindow } from '../derive/view-window.ts';

/** What a step's subject needs on screen: its interval, how it is drawn and its label's width. */
export interface SubjectRoom {
  readonly startMs: number;
  readonly endMs: number;
  /** A point (a firm day) is drawn at its midday; anything else as its whole span. */
  readonly point: boolean;
  /** Width of the label drawn at its full length, px. */
  readonly labelPx: number;
  /**
   * Gap between the mark's right end (a point's centre) and its label, px. A span wide enough
   * to hold its label carries it inside instead (on a knocked-out background), needing no room.
   */
  readonly labelOffsetPx: number;
}

/** Widest share of the chart a subject's label may claim; a longer title is shortened instead. */
const MAX_LABEL_SHARE = 0.7;

/**
 * The step window widened just enough that the subject is wholly inside it, `padPx` from either
 * edge, with its label clear of the edges too, drawn `widthPx` wide: inside the subject when it is
 * a span wide enough, else after it, else (when that would run past the end of `extent`, where
 * the chart cannot go) before it. A window that already fits is returned unchanged; widening keeps
 * what the story's author put in view (the window only grows). A label longer than 70 % of the
 * chart claims only 70 % of it. A width of 0 or less returns the window unchanged.
 */
export function fitStepWindow(window: TimeWindow, subject: SubjectRoom, widthPx: number, padPx: number, extent?: readonly [number, number]): TimeWindow {
  if (!(widthPx > 0)) return window;
  const left = subject.point ? (subject.startMs + subject.endMs) / 2 : subject.startMs;
  const right = subject.point ? left : subject.endMs;
  const labelPx = Math.min(subject.labelPx, widthPx * MAX_LABEL_SHARE);
  const pad = padPx / widthPx;
  const label = Math.min((subject.labelOffsetPx + labelPx + padPx) / widthPx, 0.95);
  const spanPx = ((right - left) / (window.endMs - window.startMs)) * widthPx;
  const fit = (leftShare: number, rightShare: number) => widen(window, left, right, leftShare, rightShare);
  if (!subject.point && spanPx >= labelPx + 2 * padPx) return fit(pad, pad);
  const after = fit(pad, label);
  if (!extent || after.endMs <= extent[1]) return after;
  const before = fit(label, pad);
  return before.startMs >= extent[0] ? before : after;
}

/**
 * `window` widened so `left` is at least `leftShare` of the width from its start and `right` at
 * most `1 - rightShare` of it; each widening shrinks the other margin a little in px, so a few
 * rounds settle both.
 */
function widen(window: TimeWindow, left: number, right: number, leftShare: number, rightShare: number): TimeWindow {
  let { startMs, endMs } = window;
  for (let round = 0; round < 8; round++) {
    const span = endMs - startMs;
    const needStart = left - leftShare * span;
    const needEnd = startMs + (right - startMs) / (1 - rightShare);
    if (needStart >= startMs && needEnd <= endMs) break;
    if (needStart < startMs) startMs = left - (leftShare * (endMs - left)) / (1 - leftShare);
    if (needEnd > endMs) endMs = startMs + (right - startMs) / (1 - rightShare);
  }
  // Whole milliseconds, so showing the step again gives exactly the same window.
  return startMs === window.startMs && endMs === window.endMs ? window : { startMs: Math.floor(startMs), endMs: Math.ceil(endMs) };
}

/**
 * The events with any part inside the window (an interval [startMs, endMs) touching it), in the
 * order given: what a presentation step draws, so rows with nothing in its window collapse.
 */
export function eventsInWindow(events: readonly TimelineEvent[], window: TimeWindow): TimelineEvent[] {
  return events.filter(({ when }) => when.endMs > window.startMs && when.startMs < window.endMs);
}
