export interface FrameStats {
  /** Median rAF interval, ms. */
  readonly medianMs: number;
  /** 95th-percentile rAF interval, ms. */
  readonly p95Ms: number;
  /** Frames missed at 60 Hz, as a share of the frames there should have been. */
  readonly droppedShare: number;
}

export function frameStats(intervals: readonly number[]): FrameStats;
export function runZoomSteps(element: HTMLElement, afterStep: () => Promise<void>): Promise<void>;
export function timedZoomSteps(element: HTMLElement, markedFrame?: () => Promise<number>): Promise<FrameStats>;
