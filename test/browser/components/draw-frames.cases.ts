import { expect } from '@open-wc/testing';
import { assertDataset } from '../../../src/model/parse-dataset.ts';
import { EVENT_KINDS, type EventKind, type TimelineEvent } from '../../../src/model/types.ts';
import { createRowIndex, layoutView } from '../../../src/derive/view-layout.ts';
import { DEFAULT_PLACE_OPTIONS } from '../../../src/derive/place.ts';
import { drawMarks, type CanvasTheme, type DrawInput } from '../../../src/components/chart/draw-marks.ts';
import { chartGeometry } from '../../../src/components/chart/chart.templates.ts';

// drawMarks keeps its lists of bars from frame to frame (they keep their room, so a zoom frame
// makes little garbage): a frame must paint exactly what it would on a canvas that never drew.

const WIDTH = 600;
const ROWS = 6;
const geometry = chartGeometry(12.5);
const rowCentrePx = (row: number) => 20 + row * geometry.rowPx;
const theme: CanvasTheme = {
  kind: Object.fromEntries(EVENT_KINDS.map((kind, i) => [kind, `hsl(${i * 50} 70% 40%)`])) as Record<EventKind, string>,
  text: '#111', muted: '#777', background: '#fff',
};

/** Events of the given kinds: rough dates, periods with rough ends, open starts and day-precise points. */
function events(count: number, kinds: readonly EventKind[], seed: number): readonly TimelineEvent[] {
  const month = (i: number) => `${2010 + (i % 8)}-${String(1 + ((i * 7 + seed) % 12)).padStart(2, '0')}`;
  const specs = Array.from({ length: count }, (_, i) => {
    const base = { id: `e${seed}-${i}`, title: `E${i}`, kind: kinds[i % kinds.length], description: 'Test.', actors: [], victims: [], sources: ['s1'] };
    if (i % 4 === 0) return { ...base, start: month(i), end: `${2011 + (i % 8)}`, ...(i % 8 === 0 ? { openStart: true } : {}) };
    if (i % 4 === 1) return { ...base, date: month(i) };
    return { ...base, date: `${month(i)}-${String(1 + (i % 27)).padStart(2, '0')}` };
  });
  return assertDataset({ version: 1, title: 'Frames', actors: [], victims: [], sources: [{ id: 's1', title: 'A source', publisher: 'Someone', kind: 'news', claims: ['Something.'] }], events: specs }).events;
}

function frame(list: readonly TimelineEvent[], startYear: number, endYear: number): DrawInput {
  const rows = Array.from({ length: ROWS }, (): TimelineEvent[] => []);
  list.forEach((event, i) => rows[i % ROWS]!.push(event));
  const index = createRowIndex({ rows });
  const view = { startMs: Date.UTC(startYear, 0, 1), endMs: Date.UTC(endYear, 0, 1), widthPx: WIDTH };
  const items = layoutView(index, view, { ...DEFAULT_PLACE_OPTIONS, widthPx: WIDTH, clusterGapPx: 2 });
  return { items, arcs: [], rowCentrePx, geometry, theme, widthPx: WIDTH, band: { topPx: 0, bottomPx: rowCentrePx(ROWS) }, labels: [], font: '12.5px sans-serif', callouts: [] };
}

function canvas(): CanvasRenderingContext2D {
  const element = document.createElement('canvas');
  element.width = WIDTH;
  element.height = rowCentrePx(ROWS);
  return element.getContext('2d', { willReadFrequently: true })!;
}

/** drawMarks from a new instance of its module: lists that have never held a frame. */
async function freshDrawMarks(n: number): Promise<typeof drawMarks> {
  const url = `${new URL('../../../src/components/chart/draw-marks.ts', import.meta.url).href}?instance=${n}`;
  return ((await import(/* @vite-ignore */ url)) as { drawMarks: typeof drawMarks }).drawMarks;
}

const pixels = (context: CanvasRenderingContext2D) => context.getImageData(0, 0, context.canvas.width, context.canvas.height).data;

describe('drawMarks across frames', () => {
  it('paints a small frame after a large one exactly as a module that never drew does, whatever kinds each holds', async () => {
    const large = frame(events(400, EVENT_KINDS, 1), 2011, 2013);
    const smaller = [
      frame(events(30, [EVENT_KINDS[2]!, EVENT_KINDS[0]!], 2), 2010, 2014),
      frame(events(12, [EVENT_KINDS[1]!], 3), 2012, 2013),
      frame(events(0, [EVENT_KINDS[0]!], 4), 2012, 2013),
    ];
    for (const [n, next] of smaller.entries()) {
      const reused = canvas();
      drawMarks(reused, large);
      drawMarks(reused, next);
      const fresh = canvas();
      (await freshDrawMarks(n))(fresh, next);
      const [a, b] = [pixels(reused), pixels(fresh)];
      let differing = 0;
      for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) differing++;
      expect(differing, `${next.items.length} items after ${large.items.length}`).to.equal(0);
    }
    // The frames paint ink (the comparison is not between two blank canvases).
    for (const input of [large, smaller[0]!]) {
      const context = canvas();
      drawMarks(context, input);
      expect(input.items.length, 'items').to.be.greaterThan(0);
      expect(pixels(context).filter((value, i) => i % 4 === 3 && value > 0).length, 'inked pixels').to.be.greaterThan(100);
    }
  });
});
