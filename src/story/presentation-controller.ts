import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { StepView } from './step-view.ts';
import { describeValue } from '../model/issues.ts';
import { exitFullscreen, requestFullscreen } from './fullscreen.ts';

/** What a key does while presenting. */
export type PresentationCommand = 'next' | 'previous' | 'first' | 'last' | 'exit';

/**
 * The keys presentation clickers and keyboards send: →, ↓, PageDown and Space go forward; ←, ↑,
 * PageUp and Shift+Space go back; Home/End jump; Esc exits. Anything else is not ours (undefined).
 */
export function commandForKey(event: Pick<KeyboardEvent, 'key' | 'shiftKey' | 'altKey' | 'ctrlKey' | 'metaKey'>): PresentationCommand | undefined {
  if (event.altKey || event.ctrlKey || event.metaKey) return undefined;
  switch (event.key) {
    case 'ArrowRight':
    case 'ArrowDown':
    case 'PageDown':
      return 'next';
    case ' ':
    case 'Spacebar':
      return event.shiftKey ? 'previous' : 'next';
    case 'ArrowLeft':
    case 'ArrowUp':
    case 'PageUp':
      return 'previous';
    case 'Home':
      return 'first';
    case 'End':
      return 'last';
    case 'Escape':
      return 'exit';
    default:
      return undefined;
  }
}

const TEXT_ENTRY = new Set(['input', 'select', 'textarea']);

/** The steps being presented: a title and one view per step. */
export interface Steps {
  readonly title: string;
  readonly views: readonly StepView[];
}

/** What `element.presentation` reports. */
export interface PresentationState {
  readonly step: number;
  readonly total: number;
  readonly caption: string;
  readonly title: string;
}

export interface PresentationOptions {
  /** Whether the host is in presentation mode (its `mode` attribute). */
  readonly presenting: () => boolean;
  /** The steps to present, decoded once when presentation starts; null while there is no data. */
  readonly buildSteps: () => Steps | null;
  /** Shows a step's view and resolves once it has arrived; `current()` turns false when a later step took over. */
  readonly show: (view: StepView, current: () => boolean) => Promise<void>;
  /** Leaves presentation mode (Esc, or the browser leaving full screen). */
  readonly exit: () => void;
}

/**
 * Presentation mode: the steps and the one on screen, and the outside resources, the Fullscreen
 * API and the page's keyboard. While active, it listens to keys on the document in the capture
 * phase, so steps win over the chart's own arrow keys; when not active it listens to nothing,
 * and the chart keeps its keys. Leaving full screen (the browser's own Esc) ends the presentation.
 */
export class PresentationController implements ReactiveController {
  active = false;
  /** The steps being presented, built when presentation starts and data is at hand. */
  steps: Steps | null = null;
  /** The step on screen, from 0. */
  index = 0;
  private _generation = 0;

  constructor(private readonly _host: ReactiveControllerHost & HTMLElement, private readonly _options: PresentationOptions) {
    _host.addController(this);
  }

  /** Follows the host's mode on each update; starting shows the first step once rendered. */
  hostUpdate(): void {
    const presenting = this._options.presenting();
    if (presenting && !this.active) {
      this._enter();
      this.steps = null;
    } else if (!presenting && this.active) {
      this._leave();
      this.steps = null;
    }
    if (presenting && !this.steps) {
      this.steps = this._options.buildSteps();
      if (this.steps) void this._host.updateComplete.then(() => this.goToStep(0));
    }
  }

  /** The presentation now; null when not presenting. */
  get state(): PresentationState | null {
    if (!this._options.presenting() || !this.steps) return null;
    const { views, title } = this.steps;
    return { step: this.index, total: views.length, caption: views[this.index]?.caption ?? '', title };
  }

  /**
   * Shows step `index` (an integer, kept within the steps); resolves when the view has arrived.
   * Rejects with a RangeError for anything but an integer (NaN, 1.5, "2", undefined).
   */
  async goToStep(index: number): Promise<void> {
    if (typeof index !== 'number' || !Number.isInteger(index)) throw new RangeError(`goToStep: ${describeValue(index)} is not a whole number (steps count from 0)`);
    const views = this.steps?.views;
    if (!views || views.length === 0) return;
    const step = Math.max(0, Math.min(views.length - 1, Math.trunc(index)));
    const generation = ++this._generation;
    this.index = step;
    this._host.requestUpdate();
    await this._options.show(views[step]!, () => generation === this._generation);
  }

  /** Back on the page (moved while presenting): the keys work again, at the same step. */
  hostConnected(): void {
    if (this.active) this._listen();
  }

  /** Off the page nothing listens; the presentation itself goes on (a move keeps its place). */
  hostDisconnected(): void {
    if (!this.active) return;
    this._unlisten();
    exitFullscreen(this._host);
    this._wasFullscreen = false;
  }

  private _command(command: PresentationCommand): void {
    switch (command) {
      case 'next':
        void this.goToStep(this.index + 1);
        return;
      case 'previous':
        void this.goToStep(this.index - 1);
        return;
      case 'first':
        void this.goToStep(0);
        return;
      case 'last':
        void this.goToStep((this.steps?.views.length ?? 1) - 1);
        return;
      case 'exit':
        this._options.exit();
    }
  }

  /**
   * Starts listening and asks for full screen (refused without a user gesture: the CSS layout
   * still fills the window), unless the host already has it: a shell that fetches this code on
   * demand asks in the reader's click, before the fetch (see `requestFullscreen`).
   */
  private _enter(): void {
    if (this.active) return;
    this.active = true;
    this._wasFullscreen = document.fullscreenElement === this._host;
    this._listen();
    requestFullscreen(this._host);
  }

  /** Stops listening and leaves full screen if we entered it. */
  private _leave(): void {
    if (!this.active) return;
    this.active = false;
    // A step still on its way stops where it is: the reader has the view back.
    this._generation++;
    this._unlisten();
    exitFullscreen(this._host);
    this._wasFullscreen = false;
  }

  private _listen(): void {
    document.addEventListener('keydown', this._onKeyDown, true);
    document.addEventListener('fullscreenchange', this._onFullscreenChange);
  }

  private _unlisten(): void {
    document.removeEventListener('keydown', this._onKeyDown, true);
    document.removeEventListener('fullscreenchange', this._onFullscreenChange);
  }

  private _wasFullscreen = false;

  private _onFullscreenChange = (): void => {
    const isFullscreen = document.fullscreenElement === this._host;
    if (this._wasFullscreen && !isFullscreen) this._command('exit');
    this._wasFullscreen = isFullscreen;
  };

  private _onKeyDown = (event: KeyboardEvent): void => {
    const command = commandForKey(event);
    if (!command) return;
    const target = event.composedPath()[0];
    const typing = target instanceof Element && (TEXT_ENTRY.has(target.localName) || (target as HTMLElement).isContentEditable);
    if (typing && command !== 'exit') return;
    event.preventDefault();
    event.stopPropagation();
    this._command(command);
  };
}
