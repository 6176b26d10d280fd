// The presentation code, which the shell fetches the first time an element is asked to present (in
// the embed attack-timeline-presentation.js beside the script): the steps and their keys, the
// presentation bar, the presentation layout's styles, and showing a step.
export { PresentationController } from '../story/presentation-controller.ts';
export { AtPresentBar } from '../components/present-bar/present-bar.ts';
export { presentationStyles } from './presentation.styles.ts';
export { buildSteps } from './build-steps.ts';
export { showStep } from './show-step.ts';
export { StepEvents, Emphasis } from './step-parts.ts';
