import { expect } from '@open-wc/testing';
import { DATE_STYLE_OPTIONS, DEFAULT_LOCALE, formatUtc, type DateStyle } from '../../../src/scales/date-format.ts';

// The unit test compares the default locale's month tables with Node's ICU; the page runs them
// against the browser's, which ships its own ICU data.
describe('dates in the default locale, in the browser', () => {
  it('are what the browser\'s Intl writes in en-GB, for every style and month', () => {
    const styles = Object.keys(DATE_STYLE_OPTIONS) as DateStyle[];
    const dates = Array.from({ length: 12 }, (_, month) => [Date.UTC(2019, month, 1), Date.UTC(2016, month + 1, 0)]).flat();
    for (const style of styles) {
      const intl = new Intl.DateTimeFormat(DEFAULT_LOCALE, { ...DATE_STYLE_OPTIONS[style], timeZone: 'UTC' });
      for (const ms of dates) expect(`${style} ${ms}: ${formatUtc(ms, style)}`).to.equal(`${style} ${ms}: ${intl.format(ms)}`);
    }
  });
});
