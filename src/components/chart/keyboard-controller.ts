import type { ReactiveControllerHost } from 'lit';
import type { TimelineEvent } from '../../model/types.ts';
import { chartCommandForKey, steppedIndex, type ChartCommand } from '../../derive/chart-navigation.ts';
import { ListenerController } from '../../controllers/listener-controller.ts';

/** What the chart's keys act on, seen through the few operations they need. */
export interface ChartKeyActions {
  /** The events drawn (filtered), in date order: ←/→, Home and End step through them. */
  readonly events: () => readonly TimelineEvent[];
  readonly selectedId: () => string | null;
  /** The event whose mark is in the tab order now. */
  readonly tabStop: () => string | null;
  readonly select: (id: string | null) => void;
  readonly zoom: (direction: 'in' | 'out') => void;
  readonly fit: () => void;
  /** Pans by a fraction of the width (positive: later in time). */
  readonly pan: (fraction: number) => void;
  /** Makes an event the active one: brings it into view and focuses its mark. */
  readonly activate: (event: TimelineEvent) => void;
}

/**
 * Keyboard navigation of the chart (see `chartCommandForKey`): keys pressed while focus is in the
 * chart's SVG layer, turned into commands. A key the chart handles goes no further (no page
 * scroll, no presentation step).
 */
export class KeyboardController extends ListenerController {
  constructor(host: ReactiveControllerHost, target: () => Element | null, private readonly _actions: ChartKeyActions) {
    super(host, target, { keydown: (event) => this._onKeyDown(event as KeyboardEvent) });
  }

  private _onKeyDown(event: KeyboardEvent): void {
    const command = chartCommandForKey(event);
    if (command && this._run(command)) {
      event.preventDefault();
      event.stopPropagation();
    }
  }

  /** Carries out a command; false when it does nothing here (the key then goes on to the page). */
  private _run(command: ChartCommand): boolean {
    const actions = this._actions;
    switch (command) {
      case 'zoom-in':
      case 'zoom-out':
        actions.zoom(command === 'zoom-in' ? 'in' : 'out');
        return true;
      case 'fit':
        actions.fit();
        return true;
      case 'pan-back':
      case 'pan-forward':
        actions.pan(command === 'pan-forward' ? 0.25 : -0.25);
        return true;
      case 'clear':
        if (actions.selectedId() === null) return false;
        actions.select(null);
        return true;
      case 'open': {
        const id = actions.tabStop();
        if (id === null) return false;
        actions.select(id);
        return true;
      }
      case 'previous':
      case 'next':
      case 'first':
      case 'last': {
        const events = actions.events();
        const index = command === 'first' ? 0 : command === 'last' ? events.length - 1 : steppedIndex(events, actions.tabStop(), command === 'next' ? 1 : -1);
        const target = events[index];
        if (!target) return false;
        actions.activate(target);
        return true;
      }
    }
  }
}
