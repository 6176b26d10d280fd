import type { Actor, TimelineEvent, Victim } from '../../model/types.ts';
import { assignLanes, type GroupBy, type LaneLayout } from '../../derive/lanes.ts';
import { DEFAULT_PLACE_OPTIONS, type Mark } from '../../derive/place.ts';
import type { TimeWindow } from '../../derive/view-window.ts';
import { disclosureLinks, linkArc, linksTouching, type ArcPoints, type DisclosureLink } from '../../derive/disclosure-links.ts';
import { createRowIndex, layoutView, type DrawItem, type RowIndex } from '../../derive/view-layout.ts';
import { textWidthPx } from '../../derive/text-width.ts';
import { calloutBandPx, keyMomentNumbers, placeCallouts, type CalloutBox } from '../../derive/callout-layout.ts';
import { placeLabels, plateWhereCrossed, type LabelBox } from '../../derive/label-layout.ts';
import type { Band } from '../../derive/canvas-band.ts';
import { createBaseScale, windowOf, type TimeScale } from '../../scales/time-scale.ts';
import { BASE_FONT_PX, GEOMETRY, rowTopPx, type ChartGeometry } from './chart.templates.ts';
import type { ChartText } from './text-measure.ts';

const MAX_ROWS_PER_GROUP = 16;
/** Keeps the chart (and its canvas) a readable height however many events and groups there are. */
const MAX_TOTAL_ROWS = 64;
/** Extra px two marks need between them; 0 merges only marks that overlap on screen. */
const CLUSTER_GAP_PX = 0;
const ARC_LINE_PX = 1.5;
/** Narrowest room a label is drawn in. */
const LABEL_MIN_PX = 40;
/** Lines of the callout band above the rows, and their height. */
const CALLOUT_LINES = 3;
const CALLOUT_LINE_PX = 22;
/** Space a mark and the gaps around its title take in a row, besides the title. */
const LANE_PAD_PX = 24;

/** Everything the current view shows, computed once per update. */
export interface Frame {
  readonly view: TimeScale;
  readonly marks: readonly Mark[];
  readonly items: readonly DrawItem[];
  readonly links: readonly DisclosureLink[];
  readonly labels: readonly LabelBox[];
  readonly callouts: readonly CalloutBox[];
}

/** A disclosure arc as drawn (for the selected or hovered event): its link and its polyline. */
export interface DrawnArc {
  readonly fromId: string;
  readonly toId: string;
  readonly kind: TimelineEvent['kind'];
  readonly points: ArcPoints;
  readonly lineWidthPx: number;
}

/** What the lanes depend on. */
export interface LaneInputs {
  readonly events: readonly TimelineEvent[];
  readonly groupBy: GroupBy;
  readonly actors: ReadonlyMap<string, Actor>;
  readonly victims: ReadonlyMap<string, Victim>;
  readonly kindNames: Readonly<Partial<Record<string, string>>>;
  readonly extent: readonly [number, number];
  readonly opening: TimeWindow | null;
  /** The width lanes leave room for titles at (see `laneWidthOf`). */
  readonly laneWidthPx: number;
}

const EMPTY_FRAME: Frame = { view: createBaseScale([0, 1], 1), marks: [], items: [], links: [], labels: [], callouts: [] };

/** Lanes depend on the width only by steps of 25%, so a given width always gets the same rows. */
export function laneWidthOf(widthPx: number): number {
  return widthPx > 0 ? Math.round(1.25 ** Math.round(Math.log(widthPx) / Math.log(1.25))) : 0;
}

/**
 * The chart's layout, a pure pipeline over its inputs: lanes and the time index (once per data or
 * grouping change), then for each view the marks, clusters, labels, callouts and disclosure arcs
 * (zooming only re-projects x), at the text size and font widths of `text`.
 */
export class ChartFrames {
  layout: LaneLayout = { groups: [], rowCount: 0, rows: [], rowOf: new Map() };
  rows: RowIndex = createRowIndex(this.layout);
  frame: Frame = EMPTY_FRAME;
  /** The frame's labels, with plates where the drawn arcs cross them. */
  labels: readonly LabelBox[] = [];
  arcs: readonly DrawnArc[] = [];
  /** The text's geometry with room under the axis for the key moments' callouts. */
  geometry: ChartGeometry = GEOMETRY;
  /**
   * True when the frame holds only the rows near the screen (a moving view or a first paint, see
   * `place`): the marks and items of the other rows are missing until `complete` lays the frame out whole.
   */
  partial = false;
  /** The slice a partial frame was laid out for. */
  private _band: Band | null = null;
  /** The key moments among the events, numbered; the rows start below their callout band. */
  private _keyMoments: ReadonlyMap<string, number> = new Map();
  /** The view and width of the frame, for `complete`. */
  private _placed?: [TimeScale, number];

  constructor(private readonly _text: ChartText, private readonly _clusterText: (count: number) => string) {}

  readonly rowCentrePx = (row: number): number => rowTopPx(row, this.layout.groups, this.geometry) + this.geometry.rowPx / 2;

  heightPx(): number {
    const rows = this.layout.rowCount;
    if (rows === 0) return this.geometry.axisPx + 90;
    return rowTopPx(rows - 1, this.layout.groups, this.geometry) + this.geometry.rowPx + 8;
  }

  /** Assigns lanes and builds the time index. */
  relayout(inputs: LaneInputs): void {
    const minGapMs = laneGapMs(inputs, this._text);
    this._keyMoments = keyMomentNumbers(inputs.events);
    this.regeometry();
    this.layout = assignLanes(inputs.events, { groupBy: inputs.groupBy, actors: inputs.actors, victims: inputs.victims, minGapMs, maxRowsPerGroup: MAX_ROWS_PER_GROUP, maxTotalRows: MAX_TOTAL_ROWS, kindNames: inputs.kindNames });
    this.rows = createRowIndex(this.layout);
  }

  /** Takes the text's geometry (read again after a theme change); true when the rows moved. */
  regeometry(): boolean {
    const text = this._text.geometry;
    const old = this.geometry;
    this.geometry = { ...text, axisPx: text.axisPx + calloutBandPx(this._keyMoments.size, CALLOUT_LINES, CALLOUT_LINE_PX * (text.fontPx / BASE_FONT_PX)) };
    return this.geometry.axisPx !== old.axisPx || text.fontPx !== old.fontPx;
  }

  /**
   * Culls, places and clusters for the view `view`: the per-frame part of the pipeline. With a
   * `band` (the slice a moving view paints), only the rows within a row of it are laid out,
   * unless `whole` (an event is selected, active or hovered: its SVG mark or its disclosure arcs
   * may lie in any row) or the dataset has key moments (their callouts sit at the top).
   * `complete` lays out the rest.
   */
  place(view: TimeScale, widthPx: number, band: Band | null = null, whole = false): void {
    this._placed = [view, widthPx];
    this.partial = false;
    if (widthPx <= 0) {
      this.frame = { ...EMPTY_FRAME, view };
      return;
    }
    const { rows, groups } = this.layout;
    const { rowPx } = this.geometry;
    // A row's marks, labels and rings stay inside it; one row more on each side is slack.
    const near = band && !whole && this._keyMoments.size === 0
      ? rows.map((_, row) => {
        const topPx = rowTopPx(row, groups, this.geometry);
        return topPx < band.bottomPx + rowPx && topPx + 2 * rowPx > band.topPx;
      })
      : [];
    this.partial = near.includes(false);
    this._band = band;
    const [startMs, endMs] = windowOf(view);
    const { charWidth } = this._text.measure;
    const text = this._text.geometry;
    const items = layoutView(this.rows, { startMs, endMs, widthPx }, { ...DEFAULT_PLACE_OPTIONS, widthPx, clusterGapPx: CLUSTER_GAP_PX }, this.partial ? (row) => near[row]! : undefined);
    // A loop, not flatMap: flatMap's one-item array per item was garbage on every zoom frame.
    const marks: Mark[] = [];
    for (const item of items) if (item.type === 'mark') marks.push(item.mark);
    const labels = placeLabels(items, { widthPx, charWidth, minLabelPx: LABEL_MIN_PX, pointRadiusPx: DEFAULT_PLACE_OPTIONS.pointRadiusPx, clusterText: this._clusterText });
    const callouts = placeCallouts(items, this._keyMoments, {
      widthPx, charWidth, rowCentrePx: this.rowCentrePx, markHalfPx: this.geometry.markPx / 2,
      bandTopPx: text.axisPx, bandLines: CALLOUT_LINES, lineHeightPx: CALLOUT_LINE_PX * (text.fontPx / BASE_FONT_PX),
    });
    this.frame = { view, marks, items, links: disclosureLinks(marks), labels, callouts };
  }

  /** Whether the frame has every row a paint of `band` draws (an empty band needs none). */
  covers(band: Band): boolean {
    return !this.partial || band.topPx >= band.bottomPx || (band.topPx >= this._band!.topPx && band.bottomPx <= this._band!.bottomPx);
  }

  /** Lays the frame out whole if it holds only the rows near the screen; true when it did. */
  complete(): boolean {
    if (!this.partial) return false;
    this.place(...this._placed!);
    return true;
  }

  /** Arcs for the events `ids` (selected, hovered) only; labels they cross get a plate. */
  placeArcs(ids: ReadonlySet<string>): void {
    this.arcs = linksTouching(this.frame.links, ids).map((link) => ({
      fromId: link.from.event.id, toId: link.to.event.id, kind: link.to.event.kind, points: linkArc(link, this.rowCentrePx), lineWidthPx: ARC_LINE_PX,
    }));
    this.labels = plateWhereCrossed(this.frame.labels, this.arcs.map((arc) => arc.points), this.rowCentrePx, this._text.measure.fontPx * 0.6);
  }
}

/**
 * Time each event keeps to itself in its row: room for a typical title (the median width of
 * up to 400 titles) at the scale of the dataset's opening window, so the opening view has
 * space for whole titles; never less than a sixtieth of the extent, which keeps marks apart
 * when the whole extent is shown.
 */
function laneGapMs({ events, extent, opening, laneWidthPx }: LaneInputs, text: ChartText): number {
  const extentMs = extent[1] - extent[0];
  const floor = extentMs / 60;
  if (laneWidthPx <= 0 || events.length === 0) return floor;
  const windowMs = opening ? opening.endMs - opening.startMs : extentMs;
  const step = Math.max(1, Math.floor(events.length / 400));
  const { charWidth } = text.measure;
  const widths: number[] = [];
  for (let i = 0; i < events.length; i += step) widths.push(textWidthPx(events[i]!.title, charWidth));
  widths.sort((a, b) => a - b);
  const titlePx = widths[widths.length >> 1]! + LANE_PAD_PX;
  return Math.max(floor, (titlePx / laneWidthPx) * windowMs);
}
