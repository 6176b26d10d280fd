// The floor after the data check, as a Lit element (bench/reference-builds.mjs bundles it with
// Lit, as the embed bundles it): a LitElement with a shadow root, a stylesheet and one template
// renders, then runs this element's own check of a `data` property (src/shell/prepare-dataset.ts)
// and draws the checked events into its shadow root as the plain-canvas floor draws
// (bench/floor-draw.js). What any Lit element pays that must check all its data before drawing it;
// this element is Lit by the project's design.
import { LitElement, css, html } from 'lit';
import { prepareDataset } from '../src/shell/prepare-dataset.ts';
import { drawFloor } from './floor-draw.js';

class LitCheckedFloor extends LitElement {
  static properties = { data: { attribute: false } };
  static styles = css`:host { display: block; font: 12px sans-serif; } .frame { position: relative; }`;

  render() {
    return html`<div class="frame"></div>`;
  }

  firstUpdated() {
    const prepared = prepareDataset(this.data, 'data property', { strict: false, maxTlp: null });
    if (!prepared.ok) throw new Error(prepared.problem.message);
    const element = this;
    const frame = this.renderRoot.querySelector('.frame');
    const into = { append: (canvas) => frame.append(canvas), set view(value) { element.view = value; } };
    drawFloor(into, prepared.dataset.events.map((event) => ({ id: event.id, title: event.title, startMs: event.when.startMs, endMs: event.when.endMs })));
  }
}

customElements.define('attack-timeline', LitCheckedFloor);
