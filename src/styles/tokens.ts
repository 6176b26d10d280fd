import { css, unsafeCSS } from 'lit';
import { EVENT_KINDS } from '../model/types.ts';
import { kindColour } from '../scales/kind-colours.ts';

// Each kind's colour: the page's --at-kind-*, else the theme's, else the light theme's family colour.
const kindProperties = unsafeCSS(
  EVENT_KINDS.map((kind) => `--_kind-${kind}: var(--at-kind-${kind}, var(--_theme-kind-${kind}, ${kindColour(kind, 'light')}));`).join('\n'),
);
const kindClasses = unsafeCSS(EVENT_KINDS.map((kind) => `.kind-${kind} { --_kind: var(--_kind-${kind}); }`).join('\n'));

/**
 * Shared design tokens. Every colour is a `--at-*` custom property; when the page sets none, the
 * theme chosen on `<attack-timeline>` (`--_theme-*`, see themes.ts, inherited into every inner
 * shadow root) applies, then the light default. Fonts inherit from the article.
 */
export const tokens = css`
  :host {
    --_fg: var(--at-color-text, var(--_theme-text, #1d2330));
    --_muted: var(--at-color-muted, var(--_theme-muted, #5a6272));
    --_bg: var(--at-color-background, var(--_theme-background, #ffffff));
    --_surface: var(--at-color-surface, var(--_theme-surface, #f4f5f8));
    --_line: var(--at-color-line, var(--_theme-line, #d5d9e0));
    --_accent: var(--at-color-accent, var(--_theme-accent, #1f5fbf));
    --_focus: var(--at-color-focus, var(--_theme-focus, #c2410c));
    --_selected: var(--at-color-selected, var(--_theme-selected, #111827));
    --_radius: var(--at-radius, 6px);
    ${kindProperties}
    color: var(--_fg);
    font-family: var(--at-font-family, inherit);
  }
  ${kindClasses}
  button {
    font: inherit;
    color: inherit;
  }
  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
`;
