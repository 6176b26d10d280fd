import type { EventKind } from '../model/types.ts';
import { fitLabel } from '../derive/place.ts';
import { graphemeCut } from '../model/graphemes.ts';
import { kindSymbolPath } from '../scales/kind-style.ts';
import { GLYPH_STROKE_PX, isStrokedGlyph } from '../scales/kind-symbols.ts';
import { MARK_STYLE } from '../scales/mark-style.ts';
import { byFamily } from '../scales/kind-colours.ts';

/** One thing drawn in the exported chart, in chart px (y is the centre of its row). */
export interface ExportMark {
  readonly kind: EventKind | null;
  /** `cluster` draws `count` merged events as one grey box. */
  readonly shape: 'point' | 'uncertain' | 'period' | 'cluster';
  readonly x0Px: number;
  readonly x1Px: number;
  readonly solidX0Px: number;
  readonly solidX1Px: number;
  readonly yPx: number;
  readonly openStart: boolean;
  readonly label: string;
  readonly labelXPx: number;
  readonly labelRoomPx: number;
}

/** A dotted arc from a report to the activity it revealed. */
export interface ExportLink {
  readonly kind: EventKind;
  readonly x0Px: number;
  readonly y0Px: number;
  readonly x1Px: number;
  readonly y1Px: number;
}

/** Plain colours (#rrggbb or rgb()/rgba()), never CSS variables: vector editors read attributes only. */
export interface ExportColours {
  readonly text: string;
  readonly muted: string;
  readonly background: string;
  readonly line: string;
  readonly kind: Readonly<Record<EventKind, string>>;
}

export interface ExportInput {
  readonly title: string;
  /** The date range shown, in words ("Shown: Mar 2012 – Jan 2020"). */
  readonly rangeText: string;
  readonly widthPx: number;
  readonly chartHeightPx: number;
  /**
   * The chart's background layer (row bands, row labels, axis) as SVG markup with presentation
   * attributes, produced by XMLSerializer from the live chart, so any text in it is escaped.
   */
  readonly backgroundMarkup: string;
  readonly marks: readonly ExportMark[];
  readonly links: readonly ExportLink[];
  readonly legend: readonly { readonly kind: EventKind; readonly label: string }[];
  readonly sourcesHeading: string;
  /** One line per source, already in words. */
  readonly sources: readonly string[];
  readonly colours: ExportColours;
  readonly fontFamily: string;
  readonly markPx: number;
}

/** The exported picture: SVG text and its size in CSS px. */
export interface ExportedSvg {
  readonly svg: string;
  readonly widthPx: number;
  readonly heightPx: number;
}

const PAD_PX = 24;
const TITLE_PX = 20;
const BODY_PX = 13;
const SMALL_PX = 11.5;
const LABEL_PX = 12.5;
/** Average glyph width as a share of the font size, to wrap and fit text without measuring. */
const CHAR_EM = 0.56;
const MAX_SOURCE_LINES = 60;

/** Everything XML 1.0 cannot hold: C0 controls but tab and line breaks, lone surrogates, U+FFFE and U+FFFF. */
const NOT_XML_CHAR = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/**
 * Replaces characters XML 1.0 cannot hold with U+FFFD. The parser already refuses or replaces
 * them in data; this keeps the document well-formed whatever reaches it (a live chart's markup).
 */
export function toXmlChars(text: string): string {
  return text.replace(NOT_XML_CHAR, '\uFFFD');
}

/** Escapes text for XML text nodes and attribute values. */
export function escapeXml(text: string): string {
  return toXmlChars(text).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!);
}

/** Keeps a CSS font-family list to letters, digits, spaces, commas, quotes and hyphens. */
export function safeFontFamily(family: string): string {
  const cleaned = family.replace(/[^\w\s,"'-]/g, '').trim();
  return cleaned || 'sans-serif';
}

/**
 * Breaks text into lines of at most `maxChars` UTF-16 code units, at spaces where it can; a longer
 * word is broken between grapheme clusters (never inside an emoji, flag or accented letter).
 */
export function wrapText(text: string, maxChars: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > maxChars) {
      lines.push(line);
      line = '';
    }
    let rest = word;
    while (rest.length > maxChars) {
      if (line) lines.push(line);
      line = '';
      let cut = graphemeCut(rest, maxChars);
      // A single cluster longer than a line (a long run of combining marks) stays whole.
      for (let room = Math.max(2, maxChars * 2); cut === 0; room *= 2) cut = graphemeCut(rest, room);
      lines.push(rest.slice(0, cut));
      rest = rest.slice(cut);
    }
    line = line ? `${line} ${rest}` : rest;
  }
  if (line) lines.push(line);
  return lines;
}

const n = (value: number) => String(Math.round(value * 10) / 10);

/**
 * Builds a standalone SVG document of the current view: title, the date range shown, the chart
 * (background layer, links, marks and labels, clipped to the chart), the legend, and a sources
 * footer. Only presentation attributes and one embedded `<style>` for the font; every string from
 * data is escaped. The same input always gives the same text.
 */
export function buildExportSvg(input: ExportInput): ExportedSvg {
  const { widthPx, chartHeightPx, colours } = input;
  const totalWidth = Math.round(widthPx + 2 * PAD_PX);
  const parts: string[] = [];
  let y = PAD_PX + TITLE_PX;
  const titleLines = wrapText(input.title, Math.max(20, Math.floor(widthPx / (TITLE_PX * CHAR_EM))));
  for (const line of titleLines) {
    parts.push(`<text x="${PAD_PX}" y="${n(y)}" font-size="${TITLE_PX}" font-weight="700" fill="${colours.text}">${escapeXml(line)}</text>`);
    y += TITLE_PX * 1.25;
  }
  parts.push(`<text class="range" x="${PAD_PX}" y="${n(y)}" font-size="${BODY_PX}" fill="${colours.muted}">${escapeXml(input.rangeText)}</text>`);
  y += 14;

  const chartTop = y;
  parts.push(`<g class="chart" transform="translate(${PAD_PX},${n(chartTop)})" clip-path="url(#chart-clip)">`);
  parts.push(`<rect width="${n(widthPx)}" height="${n(chartHeightPx)}" fill="${colours.background}" stroke="${colours.line}"/>`);
  parts.push(input.backgroundMarkup);
  parts.push(...input.links.map((link) => linkMarkup(link, colours)));
  parts.push(...input.marks.map((mark) => markMarkup(mark, input.markPx, colours)));
  parts.push(...input.marks.map((mark) => labelMarkup(mark, colours)).filter(Boolean));
  parts.push('</g>');
  y = chartTop + chartHeightPx + 24;

  // Legend: glyph and label per kind, grouped by colour family as on screen, wrapped to the width.
  let x = PAD_PX;
  const legend = byFamily(input.legend.map((item) => item.kind)).map((kind) => input.legend.find((item) => item.kind === kind)!);
  for (const { kind, label } of legend) {
    const itemWidth = 22 + label.length * BODY_PX * CHAR_EM + 18;
    if (x > PAD_PX && x + itemWidth > PAD_PX + widthPx) {
      x = PAD_PX;
      y += 22;
    }
    parts.push(`<g class="legend-item" transform="translate(${n(x + 7)},${n(y - 4)})">${glyphMarkup(kind, 12, colours.kind[kind], null)}</g>`);
    parts.push(`<text x="${n(x + 20)}" y="${n(y)}" font-size="${BODY_PX}" fill="${colours.text}">${escapeXml(label)}</text>`);
    x += itemWidth;
  }
  y += 30;

  // Sources footer.
  parts.push(`<text x="${PAD_PX}" y="${n(y)}" font-size="${BODY_PX}" font-weight="700" fill="${colours.text}">${escapeXml(input.sourcesHeading)}</text>`);
  y += 18;
  const maxChars = Math.max(30, Math.floor(widthPx / (SMALL_PX * CHAR_EM)));
  const lines = input.sources.flatMap((source, index) => wrapText(source, maxChars - 4).map((line, i) => (i === 0 ? `${index + 1}. ${line}` : `    ${line}`)));
  const shown = lines.slice(0, MAX_SOURCE_LINES);
  if (lines.length > shown.length) shown.push(`… (${input.sources.length} sources in all)`);
  for (const line of shown) {
    parts.push(`<text x="${PAD_PX}" y="${n(y)}" font-size="${SMALL_PX}" fill="${colours.muted}" xml:space="preserve">${escapeXml(line)}</text>`);
    y += SMALL_PX * 1.45;
  }
  const totalHeight = Math.round(y + PAD_PX);

  const svg = toXmlChars([
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<svg xmlns="http://www.w3.org/2000/svg" version="1.1" width="${totalWidth}" height="${totalHeight}" viewBox="0 0 ${totalWidth} ${totalHeight}">`,
    `<title>${escapeXml(input.title)}</title>`,
    `<style>text { font-family: ${safeFontFamily(input.fontFamily)}; }</style>`,
    `<defs><clipPath id="chart-clip"><rect width="${n(widthPx)}" height="${n(chartHeightPx)}"/></clipPath></defs>`,
    `<rect width="${totalWidth}" height="${totalHeight}" fill="${colours.background}"/>`,
    ...parts,
    '</svg>',
    '',
  ].join('\n'));
  return { svg, widthPx: totalWidth, heightPx: totalHeight };
}

function linkMarkup(link: ExportLink, colours: ExportColours): string {
  const bend = Math.min(link.y0Px, link.y1Px) - 10;
  return `<path d="M${n(link.x0Px)},${n(link.y0Px)} C${n(link.x0Px)},${n(bend)} ${n(link.x1Px)},${n(bend)} ${n(link.x1Px)},${n(link.y1Px)}" fill="none" stroke="${colours.kind[link.kind]}" stroke-width="1.25" stroke-dasharray="2 3" stroke-opacity="0.7"/>`;
}

function box(x: number, y: number, width: number, height: number, colour: string, fillOpacity: number, strokeWidth: number): string {
  return `<rect x="${n(x)}" y="${n(y)}" width="${n(Math.max(width, 1))}" height="${n(height)}" fill="${colour}" fill-opacity="${fillOpacity}" stroke="${colour}" stroke-width="${strokeWidth}"/>`;
}

/** An uncertain interval as on screen: a faint tint (none when `fillOpacity` is null) inside a dotted 1 px outline (see MARK_STYLE). */
function faintBox(x: number, y: number, width: number, height: number, colour: string, fillOpacity: number | null): string {
  const fill = fillOpacity === null ? 'fill="none"' : `fill="${colour}" fill-opacity="${fillOpacity}"`;
  return `<rect x="${n(x)}" y="${n(y)}" width="${n(Math.max(width, 1))}" height="${n(height)}" ${fill} stroke="${colour}" stroke-opacity="${MARK_STYLE.dotAlpha}" stroke-width="1" stroke-dasharray="1 ${MARK_STYLE.dotPeriodPx - 1}"/>`;
}

/** A rough end of a period, from `outerPx` to `innerPx` (its known part): steps that fade outwards, in a dotted outline. */
function fadingEnd(outerPx: number, innerPx: number, y: number, height: number, colour: string): string {
  const steps = MARK_STYLE.fadeAlphas;
  const out = steps.map((alpha, step) => {
    const a = innerPx + ((outerPx - innerPx) * step) / steps.length;
    const b = innerPx + ((outerPx - innerPx) * (step + 1)) / steps.length;
    return `<rect x="${n(Math.min(a, b))}" y="${n(y)}" width="${n(Math.abs(b - a))}" height="${n(height)}" fill="${colour}" fill-opacity="${alpha}"/>`;
  });
  out.push(faintBox(Math.min(outerPx, innerPx), y, Math.abs(innerPx - outerPx), height, colour, null));
  return out.join('');
}

/** A kind's glyph at 0,0: filled with a background outline, or a line over a background halo. */
function glyphMarkup(kind: EventKind, sizePx: number, colour: string, background: string | null): string {
  const d = kindSymbolPath(kind, sizePx);
  if (isStrokedGlyph(kind)) {
    const halo = background ? `<path d="${d}" fill="none" stroke="${background}" stroke-width="${GLYPH_STROKE_PX + 2}"/>` : '';
    return `${halo}<path d="${d}" fill="none" stroke="${colour}" stroke-width="${GLYPH_STROKE_PX}"/>`;
  }
  return `<path d="${d}" fill="${colour}"${background ? ` stroke="${background}" stroke-width="1.5"` : ''}/>`;
}

function markMarkup(mark: ExportMark, markPx: number, colours: ExportColours): string {
  const half = markPx / 2;
  const y = mark.yPx;
  if (mark.shape === 'cluster' || mark.kind === null) {
    return `<g class="cluster">${box(mark.x0Px, y - half - 1, Math.max(mark.x1Px - mark.x0Px, 4), markPx + 2, colours.muted, 0.3, 1.5)}</g>`;
  }
  const colour = colours.kind[mark.kind];
  if (mark.shape === 'point') {
    return `<g class="mark" transform="translate(${n(mark.x0Px)},${n(y)})">${glyphMarkup(mark.kind, markPx, colour, colours.background)}</g>`;
  }
  if (mark.shape === 'uncertain') return `<g class="mark">${faintBox(mark.x0Px, y - half, mark.x1Px - mark.x0Px, markPx, colour, MARK_STYLE.uncertainFillAlpha)}</g>`;
  const out: string[] = [];
  if (mark.solidX0Px > mark.x0Px + 0.5) out.push(fadingEnd(mark.x0Px, mark.solidX0Px, y - half + 2, markPx - 4, colour));
  if (mark.x1Px > mark.solidX1Px + 0.5) out.push(fadingEnd(mark.x1Px, mark.solidX1Px, y - half + 2, markPx - 4, colour));
  if (mark.solidX1Px > mark.solidX0Px) out.push(box(mark.solidX0Px, y - half, mark.solidX1Px - mark.solidX0Px, markPx, colour, MARK_STYLE.periodFillAlpha, MARK_STYLE.periodLinePx));
  if (mark.openStart) out.push(`<path d="M${n(mark.x0Px - 1)},${n(y - half)} L${n(mark.x0Px - 8)},${n(y)} L${n(mark.x0Px - 1)},${n(y + half)} Z" fill="${colour}" fill-opacity="${MARK_STYLE.openStartAlpha}"/>`);
  return `<g class="mark">${out.join('')}</g>`;
}

function labelMarkup(mark: ExportMark, colours: ExportColours): string {
  if (mark.labelRoomPx < 40 || !mark.label) return '';
  const text = fitLabel(mark.label, mark.labelRoomPx, LABEL_PX * CHAR_EM);
  if (!text) return '';
  const weight = mark.shape === 'cluster' ? ' font-weight="600"' : '';
  return `<text x="${n(mark.labelXPx)}" y="${n(mark.yPx + 4.5)}" font-size="${LABEL_PX}"${weight} fill="${colours.text}">${escapeXml(text)}</text>`;
}
