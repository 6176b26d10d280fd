import type { ReactiveElement } from 'lit';
import { PresentationController, type Steps } from '../story/presentation-controller.ts';
import { AtPresentBar } from '../components/present-bar/present-bar.ts';
import { presentationStyles } from './presentation.styles.ts';
import { buildSteps } from './build-steps.ts';
import { showStep } from './show-step.ts';
import { Emphasis, StepEvents } from './step-parts.ts';
import type { PresentationPartOptions } from './presentation-part.ts';

/** Presentation, once its code is here: the controller and what the chart draws while presenting. */
export interface Presentation {
  readonly controller: PresentationController;
  readonly stepEvents: StepEvents;
  readonly emphasis: Emphasis;
}

/**
 * Sets presentation up on `host` when its code arrives: defines the presentation bar, adopts the
 * presentation layout's styles and creates the controller, whose steps come from the story asked
 * for (an unknown id is reported, and the first story presented).
 */
export function startPresentation(host: ReactiveElement & HTMLElement, options: PresentationPartOptions): Presentation {
  if (!customElements.get('at-present-bar')) customElements.define('at-present-bar', AtPresentBar);
  options.adoptStyles(presentationStyles);
  const steps = (): Steps | null => {
    const { story, stage, visible, errors } = options;
    const indexed = stage.indexed();
    if (!indexed) return null;
    const id = story();
    const built = buildSteps(host, id, indexed, visible(indexed), stage.view.view);
    if (built.issue) errors.report('story', `There is no story "${id}" to present; presenting ${built.steps.title ? `"${built.steps.title}"` : 'the first'} instead`, [built.issue]);
    else errors.clear('story');
    return built.steps;
  };
  return {
    stepEvents: new StepEvents(),
    emphasis: new Emphasis(),
    controller: new PresentationController(host, {
      presenting: options.presenting,
      buildSteps: steps,
      show: (view, current) => showStep(options.stage, view, current),
      exit: options.exit,
    }),
  };
}
