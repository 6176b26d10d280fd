import type { EventKind } from '../../model/types.ts';
import type { DrawItem, RowIndex } from '../../derive/view-layout.ts';
import type { DisclosureLink } from '../../derive/disclosure-links.ts';
import type { Band } from '../../derive/canvas-band.ts';
import { fitLabel, type Mark } from '../../derive/place.ts';
import { kindSymbolPath } from '../../scales/kind-style.ts';
import type { ChartGeometry } from './chart.templates.ts';

/** Colours and font read from the element's CSS, so custom properties theme the canvas too. */
export interface CanvasTheme {
  readonly kind: Readonly<Record<EventKind, string>>;
  readonly text: string;
  readonly muted: string;
  readonly background: string;
  readonly font: string;
}

export interface DrawInput {
  readonly items: readonly DrawItem[];
  readonly links: readonly DisclosureLink[];
  readonly rowCentrePx: (row: number) => number;
  readonly geometry: ChartGeometry;
  readonly theme: CanvasTheme;
  readonly widthPx: number;
  /** The rows of the chart the canvas covers (chart px); items outside it are skipped. */
  readonly band: Band;
  /** Width of each title at the theme font, measured once per event and kept by the caller. */
  readonly titleWidths: Map<string, number>;
  /** Events to ring (search matches); absent or empty: none. */
  readonly highlightIds?: ReadonlySet<string>;
  /** The row index `items` were laid out from, to find highlighted events inside clusters. */
  readonly rows?: RowIndex;
}

const symbolPaths = new Map<string, Path2D>();

function symbolPath(kind: EventKind, sizePx: number): Path2D {
  const key = `${kind}:${sizePx}`;
  let path = symbolPaths.get(key);
  if (!path) symbolPaths.set(key, (path = new Path2D(kindSymbolPath(kind, sizePx))));
  return path;
}

/**
 * Draws every mark, cluster, disclosure link and label onto a 2D canvas context already scaled
 * for the device pixel ratio. A canvas keeps zoom frames cheap at 100,000 events; what must be
 * focusable or announced (the active and selected events) is drawn again in SVG above it.
 */
export function drawMarks(context: CanvasRenderingContext2D, input: DrawInput): void {
  const { links, rowCentrePx, geometry, theme, widthPx, band } = input;
  context.clearRect(0, band.topPx, widthPx, band.bottomPx - band.topPx);
  context.lineJoin = 'round';
  drawLinks(context, links, rowCentrePx, theme);
  const items = itemsInBand(input);
  drawShapes(context, items, rowCentrePx, geometry, theme);
  const inBand = { ...input, items };
  drawHighlights(context, inBand);
  drawLabels(context, inBand);
}

/** The items whose row reaches into the band (a row is one row height around its centre). */
function itemsInBand({ items, band, rowCentrePx, geometry }: DrawInput): readonly DrawItem[] {
  const reach = geometry.rowPx;
  return items.filter((item) => {
    const y = rowCentrePx(item.type === 'mark' ? item.mark.row : item.cluster.row);
    return y + reach > band.topPx && y - reach < band.bottomPx;
  });
}

const HIGHLIGHT_PAD_PX = 4;

/**
 * Rings each highlighted mark, and each cluster holding a highlighted event: a soft halo a little
 * larger than the mark under a thick outline, so a match stands out by shape, not colour alone.
 */
export function drawHighlights(context: CanvasRenderingContext2D, input: DrawInput): void {
  const { items, highlightIds, rows, rowCentrePx, geometry, theme, widthPx } = input;
  if (!highlightIds || highlightIds.size === 0) return;
  context.save();
  context.setLineDash([]);
  context.strokeStyle = theme.text;
  for (const item of items) {
    let x0: number;
    let x1: number;
    let half = geometry.markPx / 2;
    if (item.type === 'mark') {
      const { mark } = item;
      if (!highlightIds.has(mark.event.id)) continue;
      x0 = mark.shape === 'point' ? mark.x0Px - half : mark.x0Px - (mark.event.when.openStart ? 8 : 0);
      x1 = mark.shape === 'point' ? mark.x0Px + half : Math.max(mark.x1Px, mark.x0Px + 1);
    } else {
      const { cluster } = item;
      if (!rows || !clusterHolds(rows, cluster.row, cluster.firstIndex, cluster.count, highlightIds)) continue;
      x0 = cluster.x0Px;
      x1 = Math.max(cluster.x1Px, x0 + 4);
      half += 1;
    }
    const y = rowCentrePx(item.type === 'mark' ? item.mark.row : item.cluster.row);
    // Clamped, so a period running far off screen still gets a ring along the visible part.
    const left = Math.max(x0, -HIGHLIGHT_PAD_PX * 3) - HIGHLIGHT_PAD_PX;
    const right = Math.min(x1, widthPx + HIGHLIGHT_PAD_PX * 3) + HIGHLIGHT_PAD_PX;
    const top = y - half - HIGHLIGHT_PAD_PX;
    if (right - left < 1) continue;
    const height = (half + HIGHLIGHT_PAD_PX) * 2;
    const radius = Math.min(height / 2, (right - left) / 2);
    context.globalAlpha = 0.22;
    context.lineWidth = 7;
    context.beginPath();
    context.roundRect(left - 2, top - 2, right - left + 4, height + 4, radius + 2);
    context.stroke();
    context.globalAlpha = 1;
    context.lineWidth = 2.5;
    context.beginPath();
    context.roundRect(left, top, right - left, height, radius);
    context.stroke();
  }
  context.restore();
}

function clusterHolds(rows: RowIndex, row: number, first: number, count: number, ids: ReadonlySet<string>): boolean {
  const events = rows.rows[row]?.events;
  if (!events) return false;
  for (let i = first; i < first + count && i < events.length; i++) if (ids.has(events[i]!.id)) return true;
  return false;
}

function drawLinks(context: CanvasRenderingContext2D, links: readonly DisclosureLink[], rowCentrePx: (row: number) => number, theme: CanvasTheme): void {
  if (links.length === 0) return;
  context.save();
  context.setLineDash([2, 3]);
  context.lineWidth = 1.25;
  context.globalAlpha = 0.7;
  for (const { from, to } of links) {
    const y0 = rowCentrePx(from.row);
    const y1 = rowCentrePx(to.row);
    const bend = Math.min(y0, y1) - 10;
    context.strokeStyle = theme.kind[to.event.kind];
    context.beginPath();
    context.moveTo(from.x1Px, y0);
    context.bezierCurveTo(from.x1Px, bend, to.x0Px, bend, to.x0Px, y1);
    context.stroke();
  }
  context.restore();
}

/** Rectangles to fill, and the same inset by half a pixel to outline (crisp 1–1.5 px lines). */
interface Boxes {
  readonly fill: Path2D;
  readonly stroke: Path2D;
}

const boxes = (): Boxes => ({ fill: new Path2D(), stroke: new Path2D() });

function addBox(target: Boxes, x: number, y: number, width: number, height: number): void {
  target.fill.rect(x, y, width, height);
  target.stroke.rect(x + 0.5, y + 0.5, Math.max(width - 1, 0), height - 1);
}

/** The outlines of one kind's marks, by how they are painted. */
interface KindPaths {
  /** Uncertain extents, full height: hatched, outline 1.5 px. */
  readonly hatched: Boxes;
  /** The uncertain ends of periods, a little lower: hatched, outline 1 px. */
  readonly tails: Boxes;
  /** The certain part of periods: tinted, outline 1.5 px. */
  readonly solid: Boxes;
  /** "At least since" arrowheads. */
  readonly arrows: Path2D;
  /** Point glyphs, placed. */
  readonly points: Path2D;
}

/**
 * Draws clusters, then every kind's bars, then the point glyphs on top. Marks are gathered into
 * one path per kind and paint style and each path is painted once: at 100,000 events a frame can
 * hold thousands of marks, and switching colours, patterns and alpha for each of them cost more
 * than the drawing. Overlapping marks of one kind are painted once, not darkened by each layer.
 */
function drawShapes(
  context: CanvasRenderingContext2D, items: readonly DrawItem[], rowCentrePx: (row: number) => number,
  geometry: ChartGeometry, theme: CanvasTheme,
): void {
  const clusters = boxes();
  const byKind = new Map<EventKind, KindPaths>();
  const half = geometry.markPx / 2;
  for (const item of items) {
    if (item.type === 'cluster') {
      const { x0Px, x1Px, row } = item.cluster;
      const clusterHalf = half + 1;
      addBox(clusters, x0Px, rowCentrePx(row) - clusterHalf, Math.max(x1Px - x0Px, 4), clusterHalf * 2);
      continue;
    }
    const { mark } = item;
    let paths = byKind.get(mark.event.kind);
    if (!paths) {
      paths = { hatched: boxes(), tails: boxes(), solid: boxes(), arrows: new Path2D(), points: new Path2D() };
      byKind.set(mark.event.kind, paths);
    }
    addMark(paths, mark, rowCentrePx(mark.row), geometry);
  }
  paint(context, clusters, theme.muted, 0.3, 1.5);
  for (const [kind, paths] of byKind) {
    const colour = theme.kind[kind];
    paintHatched(context, paths.hatched, colour, 1.5);
    paintHatched(context, paths.tails, colour, 1);
    paint(context, paths.solid, colour, 0.28, 1.5);
    context.fillStyle = colour;
    context.fill(paths.arrows);
  }
  context.lineWidth = 1.5;
  context.strokeStyle = theme.background;
  for (const [kind, paths] of byKind) {
    context.fillStyle = theme.kind[kind];
    context.fill(paths.points);
    context.stroke(paths.points);
  }
}

function addMark(paths: KindPaths, mark: Mark, y: number, geometry: ChartGeometry): void {
  const half = geometry.markPx / 2;
  if (mark.shape === 'point') {
    paths.points.addPath(symbolPath(mark.event.kind, geometry.markPx), new DOMMatrix([1, 0, 0, 1, mark.x0Px, y]));
    return;
  }
  const width = Math.max(mark.x1Px - mark.x0Px, 1);
  if (mark.shape === 'uncertain') {
    addBox(paths.hatched, mark.x0Px, y - half, width, geometry.markPx);
    return;
  }
  if (mark.solidX0Px > mark.x0Px + 0.5) addBox(paths.tails, mark.x0Px, y - half + 2, mark.solidX0Px - mark.x0Px, geometry.markPx - 4);
  if (mark.x1Px > mark.solidX1Px + 0.5) addBox(paths.tails, mark.solidX1Px, y - half + 2, mark.x1Px - mark.solidX1Px, geometry.markPx - 4);
  if (mark.solidX1Px - mark.solidX0Px > 0) addBox(paths.solid, mark.solidX0Px, y - half, mark.solidX1Px - mark.solidX0Px, geometry.markPx);
  if (mark.event.when.openStart) {
    paths.arrows.moveTo(mark.x0Px - 1, y - half);
    paths.arrows.lineTo(mark.x0Px - 8, y);
    paths.arrows.lineTo(mark.x0Px - 1, y + half);
    paths.arrows.closePath();
  }
}

/** Tinted fill and solid outline. */
function paint(context: CanvasRenderingContext2D, target: Boxes, colour: string, fillAlpha: number, lineWidth: number): void {
  context.fillStyle = colour;
  context.globalAlpha = fillAlpha;
  context.fill(target.fill);
  context.globalAlpha = 1;
  context.strokeStyle = colour;
  context.lineWidth = lineWidth;
  context.stroke(target.stroke);
}

/**
 * Uncertain extents: diagonal hatching inside a lighter outline. Hatching is one pattern fill;
 * the dashed outlines it replaces cost several times more per frame on software-rendered canvases.
 */
function paintHatched(context: CanvasRenderingContext2D, target: Boxes, colour: string, lineWidth: number): void {
  const pattern = hatchPattern(context, colour);
  context.fillStyle = pattern ?? colour;
  if (!pattern) context.globalAlpha = 0.14;
  context.fill(target.fill);
  context.globalAlpha = 0.75;
  context.strokeStyle = colour;
  context.lineWidth = lineWidth;
  context.stroke(target.stroke);
  context.globalAlpha = 1;
}

const HATCH_PX = 6;
const hatchPatterns = new Map<string, CanvasPattern | null>();

function hatchPattern(context: CanvasRenderingContext2D, colour: string): CanvasPattern | null {
  let pattern = hatchPatterns.get(colour);
  if (pattern !== undefined) return pattern;
  const tile = document.createElement('canvas');
  tile.width = tile.height = HATCH_PX;
  const tileContext = tile.getContext('2d');
  pattern = null;
  if (tileContext) {
    tileContext.fillStyle = colour;
    tileContext.globalAlpha = 0.1;
    tileContext.fillRect(0, 0, HATCH_PX, HATCH_PX);
    tileContext.globalAlpha = 0.6;
    tileContext.strokeStyle = colour;
    tileContext.lineWidth = 1;
    tileContext.beginPath();
    // One diagonal, plus the corners of its neighbours, so tiles join into continuous stripes.
    tileContext.moveTo(0, HATCH_PX);
    tileContext.lineTo(HATCH_PX, 0);
    tileContext.moveTo(-1, 1);
    tileContext.lineTo(1, -1);
    tileContext.moveTo(HATCH_PX - 1, HATCH_PX + 1);
    tileContext.lineTo(HATCH_PX + 1, HATCH_PX - 1);
    tileContext.stroke();
    pattern = context.createPattern(tile, 'repeat');
  }
  hatchPatterns.set(colour, pattern);
  return pattern;
}

const LABEL_MIN_PX = 40;

function drawLabels(context: CanvasRenderingContext2D, input: DrawInput): void {
  const { items, rowCentrePx, theme, titleWidths } = input;
  // Two passes, one font each: setting `font` parses a CSS font string, and alternating it per
  // cluster cost more than drawing the text on a frame with hundreds of items.
  context.textBaseline = 'middle';
  context.fillStyle = theme.text;
  context.font = theme.font;
  for (const item of items) {
    if (item.type === 'cluster') continue;
    const { mark } = item;
    if (mark.labelRoomPx < LABEL_MIN_PX) continue;
    const title = mark.event.title;
    let full = titleWidths.get(mark.event.id);
    if (full === undefined) titleWidths.set(mark.event.id, (full = context.measureText(title).width));
    let text = fitLabel(title, mark.labelRoomPx, full / Math.max(title.length, 1));
    // The average glyph width can underestimate a shortened label (wide letters first): measure
    // it once and shorten further if it would still run into the next mark.
    if (text && text !== title) {
      let room = mark.labelRoomPx;
      while (text && context.measureText(text).width > mark.labelRoomPx) {
        room -= 8;
        text = fitLabel(title, room, full / Math.max(title.length, 1));
      }
    }
    if (text) context.fillText(text, mark.labelXPx, rowCentrePx(mark.row) + 0.5);
  }
  context.font = `600 ${theme.font}`;
  for (const item of items) {
    if (item.type !== 'cluster' || item.cluster.labelRoomPx < LABEL_MIN_PX) continue;
    const { cluster } = item;
    context.fillText(`${cluster.count} events`, cluster.x1Px + 4, rowCentrePx(cluster.row) + 0.5);
  }
}
