import type { Messages } from './messages.ts';

/**
 * The English words only the secondary controls use (filter bar, actions, search, overview, table). The embed script leaves them out of its entry: they
 * come in that code's chunk (src/shell/controls.ts), which adds them to the English table
 * (`addEnglish`) before it defines its elements.
 */
export const ENGLISH: Pick<Messages, 'present' | 'exportLabel' | 'downloadPng' | 'downloadSvg' | 'print' | 'activeFilters' | 'clearAllFilters' | 'filterBy' | 'removeFilter' | 'selectedCount' | 'matchingEvents' | 'moreMatches' | 'search' | 'searchPlaceholder' | 'searchStatus' | 'overviewLabel' | 'columns' | 'tableCaption' | 'tableMore' | 'tableSummary'> = {
  present: 'Present',
  exportLabel: 'Export',
  downloadPng: 'PNG',
  downloadSvg: 'SVG',
  print: 'Print',
  filterBy: { actors: 'Filter by actors', victims: 'Filter by victims', subjects: 'Filter by other organisations named' },
  clearAllFilters: 'Clear all filters',
  activeFilters: 'Active filters',
  removeFilter: (name) => `Remove filter ${name}`,
  selectedCount: (count) => `${count} selected`,
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
};
