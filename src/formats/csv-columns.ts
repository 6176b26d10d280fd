/**
 * The spreadsheet shape: one row per event, these columns (header names are matched without
 * regard to case, spaces or underscores). Cells that hold several values separate them with `;`
 * (write `\;` for a semicolon inside one value).
 */
export const CSV_COLUMNS = [
  ['id', 'Event id; made from the title when empty'],
  ['title', 'Required'],
  ['kind', 'One of the event kinds; "activity" when the column is absent'],
  ['date', 'A partial date (YYYY, YYYY-MM, YYYY-MM-DD, YYYY-early|mid|late, YYYY-spring…); or use start and end'],
  ['start', 'Start of a period'],
  ['end', 'End of a period'],
  ['open_start', '"yes" when the period may have begun earlier ("at least since")'],
  ['approx_days', '± days around a day-precision date'],
  ['date_note', 'Anything subtle about the date'],
  ['description', 'Required'],
  ['actors', 'Names, `;`-separated. "APT10 (G0045)" makes a threat group with its ATT&CK id; a type in brackets sets any other: "US DOJ [government]"'],
  ['victims', 'Names, `;`-separated; "[group]" marks an unnamed or collective victim; "Ericsson {Telecom equipment}" gives the sector'],
  ['techniques', 'ATT&CK technique ids, `;`-separated (T1190; T1003.001)'],
  ['tlp', 'clear, green, amber, amber+strict or red'],
  ['reveals', 'Ids of the events this publication made public, `;`-separated'],
  ['source_url', 'Source links, `;`-separated; every row needs at least one source'],
  ['source_title', 'Titles in the same order (the link is used when empty)'],
  ['source_publisher', 'Publishers in the same order (the web site when empty)'],
  ['source_date', 'Publication dates in the same order'],
  ['source_kind', 'Source kinds in the same order (news when empty)'],
] as const;

export type CsvColumn = (typeof CSV_COLUMNS)[number][0];

/** Header text → column name ("Source URL" → source_url); undefined for a column we do not read. */
export function normaliseHeader(header: string): CsvColumn | undefined {
  const key = header.trim().toLowerCase().replace(/[\s-]+/g, '_');
  const aliases: Record<string, CsvColumn> = { headline: 'title', text: 'description', type: 'kind', source: 'source_url', url: 'source_url', link: 'source_url' };
  const known = CSV_COLUMNS.find(([name]) => name === key)?.[0];
  return known ?? aliases[key];
}

/** Splits a multi-value cell on `;` (or line breaks), trimming and dropping empty parts; `\;` is a literal `;`. */
export function splitCell(cell: string | undefined): string[] {
  return splitEscaped(cell ?? '', /[;\n]/).map((part) => part.trim()).filter((part) => part !== '');
}

/** Escapes `;` in one value of a multi-value cell. */
export function escapeValue(value: string): string {
  return value.replaceAll('\\', '\\\\').replaceAll(';', '\\;');
}

function splitEscaped(cell: string, separator: RegExp): string[] {
  const parts: string[] = [];
  let current = '';
  for (let i = 0; i < cell.length; i++) {
    const char = cell[i]!;
    if (char === '\\' && (cell[i + 1] === ';' || cell[i + 1] === '\\')) {
      current += cell[++i];
    } else if (separator.test(char)) {
      parts.push(current);
      current = '';
    } else {
      current += char;
    }
  }
  parts.push(current);
  return parts;
}

/** Splits a cell on `;` keeping empty positions, for columns aligned with another ("a; ; c"). */
export function splitAligned(cell: string | undefined): (string | undefined)[] {
  if (!cell || cell.trim() === '') return [];
  return splitEscaped(cell, /;/).map((part) => part.trim() || undefined);
}

/** One name in an `actors` or `victims` cell, with the parts written after it. */
export interface NamedEntry {
  readonly name: string;
  /** From "(G0045)", before or after the other parts; the first one given wins. */
  readonly attackId?: string;
  /** From "[government]": lower-case letters and hyphens. */
  readonly type?: string;
  /** From "{IT services}". */
  readonly sector?: string;
}

/**
 * Reads `Name (G0045) [type] {sector} (G0045)`, every part after the name optional, in that
 * order, with any white space between. The parts are taken off the end one at a time, so the
 * work is linear in the entry's length; text that does not fit a part stays in the name.
 */
export function parseNamedEntry(entry: string): NamedEntry {
  let rest = entry.trimEnd();
  const takeGroupId = (): string | undefined => {
    const id = rest.slice(-7);
    if (!(id.length === 7 && id.startsWith('(G') && id.endsWith(')') && everyChar(id.slice(2, 6), (c) => c >= 0x30 && c <= 0x39))) return undefined;
    rest = rest.slice(0, -7).trimEnd();
    return id.slice(1, 6);
  };
  // A sector cannot hold "}", so it opens at the first "{" after the "}" before the last one.
  const takeSector = (): string | undefined => {
    if (!rest.endsWith('}')) return undefined;
    const open = rest.indexOf('{', rest.lastIndexOf('}', rest.length - 2) + 1);
    if (open === -1 || open === rest.length - 1) return undefined;
    const sector = rest.slice(open + 1, -1);
    rest = rest.slice(0, open).trimEnd();
    return sector;
  };
  const takeType = (): string | undefined => {
    if (!rest.endsWith(']')) return undefined;
    const open = rest.lastIndexOf('[');
    const type = open === -1 ? '' : rest.slice(open + 1, -1);
    if (type === '' || !everyChar(type, (c) => (c >= 0x61 && c <= 0x7a) || c === 0x2d)) return undefined;
    rest = rest.slice(0, open).trimEnd();
    return type;
  };
  const lastId = takeGroupId();
  const sector = takeSector();
  const type = takeType();
  const attackId = takeGroupId() ?? lastId;
  return {
    name: rest,
    ...(attackId !== undefined ? { attackId } : {}),
    ...(type !== undefined ? { type } : {}),
    ...(sector !== undefined ? { sector } : {}),
  };
}

function everyChar(text: string, test: (code: number) => boolean): boolean {
  for (let i = 0; i < text.length; i++) if (!test(text.charCodeAt(i))) return false;
  return true;
}
