import { css, html, LitElement, svg } from 'lit';
import { property } from 'lit/decorators.js';
import type { EventKind } from '../../model/types.ts';
import { messagesFor, type Messages } from '../../i18n/messages.ts';
import { drawnSymbolPath } from '../../scales/kind-symbols.ts';
import { tokens } from '../../styles/tokens.ts';

/**
 * The key to the chart: one symbol and colour per event kind present, and how date certainty is
 * drawn (exact day, uncertain date, period, fuzzy ends, "or earlier").
 *
 * @csspart legend - the list
 */
export class AtLegend extends LitElement {
  static override styles = [
    tokens,
    css`
      :host { display: block; font-size: 0.85em; color: var(--_muted); }
      ul { display: flex; flex-wrap: wrap; gap: 0.3rem 1rem; margin: 0; padding: 0; list-style: none; }
      li { display: inline-flex; align-items: center; gap: 0.35rem; }
      svg { flex: none; overflow: visible; }
      .symbol { fill: var(--_kind); }
      .period { fill: color-mix(in srgb, var(--_muted) 28%, transparent); stroke: var(--_muted); stroke-width: 1.5; }
      .uncertain { fill: color-mix(in srgb, var(--_muted) 10%, transparent); stroke: var(--_muted); stroke-width: 1.5; }
      .fuzzy { fill: color-mix(in srgb, var(--_muted) 10%, transparent); stroke: var(--_muted); stroke-width: 1; }
      .hatch { stroke: var(--_muted); stroke-width: 1; opacity: 0.6; }
      .arrow { fill: var(--_muted); }
      .dot { fill: var(--_muted); }
      .shapes { margin-top: 0.35rem; }
    `,
  ];

  /** The kinds to list, in this order. */
  @property({ attribute: false }) kinds: readonly EventKind[] = [];
  /** The UI text (the shell passes the table of its `locale`). */
  @property({ attribute: false }) messages: Messages = messagesFor('en');

  protected override render() {
    const m = this.messages;
    return html`
      <ul part="legend" aria-label=${m.eventKinds}>
        ${this.kinds.map((kind) => html`<li class="kind-${kind}">
          <svg width="14" height="14" viewBox="-7 -7 14 14" aria-hidden="true"><path class="symbol" d=${drawnSymbolPath(kind, 12)}></path></svg>
          ${m.kinds[kind]}
        </li>`)}
      </ul>
      <ul class="shapes" aria-label=${m.howDatesDrawn}>
        <li><svg width="14" height="14" viewBox="-7 -7 14 14" aria-hidden="true"><circle class="dot" r="5"></circle></svg>${m.exactDay}</li>
        <li><svg width="34" height="14" viewBox="0 -7 34 14" aria-hidden="true"><rect class="uncertain" x="1" y="-6" width="32" height="12"></rect>${hatch(1, -6, 32, 12)}</svg>${m.uncertainDate}</li>
        <li><svg width="44" height="14" viewBox="-8 -7 52 14" aria-hidden="true">${svg`<path class="arrow" d="M-1,-6 l-6,6 l6,6 z"></path><rect class="fuzzy" x="0" y="-4" width="12" height="8"></rect>${hatch(0, -4, 12, 8)}<rect class="period" x="12" y="-6" width="32" height="12" rx="2"></rect>`}</svg>${m.periodShape}</li>
      </ul>
    `;
  }
}

/** Diagonal hatching inside a rectangle, as the chart draws uncertain extents (no SVG pattern ids). */
function hatch(x: number, y: number, width: number, height: number) {
  const lines = [];
  for (let c = x + y + 6; c < x + width + y + height; c += 6) {
    // The line x′ + y′ = c, clipped to the rectangle.
    const x0 = Math.max(x, c - (y + height));
    const x1 = Math.min(x + width, c - y);
    if (x1 > x0) lines.push(svg`<line class="hatch" x1=${x0} y1=${c - x0} x2=${x1} y2=${c - x1}></line>`);
  }
  return lines;
}
