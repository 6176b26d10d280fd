import { describe, it, expect } from 'vitest';
import { chartCommandForKey, clusterZoomWindow, steppedIndex, tabStopId, tooltipBox } from '../../../src/derive/chart-navigation.ts';
import type { Mark } from '../../../src/derive/place.ts';
import type { DrawItem } from '../../../src/derive/view-layout.ts';

const key = (k: string, extra: Partial<KeyboardEvent> = {}) => chartCommandForKey({ key: k, shiftKey: false, altKey: false, ctrlKey: false, metaKey: false, ...extra });
const mark = (id: string, x0Px = 0, x1Px = 0): Mark => ({ event: { id }, x0Px, x1Px, row: 0 }) as unknown as Mark;

describe('chartCommandForKey', () => {
  it('maps the documented keys', () => {
    expect(['+', '=', '-', '_', '0', 'Escape', 'Enter', ' ', 'ArrowLeft', 'ArrowRight', 'Home', 'End'].map((k) => key(k))).toEqual([
      'zoom-in', 'zoom-in', 'zoom-out', 'zoom-out', 'fit', 'clear', 'open', 'open', 'previous', 'next', 'first', 'last',
    ]);
    expect(key('ArrowLeft', { shiftKey: true })).toBe('pan-back');
    expect(key('ArrowRight', { shiftKey: true })).toBe('pan-forward');
  });

  it('leaves keys with Alt, Ctrl or ⌘, and any other key, to the page', () => {
    expect(key('+', { ctrlKey: true })).toBeUndefined();
    expect(key('ArrowRight', { altKey: true })).toBeUndefined();
    expect(key('0', { metaKey: true })).toBeUndefined();
    expect(key('a')).toBeUndefined();
    expect(key('Tab')).toBeUndefined();
  });
});

describe('tabStopId', () => {
  const marks = [mark('a'), mark('b'), mark('c')];

  it('prefers the active event, then the selected one, then the first drawn', () => {
    expect(tabStopId(marks, 'c', 'b')).toBe('c');
    expect(tabStopId(marks, 'gone', 'b')).toBe('b');
    expect(tabStopId(marks, 'gone', 'also-gone')).toBe('a');
    expect(tabStopId(marks, null, null)).toBe('a');
  });

  it('is null when nothing is drawn', () => {
    expect(tabStopId([], 'a', 'b')).toBeNull();
    expect(tabStopId([], null, null)).toBeNull();
  });
});

describe('steppedIndex', () => {
  const events = [{ id: 'a' }, { id: 'b' }, { id: 'c' }];

  it('steps from the current event and stays within the list', () => {
    expect(steppedIndex(events, 'b', 1)).toBe(2);
    expect(steppedIndex(events, 'b', -1)).toBe(0);
    expect(steppedIndex(events, 'c', 1)).toBe(2);
    expect(steppedIndex(events, 'a', -1)).toBe(0);
  });

  it('starts at the first event when the current one is not in the list, and gives -1 for none', () => {
    expect(steppedIndex(events, 'zzz', 1)).toBe(0);
    expect(steppedIndex(events, null, -1)).toBe(0);
    expect(steppedIndex([], 'a', 1)).toBe(-1);
  });
});

describe('tooltipBox', () => {
  const geometry = { widthPx: 600, rowTopPx: 200, rowPx: 28, axisPx: 30 };
  const item = (x0Px: number, x1Px: number): DrawItem => ({ type: 'mark', mark: mark('a', x0Px, x1Px) });

  it('sits over the middle of the item, above its row when there is room under the axis', () => {
    const box = tooltipBox(item(290, 310), 'Title', '1 May 2019', geometry);
    expect(box.leftPx + box.widthPx / 2).toBeCloseTo(300);
    expect(box.topPx).toBe(200 - 42 - 2);
  });

  it('goes below the row near the axis, and stays inside the chart at the edges', () => {
    const top = tooltipBox(item(-50, 5), 'Title', 'date', { ...geometry, rowTopPx: 40 });
    expect(top.topPx).toBe(40 + 28 + 2);
    expect(top.leftPx).toBe(4);
    const right = tooltipBox(item(590, 900), 'Title', 'date', geometry);
    expect(right.leftPx + right.widthPx).toBe(600 - 4);
  });

  it('shortens a long title to 70 characters with an ellipsis, and is never wider than the chart', () => {
    const box = tooltipBox(item(0, 10), 'x'.repeat(200), 'date', { ...geometry, widthPx: 300 });
    expect(box.title).toBe(`${'x'.repeat(69)}…`);
    expect(box.widthPx).toBe(292);
  });
});

describe('clusterZoomWindow', () => {
  const DAY = 86_400_000;

  it('zooms around the members with a margin', () => {
    const window = clusterZoomWindow({ startMs: 100 * DAY, endMs: 200 * DAY }, [0, 10_000 * DAY], 7 * DAY);
    expect(window).toEqual({ startMs: 90 * DAY, endMs: 210 * DAY });
  });

  it('always narrows the view at least four times, even for a cluster spanning it', () => {
    const window = clusterZoomWindow({ startMs: 0, endMs: 1000 * DAY }, [0, 1000 * DAY], 7 * DAY);
    expect(window.endMs - window.startMs).toBe(250 * DAY);
    expect((window.startMs + window.endMs) / 2).toBe(500 * DAY);
  });
});
