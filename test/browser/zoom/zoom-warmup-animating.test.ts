// The zoom warm-up (src/components/chart/zoom-warmup.ts) stays away from an animated move that
// has been asked for but has not moved the view yet: here a + button zoom waits for the gesture
// code, which the test server holds back (zoom-chunk-middleware.mjs), past the moment the
// warm-up would run. Its own file: the gesture code must not have been loaded by another test.
import { expect, nextFrame } from '@open-wc/testing';
import { generateDataset } from '../../../bench/generate-dataset.mjs';
import { chartOf, placeTimeline, waitMs } from '../harness/timeline-harness.ts';
import { holdChunkDuringSuite, releaseHeldChunks } from '../harness/chunk-hold.ts';
import { untilFrame } from '../harness/canvas-ink.ts';
import { recordPaints, sameWindow } from '../harness/paint-recorder.ts';
import { zoomCodeLoaded } from './zoom-paths.ts';

describe('the zoom warm-up and an animated move under way', () => {
  holdChunkDuringSuite('zoom');

  it('paints no zoomed frame of its own while the move waits, and the move then lands where it was going', async function () {
    this.timeout(30_000);
    let clicked = false;
    // The + button is pressed right after the first paint, before the chart settles or the page is idle.
    const recorder = recordPaints((_, chart) => {
      if (clicked) return;
      clicked = true;
      queueMicrotask(() => (chart.shadowRoot!.querySelector('.zoom-in') as HTMLButtonElement).click());
    });
    try {
      const { element, wrapper } = await placeTimeline({ data: generateDataset(2000) });
      const chart = chartOf(element)!;
      expect(clicked, 'pressed after the first paint').to.equal(true);
      const home = chart.visibleWindow;
      const spanMs = home.endMs - home.startMs;
      expect(zoomCodeLoaded(), 'the gesture code is held back').to.equal(false);
      // Past the settle (200 ms after the first paint) and the idle moment after it.
      for (let i = 0; i < 30; i++) await nextFrame();
      await waitMs(600);
      expect(recorder.paints.filter((paint) => !sameWindow(paint, home)), 'no zoomed frame painted while the move waits').to.deep.equal([]);
      expect(chart.visibleWindow).to.deep.equal(home);
      await releaseHeldChunks();
      await untilFrame(() => Math.abs(chart.visibleWindow.endMs - chart.visibleWindow.startMs - spanMs / 2) < spanMs / 1000);
      await waitMs(400);
      const { startMs, endMs } = chart.visibleWindow;
      expect(endMs - startMs, 'zoomed in twice over, as the button asked').to.be.closeTo(spanMs / 2, spanMs / 1000);
      wrapper.remove();
    } finally {
      recorder.stop();
    }
  });
});
