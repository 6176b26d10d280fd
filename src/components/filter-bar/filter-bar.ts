import { html, LitElement, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import type { Actor, Subject, Victim } from '../../model/types.ts';
import { activeChoices, NO_FILTER, type Facet, type FacetCounts, type Filter } from '../../derive/filter.ts';
import { emit } from '../../events.ts';
import { tokens } from '../../styles/tokens.ts';
import { filterBarStyles } from './filter-bar.styles.ts';
import { chipStyles } from './chips.styles.ts';
import { messagesFor, type Messages } from '../../i18n/messages.ts';

interface Option {
  readonly id: string;
  readonly name: string;
}

/**
 * Multi-select filters by actor, by victim and by other organisation named (subjects: neither
 * acting nor targeted), each option with the number of events it would show, chips for the
 * active choices and a clear-all. The subjects drop-down is left out when there are none.
 *
 * @fires at-filter-change - the user changed the filters (detail `{actors, victims, subjects}`)
 * @csspart facet - each drop-down (actors, victims, subjects)
 */
export class AtFilterBar extends LitElement {
  static override styles = [tokens, chipStyles, filterBarStyles];

  @property({ attribute: false }) actors: readonly Actor[] = [];
  @property({ attribute: false }) victims: readonly Victim[] = [];
  /** The options of the subjects facet (see `subjectOptions`). */
  @property({ attribute: false }) subjects: readonly Subject[] = [];
  @property({ attribute: false }) filter: Filter = NO_FILTER;
  @property({ attribute: false }) counts: FacetCounts = { actors: new Map(), victims: new Map(), subjects: new Map() };
  /** The UI text (the shell passes the table of its `locale`). */
  @property({ attribute: false }) messages: Messages = messagesFor('en');

  protected override render() {
    const m = this.messages;
    const active = activeChoices(this.filter, this);
    return html`
      <div class="bar">
        ${this._renderFacet('actors', m.actors, this.actors, this.counts.actors)}
        ${this._renderFacet('victims', m.victims, this.victims, this.counts.victims)}
        ${this.subjects.length > 0 ? this._renderFacet('subjects', m.subjects, this.subjects, this.counts.subjects) : nothing}
        <button type="button" class="clear" ?disabled=${active.length === 0} @click=${this._clearAll}>${m.clearAllFilters}</button>
      </div>
      ${active.length > 0
        ? html`<ul class="chips" aria-label=${m.activeFilters}>
            ${active.map((chip) => html`<li class="chip">
              ${chip.name}
              <button type="button" class="remove" aria-label=${m.removeFilter(chip.name)} @click=${() => this._toggle(chip.facet, chip.id, false)}>✕</button>
            </li>`)}
          </ul>`
        : nothing}
    `;
  }

  private _renderFacet(facet: Facet, title: string, options: readonly Option[], counts: ReadonlyMap<string, number>) {
    const m = this.messages;
    const selected = new Set(this.filter[facet] ?? []);
    const sorted = [...options].sort((a, b) => a.name.localeCompare(b.name, 'en'));
    return html`
      <details part="facet" class="facet-${facet}" @keydown=${this._closeOnEscape}>
        <summary>
          ${title}
          ${selected.size > 0 ? html`<span class="active-count" aria-label=${m.selectedCount(selected.size)}>${selected.size}</span>` : nothing}
        </summary>
        <div class="panel">
          <fieldset>
            <legend>${m.filterBy[facet]}</legend>
            ${sorted.map((option) => {
              const count = counts.get(option.id) ?? 0;
              const checked = selected.has(option.id);
              return html`<label class="option ${count === 0 ? 'empty' : ''}">
                <input
                  type="checkbox"
                  .checked=${checked}
                  ?disabled=${count === 0 && !checked}
                  data-id=${option.id}
                  @change=${(event: Event) => this._toggle(facet, option.id, (event.target as HTMLInputElement).checked)}
                />
                <span class="name">${option.name}</span>
                <span class="count" aria-label=${m.eventsLabel(count)}>${count}</span>
              </label>`;
            })}
          </fieldset>
        </div>
      </details>
    `;
  }

  private _toggle(facet: Facet, id: string, on: boolean): void {
    const current = (this.filter[facet] ?? []).filter((existing) => existing !== id);
    const next: Filter = { ...this.filter, [facet]: on ? [...current, id] : current };
    this.filter = next;
    emit(this, 'at-filter-change', { actors: next.actors, victims: next.victims, subjects: next.subjects ?? [] });
  }

  private _clearAll = (): void => {
    this.filter = NO_FILTER;
    emit(this, 'at-filter-change', { actors: [], victims: [], subjects: [] });
  };

  private _closeOnEscape = (event: KeyboardEvent): void => {
    if (event.key !== 'Escape') return;
    const details = event.currentTarget as HTMLDetailsElement;
    if (!details.open) return;
    details.open = false;
    details.querySelector('summary')?.focus();
    event.stopPropagation();
  };
}
