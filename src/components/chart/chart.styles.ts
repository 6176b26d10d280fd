import { css } from 'lit';

// (CSS comments ship in the bundle, so notes live here.) `.mark` shapes are the SVG layer over the
// canvas: line glyphs (ring, asterisk, times) get no fill, the canvas draws their halo; periods and
// uncertain dates get only outlines, the canvas paints their tint (MARK_STYLE in scales/mark-style.ts).
// `svg.over`'s touch-action: one finger scrolls the article; the browser leaves pinches to the chart.
export const chartStyles = css`
  :host {
    display: block;
  }
  .toolbar {
    display: flex;
    align-items: center;
    gap: 0.5rem;
    flex-wrap: wrap;
    margin-bottom: 0.25rem;
  }
  .window {
    flex: 1 1 auto;
    color: var(--_muted);
    font-size: 0.875em;
    font-variant-numeric: tabular-nums;
  }
  /* Read by screen readers only (see WindowAnnouncer). */
  .announce {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  .zoom-buttons {
    display: flex;
    gap: 0.25rem;
  }
  .zoom-buttons button {
    min-width: 2.25rem;
    min-height: 2.25rem;
    border: 1px solid var(--_line);
    border-radius: var(--_radius);
    background: var(--_bg);
    cursor: pointer;
  }
  .zoom-buttons button:hover {
    background: var(--_surface);
  }
  .frame {
    position: relative;
    /* A shadow, not a border: the SVG is exactly as wide as the host, and a border would widen
       the host by 2 px on every resize. */
    box-shadow: 0 0 0 1px var(--_line);
    border-radius: var(--_radius);
    background: var(--_bg);
    overflow: hidden;
  }
  svg.under {
    display: block;
  }
  canvas,
  svg.over {
    position: absolute;
    left: 0;
    top: 0;
    width: 100%;
    height: 100%;
  }
  /* The canvas covers the slice of rows near the screen; the chart sets its top and height. Its
     font size is the labels' (read by the chart, so any CSS length works). */
  canvas {
    height: 0;
    font-size: var(--at-chart-font-size, 12.5px);
  }
  @media (prefers-reduced-motion: no-preference) {
    canvas.fade-a {
      animation: at-fade-a 240ms ease-out;
    }
    canvas.fade-b {
      animation: at-fade-b 240ms ease-out;
    }
  }
  @keyframes at-fade-a {
    from { opacity: 0.2; }
  }
  @keyframes at-fade-b {
    from { opacity: 0.2; }
  }
  svg.over {
    cursor: grab;
    user-select: none;
    -webkit-user-select: none;
    touch-action: pan-x pan-y;
  }
  svg.over.touch-pan {
    touch-action: none;
  }
  svg.over:active {
    cursor: grabbing;
  }
  svg.over.hovering {
    cursor: pointer;
  }
  svg.over:focus-visible {
    outline: none;
  }
  .frame:focus-within:has(svg.over:focus-visible) {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  .tick line {
    stroke: var(--_line);
  }
  .tick.major line {
    stroke: color-mix(in srgb, var(--_line) 50%, var(--_muted));
  }
  .tick text {
    fill: var(--_muted);
    font-size: var(--at-chart-font-size, 12px);
  }
  .tick.major text {
    fill: var(--_fg);
    font-weight: 600;
  }
  .group-band {
    fill: var(--_surface);
  }
  .group-label {
    unicode-bidi: isolate;
    fill: var(--_muted);
    font-size: var(--at-chart-font-size, 11px);
    font-weight: 600;
    letter-spacing: 0.04em;
    text-transform: uppercase;
  }
  .mark {
    cursor: pointer;
  }
  .mark .symbol {
    fill: var(--_kind);
    stroke: var(--_bg);
    stroke-width: 1.5;
  }
  .mark .symbol.stroked {
    fill: none;
    stroke: var(--_kind);
    stroke-width: 2;
  }
  .mark .period {
    fill: none;
    stroke: var(--_kind);
    stroke-width: 1.5;
  }
  .mark .fuzzy-edge,
  .mark .uncertain {
    fill: none;
    stroke: var(--_kind);
    stroke-opacity: 0.85;
    stroke-width: 1;
    stroke-dasharray: 1 2;
  }
  .mark .open-start {
    fill: none;
  }
  .mark .hit {
    fill: transparent;
  }
  .mark.selected .symbol,
  .mark.selected .period,
  .mark.selected .uncertain {
    stroke: var(--_selected);
    stroke-opacity: 1;
    stroke-width: 3;
  }
  .mark.selected .uncertain {
    stroke-dasharray: 3 2;
  }
  .mark.selected .symbol.stroked {
    stroke: var(--_kind);
    filter: drop-shadow(0 0 1.5px var(--_selected));
  }
  .mark:focus-visible {
    outline: none;
  }
  .mark:focus-visible .focus-ring {
    stroke: var(--_focus);
    stroke-width: 3;
    fill: none;
  }
  .focus-ring {
    fill: none;
    stroke: none;
  }
  .tooltip {
    pointer-events: none;
  }
  .tooltip rect {
    fill: var(--_bg);
    stroke: var(--_line);
    filter: drop-shadow(0 2px 4px rgb(0 0 0 / 0.18));
  }
  .tooltip-title {
    fill: var(--_fg);
    font-size: 12.5px;
    font-weight: 600;
    unicode-bidi: isolate;
  }
  .tooltip-date {
    fill: var(--_muted);
    font-size: var(--at-chart-font-size, 12px);
  }
  .empty {
    fill: var(--_muted);
    font-size: 14px;
  }
  .cluster-list {
    position: absolute;
    z-index: 2;
    max-width: min(26rem, 90%);
    max-height: 18rem;
    overflow: auto;
    padding: 0.4rem;
    background: var(--_bg);
    border: 1px solid var(--_line);
    border-radius: 6px;
    box-shadow: 0 2px 8px rgb(0 0 0 / 0.18);
    font-size: var(--at-chart-font-size, 12.5px);
  }
  .cluster-list ul {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .cluster-list-count {
    margin: 0 0 0.3rem;
    color: var(--_muted);
  }
  .cluster-list li button {
    display: flex;
    flex-direction: column;
    width: 100%;
    text-align: start;
    font: inherit;
    color: var(--_fg);
    background: none;
    border: 0;
    border-radius: 4px;
    padding: 0.3rem 0.4rem;
    cursor: pointer;
  }
  .cluster-list li button:hover,
  .cluster-list li button:focus-visible {
    background: color-mix(in srgb, var(--_fg) 8%, transparent);
  }
  .cluster-list-date {
    color: var(--_muted);
  }
  .cluster-list-zoom {
    margin-top: 0.3rem;
    font: inherit;
  }
`;
