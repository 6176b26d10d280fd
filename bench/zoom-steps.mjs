// The zoom bench's steps and frame statistics, shared by the warm page (bench/bench-page.mjs) and
// the cold one (bench/cold-page.mjs), so both measure the same 60 steps the same way.

const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));

/** Median, p95 and dropped-frame share of rAF intervals (a 60 Hz frame is 16.7 ms). */
export function frameStats(intervals) {
  const sorted = [...intervals].sort((a, b) => a - b);
  const at = (q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
  const budget = 1000 / 60;
  let dropped = 0;
  for (const ms of intervals) dropped += Math.max(0, Math.round(ms / budget) - 1);
  return { medianMs: at(0.5), p95Ms: at(0.95), droppedShare: dropped / (dropped + intervals.length) };
}

/**
 * 60 programmatic zoom/pan steps through the public `zoomTo`, one per frame, between 1× and 10×
 * across the extent, calling `afterStep` once each step has been applied (it waits for the frame).
 */
export async function runZoomSteps(element, afterStep) {
  const [startMs, endMs] = element.shadowRoot.querySelector('at-chart').extent;
  const span = endMs - startMs;
  for (let i = 0; i < 60; i++) {
    const zoom = 1 + (i % 30) / 3;
    const width = span / zoom;
    const centre = startMs + span * (0.2 + 0.6 * (i / 60));
    await element.zoomTo(centre - width / 2, centre + width / 2);
    await afterStep();
  }
}

/** The 60 steps with each frame's rAF interval measured; `markedFrame` waits for (and may mark) a frame. */
export async function timedZoomSteps(element, markedFrame = frame) {
  const intervals = [];
  let last = await markedFrame();
  await runZoomSteps(element, async () => {
    const now = await markedFrame();
    intervals.push(now - last);
    last = now;
  });
  return frameStats(intervals);
}
