import type { Mark } from './place.ts';

/** A drawn link from activity (its end) to the publication that revealed it. */
export interface DisclosureLink {
  readonly from: Mark;
  readonly to: Mark;
}

/**
 * Pairs each drawn report with the drawn events it `reveals`, so the chart can show the lag
 * between the activity and the moment the public learned of it. Only pairs where both marks are
 * drawn are returned; an empty input gives [].
 */
export function disclosureLinks(marks: readonly Mark[]): DisclosureLink[] {
  // Most frames draw no report that reveals anything: then there is no index to build.
  const reports = marks.filter((mark) => mark.event.reveals.length > 0);
  if (reports.length === 0) return [];
  const byId = new Map(marks.map((mark) => [mark.event.id, mark]));
  const links: DisclosureLink[] = [];
  for (const to of reports) {
    for (const id of to.event.reveals) {
      const from = byId.get(id);
      if (from) links.push({ from, to });
    }
  }
  return links;
}
