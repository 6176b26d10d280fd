import { nothing, svg, type ReactiveElement, type SVGTemplateResult } from 'lit';
import type { Mark } from '../../derive/place.ts';
import { tabStopId } from '../../derive/chart-navigation.ts';
import { formatWhen } from '../../scales/date-format.ts';
import { ListenerController } from '../../controllers/listener-controller.ts';
import { GEOMETRY, renderMarkShape, round } from './chart.templates.ts';

/**
 * Focus in the chart: the keyboard's active event (its mark is the one tab stop while drawn),
 * whether focus is inside the chart (the tooltip then follows the active event), and moving focus
 * to the active mark once a render has drawn it. Changes re-render only the SVG layer on top.
 */
export class FocusController extends ListenerController {
  /** The keyboard's active event; null until the reader moves or selects. */
  activeId: string | null = null;
  /** Whether focus is inside the chart's SVG layer. */
  within = false;
  private _focusNext = false;
  /** The events of the two places the focusable marks are rendered in, and their wrappers (see `renderMarks`). */
  private _slots: { readonly id: string | null; readonly wrap: number }[] = [{ id: null, wrap: 0 }, { id: null, wrap: 0 }];

  constructor(
    private readonly _host: ReactiveElement,
    target: () => Element | null,
    /** Asks the host for an update that changes only the layer on top. */
    private readonly _changed: () => void,
  ) {
    super(_host, target, {
      focusin: () => this._setWithin(true),
      focusout: () => this._setWithin(false),
    });
  }

  /**
   * The one mark in the tab order (see `tabStopId`). While the view `moving`, only the active or
   * selected mark is one: the first drawn mark changes on every frame, and its SVG mark would be
   * made anew each time; until the view settles, the chart's SVG layer is the tab stop instead.
   */
  tabStop(marks: readonly Mark[], selectedId: string | null, moving = false): string | null {
    const id = tabStopId(marks, this.activeId, selectedId);
    return moving && id !== this.activeId && id !== selectedId ? null : id;
  }

  /** Makes `id` the active event; with `focus`, moves focus to its mark after the next render. */
  activate(id: string, focus = false): void {
    if (focus) this._focusNext = true;
    if (id === this.activeId && !focus) return;
    this.activeId = id;
    this._changed();
  }

  /**
   * The active (tab stop, `activeId` as `tabStop` gives it) and selected events as real, focusable SVG marks above the canvas, with
   * names for screen readers; every other mark is only painted.
   */
  renderMarks(marks: readonly Mark[], activeId: string | null, selectedId: string | null, rowCentrePx: (row: number) => number, locale: string) {
    const wanted = marksWithIds(marks, activeId, selectedId);
    const ids = wanted.map((mark) => mark.event.id);
    // Two places, each keeping its event while that stays wanted, so a mark keeps its element
    // (and focus) while the other comes and goes. A place given a new event switches to its other
    // wrapper template, so the event gets a new element, which focus then moves to and a screen
    // reader announces. (Lit's `repeat` did this for 0.9 KiB gzip of the first download.)
    const slots = this._slots.map((slot) => (slot.id !== null && ids.includes(slot.id) ? slot : { id: null, wrap: slot.wrap }));
    for (const id of ids) {
      if (slots.some((slot) => slot.id === id)) continue;
      const free = slots.findIndex((slot) => slot.id === null);
      slots[free] = { id, wrap: 1 - slots[free]!.wrap };
    }
    this._slots = slots;
    return slots.map(({ id, wrap }) => {
      const mark = wanted.find((candidate) => candidate.event.id === id);
      if (!mark) return nothing;
      const { event } = mark;
      const selected = event.id === selectedId;
      const template = svg`<g
        class="mark kind-${event.kind} shape-${mark.shape} ${selected ? 'selected' : ''}"
        data-id=${event.id}
        transform="translate(0,${round(rowCentrePx(mark.row))})"
        role="button"
        aria-pressed=${selected ? 'true' : 'false'}
        aria-label="${event.title}, ${formatWhen(event.when, locale)}"
        tabindex=${event.id === activeId ? 0 : -1}
        @focus=${() => this.activate(event.id)}
      >${renderMarkShape(mark, GEOMETRY)}</g>`;
      return WRAPPERS[wrap]!(template);
    });
  }

  override hostUpdated(): void {
    super.hostUpdated();
    if (!this._focusNext) return;
    this._focusNext = false;
    this._host.renderRoot.querySelector<SVGElement>('.mark[tabindex="0"]')?.focus();
  }

  private _setWithin(within: boolean): void {
    if (within === this.within) return;
    this.within = within;
    this._changed();
  }
}

/** Two wrappers alike but for their template's identity: Lit makes new elements when it changes. */
const WRAPPERS = [(content: SVGTemplateResult) => svg`<g>${content}</g>`, (content: SVGTemplateResult) => svg`<g>${content}</g>`];

/**
 * The marks of events `a` and `b`, in drawn order, looking no further than needed: each zoom frame
 * renders them, and the tab stop is usually the first mark of thousands.
 */
function marksWithIds(marks: readonly Mark[], a: string | null, b: string | null): Mark[] {
  const found: Mark[] = [];
  const wanted = (a === null ? 0 : 1) + (b === null || b === a ? 0 : 1);
  for (let i = 0; i < marks.length && found.length < wanted; i++) {
    const id = marks[i]!.event.id;
    if (id === a || id === b) found.push(marks[i]!);
  }
  return found;
}
