// The data check alone, measured as the embed is (bench/reference-builds.mjs bundles it): a bare
// `<attack-timeline>` that runs the element's own path for a `data` property (src/shell/prepare-
// dataset.ts: every record, field, date and reference checked, issues named) and draws nothing.
// This element checks all the data before it draws any of it (bad input is named, never drawn or
// dropped silently), so a cold first frame costs at least this plus drawing.
import { prepareDataset } from '../src/shell/prepare-dataset.ts';

class CheckAlone extends HTMLElement {
  connectedCallback() {
    const prepared = prepareDataset(this.data, 'data property', { strict: false, maxTlp: null });
    if (!prepared.ok) throw new Error(prepared.problem.message);
    // What the cold page polls to know the element is done (it draws nothing).
    this.view = { visibleIds: prepared.dataset.events.slice(0, 1).map((event) => event.id) };
  }
}

customElements.define('attack-timeline', CheckAlone);
