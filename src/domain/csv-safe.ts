// OWASP "CSV Injection": a spreadsheet treats a cell starting with these as a formula (tab
// and carriage return because some programs skip them before looking for one).
const FORMULA_START = /^[=+\-@\t\r]/;
// A line inside a cell is a cell of its own to any program that splits the file on line
// breaks before reading quotes (and to anyone pasting it), so each line is neutralised too.
const FORMULA_AFTER_BREAK = /(\r\n|\r|\n)(?=[=+\-@\t])/g;

/**
 * Makes a value safe to put in an exported CSV cell: text that a spreadsheet would run as a
 * formula, at the start of the cell or of any line inside it, gets a leading apostrophe, which
 * Excel and LibreOffice show as plain text. Numbers are written as they are (a negative number
 * is not a formula); null and undefined are empty. Quoting for RFC 4180 is the CSV writer's
 * job (src/platform/csv-writer.ts), not this function's.
 */
export function neutraliseCell(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return String(value);
  const lines = value.replace(FORMULA_AFTER_BREAK, "$1'");
  return FORMULA_START.test(lines) ? `'${lines}` : lines;
}

/**
 * The key a CSV column heading is matched by: lower case, with spaces, punctuation and any
 * byte-order mark removed, so "First name", "first_name" and "FIRSTNAME" all read "firstname".
 * Letters and digits of any script are kept.
 */
export function normaliseHeader(name: string): string {
  return name.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
}
