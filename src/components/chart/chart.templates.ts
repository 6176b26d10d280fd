import { nothing, svg, type SVGTemplateResult } from 'lit';
import type { Mark } from '../../derive/place.ts';
import type { LaneGroup } from '../../derive/lanes.ts';
import type { Tick } from '../../scales/ticks.ts';
import { drawnSymbolPath, isStrokedGlyph, type DrawnSymbolPx } from '../../scales/kind-symbols.ts';

/** Vertical geometry of the chart, in px. */
export interface ChartGeometry {
  readonly axisPx: number;
  readonly groupHeaderPx: number;
  readonly rowPx: number;
  /** Size of a point mark (one of the sizes the symbols are written out at). */
  readonly markPx: DrawnSymbolPx;

  /** Size of the chart's text (labels, ticks, row names), read from `--at-chart-font-size`. */
  readonly fontPx: number;
}

/** The chart's text size when `--at-chart-font-size` is not set. */
export const BASE_FONT_PX = 12.5;

/**
 * The geometry for a text size: at the base size the usual 30 px axis, 20 px group headers and
 * 28 px rows; larger text (a projector) grows the axis and headers with it and keeps rows at
 * 1.35 times the text, so a screen holds as many rows as it can while labels stay apart.
 */
export function chartGeometry(fontPx: number): ChartGeometry {
  const scale = Math.max(1, fontPx / BASE_FONT_PX);
  return { axisPx: Math.round(30 * scale), groupHeaderPx: Math.round(20 * scale), rowPx: Math.round(Math.max(28, fontPx * 1.35)), markPx: 14, fontPx };
}

export const GEOMETRY: ChartGeometry = chartGeometry(BASE_FONT_PX);

/** Top of a row, counting the group headers above it. */
export function rowTopPx(row: number, groups: readonly LaneGroup[], geometry: ChartGeometry): number {
  let headers = 0;
  for (const group of groups) if (group.firstRow <= row) headers++;
  return geometry.axisPx + headers * geometry.groupHeaderPx + row * geometry.rowPx;
}

/** Room a tick label needs to its right at the base text size; a label closer than this to the edge would be cut. */
const TICK_LABEL_PX = 34;

/** The axis: `ticks` in the order of their elements (see `keepTickSlots`; null: no tick there now). */
export function renderTicks(ticks: readonly (Tick | null)[], widthPx: number, heightPx: number, geometry: ChartGeometry): SVGTemplateResult {
  const scale = geometry.fontPx / BASE_FONT_PX;
  const room = TICK_LABEL_PX * scale;
  return svg`<g class="axis" aria-hidden="true">${ticks.map((tick) => tick ? svg`
    <g class="tick ${tick.major ? 'major' : ''}" transform="translate(${round(tick.xPx)},0)">
      <line y1=${geometry.axisPx - 8} y2=${heightPx}></line>
      ${tick.xPx + room <= widthPx ? svg`<text x="4" y=${geometry.axisPx - 14}>${tick.label}</text>` : nothing}
    </g>` : nothing)}</g>`;
}

export function renderGroups(groups: readonly LaneGroup[], widthPx: number, geometry: ChartGeometry): SVGTemplateResult {
  return svg`<g class="groups" aria-hidden="true">${groups.map((group, index) => {
    const top = rowTopPx(group.firstRow, groups, geometry) - geometry.groupHeaderPx;
    return svg`<g class="group" transform="translate(0,${top})">
      ${index % 2 === 1 ? svg`<rect class="group-band" width=${widthPx} height=${geometry.groupHeaderPx + group.rowCount * geometry.rowPx}></rect>` : nothing}
      <text class="group-label" x="8" y=${round(geometry.groupHeaderPx * 0.7)}>${group.label}</text>
    </g>`;
  })}</g>`;
}

/** The shape of one mark, drawn around its row's centre line (y = 0). */
export function renderMarkShape(mark: Mark, geometry: ChartGeometry): SVGTemplateResult {
  return svg`${renderHitArea(mark)}${renderVisibleShape(mark, geometry)}`;
}

/** An invisible target at least 24 px tall and wide, so small marks are easy to hit (WCAG 2.5.8). */
function renderHitArea(mark: Mark): SVGTemplateResult {
  const pad = mark.shape === 'point' ? 12 : Math.max(0, (24 - (mark.x1Px - mark.x0Px)) / 2);
  return svg`<rect class="hit" x=${round(mark.x0Px - pad)} y="-12" width=${round(mark.x1Px - mark.x0Px + 2 * pad)} height="24"></rect>`;
}

function renderVisibleShape(mark: Mark, geometry: ChartGeometry): SVGTemplateResult {
  const half = geometry.markPx / 2;
  const kind = mark.event.kind;
  if (mark.shape === 'point') {
    return svg`<path class="symbol ${isStrokedGlyph(kind) ? 'stroked' : ''}" d=${drawnSymbolPath(kind, geometry.markPx)} transform="translate(${round(mark.x0Px)},0)"></path>
      <circle class="focus-ring" cx=${round(mark.x0Px)} r=${half + 4}></circle>`;
  }
  const x0 = round(mark.x0Px);
  const width = round(Math.max(mark.x1Px - mark.x0Px, 1));
  if (mark.shape === 'uncertain') {
    return svg`<rect class="uncertain" x=${x0} y=${-half} width=${width} height=${geometry.markPx} rx="3"></rect>
      <rect class="focus-ring" x=${x0 - 3} y=${-half - 3} width=${width + 6} height=${geometry.markPx + 6} rx="5"></rect>`;
  }
  const solidX0 = round(mark.solidX0Px);
  const solidWidth = round(Math.max(mark.solidX1Px - mark.solidX0Px, 0));
  return svg`
    ${mark.solidX0Px > mark.x0Px + 0.5 ? svg`<rect class="fuzzy-edge" x=${x0} y=${-half + 2} width=${round(mark.solidX0Px - mark.x0Px)} height=${geometry.markPx - 4}></rect>` : nothing}
    ${mark.x1Px > mark.solidX1Px + 0.5 ? svg`<rect class="fuzzy-edge" x=${round(mark.solidX1Px)} y=${-half + 2} width=${round(mark.x1Px - mark.solidX1Px)} height=${geometry.markPx - 4}></rect>` : nothing}
    ${solidWidth > 0 ? svg`<rect class="period" x=${solidX0} y=${-half} width=${solidWidth} height=${geometry.markPx} rx="2"></rect>` : nothing}
    ${mark.event.when.openStart ? svg`<path class="open-start" d="M${x0 - 1},${-half} l-7,${half} l7,${half} z"></path>` : nothing}
    <rect class="focus-ring" x=${x0 - 3} y=${-half - 3} width=${width + 6} height=${geometry.markPx + 6} rx="5"></rect>`;
}

/** Rounds to 0.1 px: enough for the eye, and stable for snapshots. */
export function round(value: number): number {
  return Math.round(value * 10) / 10;
}
