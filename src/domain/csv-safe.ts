// OWASP "CSV Injection": a spreadsheet treats a cell starting with these as a formula (tab
// and carriage return because some programs skip them before looking for one).
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * Makes a value safe to put in an exported CSV cell: text that a spreadsheet would run as a
 * formula gets a leading apostrophe, which Excel and LibreOffice show as plain text. Numbers
 * are written as they are (a negative number is not a formula); null and undefined are empty.
 * Quoting for RFC 4180 is the CSV writer's job, not this function's.
 */
export function neutraliseCell(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return String(value);
  return FORMULA_START.test(value) ? `'${value}` : value;
}

/**
 * The key a CSV column heading is matched by: lower case, with spaces, punctuation and any
 * byte-order mark removed, so "First name", "first_name" and "FIRSTNAME" all read "firstname".
 * Letters and digits of any script are kept.
 */
export function normaliseHeader(name: string): string {
  return name.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
}
