/**
 * Dataset → spreadsheet CSV, in the columns `fromCsv` reads. A spreadsheet holds less than the
 * JSON format: attributions, disputes, actor and victim details beyond type, ATT&CK id and sector,
 * and source claims are not written (convert to JSON or STIX to keep them).
 */
import type { Actor, Dataset, Victim } from '../model/types.ts';
import { toCsvLine } from './csv.ts';
import { CSV_COLUMNS, escapeValue } from './csv-columns.ts';
import { neutraliseFormula } from './csv-formula.ts';

/** The dataset as CSV text: a header row, then one row per event in dataset order, CRLF line ends. */
export function toCsv(dataset: Dataset): string {
  const actors = new Map(dataset.actors.map((actor) => [actor.id, actor]));
  const victims = new Map(dataset.victims.map((victim) => [victim.id, victim]));
  const sources = new Map(dataset.sources.map((source) => [source.id, source]));
  const lines = [toCsvLine(CSV_COLUMNS.map(([name]) => name))];
  for (const event of dataset.events) {
    const { when } = event;
    const cited = event.sources.map((id) => sources.get(id)!);
    const values: Record<(typeof CSV_COLUMNS)[number][0], string> = {
      id: event.id,
      title: event.title,
      kind: event.kind,
      date: when.isPeriod ? '' : when.start.text,
      start: when.isPeriod ? when.start.text : '',
      end: when.isPeriod ? when.end.text : '',
      open_start: when.openStart ? 'yes' : '',
      approx_days: when.approxDays > 0 ? String(when.approxDays) : '',
      date_note: when.note ?? '',
      description: event.description,
      actors: event.actors.map((id) => escapeValue(actorCell(actors.get(id)!))).join('; '),
      victims: event.victims.map((id) => escapeValue(victimCell(victims.get(id)!))).join('; '),
      techniques: event.techniques.join('; '),
      tlp: event.tlp ?? '',
      reveals: event.reveals.join('; '),
      source_url: cited.map((s) => escapeValue(s.url ?? '')).join('; '),
      source_title: cited.map((s) => escapeValue(s.title)).join('; '),
      source_publisher: cited.map((s) => escapeValue(s.publisher)).join('; '),
      source_date: cited.map((s) => s.date?.text ?? '').join('; '),
      source_kind: cited.map((s) => s.kind).join('; '),
    };
    lines.push(toCsvLine(CSV_COLUMNS.map(([name]) => neutraliseFormula(values[name]))));
  }
  return `${lines.join('\r\n')}\r\n`;
}

function actorCell(actor: Actor): string {
  if (actor.type === 'threat-group' && actor.attackId) return `${actor.name} (${actor.attackId})`;
  return actor.type === 'organization' ? actor.name : `${actor.name} [${actor.type}]`;
}

function victimCell(victim: Victim): string {
  return `${victim.name}${victim.type === 'group' ? ' [group]' : ''} {${victim.sector}}`;
}
