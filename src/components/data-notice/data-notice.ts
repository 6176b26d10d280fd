import { css, html, LitElement, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { isError, type DataIssue } from '../../model/issues.ts';
import { tokens } from '../../styles/tokens.ts';
import { ENGLISH_NOTICE, type NoticeWords } from '../../i18n/notice-words.ts';

/** What a partly usable dataset lost: issues, and record counts per list. */
export interface DataNoticeReport {
  readonly issues: readonly DataIssue[];
  readonly rejected: { readonly events: number; readonly actors: number; readonly victims: number; readonly subjects?: number; readonly sources: number };
  readonly received: { readonly events: number };
  /** Record path (`/events/3`) → the id written in that record. */
  readonly recordIds: ReadonlyMap<string, string>;
}

const MAX_RECORDS_SHOWN = 20;
/** One sentence for the headline: how many events are missing and how many other problems. */
export function noticeHeadline(report: DataNoticeReport, words: NoticeWords = ENGLISH_NOTICE): string {
  const { events } = report.rejected;
  const others = report.issues.filter((issue) => !(isError(issue) && issue.path.startsWith('/events/'))).length;
  const parts: string[] = [];
  if (events > 0) parts.push(words.eventsNotShown(events, report.received.events));
  const otherRecords = report.rejected.actors + report.rejected.victims + (report.rejected.subjects ?? 0) + report.rejected.sources;
  if (otherRecords > 0) parts.push(words.recordsLeftOut(otherRecords));
  if (parts.length === 0) parts.push(words.problems(others));
  return `${parts.join('; ')}.`;
}

/**
 * The visible notice for a dataset drawn with some records or parts left out: a short headline,
 * announced politely, and the list of records concerned with every reason.
 *
 * @csspart notice - the framed notice
 */
export class AtDataNotice extends LitElement {
  static override styles = [
    tokens,
    css`
      :host { display: block; }
      .notice { border: 2px solid #b54708; background: #fffaeb; color: #4e1d09; border-radius: var(--_radius); padding: 0.6rem 1rem; }
      .headline { margin: 0; font-weight: 600; }
      ul { margin: 0.4rem 0 0; padding-left: 1.25rem; overflow-wrap: anywhere; }
      ul ul { margin: 0; font-family: ui-monospace, SFMono-Regular, Menlo, monospace; font-size: 0.85em; }
      .record { unicode-bidi: isolate; }
      p.more { margin: 0.4rem 0 0; }
    `,
  ];

  @property({ attribute: false }) report: DataNoticeReport | null = null;
  /** The notice's words in the reader's language (the listed issues stay English). */
  @property({ attribute: false }) words: NoticeWords = ENGLISH_NOTICE;

  protected override render() {
    const report = this.report;
    if (!report || report.issues.length === 0) return nothing;
    const groups = groupByRecord(report.issues);
    const shown = groups.slice(0, MAX_RECORDS_SHOWN);
    const hidden = groups.slice(MAX_RECORDS_SHOWN).reduce((sum, group) => sum + group.issues.length, 0);
    const words = this.words;
    return html`<section class="notice" part="notice" aria-label=${words.label}>
      <p class="headline" role="status">${noticeHeadline(report, words)}</p>
      <ul class="records">
        ${shown.map((group) => html`<li>
          <span class="record">${this._label(group.key, report)}</span>${group.rejected ? words.notShown : words.partLeftOut}
          <ul>${group.issues.map((issue) => html`<li>${issue.message}</li>`)}</ul>
        </li>`)}
      </ul>
      ${hidden > 0 ? html`<p class="more">${words.more(hidden)}</p>` : nothing}
    </section>`;
  }

  private _label(key: string, report: DataNoticeReport): string {
    const match = /^\/(\w+)\/(\d+)$/.exec(key);
    if (!match) return key === '' ? this.words.dataset : this.words.field(key);
    const id = report.recordIds.get(key);
    const list = match[1] as keyof NoticeWords['lists'];
    return `${Object.hasOwn(this.words.lists, list) ? this.words.lists[list] : match[1]} ${Number(match[2]) + 1}${id !== undefined ? ` "${id}"` : ''} (${key})`;
  }
}

interface RecordGroup {
  readonly key: string;
  readonly issues: DataIssue[];
  rejected: boolean;
}

/** Issues grouped by the record they are in (`/events/3`), in order of first appearance. */
function groupByRecord(issues: readonly DataIssue[]): RecordGroup[] {
  const groups = new Map<string, RecordGroup>();
  for (const issue of issues) {
    const key = /^\/(actors|victims|subjects|sources|events)\/\d+/.exec(issue.path)?.[0] ?? issue.path.split('/').slice(0, 2).join('/');
    let group = groups.get(key);
    if (!group) {
      group = { key, issues: [], rejected: false };
      groups.set(key, group);
    }
    group.issues.push(issue);
    if (isError(issue)) group.rejected = true;
  }
  return [...groups.values()];
}
