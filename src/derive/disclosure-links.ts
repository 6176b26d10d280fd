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

/** The links that touch one of `ids` (the selected or hovered event); none when `ids` is empty. */
export function linksTouching(links: readonly DisclosureLink[], ids: ReadonlySet<string>): DisclosureLink[] {
  if (ids.size === 0) return [];
  return links.filter(({ from, to }) => ids.has(from.event.id) || ids.has(to.event.id));
}

/** Points along a link's arc, from the end of the activity up and over to the start of the report. */
export type ArcPoints = readonly (readonly [number, number])[];

const ARC_STEPS = 24;

/**
 * The arc of a link as a polyline of `ARC_STEPS + 1` points (chart px): a cubic curve from the
 * activity's end to the report's start, bowed 10 px above the higher of the two rows. The canvas
 * draws this polyline, and label layout tests it, so both agree on where the arc is.
 */
export function linkArc(link: DisclosureLink, rowCentrePx: (row: number) => number): ArcPoints {
  const x0 = link.from.x1Px;
  const x1 = link.to.x0Px;
  const y0 = rowCentrePx(link.from.row);
  const y1 = rowCentrePx(link.to.row);
  const bend = Math.min(y0, y1) - 10;
  const points: [number, number][] = [];
  for (let i = 0; i <= ARC_STEPS; i++) {
    const t = i / ARC_STEPS;
    const u = 1 - t;
    const x = u * u * u * x0 + 3 * u * u * t * x0 + 3 * u * t * t * x1 + t * t * t * x1;
    const y = u * u * u * y0 + 3 * u * u * t * bend + 3 * u * t * t * bend + t * t * t * y1;
    points.push([x, y]);
  }
  return points;
}
