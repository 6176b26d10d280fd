import { describe, expect, it } from 'vitest';
import { labelAt, placeLabels, plateWhereCrossed, type LabelBox } from '../../../src/derive/label-layout.ts';
import { truncateToWidth, textWidthPx } from '../../../src/derive/text-width.ts';
import { createRowIndex, layoutView } from '../../../src/derive/view-layout.ts';
import { DEFAULT_PLACE_OPTIONS } from '../../../src/derive/place.ts';
import { DAY_MS, layoutOf, makeEvents } from '../helpers.ts';
import fc from 'fast-check';
import { assertDataset } from '../../../src/model/parse-dataset.ts';
import { assignLanes } from '../../../src/derive/lanes.ts';
import { generateDataset } from '../../../bench/generate-dataset.mjs';
import { referencePlaceLabels } from './label-layout-reference.ts';

/** Every character 6 px wide: widths are easy to reason about. */
const charWidth = () => 6;
const T0 = Date.UTC(2016, 0, 1);
const OPTIONS = { widthPx: 1000, charWidth, minLabelPx: 40, pointRadiusPx: DEFAULT_PLACE_OPTIONS.pointRadiusPx, clusterText: (n: number) => `${n} events` };

function frame(specs: Parameters<typeof makeEvents>[0], rows: Record<string, number>, titles: Record<string, string> = {}) {
  const events = makeEvents(specs).map((event) => ({ ...event, title: titles[event.id] ?? event.title }));
  const index = createRowIndex(layoutOf(events, new Map(Object.entries(rows))));
  return layoutView(index, { startMs: T0, endMs: T0 + 1000 * DAY_MS, widthPx: 1000 }, { ...DEFAULT_PLACE_OPTIONS, widthPx: 1000, clusterGapPx: 0 });
}

const overlaps = (a: LabelBox, b: LabelBox) => a.row === b.row && a.xPx < b.xPx + b.widthPx && b.xPx < a.xPx + a.widthPx;

describe('text width', () => {
  it('sums character widths and shortens with an ellipsis, never to a stub', () => {
    expect(textWidthPx('abc', charWidth)).toBe(18);
    expect(truncateToWidth('abcdefghij', 60, charWidth)).toBe('abcdefghij');
    expect(truncateToWidth('abcdefghij', 42, charWidth)).toBe('abcdef…');
    expect(truncateToWidth('abcdefghij', 20, charWidth)).toBe('');
  });
});

describe('placeLabels', () => {
  it('puts a whole title in clear space right of a point', () => {
    const items = frame([{ id: 'a', date: '2016-02-01' }], { a: 0 }, { a: 'Short title' });
    const [label] = placeLabels(items, OPTIONS);
    const mark = items[0]!.type === 'mark' ? items[0]!.mark : null;
    expect(label).toMatchObject({ eventId: 'a', text: 'Short title', complete: true, plate: false });
    expect(label!.xPx).toBeGreaterThan(mark!.x0Px + DEFAULT_PLACE_OPTIONS.pointRadiusPx);
  });

  it('keeps `padPx` between a label and its mark on either side (4 px unless given)', () => {
    const right = frame([{ id: 'a', date: '2016-02-01' }], { a: 0 }, { a: 'Short title' });
    const point = right[0]!.type === 'mark' ? right[0]!.mark : null;
    const markRight = point!.x1Px + DEFAULT_PLACE_OPTIONS.pointRadiusPx;
    expect(placeLabels(right, OPTIONS)[0]!.xPx).toBe(markRight + 4);
    expect(placeLabels(right, { ...OPTIONS, padPx: 10 })[0]!.xPx).toBe(markRight + 10);
    const left = frame([{ id: 'a', date: '2018-09-20' }], { a: 0 }, { a: 'A title that needs a hundred px or so' });
    const nearEdge = left[0]!.type === 'mark' ? left[0]!.mark : null;
    const flipped = placeLabels(left, { ...OPTIONS, padPx: 10 })[0]!;
    expect(flipped.xPx + flipped.widthPx).toBeCloseTo(nearEdge!.x0Px - DEFAULT_PLACE_OPTIONS.pointRadiusPx - 10, 9);
  });

  it('flips a label to the left of a mark near the right edge', () => {
    const items = frame([{ id: 'a', date: '2018-09-20' }], { a: 0 }, { a: 'A title that needs a hundred px or so' });
    const mark = items[0]!.type === 'mark' ? items[0]!.mark : null;
    const [label] = placeLabels(items, OPTIONS);
    expect(label!.complete).toBe(true);
    expect(label!.xPx + label!.widthPx).toBeLessThanOrEqual(mark!.x0Px - DEFAULT_PLACE_OPTIONS.pointRadiusPx);
  });

  it('puts a title on its own long bar on a plate when there is no clear space, and never over the next mark', () => {
    const items = frame([{ id: 'bar', start: '2016-01', end: '2018-06' }, { id: 'next', date: '2018-07-15' }], { bar: 0, next: 0 }, { bar: 'A long period', next: 'Next' });
    const labels = placeLabels(items, OPTIONS);
    const bar = labels.find((label) => label.eventId === 'bar')!;
    expect(bar.plate).toBe(true);
    expect(bar.complete).toBe(true);
    const next = items[1]!.type === 'mark' ? items[1]!.mark : null;
    expect(bar.xPx + bar.widthPx).toBeLessThan(next!.x0Px);
  });

  it('shortens rather than overlap, and no two labels of a row overlap', () => {
    const specs = Array.from({ length: 9 }, (_, i) => ({ id: `e${i}`, date: new Date(T0 + i * 110 * DAY_MS).toISOString().slice(0, 10) }));
    const titles = Object.fromEntries(specs.map((spec) => [spec.id, `A rather long title for event number ${spec.id}`]));
    const items = frame(specs, Object.fromEntries(specs.map((spec) => [spec.id, 0])), titles);
    const labels = placeLabels(items, OPTIONS);

    expect(labels.some((label) => !label.complete)).toBe(true);
    for (const a of labels) for (const b of labels) if (a !== b) expect(overlaps(a, b)).toBe(false);
    for (const label of labels) expect(label.xPx + label.widthPx).toBeLessThanOrEqual(1000);
  });

  it('gives a cluster its count', () => {
    const specs = [{ id: 'a', date: '2016-05-01' }, { id: 'b', date: '2016-05-02' }, { id: 'c', date: '2016-05-03' }];
    const items = frame(specs, { a: 0, b: 0, c: 0 });
    expect(items.map((item) => item.type)).toEqual(['cluster']);
    expect(placeLabels(items, OPTIONS)).toMatchObject([{ text: '3 events', cluster: true }]);
  });

  it('returns [] for no items', () => {
    expect(placeLabels([], OPTIONS)).toEqual([]);
  });
});

describe('plateWhereCrossed and labelAt', () => {
  const label: LabelBox = { eventId: 'a', row: 0, xPx: 100, widthPx: 60, text: 'x', complete: true, plate: false };
  const centre = () => 50;
  it('plates a label an arc passes through, and leaves others alone', () => {
    expect(plateWhereCrossed([label], [[[90, 50], [170, 50]]], centre, 7)[0]!.plate).toBe(true);
    expect(plateWhereCrossed([label], [[[90, 10], [170, 10]]], centre, 7)[0]!.plate).toBe(false);
  });
  it('finds the label under a point', () => {
    expect(labelAt([label], centre, 28, 130, 52)?.eventId).toBe('a');
    expect(labelAt([label], centre, 28, 300, 52)).toBeNull();
  });
});

describe('placeLabels against the placement it replaced', () => {
  it('places the same labels for crowded generated data at any zoom, width and glyph widths', () => {
    const data = assertDataset(generateDataset(2000));
    const extentMs = Date.UTC(2021, 0, 1) - Date.UTC(2006, 0, 1);
    const layout = assignLanes(data.events, {
      groupBy: 'actor', actors: new Map(data.actors.map((a) => [a.id, a])), victims: new Map(data.victims.map((v) => [v.id, v])), minGapMs: extentMs / 60, maxRowsPerGroup: 16, maxTotalRows: 32, kindNames: {},
    } as Parameters<typeof assignLanes>[1]);
    const index = createRowIndex(layout);
    fc.assert(fc.property(
      fc.double({ min: 1, max: 2000, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }), fc.integer({ min: 200, max: 2000 }),
      fc.double({ min: 3, max: 9, noNaN: true }), fc.integer({ min: 0, max: 80 }),
      (zoom, centre, widthPx, charPx, minLabelPx) => {
        const spanMs = extentMs / zoom;
        const startMs = Date.UTC(2006, 0, 1) + centre * (extentMs - spanMs);
        const items = layoutView(index, { startMs, endMs: startMs + spanMs, widthPx }, { ...DEFAULT_PLACE_OPTIONS, widthPx, clusterGapPx: 0 });
        const charWidth = (char: string) => charPx + (char.codePointAt(0)! % 5) * 0.5;
        const options = { widthPx, charWidth, minLabelPx, pointRadiusPx: DEFAULT_PLACE_OPTIONS.pointRadiusPx, clusterText: (n: number) => `${n} events` };
        expect(placeLabels(items, options)).toEqual(referencePlaceLabels(items, options));
      },
    ), { numRuns: 60 });
  });
});
