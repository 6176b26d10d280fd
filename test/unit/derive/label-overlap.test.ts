// Labels never overlap: on dense generated data, at many zoom levels and widths, every label's
// box (its start plus the room it is given) ends before the next item in its row begins, and
// rows are laid out one per line, so no two labels or a label and a mark can collide.
import { describe, expect, it } from 'vitest';
import { generateDataset } from '../../../bench/generate-dataset.mjs';
import { parseDataset } from '../../../src/model/parse-dataset.ts';
import { assignLanes } from '../../../src/derive/lanes.ts';
import { createRowIndex, layoutView, type DrawItem } from '../../../src/derive/view-layout.ts';
import { DEFAULT_PLACE_OPTIONS, LABEL_GAP_PX, fitLabel, markLeftPx } from '../../../src/derive/place.ts';
import { datasetExtent } from '../../../src/scales/time-scale.ts';
import type { Actor } from '../../../src/model/types.ts';

const AVERAGE_CHAR_PX = 6.6;

function left(item: DrawItem): number {
  return item.type === 'mark' ? markLeftPx(item.mark, DEFAULT_PLACE_OPTIONS.pointRadiusPx) : item.cluster.x0Px;
}

describe('label layout on dense data', () => {
  const result = parseDataset(generateDataset(3000));
  if (!result.ok) throw new Error('generated dataset must parse');
  const { dataset } = result;
  const extent = datasetExtent(dataset.events);
  const actors = new Map<string, Actor>(dataset.actors.map((actor) => [actor.id, actor]));
  const lanes = assignLanes(dataset.events, { groupBy: 'actor', actors, victims: new Map(), minGapMs: (extent[1] - extent[0]) / 60, maxRowsPerGroup: 16 });
  const index = createRowIndex(lanes);

  for (const widthPx of [320, 800, 1280, 3840]) {
    for (const zoom of [1, 4, 32, 256]) {
      it(`leaves every label clear of the next item at ${widthPx} px, zoom ×${zoom}`, () => {
        const span = (extent[1] - extent[0]) / zoom;
        const startMs = extent[0] + (extent[1] - extent[0] - span) * 0.4;
        const items = layoutView(index, { startMs, endMs: startMs + span, widthPx }, { ...DEFAULT_PLACE_OPTIONS, widthPx, clusterGapPx: 0 });
        const byRow = new Map<number, DrawItem[]>();
        for (const item of items) {
          const row = item.type === 'mark' ? item.mark.row : item.cluster.row;
          byRow.set(row, [...(byRow.get(row) ?? []), item]);
        }
        let labelled = 0;
        for (const rowItems of byRow.values()) {
          rowItems.forEach((item, k) => {
            if (item.type !== 'mark') return;
            const text = fitLabel(item.mark.event.title, item.mark.labelRoomPx, AVERAGE_CHAR_PX);
            if (!text) return;
            labelled++;
            const labelEnd = item.mark.labelXPx + text.length * AVERAGE_CHAR_PX;
            const next = rowItems[k + 1];
            const limit = next ? left(next) : widthPx;
            expect(labelEnd).toBeLessThanOrEqual(Math.min(limit, widthPx) - LABEL_GAP_PX + 1e-6);
          });
          // Items in a row never overlap each other either, long bars aside: those are kept whole
          // on purpose (marks drawn over them stay readable; see layoutView).
          const wide = (item: DrawItem) => item.type === 'mark' && item.mark.x1Px - item.mark.x0Px >= 48;
          const small = rowItems.filter((item) => !wide(item));
          for (let k = 1; k < small.length; k++) {
            const prev = small[k - 1]!;
            const prevRight = prev.type === 'mark' ? prev.mark.x1Px + (prev.mark.shape === 'point' ? DEFAULT_PLACE_OPTIONS.pointRadiusPx : 0) : prev.cluster.x1Px;
            expect(left(small[k]!)).toBeGreaterThanOrEqual(prevRight - 1e-6);
          }
        }
        if (zoom >= 32) expect(labelled).toBeGreaterThan(0);
      });
    }
  }
});
