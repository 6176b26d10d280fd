// The chart's first paint draws only the rows on screen and owes the rest to the settle (200 ms
// later; see CanvasController). Whatever happens to the chart inside that time (taken off the page
// and put back, moved elsewhere in the page, hidden then shown, resized), it ends with its whole
// drawing: never the first paint's partial one. Each case acts in the task of the first paint
// itself, so the settle cannot have run yet however slow the machine is; the check then waits in
// frames (bounded), never for a time.
import { expect, nextFrame } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { generateDataset } from '../../../bench/generate-dataset.mjs';
import { chartOf, placeTimeline, svgOf, type AttackTimeline } from '../harness/timeline-harness.ts';
import { canvasOf, inkNearBottom, untilFrame as until } from '../harness/canvas-ink.ts';

/** Calls `action` once, in a microtask right after the task in which a chart's canvas is first sized. */
function afterFirstPaint(action: (heightPx: number) => void): { restore(): void } {
  const descriptor = Object.getOwnPropertyDescriptor(HTMLCanvasElement.prototype, 'height')!;
  let done = false;
  Object.defineProperty(HTMLCanvasElement.prototype, 'height', {
    ...descriptor,
    set(this: HTMLCanvasElement, value: number) {
      const root = this.getRootNode();
      if (!done && root instanceof ShadowRoot && root.host.localName === 'at-chart') {
        done = true;
        queueMicrotask(() => action(value / window.devicePixelRatio));
      }
      descriptor.set!.call(this, value);
    },
  });
  return { restore: () => Object.defineProperty(HTMLCanvasElement.prototype, 'height', descriptor) };
}

const frames = async (count: number) => {
  for (let i = 0; i < count; i++) await nextFrame();
};

/**
 * Renders a chart taller than the screen (yet short enough to be drawn whole once still), runs
 * `during` right after its first paint and `after` once the element has updated, then expects the
 * canvas to come to cover the whole chart, with marks at its bottom.
 */
async function expectWholeDrawing(during: (element: AttackTimeline, wrapper: HTMLElement) => void, after: (element: AttackTimeline, wrapper: HTMLElement) => Promise<void> = async () => {}) {
  await setViewport({ width: 1100, height: 900 });
  let placed: { element: AttackTimeline; wrapper: HTMLElement } | undefined;
  let acted = false;
  let firstPx = 0;
  const hook = afterFirstPaint((heightPx) => {
    acted = true;
    firstPx = heightPx;
    during(placed!.element, placed!.wrapper);
  });
  try {
    placed = await placeTimeline({ data: generateDataset(100), settled: false });
    await until(() => acted);
  } finally {
    hook.restore();
  }
  expect(acted, 'the chart painted').to.equal(true);
  const { element, wrapper } = placed;
  await after(element, wrapper);
  await element.updateComplete;
  const canvas = canvasOf(element);
  const chartPx = () => Math.round(svgOf(element).getBoundingClientRect().height);
  // (Hidden, both are 0; shown again, the chart lays out at its width on the next frame.)
  await until(() => chartPx() > window.innerHeight && canvas.offsetHeight === chartPx());
  expect(chartPx(), 'a chart taller than the screen').to.be.greaterThan(window.innerHeight);
  expect(firstPx, 'the first paint drew only part of it').to.be.lessThan(chartPx() - 100);
  expect(canvas.offsetTop).to.equal(0);
  expect(canvas.offsetHeight, 'the canvas covers the whole chart').to.equal(chartPx());
  expect(inkNearBottom(canvas, 200), 'the rows below the screen are drawn').to.be.greaterThan(100);
  wrapper.remove();
}

describe('the first paint, then a change before the view settles', () => {
  afterEach(async () => {
    await setViewport({ width: 1100, height: 600 });
  });

  it('taken off the page and put back: the whole drawing follows', async function () {
    this.timeout(30_000);
    await expectWholeDrawing(
      (element) => element.remove(),
      async (element, wrapper) => {
        await frames(3);
        wrapper.append(element);
      },
    );
  });

  it('its chart taken off the page and put back: the whole drawing follows', async function () {
    this.timeout(30_000);
    let taken: { chart: Element; parent: Node; next: Node | null } | undefined;
    await expectWholeDrawing(
      (element) => {
        const chart = chartOf(element)!;
        taken = { chart, parent: chart.parentNode!, next: chart.nextSibling };
        chart.remove();
      },
      async () => {
        await frames(3);
        taken!.parent.insertBefore(taken!.chart, taken!.next);
      },
    );
  });

  it('its chart moved (taken off and put back in one task): the whole drawing follows', async function () {
    this.timeout(30_000);
    await expectWholeDrawing((element) => {
      const chart = chartOf(element)!;
      chart.parentNode!.insertBefore(chart, chart.nextSibling);
    });
  });

  it('moved to another place in the page: the whole drawing follows', async function () {
    this.timeout(30_000);
    await expectWholeDrawing((element, wrapper) => {
      const other = document.createElement('div');
      wrapper.append(other);
      other.append(element);
    });
  });

  it('hidden then shown: the whole drawing follows', async function () {
    this.timeout(30_000);
    await expectWholeDrawing(
      (_element, wrapper) => {
        wrapper.style.display = 'none';
      },
      async (_element, wrapper) => {
        await frames(3);
        wrapper.style.display = '';
      },
    );
  });

  it('resized: the whole drawing follows, at the new width', async function () {
    this.timeout(30_000);
    await expectWholeDrawing(
      (_element, wrapper) => {
        wrapper.style.width = '800px';
      },
      async (element) => {
        await until(() => canvasOf(element).width === 800 * window.devicePixelRatio);
        expect(canvasOf(element).width).to.equal(800 * window.devicePixelRatio);
      },
    );
  });
});
