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
    /* One type scale for the room: the caption, the details and the chart's text grow with the
       screen together (the chart through --at-chart-font-size, not CSS zoom, so its canvas text,
       hit areas and measurements stay in real pixels). */
    --_present-font: clamp(18px, 1.1vw + 10px, 40px);
    position: fixed;
    inset: 0;
    z-index: 2147483000;
    overflow: auto;
    background: var(--_bg);
    font-size: var(--_present-font);
  }
  :host([mode='presentation']) .root {
    box-sizing: border-box;
    min-height: 100%;
    padding: 1.2vw 2.4vw;
    gap: 0.6em 2vw;
    align-content: start;
    background: var(--_bg);
  }
  :host([mode='presentation']) header,
  :host([mode='presentation']) .controls,
  :host([mode='presentation']) .filters-toggle,
  :host([mode='presentation']) .status,
  :host([mode='presentation']) at-event-table,
  :host([mode='presentation']) at-search,
  :host([mode='presentation']) at-overview,
  :host([mode='presentation']) at-data-notice,
  :host([mode='presentation']) at-event-detail.empty {
    display: none;
  }
  :host([mode='presentation']) at-chart {
    --at-chart-font-size: calc(var(--_present-font) * 0.75);
  }
  /* The steps set the window: the zoom buttons and the window's dates (the axis shows them) give
     their height to the rows. */
  :host([mode='presentation']) at-chart::part(toolbar) {
    display: none;
  }
  :host([mode='presentation']) at-event-detail {
    font-size: 0.75em;
  }
  /* Narrow screens (a phone): bar, chart, details and key one under the other; a chart taller than
     about half the screen scrolls inside itself, to the step's subject, under the caption. */
  @media (max-width: 49.99rem) {
    :host([mode='presentation']) at-chart {
      max-height: 60vh;
      overflow-y: auto;
      overscroll-behavior: contain;
      scrollbar-gutter: stable;
    }
  }
  /* Wide screens (a projector): the step's details beside the chart, the whole height of the
     screen and never below the fold; the caption and its buttons above the chart. */
  @media (min-width: 50rem) {
    :host([mode='presentation']) .root {
      height: 100%;
      grid-template-columns: minmax(0, 1fr) minmax(0, 29vw);
      grid-template-rows: auto minmax(0, 1fr) auto;
      grid-template-areas: 'bar detail' 'chart detail' 'legend detail';
    }
    :host([mode='presentation']) .root:not(:has(at-event-detail:not(.empty))) {
      grid-template-columns: minmax(0, 1fr);
      grid-template-areas: 'bar' 'chart' 'legend';
    }
    :host([mode='presentation']) at-present-bar {
      grid-area: bar;
    }
    /* A step with more rows than the screen holds scrolls inside the chart, to its subject's
       row; the caption and the details stay put. */
    :host([mode='presentation']) at-chart {
      grid-area: chart;
      min-height: 0;
      overflow-y: auto;
      overscroll-behavior: contain;
      /* The same width with or without a scrollbar: a step's rows coming or going must not resize
         the chart mid-flight (a new width re-fits its scale and ends the flight). */
      scrollbar-gutter: stable;
    }
    :host([mode='presentation']) at-legend {
      grid-area: legend;
      font-size: 0.7em;
    }
    :host([mode='presentation']) at-event-detail {
      grid-area: detail;
      min-height: 0;
      box-sizing: border-box;
      overflow: auto;
    }
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
    at-print-list {
      display: block;
    }
  }
`;
