/**
 * Zooming before the gesture code has arrived (the test server holds src/controllers/zoom-gestures.ts
 * back until the test releases it; see zoom-chunk-middleware.mjs): no gesture is lost. A Ctrl+wheel,
 * a mouse drag, keyboard panning and a pinch act at once through our own transform math; a button or key zoom
 * waits for the code, then animates as usual. Then every path once it has loaded.
 */
import { expect } from '@open-wc/testing';
import smallJson from '../../fixtures/small.json';
import { chartOf, nextEvent, renderWithData, svgOf, wheel, zoomButton, type FixtureDataset } from '../harness/timeline-harness.ts';
import { holdChunkDuringSuite, releaseHeldChunks } from '../harness/chunk-hold.ts';
import { checkZoomPaths, pressKey, span, zoomCodeLoaded } from './zoom-paths.ts';

const small = smallJson as unknown as FixtureDataset;

describe('zoom before the gesture code has loaded', () => {
  holdChunkDuringSuite('zoom');

  it('takes a Ctrl+wheel, a drag, keyboard panning, a pinch and a queued + button, losing none', async () => {
    const element = await renderWithData(small);
    expect(zoomCodeLoaded()).to.equal(false);
    const full = span(element.view);

    let changed = nextEvent<{ startMs: number; endMs: number }>(element, 'at-view-change');
    const event = wheel(element, 500, -100, { ctrlKey: true });
    expect(event.defaultPrevented).to.equal(true);
    expect(span(element.view), 'the wheel zooms at once').to.be.closeTo(full / 1.5, full * 0.005);
    expect((await changed).detail.endMs - (await changed).detail.startMs).to.be.closeTo(full / 1.5, full * 0.005);
    expect(zoomCodeLoaded()).to.equal(false);

    // A drag to the right shows earlier times, keeping the zoom.
    const svg = svgOf(element);
    const box = svg.getBoundingClientRect();
    const startBefore = element.view.startMs;
    changed = nextEvent(element, 'at-view-change');
    svg.dispatchEvent(new MouseEvent('mousedown', { clientX: box.left + 500, clientY: box.top + 60, button: 0, bubbles: true, composed: true, view: window }));
    window.dispatchEvent(new MouseEvent('mousemove', { clientX: box.left + 560, clientY: box.top + 60, bubbles: true, view: window }));
    window.dispatchEvent(new MouseEvent('mouseup', { clientX: box.left + 560, clientY: box.top + 60, bubbles: true, view: window }));
    await changed;
    const msPerPx = span(element.view) / box.width;
    expect(element.view.startMs, 'the drag pans').to.be.closeTo(startBefore - 60 * msPerPx, 2 * msPerPx);
    expect(span(element.view)).to.be.closeTo(full / 1.5, full * 0.005);

    const panStart = element.view.startMs;
    changed = nextEvent(element, 'at-view-change');
    pressKey(element, 'ArrowRight', { shiftKey: true });
    await changed;
    expect(element.view.startMs, 'Shift+→ pans later').to.be.above(panStart);
    expect(zoomCodeLoaded()).to.equal(false);

    // Two fingers spread from 100 to 200 px apart: ×2.
    const pinchFrom = span(element.view);
    changed = nextEvent(element, 'at-view-change');
    const fingers = (points: [number, number][]) => points.map(([x, y], identifier) => new Touch({ identifier, target: svg, clientX: box.left + x, clientY: box.top + y }));
    const touch = (type: string, points: [number, number][], touches = fingers(points)) => svg.dispatchEvent(new TouchEvent(type, { touches, changedTouches: fingers(points), bubbles: true, cancelable: true, composed: true }));
    touch('touchstart', [[450, 60], [550, 60]]);
    touch('touchmove', [[425, 60], [575, 60]]);
    touch('touchmove', [[400, 60], [600, 60]]);
    touch('touchend', [[400, 60], [600, 60]], []);
    await changed;
    expect(span(element.view), 'the pinch').to.be.closeTo(pinchFrom / 2, pinchFrom * 0.005);
    expect(zoomCodeLoaded()).to.equal(false);

    // The button's zoom waits for the code (it animates), so nothing moves yet, and nothing is lost.
    const queuedFrom = span(element.view);
    changed = nextEvent(element, 'at-view-change');
    zoomButton(element, 'zoom-in').click();
    for (let frame = 0; frame < 5; frame++) await new Promise((resolve) => requestAnimationFrame(resolve));
    expect(span(element.view), 'waiting for the code').to.equal(queuedFrom);
    const released = await releaseHeldChunks();
    expect(released, 'the gesture code was being fetched').to.equal(1);
    document.cookie = 'zoom-chunk=; path=/; max-age=0';
    await changed;
    expect(span(element.view), 'the + button, once the code is here').to.be.closeTo(queuedFrom / 2, queuedFrom * 0.005);
    expect(zoomCodeLoaded()).to.equal(true);
    expect(element.shadowRoot!.querySelector('.error')).to.equal(null);
  });

  it('then zooms by Ctrl+wheel, keys, buttons and animated zoomTo', async () => {
    const element = await renderWithData(small);
    expect(chartOf(element)!.drawnItems.length).to.be.above(0);
    await checkZoomPaths(element, { animated: true });
  });
});
