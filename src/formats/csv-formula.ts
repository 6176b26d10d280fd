/**
 * Spreadsheet formula injection (OWASP, "CSV Injection"): a cell that begins with `=`, `+`, `-`,
 * `@`, a tab or a carriage return is run as a formula by Excel, LibreOffice and Google Sheets.
 * `toCsv` writes such a cell with a single quote in front, so it opens as text; `fromCsv` takes
 * that quote off again, so our own CSV reads back as written.
 *
 * White space and quotes before the sign count too (some spreadsheets trim cells, and a value
 * that already starts with a quote gets one more), which makes the two functions exact inverses.
 */
const FORMULA_START = /^[\s']*[=+\-@\t\r]/;
const NEUTRALISED = /^'[\s']*[=+\-@\t\r]/;

/** The cell as `toCsv` writes it: with a leading `'` when a spreadsheet would run it as a formula. */
export function neutraliseFormula(cell: string): string {
  return FORMULA_START.test(cell) ? `'${cell}` : cell;
}

/** The value `neutraliseFormula` was given: removes the quote it added, and nothing else. */
export function restoreFormula(cell: string): string {
  return NEUTRALISED.test(cell) ? cell.slice(1) : cell;
}
