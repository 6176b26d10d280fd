import { describe, it, expect } from 'vitest';
import { EVENT_KINDS } from '../../../src/model/types.ts';
import { byFamily, FAMILY_COLOURS, KIND_FAMILIES, KIND_FAMILY, kindColour, type ColourTheme } from '../../../src/scales/kind-colours.ts';
import { tokens } from '../../../src/styles/tokens.ts';
import { themes } from '../../../src/styles/themes.ts';
import { contrastRatio, deltaE, luminance, MACHADO_2009, simulate, toLab, toLinear } from './colour-vision.ts';

/** Families this far apart in lightness still read apart when printed in greyscale. */
const MIN_GREY_DELTA_L = 10;
/** Families this far apart (CIE76 ΔE) under a simulated dichromacy: clearly different, not just a just-noticeable step (about 2.3). */
const MIN_SIMULATED_DELTA_E = 25;
/** WCAG 2.1 non-text contrast (1.4.11) for marks against what they sit on. */
const MIN_CONTRAST = 3;

/** The background and the row bands of each theme, read from the shipped CSS. */
function groundsOf(theme: ColourTheme): string[] {
  if (theme === 'light') {
    const bg = /--_theme-background, (#[0-9a-f]{6})/i.exec(tokens.cssText)?.[1];
    const surface = /--_theme-surface, (#[0-9a-f]{6})/i.exec(tokens.cssText)?.[1];
    return [bg!, surface!];
  }
  const block = themes.cssText.split(`:host([theme='${theme}'])`)[1]!.split('}')[0]!;
  return ['background', 'surface'].map((name) => new RegExp(`--_theme-${name}: (#[0-9a-f]{6})`, 'i').exec(block)![1]!);
}

const THEMES: readonly ColourTheme[] = ['light', 'dark', 'high-contrast'];
const pairs = KIND_FAMILIES.flatMap((a, i) => KIND_FAMILIES.slice(i + 1).map((b) => [a, b] as const));

describe('colour arithmetic (the test helpers)', () => {
  it('gives white L* 100 and black L* 0, and WCAG contrast 21:1 between them', () => {
    expect(toLab(toLinear('#ffffff'))[0]).toBeCloseTo(100, 1);
    expect(toLab(toLinear('#000000'))[0]).toBeCloseTo(0, 5);
    expect(contrastRatio('#ffffff', '#000000')).toBeCloseTo(21, 5);
  });

  it('leaves greys grey under each simulated deficiency (the published matrices preserve neutrals)', () => {
    for (const matrix of Object.values(MACHADO_2009)) {
      const grey = toLinear('#777777');
      const seen = simulate(matrix, grey);
      for (let i = 0; i < 3; i++) expect(seen[i]).toBeCloseTo(grey[i]!, 2);
    }
  });

  it('merges a red and a green that deuteranopes confuse (the old activity and government-statement colours)', () => {
    const red = toLinear('#b2182b');
    const green = toLinear('#1b7837');
    expect(deltaE(red, green)).toBeGreaterThan(90);
    expect(deltaE(simulate(MACHADO_2009.deuteranopia, red), simulate(MACHADO_2009.deuteranopia, green))).toBeLessThan(15);
    // …and in greyscale they are nearly the same lightness.
    expect(Math.abs(toLab(red)[0] - toLab(green)[0])).toBeLessThan(MIN_GREY_DELTA_L);
  });
});

describe('kind colour families', () => {
  it('puts every kind in a family, and gives the kinds of one family one colour', () => {
    for (const kind of EVENT_KINDS) expect(KIND_FAMILIES).toContain(KIND_FAMILY[kind]);
    for (const theme of THEMES) {
      for (const kind of EVENT_KINDS) expect(kindColour(kind, theme)).toBe(FAMILY_COLOURS[theme][KIND_FAMILY[kind]]);
      expect(new Set(Object.values(FAMILY_COLOURS[theme])).size).toBe(KIND_FAMILIES.length);
    }
  });

  it('groups kinds by family for the legend, keeping their order within a family and dropping none', () => {
    const grouped = byFamily(EVENT_KINDS);
    expect([...grouped].sort()).toEqual([...EVENT_KINDS].sort());
    const runs = grouped.map((kind) => KIND_FAMILY[kind]).filter((family, i, all) => family !== all[i - 1]);
    expect(runs).toEqual([...KIND_FAMILIES]);
    expect(byFamily(['follow-up', 'policy', 'activity', 'report'])).toEqual(['activity', 'follow-up', 'report', 'policy']);
  });

  it('ships these colours in the CSS, keeping the --at-kind-* names as overrides', () => {
    for (const kind of EVENT_KINDS) {
      expect(tokens.cssText).toContain(`--_kind-${kind}: var(--at-kind-${kind}, var(--_theme-kind-${kind}, ${kindColour(kind, 'light')}))`);
      for (const theme of ['dark', 'high-contrast'] as const) {
        const block = themes.cssText.split(`:host([theme='${theme}'])`)[1]!.split('}')[0]!;
        expect(block).toContain(`--_theme-kind-${kind}: ${kindColour(kind, theme)};`);
      }
    }
  });

  for (const theme of THEMES) {
    describe(`in the ${theme} theme`, () => {
      const colours = FAMILY_COLOURS[theme];

      it(`keeps ${MIN_CONTRAST}:1 contrast against the background and the row bands`, () => {
        for (const ground of groundsOf(theme)) {
          for (const family of KIND_FAMILIES) expect(contrastRatio(colours[family], ground), `${family} on ${ground}`).toBeGreaterThanOrEqual(MIN_CONTRAST);
        }
      });

      it(`keeps families apart in greyscale (L* at least ${MIN_GREY_DELTA_L} apart)`, () => {
        for (const [a, b] of pairs) {
          const [la, lb] = [toLab(toLinear(colours[a]))[0], toLab(toLinear(colours[b]))[0]];
          expect(Math.abs(la - lb), `${a} ${colours[a]} vs ${b} ${colours[b]}`).toBeGreaterThanOrEqual(MIN_GREY_DELTA_L);
        }
      });

      for (const [deficiency, matrix] of Object.entries(MACHADO_2009)) {
        it(`keeps families apart under simulated ${deficiency} (ΔE at least ${MIN_SIMULATED_DELTA_E})`, () => {
          for (const [a, b] of pairs) {
            const seen = (hex: string) => simulate(matrix, toLinear(hex));
            expect(deltaE(seen(colours[a]), seen(colours[b])), `${a} ${colours[a]} vs ${b} ${colours[b]}`).toBeGreaterThanOrEqual(MIN_SIMULATED_DELTA_E);
          }
        });
      }
    });
  }

  it('gives the governments and courts family the most contrast with the background in every theme', () => {
    for (const theme of THEMES) {
      const ground = luminance(toLinear(groundsOf(theme)[0]!));
      const contrastOf = (family: (typeof KIND_FAMILIES)[number]) => Math.abs(luminance(toLinear(FAMILY_COLOURS[theme][family])) - ground);
      const byContrast = [...KIND_FAMILIES].sort((a, b) => contrastOf(b) - contrastOf(a));
      expect(byContrast[0], theme).toBe('state');
    }
  });
});
