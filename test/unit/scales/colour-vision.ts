/**
 * Colour arithmetic for the palette tests (not shipped): sRGB to linear light, relative luminance
 * and CIE L*, CIELAB, colour-vision-deficiency simulation and CIE76 ΔE.
 *
 * The simulation matrices are those of Machado, Oliveira and Fernandes, "A Physiologically-based
 * Model for Simulation of Color Vision Deficiency", IEEE Transactions on Visualization and
 * Computer Graphics 15(6):1291–1298, 2009 (doi:10.1109/TVCG.2009.113), for severity 1.0
 * (protanopia, deuteranopia, tritanopia), as tabulated by the authors at
 * https://www.inf.ufrgs.br/~oliveira/pubs_files/CVD_Simulation/CVD_Simulation.html. They act on
 * linear RGB; results are clipped to the gamut.
 */

export type Rgb = readonly [number, number, number];
type Matrix = readonly [Rgb, Rgb, Rgb];

export const MACHADO_2009: Readonly<Record<'protanopia' | 'deuteranopia' | 'tritanopia', Matrix>> = {
  protanopia: [[0.152286, 1.052583, -0.204868], [0.114503, 0.786281, 0.099216], [-0.003882, -0.048116, 1.051998]],
  deuteranopia: [[0.367322, 0.860646, -0.227968], [0.280085, 0.672501, 0.047413], [-0.01182, 0.04294, 0.968881]],
  tritanopia: [[1.255528, -0.076749, -0.178779], [-0.078411, 0.930809, 0.147602], [0.004733, 0.691367, 0.3039]],
};

/** #rrggbb → linear-light RGB in [0, 1] (IEC 61966-2-1 transfer function). */
export function toLinear(hex: string): Rgb {
  const match = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!match) throw new Error(`not a #rrggbb colour: ${hex}`);
  const channel = (h: string) => {
    const c = parseInt(h, 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return [channel(match[1]!), channel(match[2]!), channel(match[3]!)];
}

/** Relative luminance Y of linear RGB (Rec. 709 primaries, as WCAG defines it). */
export function luminance([r, g, b]: Rgb): number {
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG contrast ratio of two #rrggbb colours. */
export function contrastRatio(a: string, b: string): number {
  const [high, low] = [luminance(toLinear(a)), luminance(toLinear(b))].sort((x, y) => y - x) as [number, number];
  return (high + 0.05) / (low + 0.05);
}

const f = (t: number) => (t > 216 / 24389 ? Math.cbrt(t) : ((24389 / 27) * t + 16) / 116);

/** CIELAB (D65 white) of linear RGB; L* alone is the colour's lightness in greyscale. */
export function toLab([r, g, b]: Rgb): Rgb {
  const x = 0.4124 * r + 0.3576 * g + 0.1805 * b;
  const y = luminance([r, g, b]);
  const z = 0.0193 * r + 0.1192 * g + 0.9505 * b;
  const fx = f(x / 0.95047);
  const fy = f(y);
  const fz = f(z / 1.08883);
  return [116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz)];
}

/** Linear RGB as seen with the deficiency `matrix` simulates. */
export function simulate(matrix: Matrix, rgb: Rgb): Rgb {
  const clip = (v: number) => Math.min(1, Math.max(0, v));
  return matrix.map((row) => clip(row[0] * rgb[0] + row[1] * rgb[1] + row[2] * rgb[2])) as unknown as Rgb;
}

/** CIE76 colour difference ΔE*ab. */
export function deltaE(a: Rgb, b: Rgb): number {
  const [la, lb] = [toLab(a), toLab(b)];
  return Math.hypot(la[0] - lb[0], la[1] - lb[1], la[2] - lb[2]);
}
