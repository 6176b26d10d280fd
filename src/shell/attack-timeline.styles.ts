import { css } from 'lit';

export const attackTimelineStyles = css`
  :host {
    display: block;
  }
  :host([hidden]) {
    display: none;
  }
  .root {
    display: grid;
    gap: 0.75rem;
    container-type: inline-size;
  }
  .root > * {
    min-width: 0;
  }
  header h2 {
    margin: 0;
    font-size: 1.35em;
    line-height: 1.25;
  }
  header p {
    margin: 0.35rem 0 0;
    color: var(--_muted);
    max-width: 75ch;
    line-height: 1.45;
  }
  .filters-toggle {
    display: none;
    justify-self: start;
    min-height: 2.25rem;
    padding: 0 0.75rem;
    border: 1px solid var(--_line);
    border-radius: var(--_radius);
    background: var(--_bg);
    font: inherit;
    color: inherit;
    cursor: pointer;
  }
  /* Narrow containers (phones, narrow article columns): filters fold behind one button. */
  @container (max-width: 40rem) {
    .filters-toggle {
      display: inline-block;
    }
    .controls:not(.open) {
      display: none;
    }
  }
  .controls at-filter-bar {
    /* The filter bar is a size container, so it takes no width from its content. */
    flex: 1 1 18rem;
    min-width: 0;
  }
  .controls {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-start;
    justify-content: space-between;
    gap: 0.5rem 1rem;
  }
  .group-by {
    display: inline-flex;
    align-items: center;
    gap: 0.4rem;
  }
  select {
    font: inherit;
    min-height: 2.25rem;
    padding: 0 0.5rem;
    border: 1px solid var(--_line);
    border-radius: var(--_radius);
    background: var(--_bg);
    color: inherit;
  }
  .status {
    margin: 0;
    color: var(--_muted);
  }
  .status button {
    font: inherit;
    border: 0;
    background: none;
    color: var(--_accent);
    text-decoration: underline;
    cursor: pointer;
    padding: 0;
    min-height: 24px;
  }
  .error {
    border: 2px solid #b42318;
    background: #fef3f2;
    color: #7a271a;
    border-radius: var(--_radius);
    padding: 0.75rem 1rem;
  }
  .error p {
    margin: 0 0 0.4rem;
    font-weight: 600;
  }
  .error .problem {
    margin-top: 0.6rem;
  }
  .error ul {
    margin: 0;
    padding-left: 1.25rem;
    font-family: ui-monospace, SFMono-Regular, Menlo, monospace;
    font-size: 0.85em;
    overflow-wrap: anywhere;
  }
  .loading {
    color: var(--_muted);
  }
  .error .retry {
    margin-top: 0.5rem;
    min-height: 2.25rem;
    min-width: 24px;
    padding: 0 0.9rem;
    border: 1px solid currentColor;
    border-radius: var(--_radius);
    background: #ffffff;
    cursor: pointer;
  }
  .error .kept {
    margin: 0.5rem 0 0;
    font-weight: normal;
  }
  /* The chart summary is for screen readers; sighted readers see the chart itself. */
  .summary {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }
`;
