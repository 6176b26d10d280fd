// The search code, which the shell fetches once the secondary controls (the search box among them)
// are here, or at once when a query comes first (a shared link, showView): none of it runs in a
// first frame without one. In the embed: attack-timeline-search.js.
export { createSearchIndex, searchEvents, stepMatch } from '../derive/search.ts';
