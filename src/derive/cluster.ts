import type { TimelineEvent } from '../model/types.ts';
import type { Mark } from './place.ts';

/** Marks of one row that sit too close to tell apart, drawn as one mark with a count. */
export interface Cluster {
  readonly row: number;
  readonly x0Px: number;
  readonly x1Px: number;
  readonly members: readonly TimelineEvent[];
  /** Room for the count label, up to the next item in the row. */
  readonly labelRoomPx: number;
}

export type DrawItem = { readonly type: 'mark'; readonly mark: Mark } | { readonly type: 'cluster'; readonly cluster: Cluster };

/**
 * Merges, row by row, marks whose drawn extents (points count their radius) come within
 * `gapPx` of each other into clusters; separate marks pass through. Pure and O(n log n); an
 * empty input gives []. Zooming in spreads marks apart, so clusters split by themselves.
 */
export function clusterMarks(marks: readonly Mark[], gapPx: number, pointRadiusPx: number): DrawItem[] {
  const byRow = new Map<number, Mark[]>();
  for (const mark of marks) {
    const list = byRow.get(mark.row);
    if (list) list.push(mark);
    else byRow.set(mark.row, [mark]);
  }
  const items: DrawItem[] = [];
  const left = (mark: Mark) => mark.x0Px - (mark.shape === 'point' ? pointRadiusPx : 0);
  const right = (mark: Mark) => mark.x1Px + (mark.shape === 'point' ? pointRadiusPx : 0);
  for (const [row, list] of byRow) {
    list.sort((a, b) => left(a) - left(b));
    let run: Mark[] = [];
    let runRight = -Infinity;
    const flush = () => {
      if (run.length === 1) items.push({ type: 'mark', mark: run[0]! });
      else if (run.length > 1) {
        const last = run[run.length - 1]!;
        items.push({
          type: 'cluster',
          cluster: {
            row,
            x0Px: Math.min(...run.map(left)),
            x1Px: runRight,
            members: run.map((mark) => mark.event),
            // The last member's room ends where the next item in the row starts.
            labelRoomPx: Math.max(0, last.labelXPx + last.labelRoomPx - (runRight + 4)),
          },
        });
      }
      run = [];
      runRight = -Infinity;
    };
    for (const mark of list) {
      if (run.length > 0 && left(mark) > runRight + gapPx) flush();
      run.push(mark);
      runRight = Math.max(runRight, right(mark));
    }
    flush();
  }
  return items;
}

/** The event time range covered by a cluster's members [startMs, endMs]. */
export function clusterRange(cluster: Cluster): [number, number] {
  let start = Infinity;
  let end = -Infinity;
  for (const event of cluster.members) {
    if (event.when.startMs < start) start = event.when.startMs;
    if (event.when.endMs > end) end = event.when.endMs;
  }
  return [start, end];
}
