import type { EventKind } from '../model/types.ts';
import { ENGLISH_PRECISION, type PrecisionWords } from '../scales/date-format.ts';
import { ENGLISH_NOTICE, type NoticeWords } from './notice-words.ts';

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
  // Filter bar.
  readonly actors: string;
  readonly victims: string;
  readonly filterBy: Readonly<Record<'actors' | 'victims', string>>;
  readonly clearAllFilters: string;
  readonly activeFilters: string;
  readonly removeFilter: (name: string) => string;
  readonly selectedCount: (count: number) => string;
  /** A number of events as a label, no full stop (a filter option's count, a cluster). */
  readonly eventsLabel: (count: number) => string;
  // Event detail panel.
  readonly techniques: string;
  readonly techniqueTitle: (id: string) => string;
  readonly attribution: string;
  /** "by attributes this to actor", in the language's word order; `actor` is kept as given (it is emphasised). */
  readonly attributes: <T>(by: string, actor: T) => readonly (string | T)[];
  readonly disputed: (topic: string) => string;
  readonly madePublic: string;
  readonly publicAfter: (lag: string) => string;
  readonly lag: (count: number, unit: 'year' | 'month' | 'day') => string;
  readonly closeDetails: string;
  readonly undated: string;
  readonly tlpTitle: string;
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

const en: Messages = {
  notice: ENGLISH_NOTICE,
  precision: ENGLISH_PRECISION,
  filtersToggle: (active) => `Filters and rows${active > 0 ? ` (${active} active)` : ''}`,
  summary: (count, span, groupBy, matching) =>
    `Timeline of ${count} event${count === 1 ? '' : 's'}, ${span.replace(' – ', ' to ')}, in rows by ${groupBy}.${matching === null ? '' : ` ${matching} match the filters.`} The same events are listed in the table below the chart.`,
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
  actors: 'Actors',
  victims: 'Victims',
  filterBy: { actors: 'Filter by actors', victims: 'Filter by victims' },
  clearAllFilters: 'Clear all filters',
  activeFilters: 'Active filters',
  removeFilter: (name) => `Remove filter ${name}`,
  selectedCount: (count) => `${count} selected`,
  eventsLabel: (count) => `${count} event${count === 1 ? '' : 's'}`,
  techniques: 'ATT&CK techniques',
  techniqueTitle: (id) => `MITRE ATT&CK technique ${id}`,
  attribution: 'Attribution',
  attributes: (by, actor) => [`${by} attributes this to `, actor],
  disputed: (topic) => `Disputed: ${topic}`,
  madePublic: 'Made public',
  publicAfter: (lag) => `public ${lag} after it began`,
  lag: (count, unit) => `${count} ${unit}${count === 1 ? '' : 's'}`,
  closeDetails: 'Close details',
  undated: 'undated',
  tlpTitle: 'Traffic Light Protocol marking',
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
  eventKinds: 'Event kinds',
  howDatesDrawn: 'How dates are drawn',
  exactDay: 'Exact day',
  uncertainDate: 'Date known only to a month, season, year or ± days (hatched)',
  periodShape: 'Period (hatched ends: start or end known only roughly; arrow: may have begun earlier)',
  search: 'Search',
  searchPlaceholder: 'Title, actor, victim, alias…',
  matchingEvents: 'Matching events',
  moreMatches: (count) => `…and ${count} more: press Enter to step through them.`,
  searchStatus: (total, position, hidden) => {
    const more = hidden > 0 ? ` (${hidden} more hidden by the filters)` : '';
    if (total === 0) return `No matches${more}.`;
    return `${total} match${total === 1 ? '' : 'es'}${position === null ? '' : `, showing ${position} of ${total}`}${more}.`;
  },
  tableSummary: (total) => `Show the ${total} event${total === 1 ? '' : 's'} as a table`,
  tableCaption: (shown, total) => `Events matching the filters, oldest first${total > shown ? ` (first ${shown} of ${total})` : ''}`,
  columns: { date: 'Date', event: 'Event', kind: 'Kind' },
  tableMore: (page, remaining) => `Show ${page} more of ${remaining}`,
  overviewLabel: (window) => `Visible window ${window}. Arrow keys move it, Shift and arrow keys resize it.`,
  kinds: {
    activity: 'Activity', intrusion: 'Intrusion', detection: 'Detection', report: 'Report',
    'legal-action': 'Legal action', 'government-statement': 'Government statement',
    'government-advisory': 'Government advisory', policy: 'Policy', corporate: 'Corporate', 'follow-up': 'Follow-up',
  },
};

const fr: Messages = {
  notice: {
    label: 'Problèmes dans les données',
    eventsNotShown: (count, total) => `${count} événement${count === 1 ? '' : 's'} sur ${total} n’${count === 1 ? 'a' : 'ont'} pas pu être affiché${count === 1 ? '' : 's'}`,
    recordsLeftOut: (count) => `${count} fiche${count === 1 ? '' : 's'} d’acteur, de victime ou de source ${count === 1 ? 'a été écartée' : 'ont été écartées'}`,
    problems: (count) => `Les données comportent ${count} problème${count === 1 ? '' : 's'} ; les parties concernées ont été écartées`,
    notShown: ' — non affiché :',
    partLeftOut: ' — affiché, une partie écartée :',
    more: (count) => `…et ${count} autre${count === 1 ? '' : 's'} problème${count === 1 ? '' : 's'} (tous figurent dans l’événement at-error).`,
    dataset: 'Jeu de données',
    field: (key) => `Champ ${key}`,
    lists: { events: 'Événement', actors: 'Acteur', victims: 'Victime', sources: 'Source' },
  },
  precision: {
    day: 'au jour près',
    month: 'au mois près',
    year: 'à l’année près',
    season: (season) => `à la saison près (${{ spring: 'mars–mai', summer: 'juin–août', autumn: 'sept.–nov.', winter: 'déc.–févr.' }[season]})`,
    third: (third) => `au tiers d’année près (${{ early: 'janv.–avr.', mid: 'mai–août', late: 'sept.–déc.' }[third]})`,
    known: (precision) => `Date connue ${precision}.`,
    approx: (days) => `Approximative : à ${days} jour${days === 1 ? '' : 's'} près de la date indiquée.`,
    period: (start, end) => `Une période ; début connu ${start}, fin connue ${end}.`,
    openStart: 'Elle a pu commencer avant le début indiqué.',
  },
  filtersToggle: (active) => `Filtres et lignes${active > 0 ? ` (${active} actif${active === 1 ? '' : 's'})` : ''}`,
  summary: (count, span, groupBy, matching) =>
    `Chronologie de ${count} événement${count === 1 ? '' : 's'}, ${span}, en lignes par ${groupBy}.${matching === null ? '' : ` ${matching} correspondent aux filtres.`} Les mêmes événements figurent dans le tableau sous le graphique.`,
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
  actors: 'Acteurs',
  victims: 'Victimes',
  filterBy: { actors: 'Filtrer par acteur', victims: 'Filtrer par victime' },
  clearAllFilters: 'Effacer tous les filtres',
  activeFilters: 'Filtres actifs',
  removeFilter: (name) => `Retirer le filtre ${name}`,
  selectedCount: (count) => `${count} sélectionné${count > 1 ? 's' : ''}`,
  eventsLabel: (count) => `${count} événement${count > 1 ? 's' : ''}`,
  techniques: 'Techniques ATT&CK',
  techniqueTitle: (id) => `Technique MITRE ATT&CK ${id}`,
  attribution: 'Attribution',
  attributes: (by, actor) => [`${by} attribue ceci à `, actor],
  disputed: (topic) => `Contesté : ${topic}`,
  madePublic: 'Rendu public',
  publicAfter: (lag) => `rendu public ${lag} après son début`,
  lag: (count, unit) => (unit === 'month' ? `${count} mois` : `${count} ${unit === 'year' ? 'an' : 'jour'}${count > 1 ? 's' : ''}`),
  closeDetails: 'Fermer les détails',
  undated: 'non daté',
  tlpTitle: 'Marquage TLP (Traffic Light Protocol)',
  showing: (window) => `Affichage : ${window}`,
  zoom: 'Zoom',
  zoomIn: 'Zoom avant',
  zoomInTitle: 'Zoom avant (+)',
  zoomOut: 'Zoom arrière',
  zoomOutTitle: 'Zoom arrière (−)',
  fit: 'Ajuster',
  fitTitle: 'Tout afficher (0)',
  chartLabel: (window, shown, total) =>
    `Chronologie, ${window} : ${shown} événement${shown > 1 ? 's' : ''} visible${shown > 1 ? 's' : ''} sur ${total}. Flèches pour passer d’un événement à l’autre, Entrée pour l’ouvrir, plus et moins pour zoomer.`,
  clusterHint: 'Cliquer pour les voir de plus près',
  eventKinds: 'Types d’événement',
  howDatesDrawn: 'Représentation des dates',
  exactDay: 'Jour exact',
  uncertainDate: 'Date connue seulement au mois, à la saison, à l’année ou à ± jours près (hachurée)',
  periodShape: 'Période (extrémités hachurées : début ou fin connus approximativement ; flèche : a pu commencer plus tôt)',
  search: 'Rechercher',
  searchPlaceholder: 'Titre, acteur, victime, alias…',
  matchingEvents: 'Événements correspondants',
  moreMatches: (count) => `…et ${count} de plus : appuyez sur Entrée pour les parcourir.`,
  searchStatus: (total, position, hidden) => {
    const more = hidden > 0 ? ` (${hidden} autre${hidden > 1 ? 's' : ''} masqué${hidden > 1 ? 's' : ''} par les filtres)` : '';
    if (total === 0) return `Aucun résultat${more}.`;
    return `${total} résultat${total > 1 ? 's' : ''}${position === null ? '' : `, n° ${position} sur ${total} affiché`}${more}.`;
  },
  tableSummary: (total) => `Afficher ${total === 1 ? 'l’événement' : `les ${total} événements`} sous forme de tableau`,
  tableCaption: (shown, total) => `Événements correspondant aux filtres, du plus ancien au plus récent${total > shown ? ` (les ${shown} premiers sur ${total})` : ''}`,
  columns: { date: 'Date', event: 'Événement', kind: 'Type' },
  tableMore: (page, remaining) => `Afficher ${page} de plus sur les ${remaining} restants`,
  overviewLabel: (window) => `Fenêtre visible : ${window}. Les flèches la déplacent, Maj + flèches la redimensionnent.`,
  kinds: {
    activity: 'Activité', intrusion: 'Intrusion', detection: 'Détection', report: 'Rapport',
    'legal-action': 'Action en justice', 'government-statement': 'Déclaration gouvernementale',
    'government-advisory': 'Alerte gouvernementale', policy: 'Politique', corporate: 'Entreprise', 'follow-up': 'Suites',
  },
};

const de: Messages = {
  notice: {
    label: 'Probleme in den Daten',
    eventsNotShown: (count, total) => `${count} von ${total} ${total === 1 ? 'Ereignis' : 'Ereignissen'} ${count === 1 ? 'konnte' : 'konnten'} nicht angezeigt werden`,
    recordsLeftOut: (count) => `${count} ${count === 1 ? 'Eintrag' : 'Einträge'} zu Akteuren, Opfern oder Quellen ${count === 1 ? 'wurde' : 'wurden'} weggelassen`,
    problems: (count) => `Die Daten haben ${count} ${count === 1 ? 'Problem' : 'Probleme'}; die betroffenen Teile wurden weggelassen`,
    notShown: ' — nicht angezeigt:',
    partLeftOut: ' — angezeigt, ein Teil weggelassen:',
    more: (count) => `…und ${count} weitere${count === 1 ? 's Problem' : ' Probleme'} (alle stehen im at-error-Ereignis).`,
    dataset: 'Datensatz',
    field: (key) => `Feld ${key}`,
    lists: { events: 'Ereignis', actors: 'Akteur', victims: 'Opfer', sources: 'Quelle' },
  },
  precision: {
    day: 'auf den Tag genau',
    month: 'auf den Monat genau',
    year: 'auf das Jahr genau',
    season: (season) => `auf die Jahreszeit genau (${{ spring: 'März–Mai', summer: 'Juni–Aug.', autumn: 'Sept.–Nov.', winter: 'Dez.–Feb.' }[season]})`,
    third: (third) => `auf ein Jahresdrittel genau (${{ early: 'Jan.–Apr.', mid: 'Mai–Aug.', late: 'Sept.–Dez.' }[third]})`,
    known: (precision) => `Datum ${precision} bekannt.`,
    approx: (days) => `Ungefähr: höchstens ${days} ${days === 1 ? 'Tag' : 'Tage'} vom angegebenen Datum entfernt.`,
    period: (start, end) => `Ein Zeitraum; Beginn ${start} bekannt, Ende ${end} bekannt.`,
    openStart: 'Er kann vor dem angegebenen Beginn angefangen haben.',
  },
  filtersToggle: (active) => `Filter und Zeilen${active > 0 ? ` (${active} aktiv)` : ''}`,
  summary: (count, span, groupBy, matching) =>
    `Zeitleiste mit ${count} ${count === 1 ? 'Ereignis' : 'Ereignissen'}, ${span}, in Zeilen nach ${groupBy}.${matching === null ? '' : ` ${matching} entsprechen den Filtern.`} Dieselben Ereignisse stehen in der Tabelle unter dem Diagramm.`,
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
  actors: 'Akteure',
  victims: 'Opfer',
  filterBy: { actors: 'Nach Akteur filtern', victims: 'Nach Opfer filtern' },
  clearAllFilters: 'Alle Filter zurücksetzen',
  activeFilters: 'Aktive Filter',
  removeFilter: (name) => `Filter ${name} entfernen`,
  selectedCount: (count) => `${count} ausgewählt`,
  eventsLabel: (count) => `${count} Ereignis${count === 1 ? '' : 'se'}`,
  techniques: 'ATT&CK-Techniken',
  techniqueTitle: (id) => `MITRE-ATT&CK-Technik ${id}`,
  attribution: 'Zuschreibung',
  attributes: (by, actor) => [`${by} schreibt dies `, actor, ' zu'],
  disputed: (topic) => `Umstritten: ${topic}`,
  madePublic: 'Veröffentlicht',
  publicAfter: (lag) => `öffentlich ${lag} nach Beginn`,
  lag: (count, unit) => `${count} ${{ year: 'Jahr', month: 'Monat', day: 'Tag' }[unit]}${count === 1 ? '' : 'e'}`,
  closeDetails: 'Details schließen',
  undated: 'undatiert',
  tlpTitle: 'Kennzeichnung nach Traffic Light Protocol (TLP)',
  showing: (window) => `Angezeigt: ${window}`,
  zoom: 'Zoom',
  zoomIn: 'Vergrößern',
  zoomInTitle: 'Vergrößern (+)',
  zoomOut: 'Verkleinern',
  zoomOutTitle: 'Verkleinern (−)',
  fit: 'Einpassen',
  fitTitle: 'Alles anzeigen (0)',
  chartLabel: (window, shown, total) =>
    `Zeitleiste, ${window}: ${shown} von ${total} Ereignissen sichtbar. Mit den Pfeiltasten zwischen Ereignissen wechseln, mit Enter eines öffnen, mit Plus und Minus zoomen.`,
  clusterHint: 'Klicken, um heranzuzoomen',
  eventKinds: 'Ereignisarten',
  howDatesDrawn: 'Darstellung der Datumsangaben',
  exactDay: 'Genauer Tag',
  uncertainDate: 'Datum nur auf Monat, Jahreszeit, Jahr oder ± Tage bekannt (schraffiert)',
  periodShape: 'Zeitraum (schraffierte Enden: Beginn oder Ende nur ungefähr bekannt; Pfeil: kann früher begonnen haben)',
  search: 'Suchen',
  searchPlaceholder: 'Titel, Akteur, Opfer, Alias …',
  matchingEvents: 'Passende Ereignisse',
  moreMatches: (count) => `… und ${count} weitere: mit Enter der Reihe nach ansehen.`,
  searchStatus: (total, position, hidden) => {
    const more = hidden > 0 ? ` (${hidden} weitere durch die Filter ausgeblendet)` : '';
    if (total === 0) return `Keine Treffer${more}.`;
    return `${total} Treffer${position === null ? '' : `, ${position} von ${total} angezeigt`}${more}.`;
  },
  tableSummary: (total) => `${total === 1 ? 'Das Ereignis' : `Die ${total} Ereignisse`} als Tabelle zeigen`,
  tableCaption: (shown, total) => `Ereignisse, die den Filtern entsprechen, älteste zuerst${total > shown ? ` (die ersten ${shown} von ${total})` : ''}`,
  columns: { date: 'Datum', event: 'Ereignis', kind: 'Art' },
  tableMore: (page, remaining) => `${page} weitere von ${remaining} zeigen`,
  overviewLabel: (window) => `Sichtbarer Ausschnitt ${window}. Pfeiltasten verschieben ihn, Umschalt + Pfeiltasten ändern seine Größe.`,
  kinds: {
    activity: 'Aktivität', intrusion: 'Einbruch', detection: 'Entdeckung', report: 'Bericht',
    'legal-action': 'Rechtliche Schritte', 'government-statement': 'Regierungserklärung',
    'government-advisory': 'Behördenwarnung', policy: 'Politik', corporate: 'Unternehmen', 'follow-up': 'Nachspiel',
  },
};

const ja: Messages = {
  notice: {
    label: 'データの問題',
    eventsNotShown: (count, total) => `${total}件中${count}件の出来事を表示できませんでした`,
    recordsLeftOut: (count) => `主体・被害者・情報源の記録${count}件を除外しました`,
    problems: (count) => `データに${count}件の問題があります。該当部分は除外しました`,
    notShown: ' — 表示せず：',
    partLeftOut: ' — 一部を除いて表示：',
    more: (count) => `…ほか${count}件の問題（すべて at-error イベントに含まれます）。`,
    dataset: 'データセット',
    field: (key) => `項目 ${key}`,
    lists: { events: '出来事', actors: '主体', victims: '被害者', sources: '情報源' },
  },
  precision: {
    day: '日単位',
    month: '月単位',
    year: '年単位',
    season: (season) => `季節単位（${{ spring: '3〜5月', summer: '6〜8月', autumn: '9〜11月', winter: '12〜2月' }[season]}）`,
    third: (third) => `年の3分の1単位（${{ early: '1〜4月', mid: '5〜8月', late: '9〜12月' }[third]}）`,
    known: (precision) => `日付は${precision}で判明しています。`,
    approx: (days) => `おおよその日付：示した日付から前後${days}日以内。`,
    period: (start, end) => `期間。開始は${start}、終了は${end}で判明しています。`,
    openStart: '示した開始より前に始まっていた可能性があります。',
  },
  filtersToggle: (active) => `フィルターと行${active > 0 ? `（${active}件が有効）` : ''}`,
  summary: (count, span, groupBy, matching) =>
    `${count}件の出来事のタイムライン、${span}、${groupBy}ごとの行。${matching === null ? '' : `${matching}件がフィルターに一致します。`}同じ出来事はグラフの下の表にも載っています。`,
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
  actors: '主体',
  victims: '被害者',
  filterBy: { actors: '主体で絞り込む', victims: '被害者で絞り込む' },
  clearAllFilters: 'すべてのフィルターを解除',
  activeFilters: '適用中のフィルター',
  removeFilter: (name) => `フィルター「${name}」を解除`,
  selectedCount: (count) => `${count} 件選択中`,
  eventsLabel: (count) => `${count} 件の出来事`,
  techniques: 'ATT&CK テクニック',
  techniqueTitle: (id) => `MITRE ATT&CK テクニック ${id}`,
  attribution: '帰属',
  attributes: (by, actor) => [`${by} はこれを `, actor, ' によるものとしている'],
  disputed: (topic) => `異論あり：${topic}`,
  madePublic: '公表',
  publicAfter: (lag) => `開始から ${lag}後に公表`,
  lag: (count, unit) => `${count} ${{ year: '年', month: 'か月', day: '日' }[unit]}`,
  closeDetails: '詳細を閉じる',
  undated: '日付不明',
  tlpTitle: 'TLP（Traffic Light Protocol）区分',
  showing: (window) => `表示中：${window}`,
  zoom: 'ズーム',
  zoomIn: '拡大',
  zoomInTitle: '拡大 (+)',
  zoomOut: '縮小',
  zoomOutTitle: '縮小 (−)',
  fit: '全体',
  fitTitle: 'すべて表示 (0)',
  chartLabel: (window, shown, total) =>
    `タイムライン、${window}：${total} 件中 ${shown} 件を表示。矢印キーで出来事を移動、Enter で開き、プラスとマイナスでズーム。`,
  clusterHint: 'クリックして拡大',
  eventKinds: '出来事の種類',
  howDatesDrawn: '日付の表し方',
  exactDay: '正確な日付',
  uncertainDate: '月・季節・年、または ± 数日単位でしか分からない日付（斜線）',
  periodShape: '期間（斜線の端：開始または終了がおおよそしか分からない、矢印：もっと前に始まった可能性あり）',
  search: '検索',
  searchPlaceholder: 'タイトル、主体、被害者、別名…',
  matchingEvents: '一致する出来事',
  moreMatches: (count) => `…ほかに ${count} 件：Enter で順に移動できます。`,
  searchStatus: (total, position, hidden) => {
    const more = hidden > 0 ? `（ほかに ${hidden} 件がフィルターで非表示）` : '';
    if (total === 0) return `一致なし${more}。`;
    return `${total} 件一致${position === null ? '' : `、${total} 件中 ${position} 件目を表示`}${more}。`;
  },
  tableSummary: (total) => `${total} 件の出来事を表で表示`,
  tableCaption: (shown, total) => `フィルターに一致する出来事（古い順）${total > shown ? `：${total} 件中、最初の ${shown} 件` : ''}`,
  columns: { date: '日付', event: '出来事', kind: '種類' },
  tableMore: (page, remaining) => `残り ${remaining} 件のうち ${page} 件をさらに表示`,
  overviewLabel: (window) => `表示範囲 ${window}。矢印キーで移動、Shift + 矢印キーで幅を変更。`,
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
