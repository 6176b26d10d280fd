/**
 * The zoom gesture code (d3-zoom, src/controllers/zoom-gestures.ts; in the embed
 * attack-timeline-zoom.js) on a cold page: not fetched before the first frame with marks, then
 * fetched when the page is idle, with no input at all. This file must stay the first in its page to
 * load the chart (web-test-runner gives each test file a fresh page).
 */
import { expect } from '@open-wc/testing';
import smallJson from '../../fixtures/small.json';
import { chartOf, type AttackTimeline, placeTimeline, type FixtureDataset } from '../harness/timeline-harness.ts';

const small = smallJson as unknown as FixtureDataset;
const GESTURE_CODE = /\/src\/controllers\/zoom-gestures\.ts|\/d3-zoom\//;

/** Start times (ms since navigation) of the gesture code's requests so far. */
function gestureRequests(): number[] {
  return performance.getEntriesByType('resource').filter((entry) => GESTURE_CODE.test(new URL(entry.name).pathname)).map((entry) => entry.startTime);
}

/** Resolves with the time of the first animation frame in which the chart has marks drawn. */
async function firstFrameWithMarks(element: AttackTimeline): Promise<number> {
  for (let frame = 0; frame < 600; frame++) {
    const now = await new Promise<number>((resolve) => requestAnimationFrame(() => resolve(performance.now())));
    if ((chartOf(element)?.drawnItems.length ?? 0) > 0) return now;
  }
  throw new Error('no marks drawn in 600 frames');
}

describe('zoom gesture code on a cold page', () => {
  before(() => {
    performance.setResourceTimingBufferSize(5000);
  });

  it('is requested only after the first frame with marks, and then without any input', async () => {
    expect(gestureRequests(), 'gesture code fetched before the element was created').to.deep.equal([]);
    const { element, wrapper } = await placeTimeline({ data: small, widthPx: 900, settled: false });
    const firstFrame = await firstFrameWithMarks(element);
    let requests = gestureRequests();
    for (let i = 0; i < 100 && requests.length === 0; i++) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      requests = gestureRequests();
    }
    expect(requests.length, 'the gesture code was fetched when idle').to.be.above(0);
    expect(Math.min(...requests), `first request at ${Math.min(...requests)} ms, first frame at ${firstFrame} ms`).to.be.at.least(firstFrame);
    wrapper.remove();
  });

  it('zooms by Ctrl+wheel, keys, buttons and zoomTo once it has loaded', async () => {
    const { element, wrapper } = await placeTimeline({ data: small });
    const { checkZoomPaths } = await import('./zoom-paths.ts');
    await checkZoomPaths(element, { animated: true });
    wrapper.remove();
  });
});
