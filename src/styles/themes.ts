import { css, unsafeCSS } from 'lit';
import { EVENT_KINDS } from '../model/types.ts';
import { kindColour, type ColourTheme } from '../scales/kind-colours.ts';

/** The themes `<attack-timeline theme="…">` accepts; no attribute (or `auto`) follows the reader's system. */
export const THEMES = ['auto', 'light', 'dark', 'high-contrast'] as const;
export type Theme = (typeof THEMES)[number];

/** Is `value` a theme name? */
export function isTheme(value: unknown): value is Theme {
  return typeof value === 'string' && (THEMES as readonly string[]).includes(value);
}

// Kind colours keep their hue across themes so a legend learnt in one reads in another; the dark
// and high-contrast ones are lighter so each mark reaches 3:1 against its background.
function themeKindColours(theme: ColourTheme): string {
  return EVENT_KINDS.map((kind) => `--_theme-kind-${kind}: ${kindColour(kind, theme)};`).join('\n');
}
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
  ${themeKindColours('dark')}
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
  ${themeKindColours('high-contrast')}
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
