import { css, html, LitElement, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { tokens } from '../../styles/tokens.ts';
import { messagesFor, type Messages } from '../../i18n/messages.ts';

/**
 * The presentation bar: the story title, a progress indicator and Previous / Next / Exit buttons
 * on one line above the caption of the current step, which takes the bar's whole width (about 75
 * characters a line on a projector) so the chart keeps the height. Where the line is too narrow
 * for the key help, the help is the progress bar's tooltip. It only reports what the presenter asked for.
 *
 * Its events bubble but are not composed: they stay inside the shell that owns the bar.
 *
 * @fires at-step - the presenter asked for another step (detail `{delta}`: -1 or 1)
 * @fires at-present-exit - the presenter asked to leave presentation mode
 * @csspart caption - the caption of the current step
 * @csspart progress - the step counter and bar
 */
export class AtPresentBar extends LitElement {
  static override styles = [
    tokens,
    css`
      :host { display: block; container-type: inline-size; }
      .bar { display: grid; gap: 0.3em; }
      .top { display: flex; flex-wrap: wrap; align-items: center; gap: 0.3em 1em; }
      .story { margin: 0; font-size: 0.8em; color: var(--_muted); font-weight: 600; letter-spacing: 0.01em; }
      .caption { margin: 0; font-size: 1.05em; line-height: 1.3; max-width: 75ch; }
      .nav { display: flex; gap: 0.4em; align-items: center; }
      button {
        min-height: max(2em, 44px); min-width: max(2.25em, 44px); padding: 0 0.7em; cursor: pointer;
        border: 1px solid var(--_line); border-radius: var(--_radius); background: var(--_bg);
      }
      .progress { flex: 1 1 12em; display: flex; align-items: center; gap: 0.75em; font-size: 0.8em; color: var(--_muted); }
      progress { flex: 1 1 4em; min-width: 4em; height: 0.5em; accent-color: var(--_accent); }
      .help { font-size: 0.85em; }
      .counter { white-space: nowrap; }
      @container (max-width: 60em) {
        .help { display: none; }
      }
    `,
  ];

  @property({ attribute: false }) storyTitle = '';
  @property({ attribute: false }) caption = '';
  /** Current step, from 0. */
  @property({ attribute: false }) step = 0;
  @property({ attribute: false }) total = 0;
  @property({ attribute: false }) messages: Messages = messagesFor('en');

  protected override render() {
    const m = this.messages;
    return html`<div class="bar">
      <div class="top">
        ${this.storyTitle ? html`<p class="story">${this.storyTitle}</p>` : nothing}
        <div class="progress" part="progress" title=${m.presentationHelp}>
          <span class="counter">${m.stepOf(this.step + 1, this.total)}</span>
          <progress max=${Math.max(this.total, 1)} value=${this.step + 1} aria-label=${m.stepOf(this.step + 1, this.total)}></progress>
          <span class="help">${m.presentationHelp}</span>
        </div>
        <div class="nav">
          <button type="button" class="previous" ?disabled=${this.step <= 0} @click=${() => this._step(-1)} aria-label=${m.previous}>←</button>
          <button type="button" class="next" ?disabled=${this.step >= this.total - 1} @click=${() => this._step(1)} aria-label=${m.next}>→</button>
          <button type="button" class="exit" @click=${this._exit}>${m.exitPresentation}</button>
        </div>
      </div>
      <p class="caption" part="caption" aria-live="polite">${this.caption}</p>
    </div>`;
  }

  private _step(delta: -1 | 1): void {
    this.dispatchEvent(new CustomEvent('at-step', { detail: { delta }, bubbles: true }));
  }

  private _exit = (): void => {
    this.dispatchEvent(new CustomEvent('at-present-exit', { bubbles: true }));
  };
}
