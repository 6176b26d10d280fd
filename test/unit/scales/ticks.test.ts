import { describe, it, expect } from 'vitest';
import { scaleUtc } from 'd3-scale';
import { createBaseScale } from '../../../src/scales/time-scale.ts';
import { describeWindow, timeTicks } from '../../../src/scales/ticks.ts';
import { DAY_MS } from '../helpers.ts';

const WIDTH = 800;
const ticksFor = (start: number, end: number, width = WIDTH) => timeTicks(createBaseScale([start, end], width), width);

function expectUtcMidnights(ms: readonly number[]): void {
  for (const t of ms) {
    const date = new Date(t);
    expect([date.getUTCHours(), date.getUTCMinutes(), date.getUTCSeconds(), date.getUTCMilliseconds()]).toEqual([0, 0, 0, 0]);
  }
}

describe('timeTicks', () => {
  it('labels a 14-year window with years', () => {
    const ticks = ticksFor(Date.UTC(2006, 0, 1), Date.UTC(2020, 0, 1));
    expect(ticks.length).toBeGreaterThanOrEqual(4);
    for (const tick of ticks) {
      expect(tick.label).toMatch(/^\d{4}$/);
      expect(tick.major).toBe(true);
      expect(tick.label).toBe(String(new Date(tick.ms).getUTCFullYear()));
    }
    expect(ticks.map((tick) => tick.label)).toContain('2010');
    expectUtcMidnights(ticks.map((tick) => tick.ms));
  });

  it('labels a 3-month window with months and days, no years', () => {
    const ticks = ticksFor(Date.UTC(2016, 2, 1), Date.UTC(2016, 5, 1));
    expect(ticks.length).toBeGreaterThanOrEqual(4);
    for (const tick of ticks) {
      expect(tick.label).toMatch(/^(\d{1,2} )?[A-Z][a-z]{2}$/);
      expect(tick.major).toBe(false);
      const date = new Date(tick.ms);
      const expected = date.getUTCDate() === 1
        ? date.toLocaleString('en-GB', { month: 'short', timeZone: 'UTC' })
        : `${date.getUTCDate()} ${date.toLocaleString('en-GB', { month: 'short', timeZone: 'UTC' })}`;
      expect(tick.label).toBe(expected);
    }
    expect(ticks.some((tick) => tick.label.includes(' '))).toBe(true);
    expectUtcMidnights(ticks.map((tick) => tick.ms));
  });

  it('labels 1 January 2016 "2016" in a non-UTC zone', () => {
    const ticks = ticksFor(Date.UTC(2015, 6, 1), Date.UTC(2016, 6, 1));
    const newYear = ticks.find((tick) => tick.ms === Date.UTC(2016, 0, 1));
    expect(newYear).toBeDefined();
    expect(newYear!.label).toBe('2016');
    expect(newYear!.major).toBe(true);
    expect(ticks.filter((tick) => tick.major)).toHaveLength(1);
  });

  it('labels the first of a month with the month name', () => {
    const ticks = ticksFor(Date.UTC(2016, 0, 15), Date.UTC(2016, 6, 15));
    expect(ticks.find((tick) => tick.ms === Date.UTC(2016, 2, 1))?.label).toBe('Mar');
  });

  it('never ticks finer than a day', () => {
    for (const [start, end] of [
      [Date.UTC(2016, 2, 10), Date.UTC(2016, 2, 12)],
      [Date.UTC(2016, 2, 10, 5), Date.UTC(2016, 2, 10, 20)],
      [Date.UTC(2016, 10, 1), Date.UTC(2016, 10, 15)],
    ] as const) {
      const ticks = ticksFor(start, end);
      expectUtcMidnights(ticks.map((tick) => tick.ms));
    }
    expect(ticksFor(Date.UTC(2016, 2, 10, 5), Date.UTC(2016, 2, 10, 20))).toEqual([]);
  });

  it('places each tick with the scale', () => {
    const start = Date.UTC(2010, 0, 1);
    const end = Date.UTC(2020, 0, 1);
    for (const tick of ticksFor(start, end)) {
      expect(tick.xPx).toBeCloseTo(((tick.ms - start) / (end - start)) * WIDTH, 6);
      expect(tick.xPx).toBeGreaterThanOrEqual(0);
      expect(tick.xPx).toBeLessThanOrEqual(WIDTH);
    }
  });

  it('uses more ticks on a wider chart, at least two', () => {
    const narrow = ticksFor(Date.UTC(2000, 0, 1), Date.UTC(2020, 0, 1), 200);
    const wide = ticksFor(Date.UTC(2000, 0, 1), Date.UTC(2020, 0, 1), 1600);
    expect(wide.length).toBeGreaterThan(narrow.length);
    expect(narrow.length).toBeGreaterThanOrEqual(2);
  });

  it('picks the instants scaleUtc(…).ticks(count) picks, at day precision or coarser', () => {
    const windows: [number, number][] = [
      [Date.UTC(2006, 0, 1), Date.UTC(2020, 0, 1)],
      [Date.UTC(2015, 6, 1), Date.UTC(2016, 6, 1)],
      [Date.UTC(2016, 2, 1), Date.UTC(2016, 5, 1)],
      [Date.UTC(2016, 10, 1, 5), Date.UTC(2016, 10, 15, 17)],
      [Date.UTC(1990, 3, 7), Date.UTC(2031, 8, 30)],
    ];
    for (const [start, end] of windows) {
      for (const width of [200, 800, 1600, 3840]) {
        const expected = scaleUtc()
          .domain([start, end])
          .ticks(Math.max(2, Math.floor(width / 90)))
          .map((date) => date.getTime())
          .filter((ms) => ms % DAY_MS === 0);
        expect(ticksFor(start, end, width).map((tick) => tick.ms)).toEqual(expected);
      }
    }
  });

  it('gives no ticks for a zero or invalid width', () => {
    const scale = createBaseScale([Date.UTC(2010, 0, 1), Date.UTC(2020, 0, 1)], 800);
    expect(timeTicks(scale, 0)).toEqual([]);
    expect(timeTicks(scale, -5)).toEqual([]);
    expect(timeTicks(scale, Number.NaN)).toEqual([]);
  });
});

describe('describeWindow', () => {
  it('names months for a long window', () => {
    expect(describeWindow(Date.UTC(2012, 2, 10), Date.UTC(2020, 0, 1))).toBe('Mar 2012 – Jan 2020');
  });

  it('names days for a short window', () => {
    expect(describeWindow(Date.UTC(2016, 2, 1), Date.UTC(2016, 5, 1) + 10 * DAY_MS)).toBe('1 Mar 2016 – 11 Jun 2016');
  });

  it('reads UTC days at midnight in a zone west of UTC', () => {
    expect(describeWindow(Date.UTC(2016, 0, 1), Date.UTC(2016, 0, 31))).toBe('1 Jan 2016 – 31 Jan 2016');
  });
});
