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
