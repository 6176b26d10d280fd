import type { EventKind } from '../model/types.ts';

/** The UI languages with a message table; other locales fall back to English text. */
export const UI_LANGUAGES = ['en', 'fr', 'de', 'ja'] as const;
export type UiLanguage = (typeof UI_LANGUAGES)[number];

/** Every string the shell, the presentation bar, export and print write, in one language. */
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
}

const en: Messages = {
  loading: 'Loading timeline…',
  rowsBy: 'Rows by',
  groupBy: { actor: 'actor', victim: 'victim', kind: 'kind' },
  eventCount: (count) => `${count} event${count === 1 ? '' : 's'}.`,
  matchCount: (shown, total) => `${shown} of ${total} events match the filters.`,
  noMatch: 'No events match these filters.',
  clearFilters: 'Clear filters',
  present: 'Present',
  exitPresentation: 'Exit',
  previous: 'Previous',
  next: 'Next',
  stepOf: (step, total) => `Step ${step} of ${total}`,
  presentationHelp: '→ / Space next, ← previous, Esc exits',
  exportLabel: 'Export',
  downloadPng: 'PNG',
  downloadSvg: 'SVG',
  print: 'Print',
  shown: 'Shown',
  sources: 'Sources',
  eventsInView: 'Events in this view',
  noEventsInView: 'No events in this view.',
  kinds: {
    activity: 'Activity', intrusion: 'Intrusion', detection: 'Detection', report: 'Report',
    'legal-action': 'Legal action', 'government-statement': 'Government statement',
    'government-advisory': 'Government advisory', policy: 'Policy', corporate: 'Corporate', 'follow-up': 'Follow-up',
  },
};

const fr: Messages = {
  loading: 'Chargement de la chronologie…',
  rowsBy: 'Lignes par',
  groupBy: { actor: 'acteur', victim: 'victime', kind: 'type' },
  eventCount: (count) => `${count} événement${count > 1 ? 's' : ''}.`,
  matchCount: (shown, total) => `${shown} événements sur ${total} correspondent aux filtres.`,
  noMatch: 'Aucun événement ne correspond à ces filtres.',
  clearFilters: 'Effacer les filtres',
  present: 'Présenter',
  exitPresentation: 'Quitter',
  previous: 'Précédent',
  next: 'Suivant',
  stepOf: (step, total) => `Étape ${step} sur ${total}`,
  presentationHelp: '→ / Espace : suivant, ← : précédent, Échap : quitter',
  exportLabel: 'Exporter',
  downloadPng: 'PNG',
  downloadSvg: 'SVG',
  print: 'Imprimer',
  shown: 'Période affichée',
  sources: 'Sources',
  eventsInView: 'Événements affichés',
  noEventsInView: 'Aucun événement dans cette vue.',
  kinds: {
    activity: 'Activité', intrusion: 'Intrusion', detection: 'Détection', report: 'Rapport',
    'legal-action': 'Action en justice', 'government-statement': 'Déclaration gouvernementale',
    'government-advisory': 'Alerte gouvernementale', policy: 'Politique', corporate: 'Entreprise', 'follow-up': 'Suites',
  },
};

const de: Messages = {
  loading: 'Zeitleiste wird geladen …',
  rowsBy: 'Zeilen nach',
  groupBy: { actor: 'Akteur', victim: 'Opfer', kind: 'Art' },
  eventCount: (count) => `${count} Ereignis${count === 1 ? '' : 'se'}.`,
  matchCount: (shown, total) => `${shown} von ${total} Ereignissen entsprechen den Filtern.`,
  noMatch: 'Keine Ereignisse entsprechen diesen Filtern.',
  clearFilters: 'Filter zurücksetzen',
  present: 'Präsentieren',
  exitPresentation: 'Beenden',
  previous: 'Zurück',
  next: 'Weiter',
  stepOf: (step, total) => `Schritt ${step} von ${total}`,
  presentationHelp: '→ / Leertaste weiter, ← zurück, Esc beendet',
  exportLabel: 'Exportieren',
  downloadPng: 'PNG',
  downloadSvg: 'SVG',
  print: 'Drucken',
  shown: 'Gezeigter Zeitraum',
  sources: 'Quellen',
  eventsInView: 'Ereignisse in dieser Ansicht',
  noEventsInView: 'Keine Ereignisse in dieser Ansicht.',
  kinds: {
    activity: 'Aktivität', intrusion: 'Einbruch', detection: 'Entdeckung', report: 'Bericht',
    'legal-action': 'Rechtliche Schritte', 'government-statement': 'Regierungserklärung',
    'government-advisory': 'Behördenwarnung', policy: 'Politik', corporate: 'Unternehmen', 'follow-up': 'Nachspiel',
  },
};

const ja: Messages = {
  loading: 'タイムラインを読み込んでいます…',
  rowsBy: '行の分類',
  groupBy: { actor: '主体', victim: '被害者', kind: '種類' },
  eventCount: (count) => `${count} 件の出来事。`,
  matchCount: (shown, total) => `${total} 件中 ${shown} 件がフィルターに一致。`,
  noMatch: 'このフィルターに一致する出来事はありません。',
  clearFilters: 'フィルターを解除',
  present: 'プレゼン',
  exitPresentation: '終了',
  previous: '前へ',
  next: '次へ',
  stepOf: (step, total) => `${total} 中 ${step}`,
  presentationHelp: '→ / スペースで次へ、← で前へ、Esc で終了',
  exportLabel: 'エクスポート',
  downloadPng: 'PNG',
  downloadSvg: 'SVG',
  print: '印刷',
  shown: '表示期間',
  sources: '出典',
  eventsInView: 'この表示の出来事',
  noEventsInView: 'この表示に出来事はありません。',
  kinds: {
    activity: '活動', intrusion: '侵入', detection: '検知', report: '報告',
    'legal-action': '法的措置', 'government-statement': '政府声明',
    'government-advisory': '政府勧告', policy: '政策', corporate: '企業', 'follow-up': 'その後',
  },
};

const TABLES: Readonly<Record<UiLanguage, Messages>> = { en, fr, de, ja };

/** The UI language of a BCP 47 tag: its primary subtag when we have a table for it, else English. */
export function uiLanguageOf(locale: string | null | undefined): UiLanguage {
  const primary = (locale ?? '').trim().toLowerCase().split(/[-_]/)[0] ?? '';
  return (UI_LANGUAGES as readonly string[]).includes(primary) ? (primary as UiLanguage) : 'en';
}

/** The message table for a locale (`fr-CA` → French; unknown or empty → English). */
export function messagesFor(locale: string | null | undefined): Messages {
  return TABLES[uiLanguageOf(locale)];
}
