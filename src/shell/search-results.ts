import type { TimelineEvent } from '../model/types.ts';
import { createSearchIndex, searchEvents, stepMatch, type SearchIndex } from '../derive/search.ts';
import type { Indexed } from './indexed-dataset.ts';

export interface Matches {
  /** Matching event ids in time order. */
  readonly ids: readonly string[];
  readonly highlight: ReadonlySet<string>;
}

/**
 * Search state for the shell, memoised: the index is built on the first search of a dataset
 * (readers who never search never pay for it), matches are recomputed only when the query or
 * dataset changes, and the filtered matches only when the filter changes too.
 */
export class SearchResults {
  private _index?: { readonly indexed: Indexed; readonly index: SearchIndex };
  private _matches?: Matches & { readonly indexed: Indexed; readonly query: string };
  private _shown?: { readonly ids: readonly string[]; readonly visible: readonly TimelineEvent[]; readonly events: readonly TimelineEvent[] };

  index(indexed: Indexed): SearchIndex {
    if (this._index?.indexed !== indexed) this._index = { indexed, index: createSearchIndex(indexed.dataset) };
    return this._index.index;
  }

  matches(indexed: Indexed, query: string): Matches {
    const cache = this._matches;
    if (cache && cache.indexed === indexed && cache.query === query) return cache;
    const ids = query.trim() === '' ? [] : searchEvents(this.index(indexed), query);
    this._matches = { indexed, query, ids, highlight: new Set(ids) };
    return this._matches;
  }

  /** The matches among `visible` (the events the filters let through), in time order. */
  shown(indexed: Indexed, query: string, visible: readonly TimelineEvent[]): readonly TimelineEvent[] {
    const { ids } = this.matches(indexed, query);
    const cache = this._shown;
    if (cache && cache.ids === ids && cache.visible === visible) return cache.events;
    const passing = visible === indexed.dataset.events ? null : new Set(visible);
    const events = ids.map((id) => indexed.events.get(id)!).filter((event) => passing === null || passing.has(event));
    this._shown = { ids, visible, events };
    return events;
  }

  /** The match after (1) or before (-1) `currentId` among those `visible` (wrapping round), or null for none. */
  next(indexed: Indexed, query: string, visible: readonly TimelineEvent[], currentId: string | null, direction: 1 | -1): string | null {
    const ids = this.shown(indexed, query, visible).map((event) => event.id);
    return ids.length === 0 ? null : stepMatch(this.index(indexed), ids, currentId, direction);
  }
}
