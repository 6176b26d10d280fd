import { describe, it, expect } from 'vitest';
import { fitLabel, markShapeOf, DEFAULT_PLACE_OPTIONS, type Mark, type PlaceOptions } from '../../../src/derive/place.ts';
import { createRowIndex, layoutView, type DrawItem } from '../../../src/derive/view-layout.ts';
import type { TimelineEvent } from '../../../src/model/types.ts';
import { DAY_MS, layoutOf, makeEvents, type EventSpec } from '../helpers.ts';

const T0 = Date.UTC(2016, 0, 1);
/** One pixel per day, 0 at 1 January 2016. */
const x = (ms: number): number => (ms - T0) / DAY_MS;
const OPTIONS: PlaceOptions = { widthPx: 1000, minSpanPx: 6, pointRadiusPx: 6, marginPx: 40 };

/** Lays out events (each in the row given, default 0) for a window starting at T0, `daysPerPx` wide per pixel. */
function layout(specs: readonly (EventSpec & { row?: number })[], options = OPTIONS, daysPerPx = 1): DrawItem[] {
  const events = makeEvents(specs.map(({ row: _row, ...spec }) => spec));
  const rows = Math.max(1, ...specs.map((spec) => (spec.row ?? 0) + 1));
  const lanes = layoutOf(events, new Map(specs.map((spec) => [spec.id, spec.row ?? 0])), rows);
  const view = { startMs: T0, endMs: T0 + options.widthPx * daysPerPx * DAY_MS, widthPx: options.widthPx };
  return layoutView(createRowIndex(lanes), view, { ...options, clusterGapPx: 2 });
}

/** The single marks of a layout, by event id. */
function place(specs: readonly (EventSpec & { row?: number })[], options = OPTIONS, daysPerPx = 1): Map<string, Mark> {
  const marks = layout(specs, options, daysPerPx).flatMap((item) => (item.type === 'mark' ? [item.mark] : []));
  return new Map(marks.map((mark) => [mark.event.id, mark]));
}

describe('markShapeOf', () => {
  const [day, approx, month, season, year, third, period] = makeEvents([
    { id: 'day', date: '2016-06-14' },
    { id: 'approx', date: '2016-06-14', approxDays: 2 },
    { id: 'month', date: '2016-06' },
    { id: 'season', date: '2016-summer' },
    { id: 'year', date: '2016' },
    { id: 'third', date: '2016-late' },
    { id: 'period', start: '2016-06-14', end: '2016-06-14' },
  ]) as [TimelineEvent, TimelineEvent, TimelineEvent, TimelineEvent, TimelineEvent, TimelineEvent, TimelineEvent];

  it('draws a firm day as a point', () => {
    expect(markShapeOf(day)).toBe('point');
  });

  it('draws a moment known to ± days, a month, a season, a third or a year as uncertain', () => {
    for (const event of [approx, month, season, year, third]) expect(markShapeOf(event)).toBe('uncertain');
  });

  it('draws any period as a period, even a one-day one', () => {
    expect(markShapeOf(period)).toBe('period');
  });
});

describe('placeMarks', () => {
  it('centres a point on the middle of its day', () => {
    const mark = place([{ id: 'p', date: '2016-02-01' }]).get('p')!;
    expect(mark.shape).toBe('point');
    expect(mark.x0Px).toBe(31.5);
    expect(mark.x1Px).toBe(31.5);
    expect(mark.solidX0Px).toBe(31.5);
    expect(mark.labelXPx).toBe(31.5 + 6 + 4);
  });

  it('draws an uncertain moment from the start to the end of its interval', () => {
    const mark = place([{ id: 'm', date: '2016-03' }]).get('m')!;
    expect([mark.x0Px, mark.x1Px]).toEqual([60, 91]);
    expect([mark.solidX0Px, mark.solidX1Px]).toEqual([60, 91]);
    expect(mark.labelXPx).toBe(64);
  });

  it('draws a period from start to end, solid between the end of its start and the start of its end', () => {
    const mark = place([{ id: 'p', start: '2016-04-10', end: '2016-06' }]).get('p')!;
    expect(mark.shape).toBe('period');
    expect([mark.x0Px, mark.x1Px]).toEqual([100, 182]);
    expect([mark.solidX0Px, mark.solidX1Px]).toEqual([101, 152]);
  });

  it('starts the solid part of a period with a coarse start at the end of that start', () => {
    const mark = place([{ id: 'p', start: '2014', end: '2016-06', openStart: true }]).get('p')!;
    expect(mark.x0Px).toBe(x(Date.UTC(2014, 0, 1)));
    expect(mark.solidX0Px).toBe(x(Date.UTC(2015, 0, 1)));
    expect(mark.solidX1Px).toBe(x(Date.UTC(2016, 5, 1)));
    expect(mark.x1Px).toBe(x(Date.UTC(2016, 6, 1)));
  });

  it('keeps the solid part inside the mark when start and end overlap', () => {
    const mark = place([{ id: 'p', start: '2016', end: '2016-06' }]).get('p')!;
    expect(mark.solidX0Px).toBeLessThanOrEqual(mark.x1Px);
    expect(mark.solidX1Px).toBeGreaterThanOrEqual(mark.solidX0Px);
    expect(mark.solidX1Px - mark.solidX0Px).toBe(0);
  });

  it('widens a span narrower than minSpanPx around its middle', () => {
    const mark = place([{ id: 'a', date: '2016-05-10', approxDays: 1 }]).get('a')!;
    const mid = (x(Date.UTC(2016, 4, 9)) + x(Date.UTC(2016, 4, 12))) / 2;
    expect(mark.shape).toBe('uncertain');
    expect(mark.x1Px - mark.x0Px).toBe(6);
    expect((mark.x0Px + mark.x1Px) / 2).toBe(mid);
  });

  it('widens a month seen from far away', () => {
    const mark = place([{ id: 'm', date: '2016-03' }], OPTIONS, 30).get('m')!;
    expect(mark.x1Px - mark.x0Px).toBeCloseTo(6, 9);
  });

  it('culls marks well outside the view and keeps those near its edges', () => {
    const marks = place([
      { id: 'far-left', date: '2010', row: 0 },
      { id: 'far-right', date: '2030', row: 1 },
      { id: 'inside', date: '2016-06-01', row: 2 },
      { id: 'left-in-margin', date: '2015-12-12', row: 3 }, // point at -19.5
      { id: 'left-out', date: '2015-10-01', row: 4 }, // point at -91.5
      { id: 'right-in-margin', start: '2018-10-10', end: '2019', row: 5 }, // starts at 1013
      { id: 'right-out', start: '2019-01-20', end: '2019-06', row: 6 }, // starts at 1115
    ]);
    expect([...marks.keys()].sort()).toEqual(['inside', 'left-in-margin', 'right-in-margin']);
  });

  it('keeps a span that crosses the left edge and starts its label at the edge', () => {
    const mark = place([{ id: 'cross', start: '2015', end: '2016-06' }]).get('cross')!;
    expect(mark.x0Px).toBeLessThan(0);
    expect(mark.labelXPx).toBe(4);
  });

  it('gives a label the room up to the next mark in its row', () => {
    const marks = place([
      { id: 'p', date: '2016-02-01' },
      { id: 'm', date: '2016-03' },
      { id: 'q', date: '2016-06-01' },
      { id: 'other-row', date: '2016-02-10', row: 1 },
    ]);
    // p's label starts at 41.5; the month starts at 60; minus a 6 px gap.
    expect(marks.get('p')!.labelRoomPx).toBe(60 - 6 - 41.5);
    // The month's label runs to the point q's left edge (its centre minus its radius).
    expect(marks.get('m')!.labelRoomPx).toBe(152.5 - 6 - 6 - 64);
    // The last mark in a row gets the room to the right edge.
    expect(marks.get('q')!.labelRoomPx).toBe(1000 - 6 - (152.5 + 10));
    expect(marks.get('other-row')!.labelRoomPx).toBe(1000 - 6 - (40.5 + 10));
  });

  it('merges marks that would touch on screen into a cluster, which splits when zoomed in', () => {
    const specs = [{ id: 'a', date: '2016-02-01' }, { id: 'b', date: '2016-02-02' }, { id: 'c', date: '2016-06-01' }];
    const items = layout(specs);
    const clusters = items.flatMap((item) => (item.type === 'cluster' ? [item.cluster] : []));
    expect(clusters).toHaveLength(1);
    expect(clusters[0]).toMatchObject({ count: 2, firstIndex: 0, row: 0 });
    expect(clusters[0]!.startMs).toBe(Date.UTC(2016, 1, 1));
    expect(clusters[0]!.endMs).toBe(Date.UTC(2016, 1, 3));
    // At 30 px per day the two points are far apart.
    const zoomed = layout(specs, OPTIONS, 1 / 30);
    expect(zoomed.filter((item) => item.type === 'cluster')).toHaveLength(0);
  });

  it('skips events missing from the layout', () => {
    const events = makeEvents([{ id: 'a', date: '2016-02-01' }, { id: 'b', date: '2016-03-01' }]);
    const items = layoutView(createRowIndex(layoutOf(events, new Map([['b', 0]]))), { startMs: T0, endMs: T0 + 1000 * DAY_MS, widthPx: 1000 }, { ...OPTIONS, clusterGapPx: 2 });
    expect(items.map((item) => (item.type === 'mark' ? item.mark.event.id : 'cluster'))).toEqual(['b']);
  });

  it('returns an empty list for no events or no width', () => {
    expect(layout([])).toEqual([]);
    expect(layout([{ id: 'a', date: '2016-02-01' }], { ...OPTIONS, widthPx: 0 })).toEqual([]);
  });

  it('uses sensible defaults', () => {
    expect(DEFAULT_PLACE_OPTIONS).toMatchObject({ widthPx: 800, marginPx: 40, pointRadiusPx: 6 });
  });
});

describe('fitLabel', () => {
  const title = 'Operation Cloud Hopper'; // 22 characters

  it('keeps a label that fits', () => {
    expect(fitLabel(title, 22 * 7, 7)).toBe(title);
    expect(fitLabel(title, 1000, 7)).toBe(title);
  });

  it('truncates with an ellipsis, trimming the space before it', () => {
    expect(fitLabel(title, 10 * 7, 7)).toBe('Operation…');
    expect(fitLabel(title, 11 * 7, 7)).toBe('Operation…');
    expect(fitLabel(title, 6 * 7, 7)).toBe('Opera…');
  });

  it('never returns more characters than fit', () => {
    for (let room = 42; room < 160; room += 5) expect(fitLabel(title, room, 7).length).toBeLessThanOrEqual(Math.floor(room / 7));
  });

  it('returns an empty string when fewer than six characters fit', () => {
    expect(fitLabel(title, 5 * 7, 7)).toBe('');
    expect(fitLabel(title, 0, 7)).toBe('');
  });

  it('keeps a short label in a small room', () => {
    expect(fitLabel('APT', 21, 7)).toBe('APT');
  });
});
