import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { property, query } from 'lit/decorators.js';
import type { TimelineEvent } from '../../model/types.ts';
import { DEFAULT_LOCALE, formatWhen } from '../../scales/date-format.ts';
import { messagesFor, type Messages } from '../../i18n/messages.ts';
import { emit } from '../../events.ts';
import { tokens } from '../../styles/tokens.ts';
import { searchStyles } from './search.styles.ts';

const DEBOUNCE_MS = 150;

/**
 * A search box over the events: the number of matches, announced politely, and the first few
 * matching titles as buttons. Enter asks for the next match, Shift+Enter for the previous one,
 * Esc clears the text. The matching itself is done by the shell (`searchEvents`).
 *
 * @fires at-search - the user changed the text (detail `{query}`), 150 ms after the last key
 * @fires at-search-next - Enter (detail `{direction: 1}`) or Shift+Enter (`{direction: -1}`)
 * @fires at-select - the user picked a listed match (detail `{id}`)
 * @csspart input - the text box
 * @csspart results - the list of matches
 */
export class AtSearch extends LitElement {
  static override styles = [tokens, searchStyles];

  /** The current search text; setting it replaces what is in the box. */
  @property() query = '';
  /** The matching events the reader can reach, in time order. */
  @property({ attribute: false }) results: readonly TimelineEvent[] = [];
  /** Matches that the active filters hide (counted, not listed). */
  @property({ attribute: false }) hiddenCount = 0;
  /** The selected event, marked in the list and counted as "match i of n". */
  @property({ attribute: false }) currentId: string | null = null;
  /** How many matches are listed. */
  @property({ attribute: false }) maxListed = 8;
  /** The UI text (the shell passes the table of its `locale`). */
  @property({ attribute: false }) messages: Messages = messagesFor('en');
  /** BCP 47 locale the listed dates are written in. */
  @property({ attribute: false }) locale: string = DEFAULT_LOCALE;

  @query('input') private _input?: HTMLInputElement;
  private _timer: ReturnType<typeof setTimeout> | undefined;
  /** The text last sent up, so the shell echoing it back does not overwrite newer typing. */
  private _sent = '';

  /** Moves keyboard focus to the text box. */
  override focus(options?: FocusOptions): void {
    this._input?.focus(options);
  }

  protected override updated(changed: PropertyValues<this>): void {
    // The shell echoing back what was sent must not overwrite what the reader typed since.
    if (changed.has('query') && this._input && this.query !== this._sent) {
      this._cancelPending();
      this._input.value = this.query;
      this._sent = this.query;
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this._cancelPending();
  }

  protected override render() {
    const text = this._input?.value ?? this.query;
    const listed = this.results.slice(0, this.maxListed);
    const m = this.messages;
    return html`
      <div class="field">
        <label for="search-input">${m.search}</label>
        <input
          id="search-input"
          part="input"
          type="search"
          autocomplete="off"
          spellcheck="false"
          placeholder=${m.searchPlaceholder}
          aria-describedby="search-count"
          @input=${this._onInput}
          @keydown=${this._onKeyDown}
        />
      </div>
      <p class="count" id="search-count" role="status">${this._countText(text)}</p>
      ${listed.length > 0
        ? html`<ol part="results" aria-label=${m.matchingEvents}>
            ${listed.map((event) => html`<li>
              <button type="button" data-id=${event.id} aria-current=${event.id === this.currentId ? 'true' : 'false'} @click=${() => this._pick(event.id)}>
                <span class="title">${event.title}</span>
                <span class="date">${formatWhen(event.when, this.locale)}</span>
              </button>
            </li>`)}
          </ol>
          ${this.results.length > listed.length
            ? html`<p class="more">${m.moreMatches(this.results.length - listed.length)}</p>`
            : nothing}`
        : nothing}
    `;
  }

  private _countText(text: string): string {
    if (text.trim() === '' && this.query.trim() === '') return '';
    const total = this.results.length;
    const position = this.currentId === null ? -1 : this.results.findIndex((event) => event.id === this.currentId);
    return this.messages.searchStatus(total, position >= 0 ? position + 1 : null, this.hiddenCount);
  }

  private _onInput = (): void => {
    this._cancelPending();
    this._timer = setTimeout(() => this._send(), DEBOUNCE_MS);
    this.requestUpdate();
  };

  private _onKeyDown = (event: KeyboardEvent): void => {
    if (event.key === 'Enter') {
      event.preventDefault();
      this._flush();
      if (this._sent.trim() !== '') emit(this, 'at-search-next', { direction: event.shiftKey ? -1 : 1 });
    } else if (event.key === 'Escape' && this._input && this._input.value !== '') {
      // Chrome clears type=search on Esc by itself, but not every browser does.
      event.preventDefault();
      event.stopPropagation();
      this._input.value = '';
      this._cancelPending();
      this._send();
    }
  };

  private _pick(id: string): void {
    emit(this, 'at-select', { id });
  }

  private _flush(): void {
    if (this._timer === undefined) return;
    this._cancelPending();
    this._send();
  }

  private _send(): void {
    this._timer = undefined;
    const text = this._input?.value ?? '';
    if (text === this._sent) return;
    this._sent = text;
    emit(this, 'at-search', { query: text });
  }

  private _cancelPending(): void {
    if (this._timer !== undefined) clearTimeout(this._timer);
    this._timer = undefined;
  }
}
