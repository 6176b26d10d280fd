import { css } from 'lit';

export const searchStyles = css`
  :host {
    display: block;
    min-width: min(18rem, 100%);
    max-width: 28rem;
  }
  .field {
    display: flex;
    align-items: center;
    flex-wrap: wrap;
    gap: 0.4rem;
  }
  input {
    flex: 1 1 12rem;
    min-width: 0;
    min-height: 2.25rem;
    padding: 0 0.6rem;
    font: inherit;
    color: inherit;
    border: 1px solid var(--_line);
    border-radius: var(--_radius);
    background: var(--_bg);
  }
  .count {
    margin: 0.25rem 0 0;
    min-height: 1.2em;
    color: var(--_muted);
    font-size: 0.875em;
  }
  ol {
    margin: 0.25rem 0 0;
    padding: 0;
    list-style: none;
    font-size: 0.875em;
  }
  li button {
    display: flex;
    width: 100%;
    min-height: 24px;
    align-items: baseline;
    justify-content: space-between;
    gap: 0.75rem;
    padding: 0.15rem 0.4rem;
    border: 0;
    border-left: 3px solid transparent;
    border-radius: 0;
    background: transparent;
    text-align: left;
    cursor: pointer;
  }
  li button:hover {
    background: var(--_surface);
  }
  li button[aria-current='true'] {
    border-left-color: var(--_selected);
    font-weight: 600;
  }
  .date {
    flex: none;
    color: var(--_muted);
    font-variant-numeric: tabular-nums;
  }
  .more {
    margin: 0.2rem 0 0;
    color: var(--_muted);
    font-size: 0.8em;
  }
`;
