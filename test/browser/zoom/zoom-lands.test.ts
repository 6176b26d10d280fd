import { expect, html } from '@open-wc/testing';
import smallJson from '../../fixtures/small.json';
import { chartOf, drawnIds, nextEvent, renderMarkup, renderWithData, settle, waitMs, wheel, zoomButton, type AttackTimeline, type FixtureDataset } from '../harness/timeline-harness.ts';

const small = smallJson as unknown as FixtureDataset;
const span = (view: { startMs: number; endMs: number }) => view.endMs - view.startMs;

/** Zooms in part-way first, so the view can zoom either way and pan either way within bounds. */
async function zoomedIn(): Promise<AttackTimeline> {
  const element = await renderWithData(small);
  await element.zoomTo('2016-01', '2017-06');
  await settle(element);
  return element;
}

describe('zoom that lands: Ctrl+wheel', () => {
  it('zooms ×1.5 for one mouse notch (Chrome\'s 100 px, and a line-mode notch), in and out', async () => {
    const element = await zoomedIn();
    for (const [deltaY, deltaMode] of [[-100, 0], [-3, 1]] as const) {
      const before = span(element.view);
      const changed = nextEvent(element, 'at-view-change');
      const event = wheel(element, 500, deltaY, { ctrlKey: true, deltaMode });
      expect(event.defaultPrevented).to.equal(true);
      await changed;
      expect(span(element.view), `notch ${deltaY} mode ${deltaMode}`).to.be.closeTo(before / 1.5, before * 0.005);
    }
    const before = span(element.view);
    const changed = nextEvent(element, 'at-view-change');
    wheel(element, 500, 100, { ctrlKey: true });
    await changed;
    expect(span(element.view)).to.be.closeTo(before * 1.5, before * 0.005);
  });

  it('keeps a pinch (many small Ctrl deltas) at d3-zoom\'s rate: ten of -5 px zoom ×2', async () => {
    const element = await zoomedIn();
    const before = span(element.view);
    const changed = nextEvent(element, 'at-view-change');
    for (let i = 0; i < 10; i++) wheel(element, 500, -5, { ctrlKey: true });
    await changed;
    expect(span(element.view)).to.be.closeTo(before / 2, before * 0.01);
  });

  it('still leaves a plain vertical wheel notch to the page', async () => {
    const element = await zoomedIn();
    const before = element.view;
    const event = wheel(element, 500, 100);
    await waitMs(200);
    expect(event.defaultPrevented).to.equal(false);
    expect(element.view).to.deep.equal(before);
  });
});

describe('zoom that lands: sideways wheel', () => {
  it('pans on a horizontal trackpad swipe, keeping the zoom, and reports the window when it rests', async () => {
    const element = await zoomedIn();
    const before = element.view;
    const changed = nextEvent<{ startMs: number; endMs: number }>(element, 'at-view-change');
    const events = [40, 40, 40].map((deltaX) => wheel(element, 500, 2, { deltaX }));
    expect(events.every((event) => event.defaultPrevented)).to.equal(true);
    const detail = (await changed).detail;
    // 120 px of a 1000 px wide view of 18 months is about two months later.
    const shiftMs = element.view.startMs - before.startMs;
    expect(shiftMs).to.be.closeTo((span(before) * 120) / chartOf(element)!.getBoundingClientRect().width, span(before) * 0.02);
    expect(span(element.view)).to.be.closeTo(span(before), 86_400_000);
    expect(detail.startMs).to.be.closeTo(element.view.startMs, 1);
  });

  it('pans back with a swipe the other way', async () => {
    const element = await zoomedIn();
    const before = element.view;
    wheel(element, 500, 0, { deltaX: -80 });
    await settle(element);
    expect(element.view.startMs).to.be.lessThan(before.startMs);
  });

  it('leaves a mostly vertical wheel with a little sideways drift to the page', async () => {
    const element = await zoomedIn();
    const before = element.view;
    const event = wheel(element, 500, 60, { deltaX: 5 });
    await waitMs(200);
    expect(event.defaultPrevented).to.equal(false);
    expect(element.view).to.deep.equal(before);
  });
});

describe('zoom that lands: the + button', () => {
  it('three clicks on + on the bundled story still show many events beginning in view (it zooms about the drawn marks, not the empty middle)', async () => {
    const element = await renderMarkup(html`<attack-timeline></attack-timeline>`);
    const events = element.parsedDataset!.events;
    // Events that begin or happen in the view: long periods merely passing through do not count.
    const beginningInView = () => events.filter((event) => event.when.startMs >= element.view.startMs && event.when.startMs <= element.view.endMs).length;
    const full = span(element.view);
    const atStart = beginningInView();
    for (let click = 1; click <= 3; click++) {
      zoomButton(element, 'zoom-in').click();
      await nextEvent(element, 'at-view-change');
      await settle(element);
      expect(span(element.view), `click ${click}`).to.be.closeTo(full / 2 ** click, full * 0.01);
    }
    // Zooming ×8 about the view's centre kept 2 of the 76 (Aug 2012 – Sep 2014); about the middle mark, more than half.
    expect(beginningInView(), `of ${atStart}`).to.be.at.least(atStart / 3);
  });

  it('zooms about the selected event, which stays in view', async () => {
    const element = await renderMarkup(html`<attack-timeline></attack-timeline>`);
    const ids = drawnIds(element);
    const id = ids[2]!; // an early event, far from the centre of the drawn marks
    await element.select(id);
    await settle(element);
    for (let click = 1; click <= 3; click++) {
      zoomButton(element, 'zoom-in').click();
      await nextEvent(element, 'at-view-change');
      await settle(element);
      expect(drawnIds(element), `after click ${click}`).to.include(id);
    }
  });
});
