import { css } from 'lit';

// (No comments inside the CSS: template text ships as written.) The chips' own rules are shared
// with the shell (chips.styles.ts).
export const filterBarStyles = css`
  :host {
    display: block;
    container-type: inline-size;
  }
  /* In a narrow column the option lists open in place instead of floating past the edge. */
  @container (max-width: 30rem) {
    details {
      flex: 1 1 100%;
    }
    .panel {
      position: static;
      min-width: 0;
      max-width: none;
      margin-top: 4px;
      box-shadow: none;
    }
  }
  .bar {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-start;
    gap: 0.5rem;
  }
  details {
    position: relative;
  }
  summary {
    list-style: none;
    cursor: pointer;
    min-height: 2.25rem;
    display: inline-flex;
    align-items: center;
    gap: 0.4rem;
    padding: 0 0.75rem;
    border: 1px solid var(--_line);
    border-radius: var(--_radius);
    background: var(--_bg);
  }
  summary::-webkit-details-marker {
    display: none;
  }
  summary::after {
    content: '▾';
    color: var(--_muted);
  }
  details[open] summary::after {
    content: '▴';
  }
  .active-count {
    background: var(--_accent);
    color: #fff;
    border-radius: 999px;
    padding: 0 0.45em;
    font-size: 0.8em;
    font-weight: 600;
  }
  .panel {
    position: absolute;
    z-index: 10;
    top: calc(100% + 4px);
    left: 0;
    min-width: 17rem;
    max-width: min(26rem, 90vw);
    max-height: 22rem;
    overflow: auto;
    padding: 0.25rem 0;
    background: var(--_bg);
    border: 1px solid var(--_line);
    border-radius: var(--_radius);
    box-shadow: 0 8px 24px rgb(0 0 0 / 0.14);
  }
  fieldset {
    border: 0;
    margin: 0;
    padding: 0;
  }
  legend {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
  }
  label.option {
    display: flex;
    align-items: center;
    gap: 0.5rem;
    min-height: 2rem;
    padding: 0.1rem 0.75rem;
    cursor: pointer;
  }
  label.option:hover {
    background: var(--_surface);
  }
  label.option.empty {
    color: var(--_muted);
  }
  input[type='checkbox'] {
    width: 1.1rem;
    height: 1.1rem;
    margin: 0;
    accent-color: var(--_accent);
  }
  .name {
    flex: 1 1 auto;
  }
  .count {
    color: var(--_muted);
    font-variant-numeric: tabular-nums;
    font-size: 0.9em;
  }
  .clear {
    min-height: 2.25rem;
    padding: 0 0.75rem;
    border: 1px solid transparent;
    border-radius: var(--_radius);
    background: transparent;
    color: var(--_accent);
    text-decoration: underline;
    cursor: pointer;
  }
  .clear:disabled {
    color: var(--_muted);
    text-decoration: none;
    cursor: default;
  }
  .chip {
    border-color: var(--_line);
    border-radius: 999px;
    background: var(--_surface);
  }
  .remove {
    border-radius: 999px;
    background: transparent;
    cursor: pointer;
  }
  .remove:hover {
    background: var(--_line);
  }
`;
