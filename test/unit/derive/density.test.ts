import { describe, expect, it } from 'vitest';
import { densityBins, resizeWindow, shiftWindow } from '../../../src/derive/density.ts';
import { makeEvents } from '../helpers.ts';

const Y2016 = Date.UTC(2016, 0, 1);
/** Four slices of exactly 366 days, so slice edges fall on 1 January of 2017 and 2018. */
const END = Y2016 + 4 * 366 * 86_400_000;

describe('densityBins', () => {
  const events = makeEvents([
    { id: 'a', date: '2016-02-01' },
    { id: 'b', date: '2016-03-01' },
    { id: 'c', date: '2019-12-31' },
    { id: 'period', start: '2017', end: '2018' },
    { id: 'outside', date: '2021' },
  ]);

  it('counts events per slice of the extent, periods in every slice they span', () => {
    expect(densityBins(events, [Y2016, END], 4)).toEqual([2, 1, 1, 1]);
  });

  it('does not count an event in the slice its exclusive end touches', () => {
    const [year] = makeEvents([{ id: 'y', date: '2016' }]);
    expect(densityBins([year!], [Y2016, END], 4)).toEqual([1, 0, 0, 0]);
  });

  it('gives zeros for no events, and nothing for no bins or an empty extent', () => {
    expect(densityBins([], [Y2016, END], 3)).toEqual([0, 0, 0]);
    expect(densityBins(events, [Y2016, END], 0)).toEqual([]);
    expect(densityBins(events, [Y2016, Y2016], 2)).toEqual([0, 0]);
  });
});

describe('shiftWindow and resizeWindow', () => {
  const extent = [0, 100] as const;

  it('moves a window, keeping its span and staying inside the extent', () => {
    expect(shiftWindow([10, 30], 5, extent)).toEqual([15, 35]);
    expect(shiftWindow([10, 30], -50, extent)).toEqual([0, 20]);
    expect(shiftWindow([10, 30], 500, extent)).toEqual([80, 100]);
    expect(shiftWindow([-10, 200], 5, extent)).toEqual([0, 100]);
  });

  it('drags one edge within bounds, never below the minimum span', () => {
    expect(resizeWindow([10, 30], 'start', 5, extent, 2)).toEqual([5, 30]);
    expect(resizeWindow([10, 30], 'start', 40, extent, 2)).toEqual([28, 30]);
    expect(resizeWindow([10, 30], 'end', 150, extent, 2)).toEqual([10, 100]);
    expect(resizeWindow([10, 30], 'end', 0, extent, 2)).toEqual([10, 12]);
    expect(resizeWindow([10, 30], 'start', -20, extent, 2)).toEqual([0, 30]);
  });
});
