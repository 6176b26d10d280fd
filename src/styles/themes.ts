import { css, unsafeCSS } from 'lit';

/** The themes `<attack-timeline theme="…">` accepts; no attribute (or `auto`) follows the reader's system. */
export const THEMES = ['auto', 'light', 'dark', 'high-contrast'] as const;
export type Theme = (typeof THEMES)[number];

/** Is `value` a theme name? */
export function isTheme(value: unknown): value is Theme {
  return typeof value === 'string' && (THEMES as readonly string[]).includes(value);
}

// Kind colours keep their hue across themes so a legend learnt in one reads in another; dark and
// high-contrast variants are lighter so each mark reaches 3:1 against its background.
const dark = unsafeCSS(`
  color-scheme: dark;
  --_theme-paint: #12161d;
  --_theme-text: #e8ebf0;
  --_theme-muted: #a9b1bf;
  --_theme-background: #12161d;
  --_theme-surface: #1d232d;
  --_theme-line: #3a4352;
  --_theme-accent: #8ab4ff;
  --_theme-focus: #ffb46b;
  --_theme-selected: #ffffff;
  --_theme-kind-activity: #ff7b86;
  --_theme-kind-intrusion: #f4a582;
  --_theme-kind-detection: #f1a340;
  --_theme-kind-report: #74b0ea;
  --_theme-kind-follow-up: #92c5de;
  --_theme-kind-legal-action: #c2a5cf;
  --_theme-kind-government-statement: #7fc97f;
  --_theme-kind-government-advisory: #66c2a5;
  --_theme-kind-policy: #dfc27d;
  --_theme-kind-corporate: #bdbdbd;
`);

const highContrast = unsafeCSS(`
  color-scheme: dark;
  --_theme-paint: #000000;
  --_theme-text: #ffffff;
  --_theme-muted: #ffffff;
  --_theme-background: #000000;
  --_theme-surface: #1a1a1a;
  --_theme-line: #ffffff;
  --_theme-accent: #ffff00;
  --_theme-focus: #ffff00;
  --_theme-selected: #ffffff;
  --_theme-kind-activity: #ff5c5c;
  --_theme-kind-intrusion: #ff9e40;
  --_theme-kind-detection: #ffd23f;
  --_theme-kind-report: #5cc8ff;
  --_theme-kind-follow-up: #a0e4ff;
  --_theme-kind-legal-action: #e08cff;
  --_theme-kind-government-statement: #5cff7a;
  --_theme-kind-government-advisory: #3ff5d5;
  --_theme-kind-policy: #fff176;
  --_theme-kind-corporate: #e0e0e0;
`);

/**
 * Theme variables for the `<attack-timeline>` host only: light by default, dark when the reader's
 * system prefers it (unless `theme="light"`), and the explicit `dark` and `high-contrast` themes.
 * A page's own `--at-*` properties still win over any theme.
 */
export const themes = css`
  :host {
    color-scheme: light;
  }
  @media (prefers-color-scheme: dark) {
    :host(:not([theme])),
    :host([theme='auto']) {
      ${dark}
    }
  }
  @media (prefers-contrast: more) {
    :host(:not([theme])),
    :host([theme='auto']) {
      ${highContrast}
    }
  }
  :host([theme='dark']) {
    ${dark}
  }
  :host([theme='high-contrast']) {
    ${highContrast}
  }
  .root {
    background: var(--at-color-background, var(--_theme-paint, transparent));
  }
  :host([theme='dark']) .root,
  :host([theme='high-contrast']) .root {
    padding: 0.75rem;
    border-radius: var(--_radius);
  }
`;
