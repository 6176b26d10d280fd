import { AtChart } from './components/chart/chart.ts';
import type { AtEventDetail } from './components/event-detail/event-detail.ts';
import type { AtEventCards } from './components/event-cards/event-cards.ts';
import type { AtFilterBar } from './components/filter-bar/filter-bar.ts';
import { AtLegend } from './components/legend/legend.ts';
import { AtDataNotice } from './components/data-notice/data-notice.ts';
import type { AtEventTable } from './components/event-table/event-table.ts';
import type { AtSearch } from './components/search/search.ts';
import type { AtOverview } from './components/overview/overview.ts';
import type { AtPresentBar } from './components/present-bar/present-bar.ts';
import type { AtActions } from './components/actions/actions.ts';
import { AtPrintList } from './components/print-list/print-list.ts';
import { AttackTimeline } from './shell/attack-timeline.ts';

/** The tags registered up front (what the first frame draws) and their classes; the rest are in LAZY_ELEMENTS. */
export const ELEMENTS = {
  'attack-timeline': AttackTimeline,
  'at-chart': AtChart,
  'at-legend': AtLegend,
  'at-data-notice': AtDataNotice,
  'at-print-list': AtPrintList,
} as const;

/**
 * Tags the shell defines later, fetching their code then (in the embed, chunks beside the script):
 * the details of a selected event and the cards of narrow screens on first use
 * (`attack-timeline-event-detail.js`, `attack-timeline-event-cards.js`), and the secondary controls
 * right after the first paint (`attack-timeline-controls.js`, src/shell/control-tags.ts). By class
 * name, for the manifest.
 */
export const LAZY_ELEMENTS = {
  'at-event-detail': 'AtEventDetail',
  'at-event-cards': 'AtEventCards',
  'at-filter-bar': 'AtFilterBar',
  'at-actions': 'AtActions',
  'at-search': 'AtSearch',
  'at-overview': 'AtOverview',
  'at-event-table': 'AtEventTable',
  'at-present-bar': 'AtPresentBar',
} as const;

/** Registers every element, skipping tags already defined (a second copy of the script is harmless). */
export function defineElements(registry: CustomElementRegistry = customElements): void {
  for (const [tag, element] of Object.entries(ELEMENTS)) {
    if (!registry.get(tag)) registry.define(tag, element);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'attack-timeline': AttackTimeline;
    'at-chart': AtChart;
    'at-filter-bar': AtFilterBar;
    'at-event-detail': AtEventDetail;
    'at-event-cards': AtEventCards;
    'at-legend': AtLegend;
    'at-data-notice': AtDataNotice;
    'at-event-table': AtEventTable;
    'at-search': AtSearch;
    'at-overview': AtOverview;
    'at-present-bar': AtPresentBar;
    'at-actions': AtActions;
    'at-print-list': AtPrintList;
  }
}
