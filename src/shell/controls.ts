// The secondary controls' code, which the shell imports after the first paint (src/shell/control-tags.ts).
import { AtFilterBar } from '../components/filter-bar/filter-bar.ts';
import { AtActions } from '../components/actions/actions.ts';
import { AtSearch } from '../components/search/search.ts';
import { AtOverview } from '../components/overview/overview.ts';
import { AtEventTable } from '../components/event-table/event-table.ts';
import type { ControlTag } from './control-tags.ts';

export const CONTROL_ELEMENTS: Readonly<Record<ControlTag, CustomElementConstructor>> = {
  'at-filter-bar': AtFilterBar,
  'at-actions': AtActions,
  'at-search': AtSearch,
  'at-overview': AtOverview,
  'at-event-table': AtEventTable,
};

/** The English words only these controls use, which the shell adds before defining them. */
export { ENGLISH } from '../i18n/english-controls.ts';
