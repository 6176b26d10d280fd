import { css, html, LitElement, svg } from 'lit';
import { property } from 'lit/decorators.js';
import type { EventKind } from '../../model/types.ts';
import { messagesFor, type Messages } from '../../i18n/messages.ts';
import { drawnSymbolPath, isStrokedGlyph } from '../../scales/kind-symbols.ts';
import { byFamily } from '../../scales/kind-colours.ts';
import { MARK_STYLE } from '../../scales/mark-style.ts';
import { tokens } from '../../styles/tokens.ts';

/**
 * The key to the chart, compact enough to sit above it: each kind present with its glyph, grouped
 * by colour family, then how date certainty is drawn (less certain, less ink: a solid glyph for an
 * exact day, a faint dotted box for a rough date, a tinted bar with fading ends for a period).
 *
 * @csspart legend - the list of kinds
 */
export class AtLegend extends LitElement {
  static override styles = [
    tokens,
    css`
      :host { display: block; font-size: 0.8em; line-height: 1.3; color: var(--_muted); }
      .key { display: flex; flex-wrap: wrap; align-items: center; gap: 0.2rem 1.1rem; }
      ul { display: flex; flex-wrap: wrap; gap: 0.2rem 0.7rem; margin: 0; padding: 0; list-style: none; }
      li { display: inline-flex; align-items: center; gap: 0.3rem; white-space: nowrap; }
      .shapes li { white-space: normal; }
      svg { flex: none; overflow: visible; }
      .symbol { fill: var(--_kind); }
      .symbol.stroked { fill: none; stroke: var(--_kind); stroke-width: 2; }
      .ink { fill: var(--_fg); }
      .period { fill: color-mix(in srgb, var(--_fg) ${MARK_STYLE.periodFillAlpha * 100}%, transparent); stroke: var(--_fg); stroke-width: ${MARK_STYLE.periodLinePx}; }
      .dotted { stroke: var(--_fg); stroke-opacity: ${MARK_STYLE.dotAlpha}; stroke-dasharray: 1 ${MARK_STYLE.dotPeriodPx - 1}; }
    `,
  ];

  /** The kinds to list (shown grouped by colour family). */
  @property({ attribute: false }) kinds: readonly EventKind[] = [];
  /** The UI text (the shell passes the table of its `locale`). */
  @property({ attribute: false }) messages: Messages = messagesFor('en');

  protected override render() {
    const m = this.messages;
    return html`<div class="key">
      <ul part="legend" aria-label=${m.eventKinds}>
        ${byFamily(this.kinds).map((kind) => html`<li class="kind-${kind}">
          <svg width="12" height="12" viewBox="-7 -7 14 14" aria-hidden="true"><path class="symbol ${isStrokedGlyph(kind) ? 'stroked' : ''}" d=${drawnSymbolPath(kind, 14)}></path></svg>${m.kinds[kind]}
        </li>`)}
      </ul>
      <ul class="shapes" aria-label=${m.howDatesDrawn}>
        <li><svg width="12" height="12" viewBox="-6 -6 12 12" aria-hidden="true"><circle class="ink" r="5"></circle></svg>${m.exactDay}</li>
        <li><svg width="30" height="12" viewBox="0 -6 30 12" aria-hidden="true"><rect class="ink dotted" fill-opacity=${MARK_STYLE.uncertainFillAlpha} x="0.5" y="-5.5" width="29" height="11"></rect></svg>${m.uncertainDate}</li>
        <li><svg width="46" height="12" viewBox="-8 -6 54 12" aria-hidden="true">${fadingPeriod()}</svg>${m.periodShape}</li>
      </ul>
    </div>`;
  }
}

/** A period with a rough start and an arrow, painted as the chart does (MARK_STYLE). */
function fadingPeriod() {
  const steps = MARK_STYLE.fadeAlphas.map((alpha, step) => svg`<rect class="ink" fill-opacity=${alpha} x=${8 - step * 4} y="-4" width="4" height="8"></rect>`);
  return svg`<path class="ink" fill-opacity=${MARK_STYLE.openStartAlpha} d="M-1,-5 l-6,5 l6,5 z"></path>${steps}<rect class="dotted" fill="none" x="0.5" y="-3.5" width="11.5" height="7"></rect><rect class="period" x="12.75" y="-5.25" width="32.5" height="10.5"></rect>`;
}
