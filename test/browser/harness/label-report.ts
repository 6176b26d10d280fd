/**
 * What the reader can read in the chart's current frame: for each event in the visible window,
 * whether its title is drawn, whole or shortened, where its text sits, and what else is painted
 * under that text. The geometry is read from what the chart draws (its items, labels, arcs and
 * callouts); the overlaps are computed here, with the text measured by the browser, not by the
 * chart's own layout code. Shared by every helper's reading tests: do not write a second one.
 */
import type { AtChart } from '../../../src/components/chart/chart.ts';
import type { DrawItem } from '../../../src/derive/view-layout.ts';
import { GEOMETRY } from '../../../src/components/chart/chart.templates.ts';

/** A box in chart px. */
export interface Box {
  readonly left: number;
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
}

export interface LabelReport {
  readonly id: string;
  readonly title: string;
  /** Whether some text of this event is drawn. */
  readonly drawn: boolean;
  /** Whether the whole title is drawn. */
  readonly complete: boolean;
  readonly text: string | null;
  /** The ink box of the text as the browser measures it; null when not drawn. */
  readonly box: Box | null;
  /** The event is drawn only as part of a cluster. */
  readonly inCluster: boolean;
  /**
   * What is painted under the text box and shows through: `own-mark`, `mark:<id>`, `cluster`,
   * `arc:<from>-><to>`, `label:<id>`, `callout:<id>`, `badge:<id>`, `leader:<id>`. Empty when the text sits in
   * clear space or on a knocked-out background that hides what is beneath it.
   */
  readonly under: readonly string[];
  /** The text sits on a knocked-out background (a plate in the background colour). */
  readonly knockedOut: boolean;
  /** What the knocked-out background hides (same names as `under`). */
  readonly hidden: readonly string[];
}

export interface LabelSummary {
  readonly inView: number;
  readonly complete: number;
  readonly shortened: number;
  readonly unlabelled: number;
  readonly inClusters: number;
  /** Labels with something painted under their text that shows through. */
  readonly withSomethingUnder: number;
  readonly knockedOut: number;
  /** `complete / inView`, 0 when nothing is in view. */
  readonly completeShare: number;
}

/** Optional parts of the chart's frame the report reads when the chart draws them. */
interface ChartFrameView {
  readonly drawnLabels: readonly { readonly eventId: string; readonly row: number; readonly xPx: number; readonly text: string; readonly complete: boolean; readonly plate?: boolean }[];
  readonly drawnArcs?: readonly { readonly fromId: string; readonly toId: string; readonly points: readonly (readonly [number, number])[]; readonly lineWidthPx: number }[];
  readonly drawnCallouts?: readonly { readonly eventId: string; readonly box: Box; readonly badge?: Box; readonly leader?: readonly (readonly [number, number])[] | null }[];
  readonly drawnClusterBoxes?: readonly Box[];
}

const overlaps = (a: Box, b: Box) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

/** The painted box of a single mark or a cluster, as the canvas paints it (see draw-marks.ts). */
function itemBox(item: DrawItem, chart: AtChart, markPx: number, widthPx: number): Box {
  const half = markPx / 2;
  if (item.type === 'cluster') {
    const { x0Px, x1Px, row } = item.cluster;
    const y = chart.rowCentrePx(row);
    return { left: x0Px - 1, right: Math.max(x1Px, x0Px + 4) + 1, top: y - half - 2, bottom: y + half + 2 };
  }
  const { mark } = item;
  const y = chart.rowCentrePx(mark.row);
  if (mark.shape === 'point') return { left: mark.x0Px - half - 1, right: mark.x0Px + half + 1, top: y - half - 1, bottom: y + half + 1 };
  const arrow = mark.event.when.openStart ? 8 : 0;
  return { left: Math.max(mark.x0Px - arrow, -8) - 1, right: Math.min(Math.max(mark.x1Px, mark.x0Px + 1), widthPx + 8) + 1, top: y - half - 1, bottom: y + half + 1 };
}

let measureContext: CanvasRenderingContext2D | null = null;

/** The report for every event whose interval meets the visible window. */
export function labelReport(chart: AtChart): LabelReport[] {
  const frame = chart as unknown as ChartFrameView;
  const canvas = chart.shadowRoot!.querySelector('canvas')!;
  const style = getComputedStyle(canvas);
  measureContext ??= document.createElement('canvas').getContext('2d')!;
  measureContext.font = `${style.fontSize} ${style.fontFamily}`;
  const widthPx = Number(chart.shadowRoot!.querySelector('svg.over')!.getAttribute('width'));
  const markPx = GEOMETRY.markPx;
  const { startMs, endMs } = chart.visibleWindow;
  const items = chart.drawnItems;

  // Everything painted, with a name, to test label boxes against.
  const painted: { name: string; box?: Box; points?: readonly (readonly [number, number])[]; pad?: number; ownerId?: string }[] = [];
  for (const item of items) {
    painted.push({ name: item.type === 'mark' ? `mark:${item.mark.event.id}` : 'cluster', box: itemBox(item, chart, markPx, widthPx), ownerId: item.type === 'mark' ? item.mark.event.id : undefined });
  }
  for (const box of frame.drawnClusterBoxes ?? []) painted.push({ name: 'cluster', box });
  for (const arc of frame.drawnArcs ?? []) painted.push({ name: `arc:${arc.fromId}->${arc.toId}`, points: arc.points, pad: arc.lineWidthPx / 2 + 0.5 });
  for (const callout of frame.drawnCallouts ?? []) {
    painted.push({ name: `callout:${callout.eventId}`, box: callout.box });
    if (callout.badge) painted.push({ name: `badge:${callout.eventId}`, box: callout.badge });
    if (callout.leader) painted.push({ name: `leader:${callout.eventId}`, points: callout.leader, pad: 1 });
  }
  const labelBoxes = frame.drawnLabels.map((label) => {
    const metrics = measureContext!.measureText(label.text);
    const y = chart.rowCentrePx(label.row) + 0.5;
    // Drawn with textBaseline "middle": the ink box from the browser's own metrics.
    const middle = (metrics.fontBoundingBoxAscent - metrics.fontBoundingBoxDescent) / 2;
    const box: Box = {
      left: label.xPx - metrics.actualBoundingBoxLeft,
      right: label.xPx + metrics.actualBoundingBoxRight,
      top: y + middle - metrics.actualBoundingBoxAscent,
      bottom: y + middle + metrics.actualBoundingBoxDescent,
    };
    return { label, box };
  });
  for (const { label, box } of labelBoxes) painted.push({ name: `label:${label.eventId}`, box, ownerId: `label:${label.eventId}` });

  const hits = (box: Box, thing: (typeof painted)[number]): boolean => {
    if (thing.box) return overlaps(box, thing.box);
    const pad = thing.pad ?? 1;
    return (thing.points ?? []).some(([x, y]) => x > box.left - pad && x < box.right + pad && y > box.top - pad && y < box.bottom + pad);
  };

  const labelOf = new Map(labelBoxes.map((entry) => [entry.label.eventId, entry]));
  const alone = new Set(items.flatMap((item) => (item.type === 'mark' ? [item.mark.event.id] : [])));
  const byId = new Map(chart.events.map((event) => [event.id, event]));
  const inView = (id: string) => {
    const event = byId.get(id);
    return event !== undefined && event.when.endMs > startMs && event.when.startMs < endMs ? event : undefined;
  };
  const reports: LabelReport[] = [];
  for (const id of chart.visibleIds) {
    const event = inView(id);
    if (!event) continue;
    const entry = labelOf.get(id);
    if (!entry) {
      reports.push({ id, title: event.title, drawn: false, complete: false, text: null, box: null, inCluster: !alone.has(id), under: [], knockedOut: false, hidden: [] });
      continue;
    }
    const { label, box } = entry;
    const beneath = painted
      .filter((thing) => thing.ownerId !== `label:${id}` && hits(box, thing))
      .map((thing) => (thing.ownerId === id ? 'own-mark' : thing.name));
    // A plate hides what was painted before the label; other labels are painted on top of it.
    const knockedOut = label.plate === true;
    const under = knockedOut ? beneath.filter((name) => name.startsWith('label:')) : beneath;
    const hidden = knockedOut ? beneath.filter((name) => !name.startsWith('label:')) : [];
    reports.push({ id, title: event.title, drawn: true, complete: label.complete && label.text === event.title, text: label.text, box, inCluster: false, under, knockedOut, hidden });
  }
  return reports;
}

export function summarizeLabels(reports: readonly LabelReport[]): LabelSummary {
  const count = (test: (report: LabelReport) => boolean) => reports.filter(test).length;
  const complete = count((report) => report.complete);
  return {
    inView: reports.length,
    complete,
    shortened: count((report) => report.drawn && !report.complete),
    unlabelled: count((report) => !report.drawn),
    inClusters: count((report) => report.inCluster),
    withSomethingUnder: count((report) => report.under.length > 0),
    knockedOut: count((report) => report.knockedOut),
    completeShare: reports.length === 0 ? 0 : complete / reports.length,
  };
}
