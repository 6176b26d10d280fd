import { css } from 'lit';

export const eventDetailStyles = css`
  :host {
    display: block;
  }
  article {
    position: relative;
    border: 1px solid var(--_line);
    border-left: 6px solid var(--_kind, var(--_accent));
    border-radius: var(--_radius);
    padding: 1rem 1.25rem;
    background: var(--_bg);
    container-type: inline-size;
  }
  header {
    display: flex;
    align-items: flex-start;
    gap: 1rem;
  }
  h2 {
    flex: 1 1 auto;
    margin: 0;
    overflow-wrap: anywhere;
    font-size: 1.25em;
    line-height: 1.3;
  }
  .close {
    min-width: 2.25rem;
    min-height: 2.25rem;
    border: 1px solid var(--_line);
    border-radius: var(--_radius);
    background: var(--_bg);
    cursor: pointer;
  }
  nav {
    display: flex;
    justify-content: space-between;
    gap: 0.5rem;
    margin-top: 0.5rem;
  }
  nav button {
    min-height: 2.25rem;
    padding: 0 0.75rem;
    border: 1px solid var(--_line);
    border-radius: var(--_radius);
    background: var(--_bg);
    cursor: pointer;
  }
  nav button[aria-disabled='true'] {
    color: var(--_muted);
    cursor: default;
  }
  .meta {
    margin: 0.35rem 0 0;
    color: var(--_muted);
  }
  .kind {
    display: inline-block;
    margin-right: 0.5rem;
    padding: 0 0.5em;
    border-radius: 999px;
    border: 1px solid var(--_kind);
    color: var(--_fg);
    font-size: 0.85em;
  }
  .description {
    margin: 0.75rem 0;
    line-height: 1.5;
    max-width: 70ch;
    overflow-wrap: anywhere;
  }
  dl {
    display: grid;
    grid-template-columns: max-content 1fr;
    gap: 0.35rem 1rem;
    margin: 0.75rem 0;
  }
  dt {
    font-weight: 600;
  }
  dd {
    margin: 0;
  }
  /* In a narrow panel the labels go above their values, so chips keep the full width. */
  @container (max-width: 30rem) {
    dl {
      grid-template-columns: 1fr;
      gap: 0.15rem;
    }
    dt:not(:first-child) {
      margin-top: 0.4rem;
    }
  }
  h3 {
    font-size: 1em;
    margin: 1rem 0 0.4rem;
  }
  ol.sources,
  ul.plain {
    margin: 0;
    padding-left: 1.25rem;
    line-height: 1.45;
  }
  ol.sources li {
    margin-bottom: 0.3rem;
  }
  a {
    color: var(--_accent);
  }
  .publisher {
    color: var(--_muted);
  }
  /* Marks the party's own text among the sources; words, not colour alone. */
  .primary {
    font-size: 0.8em;
    padding: 0 0.3em;
    border: 1px solid currentColor;
    border-radius: var(--_radius);
    color: var(--_muted);
    white-space: nowrap;
  }
  .disputed {
    margin-top: 0.75rem;
    padding: 0.5rem 0.75rem;
    border: 1px dashed var(--_kind-detection);
    border-radius: var(--_radius);
  }
  .disputed strong::before {
    content: '⚠ ';
  }
  .note {
    color: var(--_muted);
    font-size: 0.9em;
  }
`;
