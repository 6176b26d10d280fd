import { css } from 'lit';

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
    --_kind-activity: var(--at-kind-activity, var(--_theme-kind-activity, #b2182b));
    --_kind-intrusion: var(--at-kind-intrusion, var(--_theme-kind-intrusion, #d6604d));
    --_kind-detection: var(--at-kind-detection, var(--_theme-kind-detection, #b35806));
    --_kind-report: var(--at-kind-report, var(--_theme-kind-report, #2166ac));
    --_kind-follow-up: var(--at-kind-follow-up, var(--_theme-kind-follow-up, #3a7fb3));
    --_kind-legal-action: var(--at-kind-legal-action, var(--_theme-kind-legal-action, #762a83));
    --_kind-government-statement: var(--at-kind-government-statement, var(--_theme-kind-government-statement, #1b7837));
    --_kind-government-advisory: var(--at-kind-government-advisory, var(--_theme-kind-government-advisory, #2f7f78));
    --_kind-policy: var(--at-kind-policy, var(--_theme-kind-policy, #8c510a));
    --_kind-corporate: var(--at-kind-corporate, var(--_theme-kind-corporate, #666666));
    color: var(--_fg);
    font-family: var(--at-font-family, inherit);
  }
  .kind-activity { --_kind: var(--_kind-activity); }
  .kind-intrusion { --_kind: var(--_kind-intrusion); }
  .kind-detection { --_kind: var(--_kind-detection); }
  .kind-report { --_kind: var(--_kind-report); }
  .kind-follow-up { --_kind: var(--_kind-follow-up); }
  .kind-legal-action { --_kind: var(--_kind-legal-action); }
  .kind-government-statement { --_kind: var(--_kind-government-statement); }
  .kind-government-advisory { --_kind: var(--_kind-government-advisory); }
  .kind-policy { --_kind: var(--_kind-policy); }
  .kind-corporate { --_kind: var(--_kind-corporate); }
  button {
    font: inherit;
    color: inherit;
  }
  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
`;
