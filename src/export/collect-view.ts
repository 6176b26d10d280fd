import { EVENT_KINDS, type EventKind } from '../model/types.ts';
import { disclosureLinks } from '../derive/disclosure-links.ts';
import type { Mark } from '../derive/place.ts';
import type { AtChart } from '../components/chart/chart.ts';
import { GEOMETRY } from '../components/chart/chart.templates.ts';
import type { ExportColours, ExportInput, ExportMark } from './export-svg.ts';

/** What the shell knows and the chart does not: words around the picture. */
export interface ExportContext {
  readonly title: string;
  readonly rangeText: string;
  readonly legend: readonly { readonly kind: EventKind; readonly label: string }[];
  readonly sourcesHeading: string;
  readonly sources: readonly string[];
}

let probe: CanvasRenderingContext2D | null | undefined;

/**
 * Any CSS colour (including color-mix() and color() results) as `rgb()`/`rgba()`, by painting one
 * pixel: vector editors and SVG-as-image understand those, not modern CSS colour syntax.
 */
export function toRgb(colour: string): string {
  if (!colour || colour === 'none' || colour === 'transparent') return colour || 'none';
  probe ??= document.createElement('canvas').getContext('2d', { willReadFrequently: true });
  if (!probe) return colour;
  probe.clearRect(0, 0, 1, 1);
  probe.fillStyle = '#000';
  probe.fillStyle = colour;
  probe.fillRect(0, 0, 1, 1);
  const [r, g, b, a] = probe.getImageData(0, 0, 1, 1).data;
  if (a === 0) return 'none';
  return a === 255 ? `rgb(${r},${g},${b})` : `rgba(${r},${g},${b},${Math.round((a! / 255) * 1000) / 1000})`;
}

const COPIED = ['fill', 'fill-opacity', 'stroke', 'stroke-width', 'stroke-dasharray', 'stroke-opacity', 'opacity', 'font-size', 'font-weight', 'text-anchor', 'dominant-baseline'] as const;
const COLOURS = new Set(['fill', 'stroke']);

/**
 * The chart's background SVG layer (row bands and labels, axis), cloned with each element's
 * computed style written as presentation attributes and classes removed, so the copy looks the
 * same outside the chart's shadow root. Serialised by XMLSerializer, which escapes all text.
 */
function backgroundMarkup(chart: AtChart): string {
  const live = chart.shadowRoot?.querySelector<SVGSVGElement>('svg.under');
  if (!live) return '';
  const clone = live.cloneNode(true) as SVGSVGElement;
  const liveElements = [...live.querySelectorAll('*')];
  const cloneElements = [...clone.querySelectorAll('*')];
  liveElements.forEach((element, index) => {
    const copy = cloneElements[index]!;
    const style = getComputedStyle(element);
    if (style.display === 'none' || style.visibility === 'hidden') {
      copy.remove();
      return;
    }
    for (const name of COPIED) {
      const value = style.getPropertyValue(name);
      if (!value || value === 'normal' || (name === 'stroke-dasharray' && value === 'none')) continue;
      copy.setAttribute(name, COLOURS.has(name) ? toRgb(value) : value);
    }
    copy.removeAttribute('class');
  });
  const serializer = new XMLSerializer();
  return [...clone.childNodes].map((node) => serializer.serializeToString(node)).join('\n').replace(/ xmlns="http:\/\/www\.w3\.org\/2000\/svg"/g, '');
}

function coloursOf(chart: AtChart): ExportColours {
  const style = getComputedStyle(chart);
  const read = (name: string) => toRgb(style.getPropertyValue(name).trim());
  return {
    text: read('--_fg'),
    muted: read('--_muted'),
    background: read('--_bg'),
    line: read('--_line'),
    kind: Object.fromEntries(EVENT_KINDS.map((kind) => [kind, read(`--_kind-${kind}`)])) as Record<EventKind, string>,
  };
}

function exportMark(mark: Mark, yPx: number): ExportMark {
  return {
    kind: mark.event.kind,
    shape: mark.shape,
    x0Px: mark.x0Px,
    x1Px: mark.x1Px,
    solidX0Px: mark.solidX0Px,
    solidX1Px: mark.solidX1Px,
    yPx,
    openStart: mark.event.when.openStart,
    label: mark.event.title,
    labelXPx: mark.labelXPx,
    labelRoomPx: mark.labelRoomPx,
  };
}

/** Everything `buildExportSvg` needs, read from the chart as it is drawn now. */
export function collectExportInput(chart: AtChart, context: ExportContext): ExportInput {
  const under = chart.shadowRoot?.querySelector('svg.under');
  const widthPx = Number(under?.getAttribute('width') ?? 0) || chart.getBoundingClientRect().width;
  const chartHeightPx = Number(under?.getAttribute('height') ?? 0) || 200;
  const marks: ExportMark[] = chart.drawnItems.map((item) => {
    if (item.type === 'mark') return exportMark(item.mark, chart.rowCentrePx(item.mark.row));
    const { cluster } = item;
    return {
      kind: null, shape: 'cluster', x0Px: cluster.x0Px, x1Px: cluster.x1Px, solidX0Px: cluster.x0Px, solidX1Px: cluster.x1Px,
      yPx: chart.rowCentrePx(cluster.row), openStart: false, label: `${cluster.count}`, labelXPx: cluster.x1Px + 4, labelRoomPx: cluster.labelRoomPx,
    };
  });
  const links = disclosureLinks(chart.drawnMarks).map(({ from, to }) => ({
    kind: to.event.kind, x0Px: from.x1Px, y0Px: chart.rowCentrePx(from.row), x1Px: to.x0Px, y1Px: chart.rowCentrePx(to.row),
  }));
  return {
    ...context,
    widthPx,
    chartHeightPx,
    backgroundMarkup: backgroundMarkup(chart),
    marks,
    links,
    colours: coloursOf(chart),
    fontFamily: getComputedStyle(chart).fontFamily,
    markPx: GEOMETRY.markPx,
  };
}
