/**
 * Spreadsheet CSV (one row per event, columns in csv-columns.ts) → dataset JSON. Actors, victims
 * and sources are gathered from the cells by name or link, so the same name on two rows is one
 * actor. Every problem names the line and column to fix.
 */
import { createIssue, type DataIssue } from '../model/issues.ts';
import { ACTOR_TYPES, EVENT_KINDS, SOURCE_KINDS, VICTIM_TYPES, type ActorType, type EventKind, type SourceKind } from '../model/types.ts';
import { parseCsv, type CsvRow } from './csv.ts';
import { restoreFormula } from './csv-formula.ts';
import { normaliseHeader, parseNamedEntry, splitAligned, splitCell, type CsvColumn } from './csv-columns.ts';
import type { ActorJson, DatasetJson, EventJson, SourceJson, VictimJson } from './dataset-json.ts';
import { cleanText, createIdAllocator, finishImport, isHttpUrl, slugify, type ImportResult } from './import-helpers.ts';
import { parseTlp } from './tlp.ts';

export interface CsvImportOptions {
  /** Dataset title; "Imported timeline" when absent. */
  readonly title?: string;
  readonly description?: string;
}

/** Reads spreadsheet CSV text. Never throws. */
export function fromCsv(text: string, options: CsvImportOptions = {}): ImportResult {
  const parsed = parseCsv(text);
  if (!parsed.ok) return { ok: false, issues: [createIssue(`line ${parsed.line}`, undefined, 'well-formed CSV', parsed.message.replace(/^line \d+: /, ''))] };
  const [header, ...rows] = parsed.rows;
  if (!header) return { ok: false, issues: [createIssue('line 1', '', 'a header row naming the columns (title, date, description, source_url…)', 'the file is empty')] };

  const issues: DataIssue[] = [];
  const warnings: string[] = [];
  const columns = new Map<CsvColumn, number>();
  header.cells.forEach((name, index) => {
    const column = normaliseHeader(name);
    if (column === undefined) warnings.push(`Column "${name}" is not one attack-timeline reads; it was ignored.`);
    else if (columns.has(column)) issues.push(createIssue(`line ${header.line}`, name, 'each column once', `column "${column}" appears twice`));
    else columns.set(column, index);
  });
  for (const required of ['title', 'description'] as const) {
    if (!columns.has(required)) issues.push(createIssue(`line ${header.line}`, header.cells.join(','), `a "${required}" column`, `the header has no "${required}" column`));
  }
  if (!columns.has('date') && !columns.has('start')) issues.push(createIssue(`line ${header.line}`, header.cells.join(','), 'a "date" column, or "start" and "end"', 'the header has no date columns'));
  if (!columns.has('source_url') && !columns.has('source_title')) issues.push(createIssue(`line ${header.line}`, header.cells.join(','), 'a "source_url" column', 'the header has no source columns; every event needs a source'));
  if (issues.length > 0) return { ok: false, issues };
  if (!columns.has('kind')) warnings.push('No "kind" column: every event is an "activity".');

  const actors = new Map<string, ActorJson & { line: number }>();
  const victims = new Map<string, VictimJson & { line: number }>();
  const sources = new Map<string, SourceJson & { line: number }>();
  const events: (EventJson & { line: number })[] = [];
  const allocateEvent = createIdAllocator();
  const allocateSource = createIdAllocator();
  const rowLines: number[] = [];

  for (const row of rows) {
    const cell = (column: CsvColumn) => {
      const index = columns.get(column);
      return index === undefined ? '' : restoreFormula((row.cells[index] ?? '').trim());
    };
    const at = (column: string) => `line ${row.line}, column "${column}"`;
    const problem = (column: string, value: unknown, expected: string, detail?: string) => issues.push(createIssue(at(column), value, expected, detail));

    const title = cleanText(cell('title'), 300);
    if (!title) {
      problem('title', '', 'a title', 'every row needs a title');
      continue;
    }
    const kindText = cell('kind').toLowerCase() || (columns.has('kind') ? '' : 'activity');
    if (!(EVENT_KINDS as readonly string[]).includes(kindText)) problem('kind', cell('kind'), `one of ${EVENT_KINDS.join(', ')}`);
    const description = cleanText(cell('description'), 10_000);
    if (!description) problem('description', '', 'a description', 'every row needs a description');

    const eventActors = splitCell(cell('actors')).map((entry) => addActor(entry, row, actors, (detail, value) => problem('actors', value, 'a name, optionally "(G0045)" or "[type]"', detail)));
    const eventVictims = splitCell(cell('victims')).map((entry) => addVictim(entry, row, victims, (detail, value) => problem('victims', value, 'a name, optionally "[group]" and "{sector}"', detail)));

    const urls = splitAligned(cell('source_url'));
    const titles = splitAligned(cell('source_title'));
    const publishers = splitAligned(cell('source_publisher'));
    const dates = splitAligned(cell('source_date'));
    const kinds = splitAligned(cell('source_kind'));
    const count = Math.max(urls.length, titles.length);
    if (count === 0) problem('source_url', '', 'at least one source link', 'every event needs a source');
    const eventSources: string[] = [];
    for (let i = 0; i < count; i++) {
      const url = urls[i];
      if (url !== undefined && !isHttpUrl(url)) {
        problem('source_url', url, 'an absolute http: or https: address');
        continue;
      }
      if (url === undefined && titles[i] === undefined) {
        problem('source_url', cell('source_url'), 'a link or a title for each source', `source ${i + 1} of this row has neither`);
        continue;
      }
      const key = url ?? `title:${titles[i]}`;
      const known = sources.get(key);
      if (known) {
        eventSources.push(known.id);
        continue;
      }
      const sourceTitle = cleanText(titles[i] ?? url ?? '', 500);
      const kind = (kinds[i] ?? 'news').toLowerCase();
      if (!(SOURCE_KINDS as readonly string[]).includes(kind)) problem('source_kind', kinds[i], `one of ${SOURCE_KINDS.join(', ')}`);
      const source: SourceJson & { line: number } = {
        id: allocateSource(slugify(sourceTitle, 'source')),
        title: sourceTitle,
        publisher: cleanText(publishers[i] ?? (url ? new URL(url).hostname.replace(/^www\./, '') : 'not stated'), 300),
        ...(dates[i] ? { date: dates[i] } : {}),
        ...(url ? { url } : {}),
        kind: kind as SourceKind,
        claims: [`Cited for: ${title}`],
        line: row.line,
      };
      sources.set(key, source);
      eventSources.push(source.id);
    }

    const approx = cell('approx_days');
    const tlpText = cell('tlp');
    const tlp = parseTlp(tlpText);
    if (tlpText && !tlp) problem('tlp', tlpText, 'clear, green, amber, amber+strict or red');
    const openStart = cell('open_start').toLowerCase();
    if (openStart && !['yes', 'no', 'true', 'false', 'y', 'n', '1', '0'].includes(openStart)) problem('open_start', cell('open_start'), 'yes or no');
    const when = cell('date')
      ? { date: cell('date'), ...(approx ? { approxDays: Number(approx) } : {}) }
      : { start: cell('start'), end: cell('end'), ...(['yes', 'true', 'y', '1'].includes(openStart) ? { openStart: true } : {}) };
    if (!cell('date') && (!cell('start') || !cell('end'))) problem(cell('start') ? 'end' : 'date', '', 'a date, or a start and an end', 'the row has no date');

    const id = allocateEvent(cell('id') || slugify(title, 'event'));
    rowLines.push(row.line);
    events.push({
      id,
      title,
      kind: kindText as EventKind,
      ...when,
      ...(cell('date_note') ? { dateNote: cleanText(cell('date_note'), 1000) } : {}),
      description,
      actors: [...new Set(eventActors.filter((a): a is string => a !== undefined))],
      victims: [...new Set(eventVictims.filter((v): v is string => v !== undefined))],
      sources: [...new Set(eventSources)],
      ...(splitCell(cell('reveals')).length > 0 ? { reveals: splitCell(cell('reveals')) } : {}),
      ...(splitCell(cell('techniques').replaceAll(',', ';')).length > 0 ? { techniques: splitCell(cell('techniques').replaceAll(',', ';')).map((t) => t.toUpperCase()) } : {}),
      ...(tlp ? { tlp } : {}),
      line: row.line,
    });
  }
  if (rows.length === 0) issues.push(createIssue(`line ${header.line + 1}`, '', 'at least one event row', 'the file has a header but no rows'));
  if (issues.length > 0) return { ok: false, issues };

  const strip = <T extends { line: number }>({ line: _line, ...rest }: T) => rest;
  const json: DatasetJson = {
    version: 1,
    title: cleanText(options.title ?? 'Imported timeline', 300),
    ...(options.description ? { description: options.description } : {}),
    actors: [...actors.values()].map(strip),
    victims: [...victims.values()].map(strip),
    sources: [...sources.values()].map(strip),
    events: events.map(strip),
  };
  const lineOf = { actors: [...actors.values()].map((a) => a.line), victims: [...victims.values()].map((v) => v.line), sources: [...sources.values()].map((s) => s.line), events: rowLines };
  const csvColumn: Record<string, string> = { dateNote: 'date_note', approxDays: 'approx_days', openStart: 'open_start' };
  return finishImport(json, warnings, (path) => {
    const match = /^\/(events|actors|victims|sources)\/(\d+)(?:\/([^/]+))?/.exec(path);
    if (!match) return undefined;
    const line = lineOf[match[1] as keyof typeof lineOf][Number(match[2])];
    if (line === undefined) return undefined;
    const field = match[3];
    const column = match[1] === 'events' ? (field ? csvColumn[field] ?? field : undefined) : match[1] === 'sources' ? `source_${field ?? 'url'}` : match[1];
    return column ? `line ${line}, column "${column}"` : `line ${line}`;
  });
}

function addActor(entry: string, row: CsvRow, actors: Map<string, ActorJson & { line: number }>, problem: (detail: string, value: string) => void): string | undefined {
  const { name: nameText, attackId, type: typeText } = parseNamedEntry(entry);
  const name = cleanText(nameText, 200);
  if (!name) {
    problem('an actor needs a name', entry);
    return undefined;
  }
  if (typeText && !(ACTOR_TYPES as readonly string[]).includes(typeText)) {
    problem(`"${typeText}" is not an actor type (${ACTOR_TYPES.join(', ')})`, entry);
    return undefined;
  }
  const type = (typeText ?? (attackId ? 'threat-group' : 'organization')) as ActorType;
  const id = slugify(name, 'actor');
  const known = actors.get(id);
  if (known) {
    if ((typeText && known.type !== type) || (attackId && known.attackId && known.attackId !== attackId)) {
      problem(`"${name}" was given as ${known.type}${known.attackId ? ` (${known.attackId})` : ''} on line ${known.line}`, entry);
    }
    if (attackId && !known.attackId) actors.set(id, { ...known, attackId, type: typeText ? type : 'threat-group' });
    return id;
  }
  actors.set(id, { id, name, type, ...(attackId ? { attackId } : {}), line: row.line });
  return id;
}

function addVictim(entry: string, row: CsvRow, victims: Map<string, VictimJson & { line: number }>, problem: (detail: string, value: string) => void): string | undefined {
  const parsed = parseNamedEntry(entry);
  const name = cleanText(parsed.name, 300);
  const typeText = parsed.type;
  const sector = parsed.sector?.trim();
  if (!name) {
    problem('a victim needs a name', entry);
    return undefined;
  }
  if (typeText && !(VICTIM_TYPES as readonly string[]).includes(typeText)) {
    problem(`"${typeText}" is not a victim type (${VICTIM_TYPES.join(', ')})`, entry);
    return undefined;
  }
  const id = slugify(name, 'victim');
  const known = victims.get(id);
  if (known) {
    if (sector && known.sector === 'not stated') victims.set(id, { ...known, sector });
    return id;
  }
  victims.set(id, { id, name, type: typeText === 'group' ? 'group' : 'organization', sector: sector ? cleanText(sector, 200) : 'not stated', line: row.line });
  return id;
}
