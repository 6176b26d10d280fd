/**
 * Every way to zoom, checked on an element as it is (gesture code loaded or missing): zoomTo lands
 * on its window, a Ctrl+wheel notch zooms ×1.5, the "+" key ×2 and the "−" button ×½, each
 * reporting the window with at-view-change, and Fit goes back to the whole extent (animated when
 * the gesture code is there, in one jump without it).
 */
import { expect } from '@open-wc/testing';
import { moduleFetched } from '../harness/chunk-hold.ts';
import { chartOf, nextEvent, svgOf, wheel, zoomButton, type AttackTimeline } from '../harness/timeline-harness.ts';

const DAY_MS = 86_400_000;
export const span = (view: { startMs: number; endMs: number }) => view.endMs - view.startMs;

/** Whether the page has fetched the gesture code (src/controllers/zoom-gestures.ts). */
export const zoomCodeLoaded = () => moduleFetched('/src/controllers/zoom-gestures.ts');

/** Presses a key on the chart's SVG layer, where its keyboard handling listens. */
export function pressKey(element: AttackTimeline, key: string, init: KeyboardEventInit = {}): void {
  svgOf(element).dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, composed: true, cancelable: true, ...init }));
}

/** Runs `move` and resolves with the distinct windows the chart drew until the view rests (10 still frames). */
async function windowsDrawn(element: AttackTimeline, move: () => unknown): Promise<number> {
  const chart = chartOf(element)!;
  const seen = new Set<string>();
  const onInput = (event: Event) => {
    const { startMs, endMs } = (event as CustomEvent<{ startMs: number; endMs: number }>).detail;
    seen.add(`${startMs}:${endMs}`);
  };
  chart.addEventListener('at-view-input', onInput);
  await move();
  for (let still = 0, frame = 0, last = seen.size; still < 10 && frame < 600; frame++) {
    await new Promise((resolve) => requestAnimationFrame(resolve));
    still = seen.size === last ? still + 1 : 0;
    last = seen.size;
  }
  chart.removeEventListener('at-view-input', onInput);
  return seen.size;
}

export async function checkZoomPaths(element: AttackTimeline, { animated }: { animated: boolean }): Promise<void> {
  const full = element.view;
  await windowsDrawn(element, () => element.zoomTo('2016-01', '2017-06'));
  expect(element.view.startMs, 'zoomTo').to.be.closeTo(Date.UTC(2016, 0, 1), 2 * DAY_MS);
  expect(element.view.endMs, 'zoomTo').to.be.within(Date.UTC(2017, 5, 1), Date.UTC(2017, 6, 2));

  let before = span(element.view);
  let changed = nextEvent(element, 'at-view-change');
  const event = wheel(element, 500, -100, { ctrlKey: true });
  expect(event.defaultPrevented, 'the Ctrl+wheel is taken from the page').to.equal(true);
  await changed;
  expect(span(element.view), 'a Ctrl+wheel notch').to.be.closeTo(before / 1.5, before * 0.005);

  before = span(element.view);
  changed = nextEvent(element, 'at-view-change');
  pressKey(element, '+');
  await changed;
  expect(span(element.view), 'the + key').to.be.closeTo(before / 2, before * 0.005);

  before = span(element.view);
  changed = nextEvent(element, 'at-view-change');
  zoomButton(element, 'zoom-out').click();
  await changed;
  expect(span(element.view), 'the − button').to.be.closeTo(before * 2, before * 0.005);

  const windows = await windowsDrawn(element, () => zoomButton(element, 'fit').click());
  expect(element.view.startMs, 'Fit').to.be.closeTo(full.startMs, DAY_MS);
  expect(element.view.endMs, 'Fit').to.be.closeTo(full.endMs, DAY_MS);
  if (animated) expect(windows, 'Fit animates through several windows').to.be.above(3);
  else expect(windows, 'Fit jumps').to.equal(1);
}
