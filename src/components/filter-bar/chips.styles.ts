import { css } from 'lit';

// What sizes the chips' row (the look is the filter bar's own), in both stylesheets that lay it
// out: the filter bar's, and the shell's, which lays out an invisible copy of the row while the
// filter bar's code is on its way (so the row's height, however many lines it wraps to, is kept:
// attack-timeline.styles.ts). A chip is 2rem tall whatever font its ✕ falls back to (the ✕'s line
// is 1 and unpadded). No comments inside the CSS: template text ships as written.
export const chipStyles = css`
  .chips {
    display: flex;
    flex-wrap: wrap;
    gap: 0.35rem;
    margin: 0.4rem 0 0;
    padding: 0;
    list-style: none;
  }
  .chip {
    box-sizing: border-box;
    min-height: 2rem;
    display: inline-flex;
    align-items: center;
    gap: 0.25rem;
    padding: 0.1rem 0.2rem 0.1rem 0.6rem;
    border: 1px solid;
    font-size: 0.875em;
  }
  .remove {
    display: inline-block;
    min-width: 1.6rem;
    min-height: 1.6rem;
    padding: 0;
    line-height: 1;
    border: 0;
  }
`;
