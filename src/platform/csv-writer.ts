/**
 * The one way Roster writes CSV (CONTRACT.md "CSV out"): RFC 4180 with a UTF-8 BOM and CRLF,
 * every field holding a CR, LF, comma or quote quoted, and every text cell neutralised against
 * formula injection at its start and after each line break inside it. A test refuses any other
 * use of csv-stringify, so a new export cannot forget these rules.
 */
import { type Stringifier, stringify } from 'csv-stringify';
import { neutraliseCell } from '../domain/csv-safe.js';

export function csvWriter(columns: readonly { key: string; header: string }[]): Stringifier {
  return stringify({
    bom: true,
    header: true,
    columns: [...columns],
    record_delimiter: 'windows',
    // csv-stringify quotes on these today; said here so a change of default cannot unquote them.
    quoted_match: /[\r\n,"]/,
    cast: { string: (value) => neutraliseCell(value) },
  });
}
