/**
 * A gesture begun before the gesture code has arrived, and going on after it arrives, ends exactly
 * once: one at-view-change per gesture (none for the programmatic zoomTo), never one from our own
 * transform math and another from d3-zoom. The test server holds src/controllers/zoom-gestures.ts
 * back until the test releases it (see zoom-chunk-middleware.mjs); every gesture starts on its own
 * element while the code is held, the code is released, and each gesture then goes on and ends.
 */
import { expect } from '@open-wc/testing';
import smallJson from '../../fixtures/small.json';
import { renderWithData, svgOf, waitMs, wheel, type AttackTimeline, type FixtureDataset } from '../harness/timeline-harness.ts';
import { holdChunkDuringSuite, releaseHeldChunks } from '../harness/chunk-hold.ts';
import { pressKey, span, zoomCodeLoaded } from './zoom-paths.ts';
import { until } from '../harness/until.ts';

const small = smallJson as unknown as FixtureDataset;

/** A wheel gesture ends this long after its last notch, in our controller and in d3-zoom alike. */
const WHEEL_END_MS = 150;

/**
 * Holds every wheel-end timer (a setTimeout of WHEEL_END_MS) until `rest()`: the wheel rests when
 * the test says so, not when a loaded machine happens to leave 150 ms between two notches (the
 * notches were 40 ms apart, and under load a gap grew past 150 ms and ended a gesture early).
 * Timers cleared meanwhile (a later notch restarts the wait) are dropped as the browser would.
 * `rest()` runs the timers still pending, in order, and puts setTimeout back.
 */
function holdWheelEnds(): { rest: () => void } {
  const { setTimeout: realSet, clearTimeout: realClear } = window;
  const held = new Map<number, () => void>();
  let next = -1;
  window.setTimeout = ((handler: TimerHandler, delay?: number, ...args: unknown[]) => {
    if (delay !== WHEEL_END_MS || typeof handler !== 'function') return realSet(handler, delay, ...args);
    const id = next--;
    held.set(id, () => handler(...args));
    return id;
  }) as typeof window.setTimeout;
  window.clearTimeout = ((id?: number) => (id !== undefined && held.delete(id)) || realClear(id)) as typeof window.clearTimeout;
  return {
    rest: () => {
      window.setTimeout = realSet;
      window.clearTimeout = realClear;
      for (const end of held.values()) end();
      held.clear();
    },
  };
}

/** Counts the at-view-change events `element` fires from now on. */
function countViewChanges(element: AttackTimeline): { readonly count: number } {
  const counter = { count: 0 };
  element.addEventListener('at-view-change', () => counter.count++);
  return counter;
}

function mouse(element: AttackTimeline, type: 'mousedown' | 'mousemove' | 'mouseup', xPx: number): void {
  const svg = svgOf(element);
  const box = svg.getBoundingClientRect();
  const init = { clientX: box.left + xPx, clientY: box.top + 60, button: 0, bubbles: true, composed: true, cancelable: true, view: window };
  (type === 'mousedown' ? svg : window).dispatchEvent(new MouseEvent(type, init));
}

describe('a gesture begun before the gesture code arrives', () => {
  holdChunkDuringSuite('zoom');

  it('ends once, whatever the gesture: Ctrl+wheel, sideways wheel, mouse drag, + and − keys, zoomTo', async () => {
    const names = ['ctrl-wheel', 'sideways-wheel', 'drag', 'plus-key', 'minus-key', 'zoomTo'] as const;
    const elements = new Map<(typeof names)[number], AttackTimeline>();
    for (const name of names) elements.set(name, await renderWithData(small));
    expect(zoomCodeLoaded(), 'the code is held back').to.equal(false);
    const counters = new Map([...elements].map(([name, element]) => [name, countViewChanges(element)]));
    const full = span(elements.get('ctrl-wheel')!.view);
    const el = (name: (typeof names)[number]) => elements.get(name)!;

    // Each gesture begins while the code is held back.
    const wheels = holdWheelEnds();
    wheel(el('ctrl-wheel'), 500, -100, { ctrlKey: true });
    wheel(el('sideways-wheel'), 500, 0, { deltaX: 120 });
    mouse(el('drag'), 'mousedown', 500);
    mouse(el('drag'), 'mousemove', 530);
    pressKey(el('plus-key'), '+');
    pressKey(el('minus-key'), '-');
    await el('zoomTo').updateComplete;
    const zoomTo = el('zoomTo').zoomTo('2016-01-01', '2018-01-01');
    expect(span(el('ctrl-wheel').view), 'the first notch zoomed at once').to.be.closeTo(full / 1.5, full * 0.005);

    // The code is released while the wheels turn and the mouse moves: each gesture goes on, one
    // event every 40 ms (the wheels' ends held, so no gap ends them), until the + key's animated
    // zoom, which waits for the code, has ended; so every gesture was under way when the code took over.
    const released = await releaseHeldChunks();
    expect(released, 'the gesture code was being fetched').to.equal(1);
    document.cookie = 'zoom-chunk=; path=/; max-age=0';
    let steps = 0;
    for (; steps < 200 && counters.get('plus-key')!.count === 0; steps++) {
      await waitMs(40);
      wheel(el('ctrl-wheel'), 500, steps % 2 === 0 ? 100 : -100, { ctrlKey: true });
      wheel(el('sideways-wheel'), 500, 0, { deltaX: steps % 2 === 0 ? -120 : 120 });
      mouse(el('drag'), 'mousemove', 530 + (steps % 2) * 20);
    }
    expect(zoomCodeLoaded() && counters.get('plus-key')!.count, 'the code arrived and the + key zoomed').to.equal(1);
    expect(counters.get('ctrl-wheel')!.count, 'the Ctrl+wheel has not ended yet').to.equal(0);
    mouse(el('drag'), 'mouseup', 560);
    await zoomTo;
    // The wheels rest: each wheel gesture's end runs now (a second end, ours or d3-zoom's, would too).
    wheels.rest();
    // The − key's zoom ends when its animation (300 ms) has run: wait for it by steps, then a few frames more.
    await until(() => counters.get('minus-key')!.count !== 0, "the minus key's zoom");
    for (let i = 0; i < 5; i++) await new Promise((resolve) => requestAnimationFrame(resolve));

    for (const name of names) expect(counters.get(name)!.count, `${name}: at-view-change events`).to.equal(name === 'zoomTo' ? 0 : 1);
    // The first notch zoomed in; then out, in, out… one notch each step: every notch counted once.
    expect(span(el('ctrl-wheel').view), 'the wheel zoomed notch by notch').to.be.closeTo(steps % 2 === 0 ? full / 1.5 : full, full * 0.005);
    expect(span(el('plus-key').view), 'the + key').to.be.closeTo(full / 2, full * 0.005);
    expect(el('zoomTo').view.startMs).to.equal(Date.UTC(2016, 0, 1));
  });
});
