// Once a chart has settled, when the page is idle, it lays out and paints a few zoomed frames and
// then its own view again, all in one task (src/components/chart/zoom-warmup.ts), so the reader's
// first zoom runs code that has run before. Nothing of it may show or be heard: every paint is
// recorded with the window it drew and the frame it fell in, and the view, the window text, the
// live region and the events fired are compared before and after.
import { expect, nextFrame } from '@open-wc/testing';
import { generateDataset } from '../../../bench/generate-dataset.mjs';
import { chartOf, placeTimeline, svgOf, waitMs, type AttackTimeline } from '../harness/timeline-harness.ts';
import { untilFrame } from '../harness/canvas-ink.ts';
import { recordPaints, sameWindow } from '../harness/paint-recorder.ts';

const announced = (element: AttackTimeline) => chartOf(element)!.shadowRoot!.querySelector('.announce')!.textContent ?? '';
const windowText = (element: AttackTimeline) => chartOf(element)!.shadowRoot!.querySelector('.window')!.textContent ?? '';

describe('the zoom warm-up', () => {
  let recorder: ReturnType<typeof recordPaints> | undefined;
  const cleanups: (() => void)[] = [];
  afterEach(() => {
    recorder?.stop();
    for (const cleanup of cleanups.splice(0)) cleanup();
    // A failed test must not leave its chart above the next one's.
    for (const element of document.querySelectorAll('attack-timeline')) element.parentElement?.remove();
    (document.activeElement as HTMLElement | null)?.blur();
    window.scrollTo(0, 0);
  });

  it('paints zoomed frames once the chart has settled, then its own view, in one task: nothing shows, moves or is announced', async function () {
    this.timeout(30_000);
    recorder = recordPaints();
    // Listened for on the document from the start (the event bubbles out of the element), in case the warm-up has run by the time the element is settled.
    const viewChanges: unknown[] = [];
    const onViewChange = (event: Event) => viewChanges.push((event as CustomEvent).detail);
    document.addEventListener('at-view-change', onViewChange);
    cleanups.push(() => document.removeEventListener('at-view-change', onViewChange));
    const { element } = await placeTimeline({ data: generateDataset(2000) });
    const chart = chartOf(element)!;
    const home = chart.visibleWindow;
    const text = windowText(element);
    const said = announced(element);
    const { paints } = recorder;
    await untilFrame(() => paints.some((paint) => !sameWindow(paint, home)));
    const warm = paints.filter((paint) => !sameWindow(paint, home));
    expect(warm.length, 'zoomed frames painted').to.be.greaterThan(1);
    for (const paint of warm) expect(paint.endMs - paint.startMs, 'each zoomed in').to.be.lessThan(home.endMs - home.startMs);
    const back = paints.findIndex((paint, index) => index > paints.indexOf(warm.at(-1)!) && sameWindow(paint, home));
    expect(back, 'the view painted again after them').to.be.greaterThan(-1);
    // The view's paint, then its still one (the last step was a moving frame).
    const ending = paints.slice(back, back + 2);
    const frames = new Set([...warm, ...ending].map((paint) => paint.frame));
    expect([...frames], 'no frame began between the first zoomed paint and the view\'s still one').to.have.length(1);
    expect(ending.at(-1)!.heightPx, 'the view drawn as before: its whole still slice').to.equal(paints[paints.indexOf(warm[0]!) - 1]!.heightPx);
    // The live region speaks 600 ms after a window rests; wait longer than that.
    await waitMs(900);
    expect(chart.visibleWindow).to.deep.equal(home);
    expect(windowText(element)).to.equal(text);
    expect(announced(element), 'the live region said nothing new').to.equal(said);
    expect(viewChanges, 'no view change reported').to.deep.equal([]);
    const count = paints.length;
    await element.zoomTo(home.startMs + (home.endMs - home.startMs) / 4, home.endMs - (home.endMs - home.startMs) / 4);
    await waitMs(600);
    expect(paints.slice(count).filter((paint) => !sameWindow(paint, chart.visibleWindow)), 'once only: a later settle paints no zoomed frames').to.deep.equal([]);
  });

  it('stays away while focus is inside the chart', async function () {
    this.timeout(30_000);
    recorder = recordPaints();
    const { element } = await placeTimeline({ data: generateDataset(2000), settled: false });
    const { paints } = recorder;
    await untilFrame(() => paints.length > 0);
    svgOf(element).focus({ preventScroll: true });
    const home = chartOf(element)!.visibleWindow;
    await waitMs(1000);
    expect(paints.filter((paint) => !sameWindow(paint, home)), 'no zoomed frame painted').to.deep.equal([]);
    expect(chartOf(element)!.visibleWindow).to.deep.equal(home);
  });

  it('taken off the page after settling and before the idle moment, does nothing there; put back, warms up once it settles again', async function () {
    this.timeout(30_000);
    let wrapper: HTMLElement | undefined;
    let firstPx = 0;
    recorder = recordPaints((paint, chart) => {
      const host = (chart.getRootNode() as ShadowRoot).host;
      if (wrapper || host.getRootNode() !== document) return;
      if (firstPx === 0) firstPx = paint.heightPx;
      else if (paint.heightPx > firstPx) {
        // The settle's paint (the whole still slice) has just asked for the warm-up: leave now.
        wrapper = host.parentElement!;
        queueMicrotask(() => wrapper!.remove());
      }
    });
    const { element } = await placeTimeline({ data: generateDataset(2000), settled: false });
    const { paints } = recorder;
    await untilFrame(() => wrapper !== undefined && !wrapper.isConnected);
    expect(wrapper, 'the chart settled and was taken off').to.not.equal(undefined);
    const home = chartOf(element)!.visibleWindow;
    const count = paints.length;
    for (let i = 0; i < 30; i++) await nextFrame();
    await waitMs(300);
    expect(paints.slice(count), 'nothing painted off the page').to.deep.equal([]);
    document.body.append(wrapper!);
    await untilFrame(() => paints.slice(count).some((paint) => !sameWindow(paint, home)));
    expect(paints.slice(count).some((paint) => !sameWindow(paint, home)), 'back on the page, it warmed up').to.equal(true);
    await untilFrame(() => sameWindow(paints.at(-1)!, home));
    expect(chartOf(element)!.visibleWindow).to.deep.equal(home);
  });
});
