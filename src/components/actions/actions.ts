import { css, html, LitElement } from 'lit';
import { property } from 'lit/decorators.js';
import { tokens } from '../../styles/tokens.ts';
import { messagesFor, type Messages } from '../../i18n/messages.ts';

/** What the reader asked for. */
export type ActionName = 'present' | 'png' | 'svg' | 'print';

/**
 * The row of actions above the chart: Present, and export as PNG, SVG or print. It only reports
 * the request (`at-action`, bubbling, not composed: the shell that owns it handles it).
 *
 * @csspart actions - the button row
 */
export class AtActions extends LitElement {
  static override styles = [
    tokens,
    css`
      :host { display: block; }
      .actions { display: flex; flex-wrap: wrap; gap: 0.4rem; align-items: center; }
      .export { display: inline-flex; gap: 0.25rem; align-items: center; color: var(--_muted); font-size: 0.9em; }
      button {
        min-height: 2.25rem; min-width: 2.25rem; padding: 0 0.75rem; cursor: pointer;
        border: 1px solid var(--_line); border-radius: var(--_radius); background: var(--_bg);
      }
      .present { border-color: var(--_accent); color: var(--_accent); font-weight: 600; }
    `,
  ];

  @property({ attribute: false }) messages: Messages = messagesFor('en');

  protected override render() {
    const m = this.messages;
    return html`<div class="actions" part="actions">
      <button type="button" class="present" @click=${() => this._ask('present')}>▶ ${m.present}</button>
      <span class="export" role="group" aria-label=${m.exportLabel}>${m.exportLabel}:
        <button type="button" class="png" @click=${() => this._ask('png')}>${m.downloadPng}</button>
        <button type="button" class="svg" @click=${() => this._ask('svg')}>${m.downloadSvg}</button>
        <button type="button" class="print" @click=${() => this._ask('print')}>${m.print}</button>
      </span>
    </div>`;
  }

  private _ask(action: ActionName): void {
    this.dispatchEvent(new CustomEvent('at-action', { detail: { action }, bubbles: true }));
  }
}
