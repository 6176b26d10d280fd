/**
 * How certainty is painted, shared by the canvas and the SVG export (the chart's CSS and the
 * legend repeat these numbers for their SVG marks). The less certain, the less ink: a day-precise
 * glyph is solid colour; the known part of a period a tint with a solid outline; a date known only
 * to a month, season, year or ± days a faint tint with a dotted outline over its whole interval;
 * the rough ends of a period fade out in steps towards where they may begin or end.
 */
export const MARK_STYLE = {
  /** Fill alpha of the known part of a period. */
  periodFillAlpha: 0.3,
  /** Outline of the known part of a period, in px. */
  periodLinePx: 1.5,
  /** Fill alpha of an uncertain date's whole interval. */
  uncertainFillAlpha: 0.1,
  /** Alpha of the dots outlining uncertain intervals and rough ends. */
  dotAlpha: 0.85,
  /** One dot of 1 px every `dotPeriodPx` along a dotted outline. */
  dotPeriodPx: 3,
  /** Fill alphas of a rough end's steps, from next to the known part outwards. */
  fadeAlphas: [0.2, 0.12, 0.05],
  /** Alpha of the "may have begun earlier" arrowhead. */
  openStartAlpha: 0.6,
} as const;
