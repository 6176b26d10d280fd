import type { EventKind } from '../model/types.ts';
import { ENGLISH_PRECISION, type PrecisionWords } from '../scales/date-format.ts';
import type { CardDateWords } from '../scales/card-date-words.ts';
import { ENGLISH_NOTICE, type NoticeWords } from './notice-words.ts';
import { ENGLISH as CONTROLS } from './english-controls.ts';
import { ENGLISH as DETAIL } from './english-detail.ts';
import { ENGLISH as CARDS } from './english-cards.ts';
import { ENGLISH as PRESENTATION } from './english-presentation.ts';

/** The UI languages with a message table; other locales fall back to English text. */
export const UI_LANGUAGES = ['en', 'fr', 'de', 'ja'] as const;
export type UiLanguage = (typeof UI_LANGUAGES)[number];

/** Every string the UI writes (shell, filter bar, chart, legend, detail panel, presentation, export, print), in one language. */
export interface Messages {
  readonly loading: string;
  readonly rowsBy: string;
  readonly groupBy: Readonly<Record<'actor' | 'victim' | 'kind', string>>;
  readonly eventCount: (count: number) => string;
  readonly matchCount: (shown: number, total: number) => string;
  readonly noMatch: string;
  readonly clearFilters: string;
  readonly present: string;
  readonly exitPresentation: string;
  readonly previous: string;
  readonly next: string;
  readonly stepOf: (step: number, total: number) => string;
  readonly presentationHelp: string;
  readonly exportLabel: string;
  readonly downloadPng: string;
  readonly downloadSvg: string;
  readonly print: string;
  readonly shown: string;
  readonly sources: string;
  readonly eventsInView: string;
  readonly noEventsInView: string;
  readonly kinds: Readonly<Record<EventKind, string>>;
  /** The data notice's headings (the issues it lists stay as the parser wrote them). */
  readonly notice: NoticeWords;
  /** How precisely an event's date is known, in the detail panel. */
  readonly precision: PrecisionWords;
  /** The narrow-screen button that shows the filters; `active` is how many filters are on. */
  readonly filtersToggle: (active: number) => string;
  /** The screen-reader summary above the chart; `matching` is null when nothing is filtered. */
  readonly summary: (count: number, span: string, groupBy: string, matching: number | null) => string;
  /** Said after the summary when the table of events is there. */
  readonly tableNote: string;
  /** The description's fold: shows the rest, and folds it again. */
  readonly more: string;
  readonly less: string;
  // Narrow screens: the switch between cards and chart, and the cards.
  readonly showAs: string;
  readonly cards: string;
  readonly chart: string;
  readonly cardsLabel: string;
  /** A card's date words ("± 2 days", "since at least 2014"). */
  readonly cardDate: CardDateWords;
  /** On a card: how long after it began a report made the event public (`lag` from `lag`). */
  readonly cardLag: (lag: string) => string;
  readonly sourcesCount: (count: number) => string;
  readonly showEarlier: string;
  readonly showLater: string;
  // Filter bar.
  readonly actors: string;
  readonly victims: string;
  /** Organisations events name that neither act nor are targeted (filter bar and detail panel). */
  readonly subjects: string;
  readonly filterBy: Readonly<Record<'actors' | 'victims' | 'subjects', string>>;
  readonly clearAllFilters: string;
  readonly activeFilters: string;
  readonly removeFilter: (name: string) => string;
  readonly selectedCount: (count: number) => string;
  /** A number of events as a label, no full stop (a filter option's count, a cluster). */
  readonly eventsLabel: (count: number) => string;
  // Event detail panel.
  readonly techniques: string;
  readonly techniqueTitle: (id: string) => string;
  /** Summary of what an actor is known to use (its ATT&CK techniques and malware or tools), opened on demand. */
  readonly actorUses: (actor: string, techniques: number, software: number) => string;
  readonly attribution: string;
  /** "by attributes this to actor", in the language's word order; `actor` is kept as given (it is emphasised). */
  readonly attributes: <T>(by: string, actor: T) => readonly (string | T)[];
  readonly disputed: (topic: string) => string;
  readonly madePublic: string;
  readonly publicAfter: (lag: string) => string;
  readonly lag: (count: number, unit: 'year' | 'month' | 'day') => string;
  readonly closeDetails: string;
  /** The detail panel's previous / next, in date order among the events passing the filters. */
  readonly eventOrder: string;
  readonly previousEvent: (title: string) => string;
  readonly nextEvent: (title: string) => string;
  readonly undated: string;
  readonly tlpTitle: string;
  /** The mark beside a source that is the party's own text. */
  readonly primarySource: string;
  // Chart toolbar, keyboard label and tooltip.
  readonly showing: (window: string) => string;
  readonly zoom: string;
  readonly zoomIn: string;
  readonly zoomInTitle: string;
  readonly zoomOut: string;
  readonly zoomOutTitle: string;
  readonly fit: string;
  readonly fitTitle: string;
  readonly chartLabel: (window: string, shown: number, total: number) => string;
  readonly clusterHint: string;
  /** Tooltip hint of a cluster small enough to open a list of its members. */
  readonly clusterListHint: string;
  // Legend.
  readonly eventKinds: string;
  readonly howDatesDrawn: string;
  readonly exactDay: string;
  readonly uncertainDate: string;
  readonly periodShape: string;
  // Search box.
  readonly search: string;
  readonly searchPlaceholder: string;
  readonly matchingEvents: string;
  readonly moreMatches: (count: number) => string;
  /** The search status: `position` is the 1-based place of the selected match, or null. */
  readonly searchStatus: (total: number, position: number | null, hidden: number) => string;
  // Event table.
  readonly tableSummary: (total: number) => string;
  readonly tableCaption: (shown: number, total: number) => string;
  readonly columns: Readonly<Record<'date' | 'event' | 'kind', string>>;
  readonly tableMore: (page: number, remaining: number) => string;
  // Overview strip.
  readonly overviewLabel: (window: string) => string;
}

/**
 * English, always at hand. The words only lazily loaded parts use are in their own modules
 * (english-*.ts); the embed build (vite.embed.config.ts) puts each in its part's chunk instead of
 * here, and the part adds them with `addEnglish` when it arrives.
 */
const en: Messages = {
  ...CONTROLS,
  ...DETAIL,
  ...CARDS,
  ...PRESENTATION,
  notice: ENGLISH_NOTICE,
  precision: ENGLISH_PRECISION,
  filtersToggle: (active) => `Filters and rows${active > 0 ? ` (${active} active)` : ''}`,
  summary: (count, span, groupBy, matching) =>
    `Timeline of ${count} event${count === 1 ? '' : 's'}, ${span.replace(' – ', ' to ')}, in rows by ${groupBy}.${matching === null ? '' : ` ${matching} match the filters.`}`,
  tableNote: 'The same events are listed in the table below the chart.',
  more: 'More',
  less: 'Less',
  showAs: 'Show as',
  cards: 'Cards',
  chart: 'Chart',
  loading: 'Loading timeline…',
  rowsBy: 'Rows by',
  groupBy: { actor: 'actor', victim: 'victim', kind: 'kind' },
  eventCount: (count) => `${count} event${count === 1 ? '' : 's'}.`,
  matchCount: (shown, total) => `${shown} of ${total} events match the filters.`,
  noMatch: 'No events match these filters.',
  clearFilters: 'Clear filters',
  previous: 'Previous',
  next: 'Next',
  shown: 'Shown',
  sources: 'Sources',
  eventsInView: 'Events in this view',
  noEventsInView: 'No events in this view.',
  actors: 'Actors',
  victims: 'Victims',
  subjects: 'Also named',
  eventsLabel: (count) => `${count} event${count === 1 ? '' : 's'}`,
  lag: (count, unit) => `${count} ${unit}${count === 1 ? '' : 's'}`,
  primarySource: 'primary source',
  showing: (window) => `Showing ${window}`,
  zoom: 'Zoom',
  zoomIn: 'Zoom in',
  zoomInTitle: 'Zoom in (+)',
  zoomOut: 'Zoom out',
  zoomOutTitle: 'Zoom out (−)',
  fit: 'Fit',
  fitTitle: 'Show everything (0)',
  chartLabel: (window, shown, total) =>
    `Timeline, ${window}: ${shown} of ${total} events visible. Use arrow keys to move between events, Enter to open one, plus and minus to zoom.`,
  clusterHint: 'Click to zoom in on them',
  clusterListHint: 'Click to list them',
  eventKinds: 'Event kinds',
  howDatesDrawn: 'How dates are drawn',
  exactDay: 'Exact day',
  uncertainDate: 'Rough date (faint: month, season, year or ± days)',
  periodShape: 'Period (faded ends: known roughly; arrow: may have begun earlier)',
  kinds: {
    activity: 'Activity', intrusion: 'Intrusion', detection: 'Detection', report: 'Report',
    'legal-action': 'Legal action', 'government-statement': 'Government statement',
    'government-advisory': 'Government advisory', policy: 'Policy', corporate: 'Corporate', 'follow-up': 'Follow-up',
  },
};

/** The tables at hand: English always; others once `loadMessages` has fetched them. */
const loaded = new Map<UiLanguage, Messages>([['en', en]]);
const loading = new Map<UiLanguage, Promise<Messages>>();

/** Each non-English table is its own module, so the embed fetches it only when a locale asks for it. */
const LOADERS: Readonly<Record<Exclude<UiLanguage, 'en'>, () => Promise<{ default: Messages }>>> = {
  fr: () => import('./messages-fr.ts'),
  de: () => import('./messages-de.ts'),
  ja: () => import('./messages-ja.ts'),
};

/** Adds the English words a lazily loaded part brings (see `en`); the same words again change nothing. */
export function addEnglish(words: Partial<Messages>): void {
  Object.assign(en, words);
}

/** The UI language of a BCP 47 tag: its primary subtag when we have a table for it, else English. */
export function uiLanguageOf(locale: string | null | undefined): UiLanguage {
  const primary = (locale ?? '').trim().toLowerCase().split(/[-_]/)[0] ?? '';
  return (UI_LANGUAGES as readonly string[]).includes(primary) ? (primary as UiLanguage) : 'en';
}

/**
 * The message table for a locale if it is at hand (`fr-CA` → French; unknown or empty →
 * English). French, German and Japanese are at hand once `loadMessages` has fetched them; until
 * then this gives English. Never throws.
 */
export function messagesFor(locale: string | null | undefined): Messages {
  return loaded.get(uiLanguageOf(locale)) ?? en;
}

/** Whether `messagesFor(locale)` already gives the locale's own table (no fetch needed). */
export function hasMessages(locale: string | null | undefined): boolean {
  return loaded.has(uiLanguageOf(locale));
}

/**
 * The message table for a locale, fetching it first if needed (in the embed, the file
 * `attack-timeline-messages-<language>.js` beside the script). English resolves at once. Rejects
 * when the table cannot be loaded; a later call tries again.
 */
export function loadMessages(locale: string | null | undefined): Promise<Messages> {
  const language = uiLanguageOf(locale);
  const table = loaded.get(language);
  if (table) return Promise.resolve(table);
  let pending = loading.get(language);
  if (!pending) {
    pending = LOADERS[language as Exclude<UiLanguage, 'en'>]().then(
      (module) => {
        loaded.set(language, module.default);
        loading.delete(language);
        return module.default;
      },
      (error: unknown) => {
        loading.delete(language);
        throw error;
      },
    );
    loading.set(language, pending);
  }
  return pending;
}
