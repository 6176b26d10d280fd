/** RFC 4180 CSV reading and writing, small enough not to need a dependency. */

/** One record of a CSV file with the line it starts on (1-based, as a spreadsheet shows it). */
export interface CsvRow {
  readonly line: number;
  readonly cells: readonly string[];
}

export type CsvParseResult =
  | { readonly ok: true; readonly rows: readonly CsvRow[] }
  | { readonly ok: false; readonly line: number; readonly message: string };

/**
 * Splits CSV text into rows of cells. Accepts `,` separators, `"`-quoted cells with `""` for a
 * quote, line breaks inside quotes, CRLF or LF, and a leading byte-order mark. Blank lines are
 * skipped. An unterminated quote is an error naming the line it opened on.
 */
export function parseCsv(text: string): CsvParseResult {
  const input = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const rows: CsvRow[] = [];
  let cells: string[] = [];
  let cell = '';
  let line = 1;
  let rowLine = 1;
  let i = 0;
  let quoted = false;
  let quoteLine = 0;
  const endRow = () => {
    cells.push(cell);
    if (cells.length > 1 || cells[0] !== '') rows.push({ line: rowLine, cells });
    cells = [];
    cell = '';
  };
  while (i < input.length) {
    const char = input[i]!;
    if (quoted) {
      if (char === '"') {
        if (input[i + 1] === '"') {
          cell += '"';
          i += 2;
          continue;
        }
        quoted = false;
      } else {
        if (char === '\n') line++;
        cell += char;
      }
      i++;
      continue;
    }
    if (char === '"' && cell === '') {
      quoted = true;
      quoteLine = line;
    } else if (char === ',') {
      cells.push(cell);
      cell = '';
    } else if (char === '\n' || char === '\r') {
      endRow();
      if (char === '\r' && input[i + 1] === '\n') i++;
      line++;
      rowLine = line;
    } else {
      cell += char;
    }
    i++;
  }
  if (quoted) return { ok: false, line: quoteLine, message: `line ${quoteLine}: a quoted cell is never closed (missing ")` };
  if (cell !== '' || cells.length > 0) endRow();
  return { ok: true, rows };
}

/**
 * One CSV line (no line break) from cells, quoting those that need it. A `;` is quoted too: where
 * a spreadsheet takes `;` as the separator (many European locales), an unquoted `a;=1+1` would
 * start a new cell with a formula.
 */
export function toCsvLine(cells: readonly string[]): string {
  return cells.map((cell) => (/[",;\r\n]/.test(cell) || /^\s|\s$/.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell)).join(',');
}
