import { css } from 'lit';

/**
 * Presentation mode (`mode="presentation"`, full screen when allowed) and print. Presentation
 * hides the chrome (filters, grouping, actions, status, table, description), fills the screen
 * and scales the type for a room; print keeps the title, the chart, the legend and the handout
 * list of events with their sources.
 */
export const presentationStyles = css`
  at-print-list {
    display: none;
  }
  :host([mode='presentation']) {
    position: fixed;
    inset: 0;
    z-index: 2147483000;
    overflow: auto;
    background: var(--_bg);
    font-size: clamp(18px, 1.1vw + 10px, 40px);
  }
  :host([mode='presentation']) .root {
    box-sizing: border-box;
    min-height: 100%;
    padding: 1.2vw 2.4vw;
    align-content: start;
    background: var(--_bg);
  }
  :host([mode='presentation']) header p,
  :host([mode='presentation']) header .more,
  :host([mode='presentation']) .controls,
  :host([mode='presentation']) .status,
  :host([mode='presentation']) at-event-table,
  :host([mode='presentation']) at-search,
  :host([mode='presentation']) at-overview,
  :host([mode='presentation']) at-data-notice {
    display: none;
  }
  /* The chart's canvas labels have a fixed pixel size: zoom makes them readable across a room. */
  :host([mode='presentation']) at-chart {
    zoom: 1.3;
  }
  :host([mode='presentation']) at-event-detail {
    font-size: 0.8em;
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
