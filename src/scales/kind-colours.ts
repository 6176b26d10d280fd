import type { EventKind } from '../model/types.ts';

/**
 * The colour families, in legend order: what the attackers did, who found and reported it, what
 * governments and courts did, and corporate events. A family has one colour; the glyph
 * (kind-symbols.ts) tells its kinds apart.
 */
export const KIND_FAMILIES = ['attack', 'disclosure', 'state', 'corporate'] as const;
export type KindFamily = (typeof KIND_FAMILIES)[number];

export const KIND_FAMILY = {
  activity: 'attack',
  intrusion: 'attack',
  detection: 'disclosure',
  report: 'disclosure',
  'follow-up': 'disclosure',
  'legal-action': 'state',
  'government-statement': 'state',
  'government-advisory': 'state',
  policy: 'state',
  corporate: 'corporate',
} as const satisfies Record<EventKind, KindFamily>;

/** The themes that set their own kind colours. */
export type ColourTheme = 'light' | 'dark' | 'high-contrast';

/**
 * Each family's colour per theme. Chosen so that, against the theme's background and row bands,
 * every colour keeps 3:1 contrast, and any two families stay apart in greyscale (CIE L* at least
 * 10 apart) and under simulated protanopia, deuteranopia and tritanopia (Machado et al. 2009,
 * CIELAB ΔE at least 25): test/unit/scales/kind-colours.test.ts checks all of it. Hues stay the
 * same across themes (red, blue, purple, grey) so a key learnt in one reads in another, and the
 * governments' purple has the most contrast in every theme.
 */
export const FAMILY_COLOURS: Readonly<Record<ColourTheme, Readonly<Record<KindFamily, string>>>> = {
  light: { attack: '#a7241d', disclosure: '#2d93db', state: '#5b2175', corporate: '#717171' },
  dark: { attack: '#ff9982', disclosure: '#3c9ce5', state: '#e9c8fb', corporate: '#7a7a7a' },
  'high-contrast': { attack: '#ffae94', disclosure: '#4aa8ff', state: '#f5e0ff', corporate: '#7f7f7f' },
};

/** The kind's colour in a theme: its family's. */
export function kindColour(kind: EventKind, theme: ColourTheme): string {
  return FAMILY_COLOURS[theme][KIND_FAMILY[kind]];
}

/** `kinds` grouped by family, in legend order (each family's kinds keep their order). */
export function byFamily(kinds: readonly EventKind[]): EventKind[] {
  return KIND_FAMILIES.flatMap((family) => kinds.filter((kind) => KIND_FAMILY[kind] === family));
}
