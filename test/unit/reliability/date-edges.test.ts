/**
 * Issue 13, "dates at the edges": with events in year 1 and year 9999, every window the element
 * can show (up to the whole extent that fit() shows) is written in dates the attributes and the
 * URL hash read back.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { DATE_RANGE_MS } from '../../../src/model/partial-date.ts';
import { createBaseScale, datasetExtent, transformForRange, viewScale, windowOf } from '../../../src/scales/time-scale.ts';
import { formatView, parseView } from '../../../src/derive/view.ts';
import { decodeViewState, encodeViewState } from '../../../src/derive/view-state.ts';
import { DEFAULT_VIEW } from '../../../src/derive/view.ts';
import { makeDataset } from '../helpers.ts';

type EventSpec = Parameters<typeof makeDataset>[0][number];

const DAY = 86_400_000;

const EDGE_DATASETS: [string, EventSpec[]][] = [
  ['events in year 1 and year 9999', [{ id: 'a', date: '0001-01-01' }, { id: 'b', date: '9999-12-31' }]],
  ['only year 1', [{ id: 'a', date: '0001' }, { id: 'b', date: '0001-02-03' }]],
  ['only year 9999', [{ id: 'a', date: '9999-12' }, { id: 'b', date: '9999-winter' }]],
  ['one period over the whole range', [{ id: 'a', start: '0001', end: '9999' }]],
  ['year 1 to an ordinary year', [{ id: 'a', date: '0001-06-30' }, { id: 'b', date: '2019-06-25' }]],
];

/** What the attributes and the hash read back from a window the element reports. */
function roundTrip(window: { startMs: number; endMs: number }) {
  const text = formatView(window);
  const fromAttributes = parseView({ start: text.start, end: text.end });
  const fromHash = decodeViewState(`#${encodeViewState({ ...DEFAULT_VIEW, ...window })}`);
  return { text, fromAttributes, fromHash };
}

describe('windows at the edges of the calendar', () => {
  it.each(EDGE_DATASETS)('%s: the extent stays within years 1–9999 and shows every event', (_name, events) => {
    const dataset = makeDataset(events);
    const [start, end] = datasetExtent(dataset.events);
    expect(start).toBeGreaterThanOrEqual(DATE_RANGE_MS[0]);
    expect(end).toBeLessThanOrEqual(DATE_RANGE_MS[1]);
    for (const event of dataset.events) {
      // Whole, except a winter of 9999, whose last two months fall in year 10000.
      expect(event.when.startMs).toBeGreaterThanOrEqual(start);
      expect(Math.min(event.when.endMs, DATE_RANGE_MS[1])).toBeLessThanOrEqual(end);
    }
  });

  it.each(EDGE_DATASETS)('%s: the fitted window, and any zoomed into it, read back through attributes and the hash', (_name, events) => {
    const extent = datasetExtent(makeDataset(events).events);
    const base = createBaseScale(extent, 1000);
    const windows = [windowOf(viewScale(base, transformForRange(base, extent[0], extent[1])))];
    fc.assert(fc.property(fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }), (a, b) => {
      const span = extent[1] - extent[0];
      windows.push(windowOf(viewScale(base, transformForRange(base, extent[0] + Math.min(a, b) * span, extent[0] + Math.max(a, b) * span))));
    }), { seed: 13, numRuns: 50 });
    for (const [startMs, endMs] of windows) {
      const { text, fromAttributes, fromHash } = roundTrip({ startMs, endMs });
      expect(fromAttributes.issues).toEqual([]);
      expect(fromHash.issues).toEqual([]);
      expect(fromAttributes.view.startMs!).toBeLessThanOrEqual(Math.max(startMs, DATE_RANGE_MS[0]));
      expect(fromAttributes.view.endMs!).toBeGreaterThanOrEqual(Math.min(endMs, DATE_RANGE_MS[1]));
      expect(fromAttributes.view.endMs! - fromAttributes.view.startMs!).toBeLessThanOrEqual(endMs - startMs + 2 * DAY);
      expect(formatView(fromAttributes.view)).toEqual(text);
      expect(fromHash.state!.startMs).toBe(fromAttributes.view.startMs);
    }
  });

  it('writes a window reaching a float past either end as the first or last day', () => {
    expect(formatView({ startMs: DATE_RANGE_MS[0] - 0.25, endMs: DATE_RANGE_MS[1] + 0.25 })).toEqual({ start: '0001-01-01', end: '9999-12-31' });
    expect(formatView({ startMs: DATE_RANGE_MS[0] - 400 * DAY, endMs: DATE_RANGE_MS[0] - 10 * DAY })).toEqual({ start: '0001-01-01', end: '0001-01-01' });
  });
});
