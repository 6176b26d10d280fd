/**
 * TimelineJS's Google Sheet template, downloaded as CSV (columns Year, Month, Day, Time, End Year,
 * End Month, End Day, End Time, Display Date, Headline, Text, Media, Media Credit, Media Caption,
 * Media Thumbnail, Type, Group, Background) → dataset JSON. Each row becomes the slide TimelineJS
 * would make of it (a row of type "title" is the title slide, "era" an era) and is read by the
 * TimelineJS importer, so both forms follow the same rules; problems name the sheet line and column.
 */
import { parseCsv } from './csv.ts';
import { failure, type ImportResult } from './import-helpers.ts';
import { importTimelineJs, type TimelineJsImportOptions, type TimelineJsPlace } from './timelinejs-import.ts';

/** The template's columns, as TimelineJS names them. */
export const TIMELINEJS_SHEET_COLUMNS = [
  'Year', 'Month', 'Day', 'Time', 'End Year', 'End Month', 'End Day', 'End Time', 'Display Date', 'Headline', 'Text',
  'Media', 'Media Credit', 'Media Caption', 'Media Thumbnail', 'Type', 'Group', 'Background',
] as const;

type SheetColumn = (typeof TIMELINEJS_SHEET_COLUMNS)[number];

/** The sheet column of each slide field, for messages. */
const COLUMN_OF_FIELD: Readonly<Record<string, SheetColumn>> = {
  start_date: 'Year', 'start_date/year': 'Year', 'start_date/month': 'Month', 'start_date/day': 'Day',
  'start_date/hour': 'Time', 'start_date/minute': 'Time', 'start_date/second': 'Time',
  end_date: 'End Year', 'end_date/year': 'End Year', 'end_date/month': 'End Month', 'end_date/day': 'End Day',
  'end_date/hour': 'End Time', 'end_date/minute': 'End Time', 'end_date/second': 'End Time',
  'text/headline': 'Headline', 'text/text': 'Text', 'media/url': 'Media',
};

/**
 * Whether CSV text starts with the template's header: "Year" and "Headline" columns and none of
 * the dataset spreadsheet's date columns (date, start), whatever the case and spacing.
 */
export function isTimelineJsSheet(text: string): boolean {
  const newline = text.indexOf('\n');
  const parsed = parseCsv(newline === -1 ? text : text.slice(0, newline));
  if (!parsed.ok || parsed.rows.length === 0) return false;
  const names = new Set(parsed.rows[0]!.cells.map(columnKey));
  return names.has('year') && names.has('headline') && !names.has('date') && !names.has('start');
}

/** Reads the template's CSV. Never throws. */
export function fromTimelineJsSheet(text: string, options: TimelineJsImportOptions = {}): ImportResult {
  const parsed = parseCsv(text);
  if (!parsed.ok) return failure(`line ${parsed.line}`, undefined, 'well-formed CSV', parsed.message.replace(/^line \d+: /, ''));
  const [header, ...rows] = parsed.rows;
  if (!header) return failure('line 1', '', 'the TimelineJS sheet header (Year, Month, Day, …, Headline, Text, Media, …)', 'the file is empty');
  const warnings: string[] = [];
  const columns = new Map<SheetColumn, number>();
  header.cells.forEach((name, index) => {
    const column = TIMELINEJS_SHEET_COLUMNS.find((known) => columnKey(known) === columnKey(name));
    if (column === undefined) warnings.push(`Column "${name}" is not one of the TimelineJS sheet's; it was ignored.`);
    else if (!columns.has(column)) columns.set(column, index);
  });

  let title: Record<string, unknown> | undefined;
  const events: Record<string, unknown>[] = [];
  const eras: Record<string, unknown>[] = [];
  const lines = { events: [] as number[], eras: [] as number[] };
  for (const row of rows) {
    const cell = (column: SheetColumn) => {
      const index = columns.get(column);
      return index === undefined ? '' : (row.cells[index] ?? '').trim();
    };
    const slide = {
      start_date: { year: cell('Year'), month: cell('Month'), day: cell('Day'), ...timeParts(cell('Time')) },
      ...(cell('End Year') ? { end_date: { year: cell('End Year'), month: cell('End Month'), day: cell('End Day'), ...timeParts(cell('End Time')) } } : {}),
      display_date: cell('Display Date'),
      text: { headline: cell('Headline'), text: cell('Text') },
      media: { url: cell('Media'), credit: cell('Media Credit'), caption: cell('Media Caption'), thumbnail: cell('Media Thumbnail') },
      group: cell('Group'),
    };
    const type = cell('Type').toLowerCase();
    if (type === 'title' && title === undefined) {
      title = slide;
    } else if (type === 'era') {
      eras.push(slide);
      lines.eras.push(row.line);
    } else {
      if (type === 'title') warnings.push(`Line ${row.line} is a second "title" row; it is read as an ordinary slide (TimelineJS does the same).`);
      events.push(slide);
      lines.events.push(row.line);
    }
  }
  const place: TimelineJsPlace = (list, index, field) => {
    const column = field === undefined ? undefined : COLUMN_OF_FIELD[field];
    return `line ${lines[list][index] ?? header.line + 1}${column ? `, column "${column}"` : ''}`;
  };
  return importTimelineJs({ ...(title ? { title } : {}), events, eras }, options, place, warnings);
}

/**
 * A sheet's time of day ("6:45", "18:45:56", "6:45 PM") → TimelineJS's hour, minute and second.
 * Text that is not a time is passed on as the hour, so the importer names the cell.
 */
function timeParts(text: string): { hour?: string; minute?: string; second?: string } {
  if (text === '') return {};
  const lower = text.toLowerCase();
  const meridiem = lower.endsWith('am') ? 'am' : lower.endsWith('pm') ? 'pm' : undefined;
  const parts = (meridiem ? lower.slice(0, -2) : lower).trim().split(':');
  const numeric = parts.length <= 3 && parts.every((part) => part.length >= 1 && part.length <= 2 && [...part].every((c) => c >= '0' && c <= '9'));
  if (!numeric) return { hour: text };
  let hour = Number(parts[0]);
  if (meridiem) {
    if (hour < 1 || hour > 12) return { hour: text };
    hour = (hour % 12) + (meridiem === 'pm' ? 12 : 0);
  }
  return { hour: String(hour), ...(parts[1] !== undefined ? { minute: parts[1] } : {}), ...(parts[2] !== undefined ? { second: parts[2] } : {}) };
}

/** A header name compared without case, surrounding spaces or the difference between spaces and underscores. */
function columnKey(name: string): string {
  return name.trim().toLowerCase().split(/[\s_]+/).join(' ');
}
