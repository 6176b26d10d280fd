/**
 * The secondary controls: not needed for the first frame (the header, the key and the chart), so
 * the shell fetches their code right after it, as one chunk (src/shell/controls.ts; in the embed
 * `attack-timeline-controls.js` beside the script), and defines them together. The data notice
 * and the printed list stay in the script: the notice says what the chart leaves out, and a
 * reader may print at any moment. The presentation bar comes with the presentation code
 * (src/shell/presentation.ts), fetched when presentation is asked for.
 */
export const CONTROL_TAGS = ['at-filter-bar', 'at-actions', 'at-search', 'at-overview', 'at-event-table'] as const;

export type ControlTag = (typeof CONTROL_TAGS)[number];
