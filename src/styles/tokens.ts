import { css } from 'lit';

/**
 * Shared design tokens. Every colour is a `--at-*` custom property with a default, so a host page
 * themes the element from outside; fonts inherit from the article.
 */
export const tokens = css`
  :host {
    --_fg: var(--at-color-text, #1d2330);
    --_muted: var(--at-color-muted, #5a6272);
    --_bg: var(--at-color-background, #ffffff);
    --_surface: var(--at-color-surface, #f4f5f8);
    --_line: var(--at-color-line, #d5d9e0);
    --_accent: var(--at-color-accent, #1f5fbf);
    --_focus: var(--at-color-focus, #c2410c);
    --_selected: var(--at-color-selected, #111827);
    --_radius: var(--at-radius, 6px);
    --_kind-activity: var(--at-kind-activity, #b2182b);
    --_kind-intrusion: var(--at-kind-intrusion, #d6604d);
    --_kind-detection: var(--at-kind-detection, #b35806);
    --_kind-report: var(--at-kind-report, #2166ac);
    --_kind-follow-up: var(--at-kind-follow-up, #3a7fb3);
    --_kind-legal-action: var(--at-kind-legal-action, #762a83);
    --_kind-government-statement: var(--at-kind-government-statement, #1b7837);
    --_kind-government-advisory: var(--at-kind-government-advisory, #2f7f78);
    --_kind-policy: var(--at-kind-policy, #8c510a);
    --_kind-corporate: var(--at-kind-corporate, #666666);
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
