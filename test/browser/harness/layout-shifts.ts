/**
 * Watching the page's layout shifts. Chrome reports none for half a second after the window
 * changes size (a test's `setViewport`), so a watch begun sooner could never fail: `watchLayoutShifts`
 * waits that out first.
 */
import { waitMs } from './timeline-harness.ts';

type Shift = PerformanceEntry & { value: number; hadRecentInput: boolean };

/** Chrome's quiet time after a resize (500 ms), with a margin. */
const AFTER_RESIZE_MS = 600;
let resizedAt = -Infinity;
addEventListener('resize', () => {
  resizedAt = performance.now();
});

/**
 * Starts recording layout shifts not caused by input, once Chrome would report them; the returned
 * function stops and gives each as "score at time".
 */
export async function watchLayoutShifts(): Promise<() => string[]> {
  const quietMs = resizedAt + AFTER_RESIZE_MS - performance.now();
  if (quietMs > 0) await waitMs(quietMs);
  const shifts: string[] = [];
  const record = (entries: PerformanceEntryList) => {
    for (const entry of entries as Shift[]) if (!entry.hadRecentInput) shifts.push(`${entry.value.toFixed(4)} at ${Math.round(entry.startTime)} ms`);
  };
  const observer = new PerformanceObserver((list) => record(list.getEntries()));
  observer.observe({ type: 'layout-shift' });
  return () => {
    record(observer.takeRecords());
    observer.disconnect();
    return shifts;
  };
}
