import { css } from 'lit';

/**
 * Print: the title, the chart, the legend and the handout list of events with their sources
 * (rendered only while printing); the controls, details and table stay off paper. In the first
 * download, since a reader may print at any moment. (Comments stay out of the CSS text: the
 * embed ships it as written.)
 */
export const printStyles = css`
  at-print-list {
    display: none;
  }
  @media print {
    :host {
      color: #000;
    }
    .controls,
    .status,
    at-actions,
    at-event-table,
    at-search,
    at-overview,
    at-event-detail,
    at-event-cards,
    .view-switch,
    .more,
    at-present-bar,
    at-data-notice {
      display: none !important;
    }
    at-chart::part(toolbar) {
      font-weight: 600;
    }
    at-chart {
      break-inside: avoid;
    }
    .description:not(.open) {
      display: block;
    }
    at-print-list {
      display: block;
    }
  }
`;
