import { describe, expect, it } from 'vitest';
import { eventsInWindow, fitStepWindow, type SubjectRoom } from '../../../src/story/step-window.ts';
import { readFileSync } from 'node:fs';
import { parseDatasetLenient } from '../../../src/model/parse-dataset.ts';

const DAY = 86_400_000;
const Y2016 = Date.UTC(2016, 0, 1);
const Y2018 = Date.UTC(2018, 0, 1);
const WIDTH = 1000;
const PAD = 16;

/** Where a time falls on a chart `WIDTH` px wide showing `window`. */
function xPx(window: { startMs: number; endMs: number }, ms: number): number {
  return ((ms - window.startMs) / (window.endMs - window.startMs)) * WIDTH;
}

function expectFits(window: { startMs: number; endMs: number }, subject: SubjectRoom): void {
  const left = subject.point ? (subject.startMs + subject.endMs) / 2 : subject.startMs;
  const right = subject.point ? left : subject.endMs;
  expect(xPx(window, left)).toBeGreaterThanOrEqual(PAD - 0.01);
  expect(xPx(window, right)).toBeLessThanOrEqual(WIDTH - PAD + 0.01);
  const labelPx = Math.min(subject.labelPx, 0.7 * WIDTH);
  const inside = !subject.point && xPx(window, right) - xPx(window, left) >= labelPx + 2 * PAD;
  if (!inside) expect(xPx(window, right) + subject.labelOffsetPx + labelPx).toBeLessThanOrEqual(WIDTH - PAD + 0.01);
}

describe('fitStepWindow', () => {
  const window = { startMs: Y2016, endMs: Y2018 };

  it('returns the window itself when the subject and its label already fit', () => {
    const subject: SubjectRoom = { startMs: Y2016 + 100 * DAY, endMs: Y2016 + 101 * DAY, point: true, labelPx: 200, labelOffsetPx: 10 };
    expect(fitStepWindow(window, subject, WIDTH, PAD)).toBe(window);
  });

  it('widens to the right when a point near the right edge has no room for its label, keeping the start', () => {
    const subject: SubjectRoom = { startMs: Y2018 - 30 * DAY, endMs: Y2018 - 29 * DAY, point: true, labelPx: 300, labelOffsetPx: 10 };
    const fitted = fitStepWindow(window, subject, WIDTH, PAD);
    expect(fitted.startMs).toBe(window.startMs);
    expect(fitted.endMs).toBeGreaterThan(window.endMs);
    expectFits(fitted, subject);
  });

  it('widens to the left for a subject that starts before the window, and takes in its end', () => {
    const subject: SubjectRoom = { startMs: Y2016 - 200 * DAY, endMs: Y2018 + 10 * DAY, point: false, labelPx: 250, labelOffsetPx: 4 };
    const fitted = fitStepWindow(window, subject, WIDTH, PAD);
    expect(fitted.startMs).toBeLessThan(subject.startMs);
    expect(fitted.endMs).toBeGreaterThan(subject.endMs);
    expectFits(fitted, subject);
  });

  it('a span too short for its label gets room for it after its end', () => {
    const subject: SubjectRoom = { startMs: Y2018 - 60 * DAY, endMs: Y2018 - 40 * DAY, point: false, labelPx: 300, labelOffsetPx: 8 };
    const fitted = fitStepWindow(window, subject, WIDTH, PAD);
    expect(fitted.endMs).toBeGreaterThan(window.endMs);
    expect(xPx(fitted, subject.endMs) + 8 + 300).toBeLessThanOrEqual(WIDTH - PAD + 0.01);
  });

  it('a span wide enough to hold its label keeps the window (the label goes inside it)', () => {
    const subject: SubjectRoom = { startMs: Y2016 + 30 * DAY, endMs: Y2018 - 30 * DAY, point: false, labelPx: 300, labelOffsetPx: 8 };
    expect(fitStepWindow(window, subject, WIDTH, PAD)).toBe(window);
  });

  it('a subject right at the left edge gets its padding', () => {
    const subject: SubjectRoom = { startMs: Y2016, endMs: Y2016 + DAY, point: true, labelPx: 100, labelOffsetPx: 10 };
    const fitted = fitStepWindow(window, subject, WIDTH, PAD);
    expect(fitted.startMs).toBeLessThan(window.startMs);
    expectFits(fitted, subject);
  });

  it('a label longer than the chart claims at most 70 % of it', () => {
    const subject: SubjectRoom = { startMs: Y2016 + 300 * DAY, endMs: Y2016 + 301 * DAY, point: true, labelPx: 5000, labelOffsetPx: 10 };
    const fitted = fitStepWindow(window, subject, WIDTH, PAD);
    expectFits(fitted, subject);
    expect(xPx(fitted, subject.startMs)).toBeGreaterThan(0.2 * WIDTH);
  });

  it('puts the label before a subject near the end of the extent, where the chart cannot widen', () => {
    const subject: SubjectRoom = { startMs: Y2018 - 30 * DAY, endMs: Y2018 - 29 * DAY, point: true, labelPx: 300, labelOffsetPx: 10 };
    const fitted = fitStepWindow(window, subject, WIDTH, PAD, [Date.UTC(2010, 0, 1), Y2018]);
    expect(fitted.endMs).toBeLessThanOrEqual(Y2018);
    expect(xPx(fitted, subject.startMs) - 10 - 300).toBeGreaterThanOrEqual(PAD - 0.01);
    expect(xPx(fitted, subject.startMs)).toBeLessThanOrEqual(WIDTH - PAD + 0.01);
  });

  it('leaves the window alone when the chart has no width yet', () => {
    const subject: SubjectRoom = { startMs: Y2018, endMs: Y2018 + DAY, point: true, labelPx: 100, labelOffsetPx: 10 };
    expect(fitStepWindow(window, subject, 0, PAD)).toBe(window);
  });
});

describe('eventsInWindow', () => {
  const parsed = parseDatasetLenient(JSON.parse(readFileSync(new URL('../../fixtures/small.json', import.meta.url), 'utf8')));
  if (!parsed.ok) throw new Error('the small fixture must parse');
  const { dataset } = parsed;

  it('keeps every event with any part in the window (a period reaching into it too), in order', () => {
    // 2016–2017: the 2014 – Apr 2017 campaign reaches in, the 2015 policy does not.
    expect(eventsInWindow(dataset.events, { startMs: Y2016, endMs: Date.UTC(2017, 2, 1) }).map((event) => event.id)).toEqual(['e-cloudhopper']);
    expect(eventsInWindow(dataset.events, { startMs: Y2016, endMs: Y2018 }).map((event) => event.id)).toEqual(['e-cloudhopper', 'e-report-pwc']);
  });

  it('gives [] for no events', () => {
    expect(eventsInWindow([], { startMs: Y2016, endMs: Y2018 })).toEqual([]);
  });
});
