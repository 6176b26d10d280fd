// The floor with this element's data check in front (bench/reference-builds.mjs bundles it): a bare
// `<attack-timeline>` that runs the element's own check of a `data` property (src/shell/prepare-
// dataset.ts, as bench/check-alone.js does), then draws the checked events as the plain-canvas
// floor draws (bench/floor-draw.js), from the dates the check has parsed. Any element that must
// check all the data before drawing it, as this one must, pays at least this.
import { prepareDataset } from '../src/shell/prepare-dataset.ts';
import { drawFloor } from './floor-draw.js';

class CheckedFloor extends HTMLElement {
  connectedCallback() {
    const prepared = prepareDataset(this.data, 'data property', { strict: false, maxTlp: null });
    if (!prepared.ok) throw new Error(prepared.problem.message);
    drawFloor(this, prepared.dataset.events.map((event) => ({ id: event.id, title: event.title, startMs: event.when.startMs, endMs: event.when.endMs })));
  }
}

customElements.define('attack-timeline', CheckedFloor);
