// Work per animation frame during the warm zoomTo steps, from a Chrome trace: dropped frames on a
// shared machine are mostly other jobs' load, while the thread time a frame's tasks took is not.
// The page marks each frame (`zoom-frame` user timing, in its rAF callback); every top-level task
// of a thread from the task holding one mark up to the task holding the next is that frame's work.

const CATEGORIES = ['toplevel', 'blink.user_timing', '__metadata'];
const TASK = /^(ThreadControllerImpl::RunTask|ThreadPool_RunTask|RunTask)$/;
/** Worker threads that rasterise the page's layers in software (GPU off); the canvas itself is drawn on the main thread. */
const RASTER_THREAD = /^ThreadPoolForegroundWorker/;

const quantile = (values, q) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length === 0 ? 0 : sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
};

/** Outermost task events of one thread, sorted by start (nested run loops count once). */
function topLevelTasks(events) {
  const tasks = events.filter((e) => e.ph === 'X' && TASK.test(e.name)).sort((a, b) => a.ts - b.ts);
  const outer = [];
  for (const task of tasks) {
    const last = outer[outer.length - 1];
    if (!last || task.ts >= last.ts + last.dur) outer.push(task);
  }
  return outer;
}

/** Per-frame sums of `tdur` (thread CPU, µs) and `dur` of the tasks starting in each [boundary, next boundary). */
function perFrame(tasks, boundaries) {
  const frames = boundaries.slice(0, -1).map(() => ({ cpu: 0, wall: 0 }));
  let frame = 0;
  for (const task of tasks) {
    while (frame < frames.length && task.ts >= boundaries[frame + 1]) frame++;
    if (frame >= frames.length) break;
    if (task.ts < boundaries[frame]) continue;
    frames[frame].cpu += task.tdur ?? task.dur;
    frames[frame].wall += task.dur;
  }
  return frames;
}

/**
 * Runs `steps` (which must call the page's marked zoom steps) under a trace and returns, per frame
 * between two marks: main-thread CPU ms (median, p95, mean), main-thread task wall ms (median,
 * p95) and raster threads' CPU ms (median, p95).
 */
export async function tracedFrameWork(page, steps) {
  await page.tracing.start({ categories: CATEGORIES });
  let result;
  let raw;
  try {
    result = await steps();
  } finally {
    raw = await page.tracing.stop();
  }
  const events = JSON.parse(Buffer.from(raw).toString('utf8')).traceEvents;
  const marks = events.filter((e) => e.name === 'zoom-frame' && e.cat?.includes('user_timing')).sort((a, b) => a.ts - b.ts);
  if (marks.length < 2) throw new Error('frame-work: the page left no zoom-frame marks in the trace');
  const { pid, tid } = marks[0];
  const main = topLevelTasks(events.filter((e) => e.pid === pid && e.tid === tid));
  // A frame begins with the task its mark falls in (the rAF callback runs inside it).
  const boundaries = marks.map((mark) => main.find((task) => task.ts <= mark.ts && mark.ts <= task.ts + task.dur)?.ts ?? mark.ts);
  const mainFrames = perFrame(main, boundaries);
  const rasterThreads = new Set(events.filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.pid === pid && RASTER_THREAD.test(e.args?.name ?? '')).map((e) => e.tid));
  const rasterFrames = boundaries.slice(0, -1).map(() => 0);
  for (const thread of rasterThreads) {
    perFrame(topLevelTasks(events.filter((e) => e.pid === pid && e.tid === thread)), boundaries).forEach((f, i) => (rasterFrames[i] += f.cpu));
  }
  const ms = (values) => values.map((us) => us / 1000);
  const cpu = ms(mainFrames.map((f) => f.cpu));
  const wall = ms(mainFrames.map((f) => f.wall));
  const raster = ms(rasterFrames);
  return {
    result,
    frames: cpu.length,
    mainCpuMs: { median: quantile(cpu, 0.5), p95: quantile(cpu, 0.95), mean: cpu.reduce((a, b) => a + b, 0) / cpu.length },
    mainWallMs: { median: quantile(wall, 0.5), p95: quantile(wall, 0.95) },
    rasterCpuMs: { median: quantile(raster, 0.5), p95: quantile(raster, 0.95) },
  };
}
