import { svg, type ReactiveControllerHost } from 'lit';
import type { DrawItem } from '../../derive/view-layout.ts';
import { hitTest } from '../../derive/hit-test.ts';
import { tooltipBox } from '../../derive/chart-navigation.ts';
import { formatWhen } from '../../scales/date-format.ts';
import type { Messages } from '../../i18n/messages.ts';
import { ListenerController } from '../../controllers/listener-controller.ts';
import { round } from './chart.templates.ts';
import { CLUSTER_LIST_MAX } from './cluster-list.ts';

/** How close (px) the pointer must be to an item for it to count as hovered or clicked. */
export const HIT_TOLERANCE_PX = 12;

/**
 * A pointer position in the chart's own px. The box on screen can be larger than the layout
 * (CSS `zoom` in presentation mode, or the app page on a projector), so scale back by its ratio.
 */
export function localPoint(event: MouseEvent, layoutWidthPx: number): { x: number; y: number } {
  const box = (event.currentTarget as Element).getBoundingClientRect();
  const scale = box.width > 0 ? box.width / Math.max(layoutWidthPx, 1) : 1;
  return { x: (event.clientX - box.left) / scale, y: (event.clientY - box.top) / scale };
}

/** What drawing the tooltip needs from the chart's current frame. */
export interface TooltipFrame {
  readonly items: readonly DrawItem[];
  readonly widthPx: number;
  readonly rowCentrePx: (row: number) => number;
  readonly rowPx: number;
  readonly axisPx: number;
  readonly locale: string;
  readonly messages: Messages;
}

/**
 * The tooltip: where the pointer is over the chart, which item it is over, and a compact box
 * (title and date, or a cluster's count) for that item, or for the keyboard's active event while
 * focus is in the chart. Drawn in SVG: no inline styles, no element appended to the page.
 */
export class TooltipController extends ListenerController {
  /** The pointer in the chart's own px; null when it is not over the chart. */
  pointer: { readonly x: number; readonly y: number } | null = null;

  constructor(
    host: ReactiveControllerHost,
    target: () => Element | null,
    private readonly _layoutWidthPx: () => number,
    /** Asks the host for an update that changes only the layer on top. */
    private readonly _changed: () => void,
  ) {
    super(host, target, {
      mousemove: (event) => this._setPointer(localPoint(event as MouseEvent, this._layoutWidthPx())),
      mouseleave: () => this._setPointer(null),
    });
  }

  /** The item under the pointer in this frame (so the tooltip follows a zoom under a still pointer). */
  hovered(frame: TooltipFrame): DrawItem | null {
    return this.pointer ? hitTest(frame.items, frame.rowCentrePx, this.pointer.x, this.pointer.y, HIT_TOLERANCE_PX) : null;
  }

  /** The tooltip for `item` (the hovered one, else the focused event), or nothing. */
  render(item: DrawItem | null, frame: TooltipFrame) {
    if (!item) return null;
    const [title, detail] = item.type === 'mark'
      ? [item.mark.event.title, formatWhen(item.mark.event.when, frame.locale)]
      : [frame.messages.eventsLabel(item.cluster.count), item.cluster.count <= CLUSTER_LIST_MAX ? frame.messages.clusterListHint : frame.messages.clusterHint];
    const row = item.type === 'mark' ? item.mark.row : item.cluster.row;
    const box = tooltipBox(item, title, detail, { widthPx: frame.widthPx, rowTopPx: frame.rowCentrePx(row) - frame.rowPx / 2, rowPx: frame.rowPx, axisPx: frame.axisPx });
    return svg`<g class="tooltip" aria-hidden="true" transform="translate(${round(box.leftPx)},${round(box.topPx)})">
      <rect width=${round(box.widthPx)} height=${box.heightPx} rx="4"></rect>
      <text class="tooltip-title" x="8" y="17">${box.title}</text>
      <text class="tooltip-date" x="8" y="34">${box.detail}</text>
    </g>`;
  }

  private _setPointer(pointer: { x: number; y: number } | null): void {
    if (pointer === null && this.pointer === null) return;
    this.pointer = pointer;
    this._changed();
  }
}
