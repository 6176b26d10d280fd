import { truncateText } from '../model/graphemes.ts';
import type { Mark } from './place.ts';
import type { DrawItem } from './view-layout.ts';

/** What a key does in the chart. */
export type ChartCommand = 'zoom-in' | 'zoom-out' | 'fit' | 'clear' | 'open' | 'previous' | 'next' | 'first' | 'last' | 'pan-back' | 'pan-forward';

const KEY_COMMANDS: Readonly<Record<string, ChartCommand>> = {
  '+': 'zoom-in', '=': 'zoom-in', '-': 'zoom-out', '_': 'zoom-out', '0': 'fit', Escape: 'clear', Enter: 'open', ' ': 'open',
  ArrowLeft: 'previous', ArrowRight: 'next', Home: 'first', End: 'last',
};

/**
 * The chart's keys: + and − zoom (= and _ too, unshifted on most layouts), 0 fits, Esc clears the
 * selection, Enter or Space opens the active event, ←/→ move between events (with Shift: pan),
 * Home/End go to the first/last event. Keys with Alt, Ctrl or ⌘ belong to the page (undefined),
 * as does anything else.
 */
export function chartCommandForKey(event: Pick<KeyboardEvent, 'key' | 'shiftKey' | 'altKey' | 'ctrlKey' | 'metaKey'>): ChartCommand | undefined {
  if (event.altKey || event.ctrlKey || event.metaKey || !Object.hasOwn(KEY_COMMANDS, event.key)) return undefined;
  const command = KEY_COMMANDS[event.key]!;
  if (event.shiftKey && command === 'previous') return 'pan-back';
  if (event.shiftKey && command === 'next') return 'pan-forward';
  return command;
}

/**
 * The one mark in the tab order: the active one if drawn, else the selected one if drawn, else
 * the first drawn; null when nothing is drawn. A scan rather than a set of drawn ids: it runs on
 * every frame, over thousands of marks.
 */
export function tabStopId(marks: readonly Mark[], activeId: string | null, selectedId: string | null): string | null {
  if (activeId === null && selectedId === null) return marks[0]?.event.id ?? null;
  let selectedDrawn = false;
  for (const { event } of marks) {
    if (event.id === activeId) return activeId;
    if (event.id === selectedId) selectedDrawn = true;
  }
  return selectedDrawn ? selectedId : marks[0]?.event.id ?? null;
}

/**
 * The index `step` events away from the one with `currentId` in `events`, kept within the list;
 * the first event when `currentId` is not in it; -1 for an empty list.
 */
export function steppedIndex(events: readonly { readonly id: string }[], currentId: string | null, step: number): number {
  if (events.length === 0) return -1;
  const index = currentId === null ? -1 : events.findIndex((event) => event.id === currentId);
  return index === -1 ? 0 : Math.min(events.length - 1, Math.max(0, index + step));
}

/** Where the tooltip box goes and what it says, in the chart's px. */
export interface TooltipBox {
  readonly leftPx: number;
  readonly topPx: number;
  readonly widthPx: number;
  readonly heightPx: number;
  readonly title: string;
  readonly detail: string;
}

export interface TooltipGeometry {
  readonly widthPx: number;
  /** Top of the item's row, in px. */
  readonly rowTopPx: number;
  readonly rowPx: number;
  readonly axisPx: number;
}

const TOOLTIP_MAX_CHARS = 70;
const TOOLTIP_CHAR_PX = 7;
const TOOLTIP_HEIGHT_PX = 42;

/**
 * The tooltip for a drawn item (its two lines given): over the middle of the item's visible
 * part, kept inside the chart, above its row when there is room under the axis, else below. A
 * title longer than 70 characters is shortened with "…", between grapheme clusters. The
 * width is estimated from character counts: SVG text cannot be measured before it is drawn.
 */
export function tooltipBox(item: DrawItem, title: string, detail: string, geometry: TooltipGeometry): TooltipBox {
  const { widthPx, rowTopPx, rowPx, axisPx } = geometry;
  const x0 = item.type === 'mark' ? item.mark.x0Px : item.cluster.x0Px;
  const x1 = item.type === 'mark' ? item.mark.x1Px : item.cluster.x1Px;
  const shown = truncateText(title, TOOLTIP_MAX_CHARS);
  const boxWidth = Math.min(widthPx - 8, Math.max(shown.length, detail.length) * TOOLTIP_CHAR_PX + 16);
  const centre = (Math.max(x0, 0) + Math.min(x1, widthPx)) / 2;
  const left = Math.min(Math.max(centre - boxWidth / 2, 4), widthPx - boxWidth - 4);
  const above = rowTopPx - TOOLTIP_HEIGHT_PX - 2;
  const top = above > axisPx ? above : rowTopPx + rowPx + 2;
  return { leftPx: left, topPx: top, widthPx: boxWidth, heightPx: TOOLTIP_HEIGHT_PX, title: shown, detail };
}

/**
 * The window a click on a cluster zooms to: its members with a margin (a tenth of their span, at
 * least half of `minWindowMs`), but always at least four times narrower than the view, so every
 * click makes progress even on a cluster that spans most of the view.
 */
export function clusterZoomWindow(cluster: { readonly startMs: number; readonly endMs: number }, view: readonly [number, number], minWindowMs: number): { startMs: number; endMs: number } {
  const { startMs, endMs } = cluster;
  const pad = Math.max((endMs - startMs) * 0.1, minWindowMs / 2);
  const span = Math.min(endMs - startMs + 2 * pad, (view[1] - view[0]) / 4);
  const centre = (startMs + endMs) / 2;
  return { startMs: centre - span / 2, endMs: centre + span / 2 };
}
