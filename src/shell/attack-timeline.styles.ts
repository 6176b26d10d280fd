import { css } from 'lit';

/**
 * The shell's layout. The description folds to two lines ("More" unfolds it). The stage holds the
 * chart (or the cards) and, once an event is selected, its details: containers 56rem and wider
 * put them side by side, the panel sticky beside the chart; narrower ones lift the details over
 * the foot of the screen as a bottom sheet. Neither moves the page. The panel's place is taken
 * as soon as an event is selected, its undefined tag hidden until the details' code arrives, so
 * the chart changes width once (a link's selection waits for the code: the shell's `render`).
 * On narrow screens the overview strip stays above the cards as they scroll by, and below 40rem
 * the filters fold behind one button (the filter bar is a size container, so it takes no width
 * from its content). The chart summary is for screen readers; sighted readers see the chart itself.
 * The secondary controls' code arrives just after the first frame (control-tags.ts): until then
 * their undefined tags hold the space the controls will take (the heights their own styles give:
 * a 2.25rem control with its border, the search box with its count line, the 52 px overview, the
 * table's toggle), so nothing drawn in the first frame moves when they arrive; they are blocks
 * whether defined or not, as their own `:host` rules make them. If that code fails to load, the
 * templates leave their blocks out (`controlsLost`) rather than hold empty space. The controls are a
 * grid whose rows do not depend on how wide the drop-downs and actions turn out to be (that
 * depends on the language and the font): the filters beside the grouping, the actions on a row of
 * their own; below 48em the grouping joins the actions, below 40em each has a row (em, not rem:
 * the labels grow with the page's text, and so do these widths). The search box's
 * stand-in also has an invisible line where its label will be, so the status line beside it sits
 * on the same baseline before and after. Filters set by the page (attributes, a link) show as
 * chips under the drop-downs: until the filter bar is defined, an invisible copy of the chips
 * (the templates' `chipsStandIn`, with the filter bar's own chip rules: chips.styles.ts) keeps
 * the lines they wrap to, under the stand-in of the drop-downs' row.
 * While the element waits for its data or for code its first frame needs, the loading line keeps
 * `--at-loading-height` (`.reserve`; docs/embedding.md has the rule a page adds to keep the same
 * before the script runs), so the article below it moves only under the fold.
 * No comments inside the CSS: template text is shipped as written.
 */
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
  .description:not(.open) {
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: 2;
    overflow: hidden;
  }
  .more,
  .view-switch button {
    min-height: 24px;
    padding: 0;
    border: 0;
    background: none;
    font: inherit;
    color: var(--_accent);
    text-decoration: underline;
    cursor: pointer;
  }
  .view-switch {
    display: inline-flex;
    justify-self: start;
    border: 1px solid var(--_line);
    border-radius: var(--_radius);
    overflow: hidden;
  }
  .view-switch button {
    min-height: 2.25rem;
    padding: 0 0.9rem;
    color: inherit;
    text-decoration: none;
  }
  .view-switch button[aria-pressed='true'] {
    background: var(--_accent);
    color: var(--_bg);
    font-weight: 600;
  }
  .stage {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: 0.75rem 1rem;
    align-items: start;
  }
  .main {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: 0.75rem;
    min-width: 0;
  }
  at-event-detail:not(:defined) {
    visibility: hidden;
  }
  @container (min-width: 56rem) {
    .stage.open {
      grid-template-columns: minmax(0, 1fr) clamp(18rem, 30%, 26rem);
    }
    at-event-detail {
      position: sticky;
      top: 0.5rem;
      max-height: calc(100vh - 1rem);
      overflow-y: auto;
    }
  }
  @container (max-width: 55.99rem) {
    at-event-detail {
      position: fixed;
      z-index: 1000;
      left: 0;
      right: 0;
      bottom: 0;
      max-width: 44rem;
      max-height: min(50vh, 36rem);
      margin: 0 auto;
      overflow-y: auto;
      border-radius: var(--_radius) var(--_radius) 0 0;
      background: var(--_bg);
      box-shadow: 0 -0.25rem 1.5rem rgb(0 0 0 / 25%);
    }
    .stage.open {
      padding-bottom: min(50vh, 36rem);
    }
  }
  at-overview.strip {
    position: sticky;
    top: 0;
    z-index: 1;
    padding: 0.25rem 0;
    background: var(--_bg);
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
  @container (max-width: 40rem) {
    .filters-toggle {
      display: inline-block;
    }
    .controls:not(.open) {
      display: none;
    }
  }
  .controls {
    display: grid;
    grid-template: 'filters group' 'actions actions' / minmax(0, 1fr) auto;
    align-items: start;
    gap: 0.5rem 1rem;
  }
  .controls at-filter-bar {
    grid-area: filters;
  }
  .controls at-actions {
    grid-area: actions;
    justify-self: start;
  }
  @container (max-width: 48em) {
    .controls {
      grid-template: 'filters filters' 'group actions' / auto minmax(0, 1fr);
    }
  }
  @container (max-width: 40em) {
    .controls {
      grid-template: 'filters' 'group' 'actions' / minmax(0, 1fr);
    }
  }
  .group-by {
    grid-area: group;
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
  .find {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0.25rem 1.5rem;
  }
  .find at-search {
    flex: 0 1 28rem;
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
  .loading.reserve {
    margin: 0;
    min-height: var(--at-loading-height, min(100svh, 30rem));
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
  at-filter-bar,
  at-actions,
  at-search,
  at-overview,
  at-event-table {
    display: block;
  }
  at-filter-bar:not(:defined)::before {
    content: '';
    display: block;
    height: calc(2.25rem + 2px);
  }
  at-filter-bar:not(:defined) > .chips {
    visibility: hidden;
  }
  at-actions:not(:defined) {
    min-height: 2.25rem;
  }
  at-search:not(:defined) {
    min-width: min(18rem, 100%);
    height: calc(2.5rem + 1.05em);
  }
  at-search:not(:defined)::before {
    content: '\\a0';
    display: flex;
    align-items: center;
    height: 2.25rem;
  }
  at-overview:not(:defined) {
    height: 52px;
  }
  at-event-table:not(:defined) {
    min-height: calc(24px + 0.4rem);
  }
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
