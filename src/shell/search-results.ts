import type { TimelineEvent } from '../model/types.ts';
import type { createSearchIndex, SearchIndex, searchEvents, stepMatch } from '../derive/search.ts';
import type { Indexed } from './indexed-dataset.ts';

export interface Matches {
  /** Matching event ids in time order. */
  readonly ids: readonly string[];
  readonly highlight: ReadonlySet<string>;
}

/** The search functions (src/shell/lazy-search.ts): the embed fetches them as a chunk. */
export interface SearchCode {
  readonly createSearchIndex: typeof createSearchIndex;
  readonly searchEvents: typeof searchEvents;
  readonly stepMatch: typeof stepMatch;
}

const NO_MATCHES: Matches = { ids: [], highlight: new Set() };

/**
 * Search state for the shell, memoised: the index is built on the first search of a dataset
 * (readers who never search never pay for it), matches are recomputed only when the query or
 * dataset changes, and the filtered matches only when the filter changes too. `code` gives the
 * search functions once they are here (undefined before: a query then matches nothing yet, and
 * nothing of that is kept, so the host's update when the code arrives finds the matches).
 */
export class SearchResults {
  constructor(private readonly _code: () => SearchCode | undefined) {}

  private _index?: { readonly indexed: Indexed; readonly index: SearchIndex };
  private _matches?: Matches & { readonly indexed: Indexed; readonly query: string };
  private _shown?: { readonly ids: readonly string[]; readonly visible: readonly TimelineEvent[]; readonly events: readonly TimelineEvent[] };

  private _searchIndex(indexed: Indexed, code: SearchCode): SearchIndex {
    if (this._index?.indexed !== indexed) this._index = { indexed, index: code.createSearchIndex(indexed.dataset) };
    return this._index.index;
  }

  matches(indexed: Indexed, query: string): Matches {
    const cache = this._matches;
    if (cache && cache.indexed === indexed && cache.query === query) return cache;
    if (query.trim() === '') {
      this._matches = { ...NO_MATCHES, indexed, query };
      return this._matches;
    }
    const code = this._code();
    if (!code) return NO_MATCHES;
    const ids = code.searchEvents(this._searchIndex(indexed, code), query);
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
    const code = this._code();
    return ids.length === 0 || !code ? null : code.stepMatch(this._searchIndex(indexed, code), ids, currentId, direction);
  }
}
