/**
 * Reads an uploaded CSV file as Excel and LibreOffice write it (CONTRACT.md "CSV in"), streamed
 * from the spooled file so memory does not grow with it: the encoding from the BOM, else UTF-8
 * when the bytes are valid UTF-8, else Windows-1252; the delimiter (comma, semicolon or tab)
 * from the header line; CRLF, LF or CR line ends (csv-parse finds them). Rows that are empty or
 * hold only empty cells are skipped but still counted, so a row's number is the one a
 * spreadsheet shows (the header is row 1).
 */
import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { parse } from 'csv-parse';
import iconv from 'iconv-lite';
import { AppError } from '../../platform/errors.js';

export type CsvEncoding = 'utf8' | 'utf16le' | 'utf16be' | 'win1252';

/** What spooling the upload learned about its bytes (spool-upload.ts). */
export interface FileFacts {
  size: number;
  /** The first bytes of the file (up to 4). */
  head: Buffer;
  validUtf8: boolean;
  hasNul: boolean;
}

export const unreadable = (message: string) => new AppError('invalid_file', message, 422);

/** The file's encoding: a BOM says it; else valid UTF-8 is UTF-8; else Windows-1252. */
export function detectEncoding(facts: FileFacts): CsvEncoding {
  const [a, b, c] = facts.head;
  if (a === 0xef && b === 0xbb && c === 0xbf) return 'utf8';
  if (a === 0xff && b === 0xfe) return 'utf16le';
  if (a === 0xfe && b === 0xff) return 'utf16be';
  if (facts.hasNul)
    throw unreadable(
      'This file is not a CSV file (it holds binary data). If it is an Excel workbook, save it as "CSV (comma delimited)" and upload that.',
    );
  return facts.validUtf8 ? 'utf8' : 'win1252';
}

const DELIMITERS = [',', ';', '\t'] as const;
export type Delimiter = (typeof DELIMITERS)[number];

/** The delimiter the header line uses most, counting outside quotes. */
export function sniffDelimiter(headerLine: string): Delimiter {
  const counts = new Map<string, number>();
  let quoted = false;
  for (const char of headerLine) {
    if (char === '"') quoted = !quoted;
    else if (!quoted) counts.set(char, (counts.get(char) ?? 0) + 1);
  }
  let best: Delimiter = ',';
  for (const delimiter of DELIMITERS)
    if ((counts.get(delimiter) ?? 0) > (counts.get(best) ?? 0)) best = delimiter;
  return best;
}

const HEAD_BYTES = 64 * 1024;

/** The first line of the file with text on it, decoded. */
async function firstLine(path: string, encoding: CsvEncoding) {
  const handle = await open(path, 'r');
  try {
    const buffer = Buffer.alloc(HEAD_BYTES);
    const { bytesRead } = await handle.read(buffer, 0, HEAD_BYTES, 0);
    const text = iconv.decode(buffer.subarray(0, bytesRead), encoding);
    return text.split(/\r\n|\r|\n/).find((line) => line.trim() !== '') ?? '';
  } finally {
    await handle.close();
  }
}

/** One record of the file: its row number and its cells, trimmed. */
export interface CsvRecord {
  line: number;
  cells: string[];
}

// Control characters no text file holds (tab, CR and LF aside): their presence means binary.
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding them is the point
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f]/;

/**
 * The records of the file, header first, each with its row number; rows with no value at all
 * are left out. Throws invalid_file (422) when the file cannot be read as CSV.
 */
export async function* readCsv(path: string, facts: FileFacts): AsyncGenerator<CsvRecord> {
  if (facts.size === 0)
    throw unreadable('The file is empty. Add a header row and one row a learner.');
  const encoding = detectEncoding(facts);
  const header = await firstLine(path, encoding);
  if (CONTROL.test(header))
    throw unreadable(
      'This file is not a CSV file (it holds binary data). Save it as CSV and upload that.',
    );
  const parser = createReadStream(path)
    .pipe(iconv.decodeStream(encoding))
    .pipe(parse({ delimiter: sniffDelimiter(header), relax_column_count: true, bom: true }));
  let line = 0;
  try {
    for await (const record of parser as AsyncIterable<string[]>) {
      line += 1;
      const cells = record.map((cell) => cell.trim());
      if (cells.every((cell) => cell === '')) continue;
      if (cells.some((cell) => CONTROL.test(cell)))
        throw unreadable(
          `Row ${line} holds characters a CSV file cannot (binary data). Save the file as CSV and upload that.`,
        );
      yield { line, cells };
    }
  } catch (error) {
    if (error instanceof AppError) throw error;
    const reason = error instanceof Error ? error.message : String(error);
    throw unreadable(`The file could not be read as CSV after row ${line}: ${reason}`);
  }
}
