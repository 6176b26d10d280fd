import { describe, expect, it } from 'vitest';
import { disclosureLag, formatCardDate } from '../../../src/scales/card-date.ts';
import { messagesFor } from '../../../src/i18n/messages.ts';
import french from '../../../src/i18n/messages-fr.ts';
import { makeEvents, type EventSpec } from '../helpers.ts';

const when = (spec: Omit<EventSpec, 'id'>) => makeEvents([{ id: 'e', ...spec }])[0]!.when;

describe('formatCardDate', () => {
  it('writes a moment at the precision the data has, and no finer', () => {
    expect(formatCardDate(when({ date: '2017' }))).toBe('2017');
    expect(formatCardDate(when({ date: '2017-spring' }))).toBe('spring 2017');
    expect(formatCardDate(when({ date: '2017-late' }))).toBe('late 2017');
    expect(formatCardDate(when({ date: '2017-04' }))).toBe('Apr 2017');
    expect(formatCardDate(when({ date: '2017-04-03' }))).toBe('3 Apr 2017');
    expect(formatCardDate(when({ date: '2017-04-03', approxDays: 2 }))).toBe('3 Apr 2017 ± 2 days');
    expect(formatCardDate(when({ date: '2017-04-03', approxDays: 1 }))).toBe('3 Apr 2017 ± 1 day');
  });

  it('writes a period from start to end, each at its own precision, and says when it may have begun earlier', () => {
    expect(formatCardDate(when({ start: '2014', end: '2017-late' }))).toBe('2014 – late 2017');
    expect(formatCardDate(when({ start: '2014', end: '2017-late', openStart: true }))).toBe('since at least 2014 – late 2017');
    expect(formatCardDate(when({ start: '2016-04-03', end: '2016-06' }))).toBe('3 Apr 2016 – Jun 2016');
    expect(formatCardDate(when({ start: '2018-winter', end: '2019' }))).toBe('winter 2018–19 – 2019');
  });

  it('reads the UTC day whatever the local zone (tests run in Los Angeles)', () => {
    expect(formatCardDate(when({ date: '2018-01-01' }))).toBe('1 Jan 2018');
    expect(formatCardDate(when({ date: '2018-12-31' }))).toBe('31 Dec 2018');
  });

  it('follows the locale and the language of the words', () => {
    expect(formatCardDate(when({ date: '2017-04' }), 'fr')).toBe('avr. 2017');
    expect(formatCardDate(when({ start: '2014', end: '2015', openStart: true }), 'fr', french.cardDate)).toBe('depuis au moins 2014 – 2015');
  });
});

describe('disclosureLag', () => {
  const [activity, report, later, earlier] = makeEvents([
    { id: 'activity', start: '2012', end: '2017' },
    { id: 'report', date: '2018-12-20', kind: 'report' },
    { id: 'later', date: '2019-06-25', kind: 'report' },
    { id: 'earlier', date: '2011', kind: 'report' },
  ]);

  it('counts from the start of the event to the first report that revealed it, in its largest whole unit', () => {
    expect(disclosureLag(activity!, [later!, report!])).toEqual({ count: 6, unit: 'year', by: report });
    const [day, month] = makeEvents([{ id: 'day', date: '2018-12-01' }, { id: 'month', date: '2018-10-15' }]);
    expect(disclosureLag(day!, [report!])).toMatchObject({ count: 19, unit: 'day' });
    expect(disclosureLag(month!, [report!])).toMatchObject({ count: 2, unit: 'month' });
  });

  it('gives nothing without a report, or for a report that does not come after the event', () => {
    expect(disclosureLag(activity!, [])).toBe(null);
    expect(disclosureLag(activity!, [earlier!])).toBe(null);
  });

  it('reads as the detail panel says it, in words', () => {
    const m = messagesFor('en');
    const lag = disclosureLag(activity!, [report!])!;
    expect(m.cardLag(m.lag(lag.count, lag.unit))).toBe('Made public 6 years after it began');
  });
});
