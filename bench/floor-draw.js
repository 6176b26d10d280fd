// The drawing both floors share (bench/floor-canvas.js, bench/checked-floor.js): events placed on a
// time axis in greedy rows, a bar and a title painted per event on the first screen, on one canvas.
// No text fitting, controls or accessibility.

const WIDTH = 1280;
const ROW_PX = 18;
const SCREEN_ROWS = 40;

function pushRow(heap, item) {
  heap.push(item);
  for (let i = heap.length - 1; i > 0; ) {
    const parent = (i - 1) >> 1;
    if (heap[parent].end <= heap[i].end) break;
    [heap[parent], heap[i]] = [heap[i], heap[parent]];
    i = parent;
  }
}

function popMin(heap) {
  const top = heap[0];
  const last = heap.pop();
  if (heap.length > 0) {
    heap[0] = last;
    for (let i = 0; ; ) {
      const left = 2 * i + 1;
      const smaller = left + 1 < heap.length && heap[left + 1].end < heap[left].end ? left + 1 : left;
      if (smaller >= heap.length || heap[i].end <= heap[smaller].end) break;
      [heap[smaller], heap[i]] = [heap[i], heap[smaller]];
      i = smaller;
    }
  }
  return top;
}

/**
 * Draws `items` ({ id, title, startMs, endMs }) into `host` and sets `host.view.visibleIds`, which
 * the cold page polls to know the marks are drawn.
 */
export function drawFloor(host, items) {
  const events = [...items].sort((a, b) => a.startMs - b.startMs);
  const min = events[0].startMs;
  const max = Math.max(...events.map((event) => event.endMs));
  const x = (t) => ((t - min) / (max - min)) * (WIDTH - 200);
  // Greedy rows: each event goes in the row that ended earliest, if that row ended before it (a
  // heap of row ends keeps this O(n log rows)); only the rows on the first screen are painted.
  const heap = [];
  let rowCount = 0;
  const placed = events.map((event) => {
    const left = x(event.startMs);
    const width = Math.max(x(event.endMs) - left, 4);
    const row = heap.length > 0 && heap[0].end < left ? popMin(heap).row : rowCount++;
    pushRow(heap, { end: left + width + 160, row });
    return { event, left, width, row };
  });
  const rows = Math.min(rowCount, SCREEN_ROWS);
  const canvas = document.createElement('canvas');
  const ratio = devicePixelRatio;
  canvas.width = WIDTH * ratio;
  canvas.height = rows * ROW_PX * ratio;
  canvas.style.width = `${WIDTH}px`;
  canvas.style.height = `${rows * ROW_PX}px`;
  const context = canvas.getContext('2d');
  context.scale(ratio, ratio);
  context.font = '12px sans-serif';
  context.textBaseline = 'middle';
  for (const { event, left, width, row } of placed) {
    if (row >= rows) continue;
    context.fillStyle = '#3b6ea5';
    context.fillRect(left, row * ROW_PX + 4, width, ROW_PX - 8);
    context.fillStyle = '#222';
    context.fillText(event.title, left + width + 4, row * ROW_PX + ROW_PX / 2, 150);
  }
  host.append(canvas);
  host.view = { visibleIds: placed.filter((p) => p.row < rows).map((p) => p.event.id) };
}
