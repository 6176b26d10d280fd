import type { CSSResult, ReactiveController, ReactiveElement } from 'lit';
import type { TimelineEvent } from '../model/types.ts';
import { describeValue } from '../model/issues.ts';
import type { TimeWindow } from '../derive/view-window.ts';
import type { PresentationController, PresentationState } from '../story/presentation-controller.ts';
import { exitFullscreen, requestFullscreen } from '../story/fullscreen.ts';
import type { Emphasis, StepEvents } from './step-parts.ts';
import type { StepStage } from './show-step.ts';
import type { ErrorController } from './error-controller.ts';
import type { Indexed } from './indexed-dataset.ts';
import { reportMissingChunk } from './lazy-parts.ts';

export interface PresentationPartOptions {
  /** Whether the host is in presentation mode (its `mode` attribute). */
  readonly presenting: () => boolean;
  /** The id of the story to present (`story` attribute). */
  readonly story: () => string | null;
  /** What a step acts on (see `showStep`). */
  readonly stage: StepStage;
  /** The events passing the filters (the steps when there is no story). */
  readonly visible: (indexed: Indexed) => readonly TimelineEvent[];
  readonly errors: ErrorController;
  readonly exit: () => void;
  /** Adds the presentation layout's styles to the host's (they come with the chunk). */
  readonly adoptStyles: (styles: CSSResult) => void;
}

const FILE = 'attack-timeline-presentation.js';
const NONE: ReadonlySet<string> = new Set();

/**
 * Presentation mode, whose code (the steps and their keys, the presentation bar and layout) is
 * fetched the first time the host is asked to present. Until it is there the host presents
 * nothing: `state` is null. `loading` tells the host to wait with its first frame when it is
 * asked to present from the start (`mode="presentation"`), so it opens straight on the
 * presentation instead of flashing the page layout; `pending` is the fetch, for `updateComplete`.
 */
export class PresentationPart implements ReactiveController {
  pending: Promise<void> | null = null;
  private _controller: PresentationController | null = null;
  private _stepEvents: StepEvents | null = null;
  private _emphasis: Emphasis | null = null;
  private _failed = false;
  /** Presentation was asked for at the last update. */
  private _asked = false;

  constructor(private readonly _host: ReactiveElement & HTMLElement, private readonly _options: PresentationPartOptions) {
    _host.addController(this);
  }

  /**
   * Starts the fetch the first time presentation is asked for. Until the code is there this also
   * asks for full screen, at once: browsers allow it only shortly after the reader's click, not
   * a fetch later (the controller, once here, finds it granted); and leaves it if presentation
   * ends (or its code fails) first.
   */
  hostUpdate(): void {
    const presenting = this._options.presenting();
    const before = this._asked;
    this._asked = presenting;
    if (this._controller || presenting === before) return;
    if (!presenting) return exitFullscreen(this._host);
    if (this._failed) return;
    requestFullscreen(this._host);
    if (!this.pending) this._load();
  }

  /** Presentation is asked for and its code is on its way. */
  get loading(): boolean {
    return this.pending !== null && this._options.presenting();
  }

  get active(): boolean {
    return this._controller?.active ?? false;
  }

  get index(): number {
    return this._controller?.index ?? 0;
  }

  get state(): PresentationState | null {
    return this._controller?.state ?? null;
  }

  /** See `PresentationController.goToStep`; before the code is there, nothing is presented. */
  async goToStep(index: number): Promise<void> {
    if (this._controller) return this._controller.goToStep(index);
    if (typeof index !== 'number' || !Number.isInteger(index)) throw new RangeError(`goToStep: ${describeValue(index)} is not a whole number (steps count from 0)`);
  }

  /** What the chart draws: `visible`, or while a step has a window only the events in it. */
  chartEvents(visible: readonly TimelineEvent[], stepWindow: TimeWindow | null): readonly TimelineEvent[] {
    return this.state && this._stepEvents ? this._stepEvents.get(visible, stepWindow) : visible;
  }

  /** The step's subject, emphasised while presenting. */
  emphasisIds(selected: string | null): ReadonlySet<string> {
    return this.state && this._emphasis ? this._emphasis.get(selected) : NONE;
  }

  private _load(): void {
    const load = import('./presentation.ts').then(
      ({ startPresentation }) => {
        ({ controller: this._controller, stepEvents: this._stepEvents, emphasis: this._emphasis } = startPresentation(this._host, this._options));
      },
      () => {
        this._failed = true;
        exitFullscreen(this._host);
        reportMissingChunk(this._options.errors, FILE);
      },
    ).finally(() => {
      this.pending = null;
      this._host.requestUpdate();
    });
    this.pending = load;
  }
}
