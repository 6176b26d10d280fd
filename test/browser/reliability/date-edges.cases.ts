/**
 * Issue 13, "dates at the edges": with events in year 1 and year 9999, every window the element
 * reports (fit(), the Fit button, zooming out as far as it goes) can be set back through the
 * start and end attributes and through the URL hash, without an error.
 */
import { expect } from '@open-wc/testing';
import smallJson from '../../fixtures/small.json';
import { errorBox, nextEvent, renderWithData, settle, zoomButton, type AttackTimeline, type FixtureDataset } from '../harness/timeline-harness.ts';

const small = smallJson as unknown as FixtureDataset;

/** The small fixture with its events moved to the dates given (ids and references kept). */
function withDates(dates: ({ date: string } | { start: string; end: string })[]): FixtureDataset {
  const data = structuredClone(small);
  const events = data.events.slice(0, dates.length).map((event, index) => {
    const { date: _d, start: _s, end: _e, openStart: _o, approxDays: _a, ...rest } = event as unknown as Record<string, unknown>;
    return { ...rest, ...dates[index], reveals: [] };
  });
  return { ...data, events: events as unknown as FixtureDataset['events'] };
}

const DATASETS: [string, FixtureDataset][] = [
  ['events in year 1 and year 9999', withDates([{ date: '0001-01-01' }, { date: '9999-12-31' }, { date: '2019-06-25' }])],
  ['events only in year 1', withDates([{ date: '0001' }, { date: '0001-03-04' }])],
  ['events only in year 9999', withDates([{ date: '9999-12' }, { date: '9999-11-30' }])],
  ['a period over the whole calendar', withDates([{ start: '0001', end: '9999' }])],
];

/** Every window the element reports, set back as attributes and as a hash, must come back the same and without an error. */
async function expectSetBack(element: AttackTimeline, data: FixtureDataset): Promise<void> {
  const { start, end } = element.view;
  expect(start).to.match(/^\d{4}-\d{2}-\d{2}$/);
  expect(end).to.match(/^\d{4}-\d{2}-\d{2}$/);
  const fromAttributes = await renderWithData(data, { start, end });
  expect(errorBox(fromAttributes), `attributes ${start}–${end}`).to.equal(null);
  expect([fromAttributes.view.start, fromAttributes.view.end]).to.deep.equal([start, end]);

  history.replaceState(history.state, '', `${location.pathname}${location.search}#start=${start}&end=${end}`);
  try {
    const fromHash = await renderWithData(data, { 'sync-url': '' });
    expect(errorBox(fromHash), `hash ${start}–${end}`).to.equal(null);
    expect([fromHash.view.start, fromHash.view.end]).to.deep.equal([start, end]);
  } finally {
    history.replaceState(history.state, '', `${location.pathname}${location.search}`);
  }
}

describe('windows at the edges of the calendar can be set back', () => {
  for (const [name, data] of DATASETS) {
    it(`${name}: fit() and the Fit button report a window the attributes and the hash take back`, async () => {
      const element = await renderWithData(data);
      expect(errorBox(element)).to.equal(null);
      await element.fit();
      await settle(element);
      await expectSetBack(element, data);

      await element.zoomTo(element.view.startMs, element.view.startMs + 30 * 86_400_000);
      await settle(element);
      zoomButton(element, 'fit').click();
      await nextEvent(element, 'at-view-change');
      await settle(element);
      await expectSetBack(element, data);
    });
  }

  it('zoomed out as far as it goes at either edge, the window still reads back', async () => {
    const data = DATASETS[0]![1];
    const element = await renderWithData(data);
    for (const edge of ['0001', '9999']) {
      await element.zoomTo(edge, edge);
      await settle(element);
      for (let i = 0; i < 3; i++) {
        zoomButton(element, 'zoom-out').click();
        await nextEvent(element, 'at-view-change');
      }
      await settle(element);
      await expectSetBack(element, data);
    }
  });
});
