import type { CSSResult, ReactiveController, ReactiveElement } from 'lit';
import type { TimelineEvent } from '../model/types.ts';
import { describeValue } from '../model/issues.ts';
import { addEnglish } from '../i18n/messages.ts';
import type { TimeWindow } from '../derive/view-window.ts';
import type { PresentationState } from '../story/presentation-controller.ts';
import { exitFullscreen, requestFullscreen } from '../story/fullscreen.ts';
import type { StepStage } from './show-step.ts';
import type { ErrorController } from './error-controller.ts';
import type { Indexed } from './indexed-dataset.ts';
import { exported, LazyChunk } from '../controllers/lazy-chunk.ts';
import type { Presentation } from './start-presentation.ts';

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

const NONE: ReadonlySet<string> = new Set();

type PresentationModule = typeof import('./presentation.ts');
/** What the presentation file brings, checked; `sync-url` uses it too. */
export type PresentationCode = Pick<PresentationModule, 'startPresentation' | 'UrlSyncController'>;
/** The presentation file's one loader per host, shared by PresentationPart and UrlSyncPart. */
const chunks = new WeakMap<object, LazyChunk<PresentationModule, PresentationCode>>();

/** The host's loader of the presentation file (attack-timeline-presentation.js in the embed). */
export function presentationChunk(host: ReactiveElement & HTMLElement, errors: ErrorController): LazyChunk<PresentationModule, PresentationCode> {
  let chunk = chunks.get(host);
  if (!chunk) {
    chunk = new LazyChunk(host, {
      file: 'attack-timeline-presentation.js',
      load: () => import('./presentation.ts'),
      use: (module) => {
        // The presentation bar's English words come with it (see src/i18n/messages.ts).
        addEnglish(exported(module, 'startPresentation', 'UrlSyncController', 'ENGLISH').ENGLISH);
        return module;
      },
      errors,
      failed: () => exitFullscreen(host),
    });
    chunks.set(host, chunk);
  }
  return chunk;
}

/**
 * Presentation mode, whose code (the steps and their keys, the presentation bar and layout) is
 * fetched the first time the host is asked to present. Until it is there the host presents
 * nothing: `state` is null. `loading` tells the host to wait with its first frame when it is
 * asked to present from the start (`mode="presentation"`), so it opens straight on the
 * presentation instead of flashing the page layout; `pending` is the fetch, for `updateComplete`.
 */
export class PresentationPart implements ReactiveController {
  /** Presentation was asked for at the last update. */
  private _asked = false;
  private readonly _code: LazyChunk<PresentationModule, PresentationCode>;
  /** Presentation, set up the first update it is asked for once its code is here. */
  private _started: Presentation | undefined;

  constructor(private readonly _host: ReactiveElement & HTMLElement, private readonly _options: PresentationPartOptions) {
    _host.addController(this);
    this._code = presentationChunk(_host, _options.errors);
  }

  /** The fetch of the code, for the host's `updateComplete`. */
  get pending(): Promise<void> | null {
    return this._code.pending;
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
    if (presenting && !this._started) this._started = this._code.make((code) => code.startPresentation(this._host, this._options));
    if (this._started || presenting === before) return;
    if (!presenting) return exitFullscreen(this._host);
    if (this._code.failed) return;
    requestFullscreen(this._host);
    this._code.get();
  }

  /** Presentation is asked for and its code is on its way. */
  get loading(): boolean {
    return this.pending !== null && this._options.presenting();
  }

  get active(): boolean {
    return this._started?.controller.active ?? false;
  }

  get index(): number {
    return this._started?.controller.index ?? 0;
  }

  get state(): PresentationState | null {
    return this._started?.controller.state ?? null;
  }

  /** See `PresentationController.goToStep`; before the code is there, nothing is presented. */
  async goToStep(index: number): Promise<void> {
    if (this._started) return this._started.controller.goToStep(index);
    if (typeof index !== 'number' || !Number.isInteger(index)) throw new RangeError(`goToStep: ${describeValue(index)} is not a whole number (steps count from 0)`);
  }

  /** What the chart draws: `visible`, or while a step has a window only the events in it. */
  chartEvents(visible: readonly TimelineEvent[], stepWindow: TimeWindow | null): readonly TimelineEvent[] {
    const code = this._started;
    return code?.controller.state ? code.stepEvents.get(visible, stepWindow) : visible;
  }

  /** The step's subject, emphasised while presenting. */
  emphasisIds(selected: string | null): ReadonlySet<string> {
    const code = this._started;
    return code?.controller.state ? code.emphasis.get(selected) : NONE;
  }
}

