import type { TimelineEvent } from '../model/types.ts';
import { filterEvents, lazyFacetCounts, type FacetCounts, type Filter } from '../derive/filter.ts';
import type { View } from '../derive/view.ts';
import type { Indexed } from './indexed-dataset.ts';

/** What the filters let through, and the counts beside each filter option. */
export interface Filtered {
  /** The filter, one object per change of its lists (the filter bar compares it). */
  readonly filter: Filter;
  readonly visible: readonly TimelineEvent[];
  readonly counts: FacetCounts;
}

/**
 * Filtered events and facet counts for the shell, memoised: recomputed only when the dataset or
 * one of the filter lists changes; the counts only when the filter bar reads them (a view holds the same list until the filter changes, so a new
 * search or selection costs nothing here, even at 100,000 events).
 */
export class FilterResults {
  private _cache?: Filtered & { readonly indexed: Indexed };

  get(indexed: Indexed, { actors, victims, subjects }: Pick<View, 'actors' | 'victims' | 'subjects'>): Filtered {
    const cache = this._cache;
    if (cache && cache.indexed === indexed && cache.filter.actors === actors && cache.filter.victims === victims && cache.filter.subjects === subjects) return cache;
    const filter: Filter = subjects ? { actors, victims, subjects } : { actors, victims };
    this._cache = { indexed, filter, visible: filterEvents(indexed.dataset.events, filter), counts: lazyFacetCounts(indexed.dataset.events, filter) };
    return this._cache;
  }
}
