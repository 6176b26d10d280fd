import type { TimelineEvent } from '../model/types.ts';
import type { LaneLayout } from './lanes.ts';
import { LABEL_GAP_PX, markLeftPx, markShapeCode, MARK_SHAPES, placeMark, type Mark, type PlaceOptions } from './place.ts';

/** Marks of one row that sit too close to tell apart, drawn as one mark with a count. */
export interface Cluster {
  readonly row: number;
  readonly x0Px: number;
  readonly x1Px: number;
  /** Time covered by the members, UTC ms. */
  readonly startMs: number;
  readonly endMs: number;
  readonly count: number;
  /** Position of the first member in its row; members run from there, less `skipped`. */
  readonly firstIndex: number;
  /** Positions inside the run that are not members (long bars drawn on their own). */
  readonly skipped: readonly number[];
  /** Room for the count label, up to the next item in the row. */
  readonly labelRoomPx: number;
}

export type DrawItem = { readonly type: 'mark'; readonly mark: Mark } | { readonly type: 'cluster'; readonly cluster: Cluster };

/**
 * One row's events sorted by where they are drawn from (a firm day is drawn at its midday, so
 * that is its anchor; anything else from its start), with the running maximum of where they are
 * drawn to, for culling and clustering by binary search. The numbers each frame needs are copied
 * into typed arrays, so laying out a frame reads no event objects until it places a mark.
 */
interface RowEvents {
  readonly events: readonly TimelineEvent[];
  readonly anchorStarts: Float64Array;
  /** maxAnchorEnds[i] = the latest anchor end among events 0..i (never decreases). */
  readonly maxAnchorEnds: Float64Array;
  /** How each event is drawn, as an index into `MARK_SHAPES` (0: a point, a firm day). */
  readonly shapes: Uint8Array;
  /** The events' own intervals, UTC ms. */
  readonly starts: Float64Array;
  readonly ends: Float64Array;
}

/** Per-row sorted arrays, for one filter and grouping. */
export interface RowIndex {
  /** How many rows. */
  readonly count: number;
  /** Row `i`'s arrays, built on first use: a tall chart's first frame lays out only the rows near the screen. */
  row(i: number): RowEvents;
  /** Every row's arrays. */
  readonly rows: readonly RowEvents[];
}

/** The visible window and the width it is drawn across; x is linear in time. */
export interface ViewWindow {
  readonly startMs: number;
  readonly endMs: number;
  readonly widthPx: number;
}

export interface ViewLayoutOptions extends PlaceOptions {
  /** Extra space (px) two marks need between them not to merge; 0 merges only overlapping marks. */
  readonly clusterGapPx: number;
}

/** The code of a point in `RowEvents.shapes` (see `markShapeCode`). */
const POINT = 0;

/** Indexes the laid-out events of each row for culling and clustering (each row when first read). */
export function createRowIndex(layout: Pick<LaneLayout, 'rows'>): RowIndex {
  const built: RowEvents[] = [];
  const row = (i: number) => (built[i] ??= indexRow(layout.rows[i]!));
  return {
    count: layout.rows.length,
    row,
    get rows() {
      return layout.rows.map((_, i) => row(i));
    },
  };
}

function indexRow(members: readonly TimelineEvent[]): RowEvents {
  const count = members.length;
  const memberShapes = new Uint8Array(count);
  const memberAnchors = new Float64Array(count);
  for (let i = 0; i < count; i++) {
    const { when } = members[i]!;
    const shape = markShapeCode(members[i]!);
    memberShapes[i] = shape;
    memberAnchors[i] = shape === POINT ? (when.startMs + when.endMs) / 2 : when.startMs;
  }
  // Rows arrive by start; a firm day anchored at its midday can pass a later start.
  const order = anchorOrder(memberAnchors);
  const events = order ? Array.from(order, (i) => members[i]!) : members;
  const anchorStarts = order ? new Float64Array(count) : memberAnchors;
  const shapes = order ? new Uint8Array(count) : memberShapes;
  const starts = new Float64Array(count);
  const ends = new Float64Array(count);
  const maxAnchorEnds = new Float64Array(count);
  let maxEnd = -Infinity;
  for (let i = 0; i < count; i++) {
    const from = order ? order[i]! : i;
    const { when } = members[from]!;
    anchorStarts[i] = memberAnchors[from]!;
    shapes[i] = memberShapes[from]!;
    starts[i] = when.startMs;
    ends[i] = when.endMs;
    maxEnd = Math.max(maxEnd, shapes[i] === POINT ? (when.startMs + when.endMs) / 2 : when.endMs);
    maxAnchorEnds[i] = maxEnd;
  }
  return { events, anchorStarts, maxAnchorEnds, shapes, starts, ends };
}

/**
 * The positions of `anchors` in ascending, stable order (equal anchors keep their start-then-id
 * order), or null when they are in order already. Rows are nearly sorted (a point only passes
 * starts within half a day of its own), so an insertion sort moves few places; past a budget of
 * moves (an unusual row) it falls back to a full sort.
 */
function anchorOrder(anchors: Float64Array): Uint32Array | null {
  const count = anchors.length;
  let sorted = true;
  for (let i = 1; i < count && sorted; i++) sorted = anchors[i - 1]! <= anchors[i]!;
  if (sorted) return null;
  const order = new Uint32Array(count);
  for (let i = 0; i < count; i++) order[i] = i;
  let budget = 8 * count + 64;
  for (let i = 1; i < count; i++) {
    const moving = order[i]!;
    const anchor = anchors[moving]!;
    let j = i - 1;
    while (j >= 0 && anchors[order[j]!]! > anchor) {
      order[j + 1] = order[j]!;
      j--;
      if (--budget < 0) return Uint32Array.from(Array.from(anchors.keys()).sort((a, b) => anchors[a]! - anchors[b]!));
    }
    order[j + 1] = moving;
  }
  return order;
}

/** Where event `i` of a row is drawn from, in ms: a point with its radius, a span widened to its minimum width. */
function drawnLeft(row: RowEvents, i: number, radiusMs: number, minSpanMs: number): number {
  const start = row.starts[i]!;
  const end = row.ends[i]!;
  if (row.shapes[i] === POINT) return (start + end) / 2 - radiusMs;
  return end - start >= minSpanMs ? start : (start + end) / 2 - minSpanMs / 2;
}

/** Where event `i` of a row is drawn to, in ms (see `drawnLeft`). */
function drawnRight(row: RowEvents, i: number, radiusMs: number, minSpanMs: number): number {
  const start = row.starts[i]!;
  const end = row.ends[i]!;
  if (row.shapes[i] === POINT) return (start + end) / 2 + radiusMs;
  return end - start >= minSpanMs ? end : (start + end) / 2 + minSpanMs / 2;
}

/** Marks at least this wide on screen are never folded into a cluster. */
const WIDE_PX = 48;

/** Runs longer than this are extended by binary search instead of one event at a time. */
const LINEAR_RUN = 16;

/** A cluster's `skipped` when no long bar was set aside in its run (most clusters): one shared list. */
const NO_SKIPPED: readonly number[] = Object.freeze([]);

/**
 * The latest end among a cluster's members [i, j), less the set-aside bars: exact over the
 * first `LINEAR_RUN` members, and the row's running maximum for a longer run without set-aside
 * bars (its members were jumped over, not read).
 */
function clusterEndMs(row: RowEvents, i: number, j: number, skipped: readonly number[] | null): number {
  let endMs = skipped ? -Infinity : row.maxAnchorEnds[j - 1]!;
  const sampleEnd = Math.min(j, i + LINEAR_RUN);
  for (let k = i; k < sampleEnd; k++) if (!skipped?.includes(k)) endMs = Math.max(endMs, row.events[k]!.when.endMs);
  return endMs;
}

/**
 * What to draw for a window: per row, the events in view, with runs of events that would touch
 * on screen merged into clusters. It walks from group to group by binary search, so the cost
 * follows the number of items drawn, not the number of events: 100,000 events seen whole become
 * a few hundred clusters. Items carry their label room. With `includeRow`, only the rows it
 * accepts are laid out (a moving view lays out the rows near the screen); each row's items are
 * the same either way. Pure; an empty index gives [].
 */
export function layoutView(index: RowIndex, view: ViewWindow, options: ViewLayoutOptions, includeRow?: (row: number) => boolean): DrawItem[] {
  const { widthPx, marginPx, pointRadiusPx, clusterGapPx, minSpanPx } = options;
  const spanMs = view.endMs - view.startMs;
  if (!(widthPx > 0) || !(spanMs > 0)) return [];
  const pxPerMs = widthPx / spanMs;
  const x = (ms: number) => (ms - view.startMs) * pxPerMs;
  const radiusMs = (pointRadiusPx + clusterGapPx / 2) / pxPerMs;
  const minSpanMs = minSpanPx / pxPerMs;
  // No drawn extent reaches further than this beyond its anchors.
  const reachMs = Math.max(radiusMs, minSpanMs / 2);
  const wideMs = WIDE_PX / pxPerMs;
  const isWide = (row: RowEvents, i: number) => row.shapes[i] !== POINT && row.ends[i]! - row.starts[i]! >= wideMs;
  const place = (rowEvents: RowEvents, i: number, row: number) => placeMark(rowEvents.events[i]!, row, x, options, MARK_SHAPES[rowEvents.shapes[i]!]);
  const fromMs = view.startMs - marginPx / pxPerMs;
  const toMs = view.endMs + marginPx / pxPerMs;
  const items: DrawItem[] = [];
  for (let row = 0; row < index.count; row++) {
    if (includeRow && !includeRow(row)) continue;
    const rowEvents = index.row(row);
    const { events, anchorStarts, maxAnchorEnds } = rowEvents;
    const rowItems: DrawItem[] = [];
    let i = firstIndexAbove(maxAnchorEnds, fromMs - reachMs);
    const stop = firstIndexAbove(anchorStarts, toMs + reachMs);
    while (i < stop) {
      // The search starts at the first event whose running maximum reaches the view, so one
      // long period early in the row would otherwise drag every later event in; skip those that
      // end before the view (a cheap read of typed arrays, no mark placed).
      if (drawnRight(rowEvents, i, radiusMs, minSpanMs) < fromMs) {
        i++;
        continue;
      }
      // A long bar stays itself: marks drawn over it remain readable, while folding it into a
      // cluster would hide the period. Inside a run, long bars are set aside (`skipped`) so the
      // small marks on either side of one still merge.
      if (isWide(rowEvents, i)) {
        rowItems.push({ type: 'mark', mark: place(rowEvents, i, row) });
        i++;
        continue;
      }
      // [i, j) is the run; `right` where it is drawn to. Two marks join when they overlap on screen.
      // No closure or list per run: a zoom frame walks thousands of runs, most of one event.
      let j = i + 1;
      let right = drawnRight(rowEvents, i, radiusMs, minSpanMs);
      let skipped: number[] | null = null;
      while (j < events.length) {
        if (j - i >= LINEAR_RUN && anchorStarts[j]! - reachMs < right) {
          // A long run: jump past everything that starts within reach (may over-merge by a radius).
          j = Math.max(j + 1, firstIndexAbove(anchorStarts, right + reachMs));
          right = Math.max(right, maxAnchorEnds[j - 1]! + reachMs);
          continue;
        }
        // Rows are sorted by anchor, and a drawn left edge sits up to `reachMs` before its anchor:
        // look at every event starting within reach, not only the next one.
        let overlapping = -1;
        for (let k = j; k < events.length && anchorStarts[k]! - reachMs < right; k++) {
          if (drawnLeft(rowEvents, k, radiusMs, minSpanMs) < right) {
            overlapping = k;
            break;
          }
        }
        if (overlapping === -1) break;
        for (let k = j; k <= overlapping; k++) {
          if (isWide(rowEvents, k)) {
            rowItems.push({ type: 'mark', mark: place(rowEvents, k, row) });
            (skipped ??= []).push(k);
          } else {
            right = Math.max(right, drawnRight(rowEvents, k, radiusMs, minSpanMs));
          }
        }
        j = overlapping + 1;
      }
      const count = j - i - (skipped?.length ?? 0);
      if (count === 1) {
        rowItems.push({ type: 'mark', mark: place(rowEvents, i, row) });
      } else {
        const startMs = drawnLeft(rowEvents, i, radiusMs, minSpanMs);
        rowItems.push({
          type: 'cluster',
          cluster: {
            row, count, firstIndex: i, skipped: skipped ?? NO_SKIPPED,
            startMs: events[i]!.when.startMs,
            endMs: clusterEndMs(rowEvents, i, j, skipped),
            x0Px: x(startMs), x1Px: x(right), labelRoomPx: 0,
          },
        });
      }
      i = j;
    }
    // Set-aside bars were pushed before their run's cluster: label room needs left-to-right order.
    if (!isSortedByLeft(rowItems, pointRadiusPx)) rowItems.sort((a, b) => itemLeft(a, pointRadiusPx) - itemLeft(b, pointRadiusPx));
    setLabelRoom(rowItems, widthPx, pointRadiusPx);
    for (const item of rowItems) items.push(item);
  }
  return items;
}

/** The row an item is drawn in. */
export function itemRow(item: DrawItem): number {
  return item.type === 'mark' ? item.mark.row : item.cluster.row;
}

/** The events a cluster stands for, in start order. */
export function clusterMembers(index: RowIndex, cluster: Cluster): readonly TimelineEvent[] {
  const end = cluster.firstIndex + cluster.count + cluster.skipped.length;
  const events = index.row(cluster.row).events.slice(cluster.firstIndex, end);
  if (cluster.skipped.length === 0) return events;
  return events.filter((_, k) => !cluster.skipped.includes(cluster.firstIndex + k));
}

/** Ids of every event drawn, alone or inside a cluster. */
export function drawnEventIds(index: RowIndex, items: readonly DrawItem[]): string[] {
  const ids: string[] = [];
  for (const item of items) {
    if (item.type === 'mark') ids.push(item.mark.event.id);
    else for (const event of clusterMembers(index, item.cluster)) ids.push(event.id);
  }
  return ids;
}

function isSortedByLeft(items: readonly DrawItem[], pointRadiusPx: number): boolean {
  for (let k = 1; k < items.length; k++) if (itemLeft(items[k - 1]!, pointRadiusPx) > itemLeft(items[k]!, pointRadiusPx)) return false;
  return true;
}

function itemLeft(item: DrawItem, pointRadiusPx: number): number {
  return item.type === 'mark' ? markLeftPx(item.mark, pointRadiusPx) : item.cluster.x0Px;
}

/**
 * Room for each label in a row: up to the next item's left edge, or the view's right edge. The
 * items are this frame's own, just made, so the room is filled in place: copying thousands of
 * marks per zoom frame cost a third of the layout.
 */
function setLabelRoom(rowItems: readonly DrawItem[], widthPx: number, pointRadiusPx: number): void {
  for (let k = 0; k < rowItems.length; k++) {
    const item = rowItems[k]!;
    const next = rowItems[k + 1];
    const limit = Math.min(next ? itemLeft(next, pointRadiusPx) : widthPx, widthPx) - LABEL_GAP_PX;
    if (item.type === 'mark') (item.mark as { labelRoomPx: number }).labelRoomPx = Math.max(0, limit - item.mark.labelXPx);
    else (item.cluster as { labelRoomPx: number }).labelRoomPx = Math.max(0, limit - (item.cluster.x1Px + 4));
  }
}

/** First index whose value is > target (values sorted ascending); values.length if none. */
function firstIndexAbove(values: Float64Array, target: number): number {
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (values[mid]! <= target) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

