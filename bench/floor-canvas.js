// The floor of the cold measure: a plain canvas with no library, measured exactly as the embed is
// (bench/cold.mjs inserts it in place of dist/attack-timeline.js). It defines `<attack-timeline>` as
// a bare custom element that reads the same generated data, places each event on a time axis in
// greedy rows and paints a bar and its title per event on one canvas. No validation, no text
// fitting, no controls, no accessibility: what is left is what any page pays on this machine to
// fetch a script, run it and show a canvas, which bounds the cold budgets from below.

const WIDTH = 1280;
const ROW_PX = 18;
const DAY_MS = 86_400_000;
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

/** First and last instant of an event's `date` ("2012", "2012-05", "2012-05-03", "2012-spring") or `start`/`end`. */
function span(event) {
  const from = event.start ?? event.date;
  const to = event.end ?? event.date;
  // A day only in a full date: "2012-early" is ten characters long too.
  const day = (text, fallback) => (/^\d{4}-\d{2}-\d{2}$/.test(text) ? Number(text.slice(8)) : fallback);
  const first = Date.UTC(Number(from.slice(0, 4)), from.length >= 7 && /\d/.test(from[5]) ? Number(from.slice(5, 7)) - 1 : 0, day(from, 1));
  const last = Date.UTC(Number(to.slice(0, 4)), to.length >= 7 && /\d/.test(to[5]) ? Number(to.slice(5, 7)) - 1 : 11, day(to, 28));
  return [first, Math.max(last, first + DAY_MS)];
}

class FloorTimeline extends HTMLElement {
  connectedCallback() {
    const events = this.data.events.map((event) => ({ id: event.id, title: event.title, span: span(event) })).sort((a, b) => a.span[0] - b.span[0]);
    const min = events[0].span[0];
    const max = Math.max(...events.map((event) => event.span[1]));
    const x = (t) => ((t - min) / (max - min)) * (WIDTH - 200);
    // Greedy rows: each event goes in the row that ended earliest, if that row ended before it (a
    // heap of row ends keeps this O(n log rows)); only the rows on the first screen are painted.
    const heap = [];
    let rowCount = 0;
    const placed = events.map((event) => {
      const left = x(event.span[0]);
      const width = Math.max(x(event.span[1]) - left, 4);
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
    this.append(canvas);
    // What the cold page polls to know the marks are drawn.
    this.view = { visibleIds: placed.filter((p) => p.row < rows).map((p) => p.event.id) };
  }
}

customElements.define('attack-timeline', FloorTimeline);
