import type { EventKind } from '../../model/types.ts';
import type { DrawItem, RowIndex } from '../../derive/view-layout.ts';
import type { ArcPoints } from '../../derive/disclosure-links.ts';
import type { Band } from '../../derive/canvas-band.ts';
import { placeLabels, type LabelBox } from '../../derive/label-layout.ts';
import type { CharWidth } from '../../derive/text-width.ts';
import type { CalloutBox } from '../../derive/callout-layout.ts';
import { DEFAULT_PLACE_OPTIONS } from '../../derive/place.ts';
import { mergeRowsInto, rectList, type RectList } from '../../derive/merge-rows.ts';
import { drawnSymbolPath, GLYPH_STROKE_PX, isStrokedGlyph, type DrawnSymbolPx } from '../../scales/kind-symbols.ts';
import { MARK_STYLE } from '../../scales/mark-style.ts';
import type { ChartGeometry } from './chart.templates.ts';

/** Colours read from the element's CSS, so custom properties theme the canvas too. */
export interface CanvasTheme {
  readonly kind: Readonly<Record<EventKind, string>>;
  readonly text: string;
  readonly muted: string;
  readonly background: string;
}

export interface DrawInput {
  readonly items: readonly DrawItem[];
  /** Disclosure arcs to draw (those of the selected and hovered events), as polylines. */
  readonly arcs: readonly { readonly kind: EventKind; readonly points: ArcPoints; readonly lineWidthPx: number }[];
  readonly rowCentrePx: (row: number) => number;
  readonly geometry: ChartGeometry;
  readonly theme: CanvasTheme;
  readonly widthPx: number;
  /** The rows of the chart the canvas covers (chart px); items outside it are skipped. */
  readonly band: Band;
  /** The labels to paint (placed by `placeLabels`), and the CSS font they were measured in. */
  readonly labels: readonly LabelBox[];
  readonly font: string;
  /** Key moments' callouts (placed by `placeCallouts`), drawn in the same font. */
  readonly callouts: readonly CalloutBox[];
  /** Events to ring (search matches); absent or empty: none. */
  readonly highlightIds?: ReadonlySet<string>;
  /** The row index `items` were laid out from, to find highlighted events inside clusters. */
  readonly rows?: RowIndex;
  /**
   * Events to emphasise (a presentation step's subject): everything else is dimmed under a veil
   * of the background colour, and these are drawn again on top, ringed, with their whole title
   * on a knocked-out background. Absent or empty: nothing dimmed.
   */
  readonly emphasisIds?: ReadonlySet<string>;
}

const symbolPaths = new Map<string, Path2D>();

function symbolPath(kind: EventKind, sizePx: DrawnSymbolPx): Path2D {
  const key = `${kind}:${sizePx}`;
  let path = symbolPaths.get(key);
  if (!path) symbolPaths.set(key, (path = new Path2D(drawnSymbolPath(kind, sizePx))));
  return path;
}

/**
 * Draws every mark, cluster, disclosure link and label onto a 2D canvas context already scaled
 * for the device pixel ratio. A canvas keeps zoom frames cheap at 100,000 events; what must be
 * focusable or announced (the active and selected events) is drawn again in SVG above it.
 */
export function drawMarks(context: CanvasRenderingContext2D, input: DrawInput): SubjectLabel[] {
  const { arcs, rowCentrePx, geometry, theme, widthPx, band } = input;
  context.clearRect(0, band.topPx, widthPx, band.bottomPx - band.topPx);
  context.lineJoin = 'round';
  drawArcs(context, arcs, theme);
  const items = itemsInBand(input);
  drawShapes(context, items, rowCentrePx, geometry, theme, widthPx);
  const inBand = { ...input, items };
  drawHighlights(context, inBand);
  drawLabels(context, inBand);
  drawCallouts(context, input);
  return drawEmphasis(context, inBand);
}

/** Where an emphasised event's label was drawn, px in the chart (for inspection and tests). */
export interface SubjectLabel {
  readonly id: string;
  /** The text drawn: the whole title, or shortened with "…" when no side had room for it. */
  readonly text: string;
  readonly x0Px: number;
  readonly x1Px: number;
  readonly yPx: number;
}

/** How much of the background covers what is not emphasised. */
const VEIL_ALPHA = 0.68;
/** Padding of an emphasised label's plate around its text. */
const SUBJECT_LABEL_PAD_PX = 4;
/** Gap between an emphasised mark and its label, px: clear of the ring drawn around the mark. */
export const SUBJECT_LABEL_GAP_PX = 10;
/** Narrowest room an emphasised title is shortened into; in less it goes unlabelled. */
const SUBJECT_MIN_LABEL_PX = 40;

/** Semibold character widths per CSS font, measured once per character (see `semiboldCharWidth`). */
const semiboldWidths = new Map<string, Map<string, number>>();

/** Measures the semibold characters again: a web font of their family has arrived since. */
export function forgetSemiboldWidths(): void {
  semiboldWidths.clear();
}

/** Width of a character semibold in `font`, measured on `context`, whose font must be that already. */
function semiboldCharWidth(context: CanvasRenderingContext2D, font: string): CharWidth {
  let widths = semiboldWidths.get(font);
  if (!widths) semiboldWidths.set(font, (widths = new Map()));
  const known = widths;
  return (char) => {
    let width = known.get(char);
    if (width === undefined) known.set(char, (width = context.measureText(char).width));
    return width;
  };
}

/**
 * See `DrawInput.emphasisIds`. The subjects' labels are placed as any label is (`placeLabels`:
 * after the mark, else before it, else on it, else shortened), measured semibold, among the
 * subjects only: what lies under the veil does not crowd them.
 */
function drawEmphasis(context: CanvasRenderingContext2D, input: DrawInput): SubjectLabel[] {
  const { emphasisIds, items, band, widthPx, rowCentrePx, geometry, theme, font } = input;
  if (!emphasisIds || emphasisIds.size === 0) return [];
  // The veil covers the rows only: the axis and the row names above them stay as they are.
  context.save();
  context.globalAlpha = VEIL_ALPHA;
  context.fillStyle = theme.background;
  const rowCount = input.rows?.count ?? 0;
  for (let row = 0; row < rowCount; row++) {
    const top = rowCentrePx(row) - geometry.rowPx / 2;
    if (top + geometry.rowPx > band.topPx && top < band.bottomPx) context.fillRect(0, top, widthPx, geometry.rowPx);
  }
  context.restore();
  const subjects = items.filter((item) => item.type === 'mark' && emphasisIds.has(item.mark.event.id));
  if (subjects.length === 0) return [];
  drawShapes(context, subjects, rowCentrePx, geometry, theme, widthPx);
  drawHighlights(context, { ...input, items: subjects, highlightIds: emphasisIds });
  context.save();
  const semibold = `600 ${font}`;
  context.font = semibold;
  context.textBaseline = 'middle';
  const labels = placeLabels(subjects, {
    widthPx, charWidth: semiboldCharWidth(context, semibold), minLabelPx: SUBJECT_MIN_LABEL_PX, pointRadiusPx: DEFAULT_PLACE_OPTIONS.pointRadiusPx, clusterText: String, padPx: SUBJECT_LABEL_GAP_PX,
  });
  const fontPx = Number.parseFloat(font) || 12.5;
  const drawn = labels.map((label) => {
    const y = rowCentrePx(label.row);
    context.fillStyle = theme.background;
    context.globalAlpha = 0.9;
    context.beginPath();
    context.roundRect(label.xPx - SUBJECT_LABEL_PAD_PX, y - fontPx * 0.7, label.widthPx + 2 * SUBJECT_LABEL_PAD_PX, fontPx * 1.4, 4);
    context.fill();
    context.globalAlpha = 1;
    context.fillStyle = theme.text;
    context.fillText(label.text, label.xPx, y + 0.5);
    return { id: label.eventId, text: label.text, x0Px: label.xPx, x1Px: label.xPx + label.widthPx, yPx: y };
  });
  context.restore();
  return drawn;
}

/**
 * Callouts: each note in a box in the background colour with a thin outline (it knocks out the
 * grid lines behind it), and its number in a badge above its mark.
 */
function drawCallouts(context: CanvasRenderingContext2D, { callouts, theme, font, band }: DrawInput): void {
  const shown = callouts.filter(({ box, badge }) => Math.max(box.bottom, badge.bottom) > band.topPx && Math.min(box.top, badge.top) < band.bottomPx);
  if (shown.length === 0) return;
  context.save();
  context.lineWidth = 1;
  useFont(context, font);
  context.textBaseline = 'middle';
  for (const { box, badge, text, textXPx, textYPx, number } of shown) {
    context.strokeStyle = theme.muted;
    context.fillStyle = theme.background;
    context.beginPath();
    context.roundRect(box.left + 0.5, box.top + 0.5, box.right - box.left - 1, box.bottom - box.top - 1, 4);
    context.fill();
    context.stroke();
    context.fillStyle = theme.text;
    context.textAlign = 'left';
    context.fillText(text, textXPx, textYPx + 0.5);
    const radius = (badge.right - badge.left) / 2;
    const x = badge.left + radius;
    const y = badge.top + radius;
    context.beginPath();
    context.arc(x, y, radius, 0, Math.PI * 2);
    context.fill();
    context.fillStyle = theme.background;
    context.textAlign = 'center';
    context.fillText(String(number), x, y + 0.5);
  }
  context.restore();
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
  if (row >= rows.count) return false;
  const { events } = rows.row(row);
  for (let i = first; i < first + count && i < events.length; i++) if (ids.has(events[i]!.id)) return true;
  return false;
}

function drawArcs(context: CanvasRenderingContext2D, arcs: DrawInput['arcs'], theme: CanvasTheme): void {
  if (arcs.length === 0) return;
  context.save();
  context.setLineDash([3, 3]);
  context.globalAlpha = 0.85;
  for (const { kind, points, lineWidthPx } of arcs) {
    context.lineWidth = lineWidthPx;
    context.strokeStyle = theme.kind[kind];
    context.beginPath();
    points.forEach(([x, y], i) => (i === 0 ? context.moveTo(x, y) : context.lineTo(x, y)));
    context.stroke();
  }
  context.restore();
}

/** Off-canvas ends of long bars are drawn here, so their outline's ends stay out of sight. */
const OFF_CANVAS_PX = 8;

function addPair(list: RectList, x: number, y: number): void {
  const { values } = list;
  values[list.length++] = x;
  values[list.length++] = y;
}

/** The marks of one kind, by how they are painted. */
interface KindShapes {
  readonly kind: EventKind;
  /** Uncertain dates' whole intervals, full height: faint tint, dotted outline. */
  readonly uncertain: RectList;
  /** `uncertain` as the one list of tints `paintFaint` takes. */
  readonly uncertainFills: readonly RectList[];
  /** The rough ends of periods, a little lower: dotted outline around the whole end. */
  readonly tails: RectList;
  /** The same ends cut into steps that fade outwards, one list per step (`MARK_STYLE.fadeAlphas`). */
  readonly fades: readonly RectList[];
  /** The certain part of periods: tinted, solid outline. */
  readonly solid: RectList;
  /** "At least since" arrowheads, as x, y pairs: the bar's left end and its row's centre. */
  readonly arrows: RectList;
  /** Point glyphs, as x, y pairs of their centres. */
  readonly points: RectList;
}

/** Each kind's lists, kept across frames (drawing is synchronous, so every chart can share them). */
const shapesByKind = new Map<EventKind, KindShapes>();
const clusterRects = rectList();

function kindShapes(kind: EventKind): KindShapes {
  let shapes = shapesByKind.get(kind);
  if (!shapes) {
    const uncertain = rectList();
    shapes = { kind, uncertain, uncertainFills: [uncertain], tails: rectList(), fades: MARK_STYLE.fadeAlphas.map(rectList), solid: rectList(), arrows: rectList(), points: rectList() };
    shapesByKind.set(kind, shapes);
  }
  shapes.uncertain.length = shapes.tails.length = shapes.solid.length = shapes.arrows.length = shapes.points.length = 0;
  for (const fade of shapes.fades) fade.length = 0;
  return shapes;
}

/**
 * Draws clusters, then every kind's bars, then the point glyphs on top. Marks are sorted by kind
 * and paint style first, so colour, pattern and alpha are set once per group rather than once per
 * mark: at 100,000 events a frame can hold thousands of marks. Bars are painted as filled
 * rectangles only (the canvas's fast path), merged where they overlap (see `mergeRowsInto`).
 */
function drawShapes(
  context: CanvasRenderingContext2D, items: readonly DrawItem[], rowCentrePx: (row: number) => number,
  geometry: ChartGeometry, theme: CanvasTheme, widthPx: number,
): void {
  clusterRects.length = 0;
  // The kinds in this frame, in the order they first appear (the order they are painted in).
  const kinds: KindShapes[] = [];
  const half = geometry.markPx / 2;
  const addRect = (target: RectList, x0: number, y: number, width: number, height: number) => {
    const left = Math.max(x0, -OFF_CANVAS_PX);
    const right = Math.min(x0 + width, widthPx + OFF_CANVAS_PX);
    if (right <= left) return;
    const { values } = target;
    values[target.length++] = left;
    values[target.length++] = y;
    values[target.length++] = right - left;
    values[target.length++] = height;
  };
  // A rough end from `outerPx` (where the period may begin or end) to `innerPx` (its known part).
  const addTail = (shapes: KindShapes, outerPx: number, innerPx: number, y: number) => {
    const top = y - half + 2;
    const height = geometry.markPx - 4;
    addRect(shapes.tails, Math.min(outerPx, innerPx), top, Math.abs(innerPx - outerPx), height);
    const steps = shapes.fades.length;
    for (let step = 0; step < steps; step++) {
      const a = innerPx + ((outerPx - innerPx) * step) / steps;
      const b = innerPx + ((outerPx - innerPx) * (step + 1)) / steps;
      addRect(shapes.fades[step]!, Math.min(a, b), top, Math.abs(b - a), height);
    }
  };
  for (const item of items) {
    if (item.type === 'cluster') {
      const { x0Px, x1Px, row } = item.cluster;
      addRect(clusterRects, x0Px, rowCentrePx(row) - half - 1, Math.max(x1Px - x0Px, 4), geometry.markPx + 2);
      continue;
    }
    const { mark } = item;
    const { kind } = mark.event;
    let shapes = kinds[0];
    for (let k = 1; shapes && shapes.kind !== kind; k++) shapes = kinds[k];
    if (!shapes) kinds.push((shapes = kindShapes(kind)));
    const y = rowCentrePx(mark.row);
    if (mark.shape === 'point') {
      addPair(shapes.points, mark.x0Px, y);
      continue;
    }
    const width = Math.max(mark.x1Px - mark.x0Px, 1);
    if (mark.shape === 'uncertain') {
      addRect(shapes.uncertain, mark.x0Px, y - half, width, geometry.markPx);
      continue;
    }
    if (mark.solidX0Px > mark.x0Px + 0.5) addTail(shapes, mark.x0Px, mark.solidX0Px, y);
    if (mark.x1Px > mark.solidX1Px + 0.5) addTail(shapes, mark.x1Px, mark.solidX1Px, y);
    if (mark.solidX1Px - mark.solidX0Px > 0) addRect(shapes.solid, mark.solidX0Px, y - half, mark.solidX1Px - mark.solidX0Px, geometry.markPx);
    if (mark.event.when.openStart) addPair(shapes.arrows, mark.x0Px, y);
  }
  paint(context, clusterRects, theme.muted, 0.3, 1.5, widthPx);
  for (const shapes of kinds) {
    const colour = theme.kind[shapes.kind];
    paintFaint(context, shapes.uncertain, colour, UNCERTAIN_ALPHAS, shapes.uncertainFills, widthPx);
    paintFaint(context, shapes.tails, colour, MARK_STYLE.fadeAlphas, shapes.fades, widthPx);
    paint(context, shapes.solid, colour, MARK_STYLE.periodFillAlpha, MARK_STYLE.periodLinePx, widthPx);
    const { values: arrows, length: arrowCount } = shapes.arrows;
    if (arrowCount > 0) {
      context.fillStyle = colour;
      context.globalAlpha = MARK_STYLE.openStartAlpha;
      context.beginPath();
      for (let i = 0; i < arrowCount; i += 2) {
        const x = arrows[i]!;
        const y = arrows[i + 1]!;
        context.moveTo(x - 1, y - half);
        context.lineTo(x - 8, y);
        context.lineTo(x - 1, y + half);
        context.closePath();
      }
      context.fill();
      context.globalAlpha = 1;
    }
  }
  drawGlyphs(context, kinds, geometry.markPx, theme);
}

/**
 * Day-precise events: each kind's glyph in full colour, with a halo of the background so glyphs
 * that touch stay apart. Filled glyphs get a thin background outline; line glyphs (ring,
 * asterisk, times) a wider background line under their coloured one.
 */
function drawGlyphs(context: CanvasRenderingContext2D, kinds: readonly KindShapes[], markPx: DrawnSymbolPx, theme: CanvasTheme): void {
  context.strokeStyle = theme.background;
  for (const { kind, points: list } of kinds) {
    const { values: points, length } = list;
    if (length === 0) continue;
    const glyph = symbolPath(kind, markPx);
    const stroked = isStrokedGlyph(kind);
    const colour = theme.kind[kind];
    context.fillStyle = colour;
    for (let i = 0; i < length; i += 2) {
      const x = points[i]!;
      const y = points[i + 1]!;
      context.translate(x, y);
      if (stroked) {
        context.strokeStyle = theme.background;
        context.lineWidth = GLYPH_STROKE_PX + 2;
        context.stroke(glyph);
        context.strokeStyle = colour;
        context.lineWidth = GLYPH_STROKE_PX;
        context.stroke(glyph);
      } else {
        context.strokeStyle = theme.background;
        context.lineWidth = 1.5;
        context.fill(glyph);
        context.stroke(glyph);
      }
      context.translate(-x, -y);
    }
  }
}

/** The merged bars of the list being painted: each is used up before the next is merged (see `mergeRowsInto`). */
const mergedScratch = rectList();

/** The one fill alpha of uncertain intervals, as `paintFaint` takes alphas. */
const UNCERTAIN_ALPHAS = [MARK_STYLE.uncertainFillAlpha];

/** Tinted fill and solid outline. */
function paint(context: CanvasRenderingContext2D, rects: RectList, colour: string, fillAlpha: number, lineWidth: number, widthPx: number): void {
  if (rects.length === 0) return;
  const rows = mergeRowsInto(rects.values, rects.length, mergedScratch);
  context.fillStyle = colour;
  context.globalAlpha = fillAlpha;
  fillMerged(context, rows);
  context.globalAlpha = 1;
  outlineRects((x, y, width, height) => context.fillRect(x, y, width, height), rects, rows, lineWidth, widthPx);
}

function fillMerged(context: CanvasRenderingContext2D, { values: merged, length }: RectList): void {
  for (let i = 0; i < length; i += 4) context.fillRect(merged[i]!, merged[i + 1]!, merged[i + 2]!, merged[i + 3]!);
}

/** Draws one rectangle (x, y, width, height): `fillRect`, or `rect` into a path filled once. */
type RectSink = (x: number, y: number, width: number, height: number) => void;

/**
 * Outlines drawn as filled bands, in the current fill colour and alpha: what strokeRect draws
 * along a rectangle inset by half a pixel, with the long top and bottom edges taken from the
 * merged rows (so overlapping bars share one line) and each bar keeping its own ends. Stroking
 * thousands of long rectangles was the costliest part of a frame on a software canvas.
 */
function outlineRects(draw: RectSink, { values: rects, length: rectsLength }: RectList, { values: merged, length: mergedLength }: RectList, lineWidth: number, widthPx: number): void {
  const half = lineWidth / 2;
  for (let i = 0; i < mergedLength; i += 4) {
    const x = merged[i]!;
    const y = merged[i + 1]!;
    const length = Math.max(merged[i + 2]! - 1, 0) + lineWidth;
    draw(x + 0.5 - half, y + 0.5 - half, length, lineWidth);
    draw(x + 0.5 - half, y + merged[i + 3]! - 0.5 - half, length, lineWidth);
  }
  // Each bar's own ends, unless cut off at the canvas's sides (see `OFF_CANVAS_PX`): zoomed in,
  // most long bars have no end in view, and every band drawn costs a paint operation.
  for (let i = 0; i < rectsLength; i += 4) {
    const x = rects[i]!;
    const y = rects[i + 1]!;
    const width = rects[i + 2]!;
    const side = rects[i + 3]! - 1 - lineWidth;
    if (side <= 0) continue;
    if (x > -OFF_CANVAS_PX) draw(x + 0.5 - half, y + 0.5 + half, lineWidth, side);
    if (x + width < widthPx + OFF_CANVAS_PX) draw(x + Math.max(width - 1, 0) + 0.5 - half, y + 0.5 + half, lineWidth, side);
  }
}

/**
 * Uncertain intervals: a faint tint (one alpha per list of `fills`, e.g. the steps of a fading
 * end) inside a dotted 1 px outline around each of `outlines`. The dots are a pattern fill of
 * the same bands `outlineRects` draws, so a dotted outline costs what a solid one does; the
 * dashed strokes it replaces cost several times more per frame on software-rendered canvases.
 */
function paintFaint(
  context: CanvasRenderingContext2D, outlines: RectList, colour: string, alphas: readonly number[], fills: readonly RectList[], widthPx: number,
): void {
  if (outlines.length === 0) return;
  context.fillStyle = colour;
  for (let i = 0; i < fills.length; i++) {
    context.globalAlpha = alphas[i]!;
    fillMerged(context, mergeRowsInto(fills[i]!.values, fills[i]!.length, mergedScratch));
  }
  const dots = dotPattern(context, colour);
  context.fillStyle = dots ?? colour;
  context.globalAlpha = dots ? MARK_STYLE.dotAlpha : MARK_STYLE.dotAlpha / 3;
  // Crisp dots at any pixel ratio: the pattern tile is in CSS px and the context is scaled.
  const smoothing = context.imageSmoothingEnabled;
  context.imageSmoothingEnabled = false;
  // All bands in one path, filled once: a software canvas sets a pattern up for every fill, which
  // cost about 6 µs a band against 1 µs for a colour, thousands of bands a frame at 100,000 events.
  // Where two bands overlap (two bars ending at the same x) the dots are drawn once, not twice.
  context.beginPath();
  outlineRects((x, y, width, height) => context.rect(x, y, width, height), outlines, mergeRowsInto(outlines.values, outlines.length, mergedScratch), 1, widthPx);
  context.fill();
  context.imageSmoothingEnabled = smoothing;
  context.globalAlpha = 1;
}

const dotPatterns = new Map<string, CanvasPattern | null>();

/**
 * A tile with one pixel on each diagonal step, so any 1 px band across it, horizontal or
 * vertical, shows one dot every `MARK_STYLE.dotPeriodPx`.
 */
function dotPattern(context: CanvasRenderingContext2D, colour: string): CanvasPattern | null {
  let pattern = dotPatterns.get(colour);
  if (pattern !== undefined) return pattern;
  const period = MARK_STYLE.dotPeriodPx;
  const tile = document.createElement('canvas');
  tile.width = tile.height = period;
  const tileContext = tile.getContext('2d');
  pattern = null;
  if (tileContext) {
    tileContext.fillStyle = colour;
    for (let i = 0; i < period; i++) tileContext.fillRect(i, i, 1, 1);
    pattern = context.createPattern(tile, 'repeat');
  }
  dotPatterns.set(colour, pattern);
  return pattern;
}

/** The font last set on each context, and the context's own spelling of it read back then. */
const fontsSet = new WeakMap<CanvasRenderingContext2D, { readonly font: string; readonly read: string }>();

/**
 * Sets the context's font unless it has it already. Setting `font` re-resolves it against the
 * canvas's style, and while the view moves the canvas's style changed this frame (its band moved),
 * so each set forced a style recalculation: about 2 ms of a 100,000-event zoom frame. A resized
 * canvas resets its state, which the read-back notices.
 */
function useFont(context: CanvasRenderingContext2D, font: string): void {
  const last = fontsSet.get(context);
  if (last && last.font === font && context.font === last.read) return;
  context.font = font;
  fontsSet.set(context, { font, read: context.font });
}

/** Padding of a label's plate around its text. */
const PLATE_PAD_PX = 3;

/**
 * Labels after every mark, so no mark is painted over text: titles, and cluster counts in the
 * muted colour. A label on its own bar, or crossed by an arc, sits on a plate in the
 * background colour that knocks out what is under it.
 */
function drawLabels(context: CanvasRenderingContext2D, input: DrawInput): void {
  const { labels, rowCentrePx, theme, font, band, geometry } = input;
  const inBand = labels.filter((label) => {
    const y = rowCentrePx(label.row);
    return y + geometry.rowPx > band.topPx && y - geometry.rowPx < band.bottomPx;
  });
  const fontPx = Number.parseFloat(font) || 12.5;
  context.fillStyle = theme.background;
  for (const label of inBand) {
    if (!label.plate) continue;
    const y = rowCentrePx(label.row);
    context.beginPath();
    context.roundRect(label.xPx - PLATE_PAD_PX, y - fontPx * 0.7, label.widthPx + 2 * PLATE_PAD_PX, fontPx * 1.4, 3);
    context.fill();
  }
  // One font for all (set once: `font` parses a CSS string); counts differ by colour, and are
  // measured in the same font they are drawn in.
  context.textBaseline = 'middle';
  useFont(context, font);
  for (const label of inBand) {
    context.fillStyle = label.cluster ? theme.muted : theme.text;
    context.fillText(label.text, label.xPx, rowCentrePx(label.row) + 0.5);
  }
}
