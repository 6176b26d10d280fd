import { css } from 'lit';

/**
 * Presentation mode (`mode="presentation"`, full screen when allowed), in the presentation chunk
 * (the shell adopts it when that arrives; print is in print.styles.ts, always there). It hides the
 * chrome (title, filters, grouping, actions, status, table, description, the chart's zoom bar: the
 * steps set the window), fills the screen and scales the type for a room.
 *
 * One type scale (`--_p`): the caption, the details and the chart's text grow with the screen
 * together, the chart through `--at-chart-font-size` (real type, not CSS zoom, so canvas text,
 * hit areas and measurements stay in real pixels). Wide screens (a projector) put the step's
 * details beside the chart for the screen's whole height; a step with more rows than fit scrolls
 * inside the chart (to its subject's row: see `AtChart.scrollRowIntoView`), the caption and details
 * staying put. The gutter is kept so the chart's width, and a flight, survive a scrollbar coming
 * or going. Phones stack bar, chart (at most 60vh, scrolling likewise), key and details.
 * (Comments stay out of the CSS text: the embed ships it as written.)
 */
export const presentationStyles = css`
  :host([mode='presentation']) {
    --_p: clamp(18px, 1.1vw + 10px, 40px);
    position: fixed;
    inset: 0;
    z-index: 2147483000;
    overflow: auto;
    background: var(--_bg);
    font-size: var(--_p);
  }
  :host([mode='presentation']) .root {
    box-sizing: border-box;
    min-height: 100%;
    padding: 1.2vw 2.4vw;
    gap: 0.6em 2vw;
    align-content: start;
    background: var(--_bg);
  }
  :host([mode='presentation']) :is(header, .controls, .filters-toggle, .status, at-event-table, at-search, at-overview, at-data-notice) {
    display: none;
  }
  :host([mode='presentation']) at-chart {
    --at-chart-font-size: calc(var(--_p) * 0.75);
    overflow-y: auto;
    overscroll-behavior: contain;
    scrollbar-gutter: stable;
  }
  :host([mode='presentation']) at-chart::part(toolbar) {
    display: none;
  }
  :host([mode='presentation']) at-event-detail {
    position: static;
    max-height: none;
    box-shadow: none;
    font-size: 0.75em;
  }
  :host([mode='presentation']) .stage.open {
    padding-bottom: 0;
  }
  @media (max-width: 49.99rem) {
    :host([mode='presentation']) at-chart {
      max-height: 60vh;
    }
  }
  @media (min-width: 50rem) {
    :host([mode='presentation']) :is(.stage, .main) {
      display: contents;
    }
    :host([mode='presentation']) .root {
      height: 100%;
      grid: 'bar detail' auto 'chart detail' minmax(0, 1fr) 'legend detail' auto / minmax(0, 1fr) minmax(0, 29vw);
    }
    :host([mode='presentation']) .root:not(:has(at-event-detail)) {
      grid: 'bar' auto 'chart' minmax(0, 1fr) 'legend' auto / minmax(0, 1fr);
    }
    :host([mode='presentation']) at-present-bar {
      grid-area: bar;
    }
    :host([mode='presentation']) at-chart {
      grid-area: chart;
      min-height: 0;
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
`;
