import { css } from 'lit';

export const eventCardsStyles = css`
  :host {
    display: block;
  }
  ol {
    position: relative;
    margin: 0;
    padding: 0 0 0 1.6rem;
    list-style: none;
  }
  /* The spine of the vertical timeline; each card's glyph sits on it. */
  ol::before {
    content: '';
    position: absolute;
    top: 0.5rem;
    bottom: 0.5rem;
    left: 0.55rem;
    width: 2px;
    background: var(--_line);
  }
  li {
    position: relative;
    margin: 0 0 0.6rem;
    padding: 0.55rem 0.75rem 0.6rem;
    border: 1px solid var(--_line);
    border-left: 4px solid var(--_kind, var(--_line));
    border-radius: var(--_radius);
    background: var(--_bg);
    /* Lands below the sticky overview strip when scrolled to. */
    scroll-margin-top: var(--at-cards-scroll-margin, 5.5rem);
  }
  li.selected {
    outline: 2px solid var(--_selected);
    outline-offset: 1px;
  }
  li.match {
    box-shadow: 0 0 0 3px color-mix(in srgb, var(--_accent) 35%, transparent);
  }
  .glyph {
    position: absolute;
    left: calc(-1.6rem + 0.6rem - 7px);
    top: 0.7rem;
    overflow: visible;
  }
  .glyph path {
    fill: var(--_kind);
    stroke: var(--_bg);
    stroke-width: 1.5;
  }
  .glyph path.stroked {
    fill: none;
    stroke: var(--_kind);
    stroke-width: 2.5;
  }
  p {
    margin: 0;
  }
  .when {
    display: flex;
    flex-wrap: wrap;
    gap: 0 0.6rem;
    font-size: 0.85em;
    color: var(--_muted);
  }
  .date {
    color: var(--_fg);
    font-weight: 600;
    font-variant-numeric: tabular-nums;
  }
  h3 {
    margin: 0.2rem 0 0.25rem;
    font-size: 1em;
    line-height: 1.35;
  }
  h3 button {
    display: block;
    width: 100%;
    margin: 0;
    padding: 0;
    border: 0;
    background: none;
    font: inherit;
    font-weight: 600;
    text-align: left;
    color: inherit;
    cursor: pointer;
    overflow-wrap: anywhere;
  }
  /* The whole card is the title button's target. */
  h3 button::after {
    content: '';
    position: absolute;
    inset: 0;
  }
  h3 button:focus-visible {
    outline: none;
  }
  li:has(h3 button:focus-visible) {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  .who,
  .lag,
  .count {
    font-size: 0.85em;
    line-height: 1.4;
    overflow-wrap: anywhere;
  }
  .label {
    color: var(--_muted);
  }
  .lag {
    font-style: italic;
  }
  .count {
    color: var(--_muted);
  }
  .page {
    display: block;
    margin: 0 0 0.6rem 1.6rem;
    min-height: 2.25rem;
    padding: 0 0.75rem;
    border: 1px solid var(--_line);
    border-radius: var(--_radius);
    background: var(--_bg);
    color: var(--_accent);
    cursor: pointer;
  }
`;
