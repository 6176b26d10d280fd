import { beforeAll, describe, expect, it } from 'vitest';
import { loadMessages, messagesFor, uiLanguageOf, UI_LANGUAGES } from '../../../src/i18n/messages.ts';
import { resolveDateLocale } from '../../../src/i18n/locale.ts';
import { formatUtc } from '../../../src/scales/date-format.ts';
import { timeTicks } from '../../../src/scales/ticks.ts';
import { createBaseScale } from '../../../src/scales/time-scale.ts';
import { EVENT_KINDS } from '../../../src/model/types.ts';

describe('UI messages', () => {
  // The tables other than English load on demand (see load-messages.test.ts); here, all of them.
  beforeAll(async () => {
    for (const language of UI_LANGUAGES) await loadMessages(language);
  });

  it('picks the table by primary language, English otherwise', () => {
    expect(uiLanguageOf('fr-CA')).toBe('fr');
    expect(uiLanguageOf('de_AT')).toBe('de');
    expect(uiLanguageOf('JA')).toBe('ja');
    expect(uiLanguageOf('es')).toBe('en');
    expect(uiLanguageOf(null)).toBe('en');
    expect(messagesFor('fr').present).toBe('Présenter');
    expect(messagesFor('de').print).toBe('Drucken');
    expect(messagesFor('ja').sources).toBe('出典');
  });

  it('has every string, and a label for every kind, in every language', () => {
    const keys = Object.keys(messagesFor('en')).sort();
    for (const language of UI_LANGUAGES) {
      const messages = messagesFor(language);
      expect(Object.keys(messages).sort()).toEqual(keys);
      for (const kind of EVENT_KINDS) expect(messages.kinds[kind]).toMatch(/\S/);
      expect(messages.stepOf(2, 9)).toMatch(/2/);
      expect(messages.stepOf(2, 9)).toMatch(/9/);
    }
  });

  it('writes the component strings with numbers and word order of each language', () => {
    const en = messagesFor('en');
    expect(en.eventsLabel(1)).toBe('1 event');
    expect(en.eventsLabel(3)).toBe('3 events');
    expect(en.filterBy.actors).toBe('Filter by actors');
    expect(en.attributes('A', 'B')).toEqual(['A attributes this to ', 'B']);
    expect(en.lag(7, 'year')).toBe('7 years');
    expect(en.lag(1, 'day')).toBe('1 day');
    expect(en.searchStatus(3, 2, 1)).toBe('3 matches, showing 2 of 3 (1 more hidden by the filters).');
    expect(en.searchStatus(0, null, 0)).toBe('No matches.');
    expect(en.tableCaption(50, 80)).toBe('Events matching the filters, oldest first (first 50 of 80)');
    expect(messagesFor('fr').lag(3, 'month')).toBe('3 mois');
    expect(messagesFor('fr').lag(2, 'year')).toBe('2 ans');
    expect(messagesFor('de').lag(1, 'year')).toBe('1 Jahr');
    expect(messagesFor('de').lag(7, 'year')).toBe('7 Jahre');
    expect(messagesFor('de').attributes('A', 'B')).toEqual(['A schreibt dies ', 'B', ' zu']);
    expect(messagesFor('ja').publicAfter(messagesFor('ja').lag(7, 'year'))).toBe('開始から 7 年後に公表');
    for (const language of UI_LANGUAGES) {
      const messages = messagesFor(language);
      expect(messages.chartLabel('W', 4, 9)).toMatch(/4/);
      expect(messages.chartLabel('W', 4, 9)).toMatch(/9/);
      expect(messages.searchStatus(5, 2, 3)).toMatch(/5/);
      expect(messages.searchStatus(5, 2, 3)).toMatch(/3/);
      expect(messages.attributes('A', 'B')).toContain('B');
      expect(Object.keys(messages.columns).sort()).toEqual(['date', 'event', 'kind']);
    }
  });

  it('counts with the right plural', () => {
    expect(messagesFor('en').eventCount(1)).toBe('1 event.');
    expect(messagesFor('en').eventCount(58)).toBe('58 events.');
    expect(messagesFor('fr').eventCount(1)).toBe('1 événement.');
    expect(messagesFor('de').eventCount(2)).toBe('2 Ereignisse.');
  });
});

describe('date locale', () => {
  it('canonicalises a usable tag and falls back to en-GB', () => {
    expect(resolveDateLocale('fr-ca')).toBe('fr-CA');
    expect(resolveDateLocale('')).toBe('en-GB');
    expect(resolveDateLocale(null)).toBe('en-GB');
    expect(resolveDateLocale('not a locale!')).toBe('en-GB');
  });

  it('writes month names in the locale, in UTC', () => {
    const ms = Date.UTC(2019, 5, 25);
    expect(formatUtc(ms, 'day-month-year', 'en-GB')).toBe('25 Jun 2019');
    expect(formatUtc(ms, 'day-month-year', 'fr')).toMatch(/25 juin 2019/);
    expect(formatUtc(ms, 'day-month-year', 'de')).toMatch(/25\. Juni 2019/);
    expect(formatUtc(ms, 'day-month-year', 'ja')).toBe('2019年6月25日');
  });

  it('labels axis ticks in the locale', () => {
    const scale = createBaseScale([Date.UTC(2019, 0, 1), Date.UTC(2019, 11, 31)], 900);
    const french = timeTicks(scale, 900, 'fr').map((tick) => tick.label);
    const english = timeTicks(scale, 900).map((tick) => tick.label);
    expect(english).toContain('Apr');
    expect(french).toContain('avr.');
  });
});
