import { isGroupBy } from '../derive/lanes.ts';
import { emit } from '../events.ts';
import type { AtChart } from '../components/chart/chart.ts';
import type { AtEventDetail } from '../components/event-detail/event-detail.ts';
import type { AtEventTable } from '../components/event-table/event-table.ts';
import type { AtEventCards } from '../components/event-cards/event-cards.ts';
import type { TimelineHandlers } from './attack-timeline.templates.ts';
import type { ViewController } from './view-controller.ts';
import type { SelectionFocus } from './selection-focus.ts';

/** What the view's handlers act on. */
export interface ViewHandlerContext {
  readonly host: HTMLElement & { readonly updateComplete: Promise<boolean> };
  readonly view: ViewController;
  readonly focus: SelectionFocus;
  readonly chart: () => AtChart | undefined;
  readonly detail: () => AtEventDetail | undefined;
  readonly table: () => AtEventTable | undefined;
  readonly cards: () => AtEventCards | undefined;
  /** The next (1) or previous (-1) search match after the selection; null when there is none. */
  readonly nextMatch: (direction: 1 | -1) => string | null;
}

type ViewHandlers = Pick<TimelineHandlers, 'filterChange' | 'clearFilters' | 'groupChange' | 'select' | 'close' | 'viewChange' | 'viewInput' | 'cardsWindow' | 'brush' | 'search' | 'searchNext' | 'searchPick'>;

/**
 * The handlers of what the reader does to the view through the parts (filters, grouping,
 * selection, zoom, the overview's brush, search): each patches the view, and the events that
 * report a user action are fired here. Where focus goes is `SelectionFocus`'s job.
 */
export function createViewHandlers({ host, view, focus, chart, detail, table, cards, nextMatch }: ViewHandlerContext): ViewHandlers {
  /** The reader is dragging the overview's brush (the cards follow it, not the other way). */
  let brushing = false;
  return {
    filterChange: (event) => view.patch({ actors: event.detail.actors, victims: event.detail.victims, subjects: event.detail.subjects }),
    clearFilters: () => {
      view.patch({ actors: [], victims: [], subjects: [] });
      emit(host, 'at-filter-change', { actors: [], victims: [], subjects: [] });
    },
    groupChange: (event) => {
      const value = (event.target as HTMLSelectElement).value;
      if (!isGroupBy(value)) return;
      view.patch({ groupBy: value });
      emit(host, 'at-group-change', { groupBy: value });
    },
    select: (event) => {
      const { id } = event.detail;
      view.patch({ selected: id });
      // Previous / next and links in the panel: the chart follows, focus stays in the panel.
      if (event.target === detail()) {
        if (id && chart()) view.reveal(id, true);
        if (id) void host.updateComplete.then(() => focus.keepInView(id));
        return;
      }
      focus.opened(event.target === table() ? 'table' : event.target === cards() ? 'cards' : 'chart');
      if (id) {
        void host.updateComplete.then(() => {
          focus.keepInView(id);
          return focus.focusDetails(() => view.view.selected === id);
        });
      }
    },
    close: (event) => {
      event.stopPropagation();
      const id = view.view.selected;
      view.patch({ selected: null });
      emit(host, 'at-select', { id: null });
      if (id) void host.updateComplete.then(() => focus.returnFocus(id));
    },
    viewChange: (event) => view.userMoved(event.detail),
    viewInput: (event) => view.drawn(event.detail),
    cardsWindow: (event) => {
      if (!brushing) view.drawn(event.detail);
    },
    brush: (event) => {
      const { startMs, final } = event.detail;
      brushing = !final;
      view.brushed(event.detail);
      void cards()?.scrollToTime(startMs);
    },
    search: (event) => view.patch({ query: event.detail.query }),
    searchNext: (event) => {
      event.stopPropagation();
      const id = nextMatch(event.detail.direction);
      if (id === null) return;
      focus.opened(null);
      view.zoomToEvent(id);
      emit(host, 'at-select', { id });
    },
    searchPick: (event) => {
      focus.opened(null);
      view.patch({ selected: event.detail.id });
      if (event.detail.id) view.zoomToEvent(event.detail.id);
    },
  };
}
