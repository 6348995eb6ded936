/**
 * The Access codes grid as a CSV file: the same filters, sort and columns, plus Date expired.
 * Written by the shared CSV writer (RFC 4180, BOM, CRLF, quoting, formula neutralising), dates
 * dd/mm/yyyy in the tenant's time zone. Rows are read in chunks by id and streamed, so
 * 100,000 codes never sit in memory as rows and no transaction stays open while a slow client reads.
 */
import { pipeline, Readable } from 'node:stream';
import type { Db } from '../../db/client.js';
import { accessCodeStatus, type TAccessCodeStatus } from '../../domain/access-code.js';
import { formatUkDate } from '../../domain/dates.js';
import type { AdminActor } from '../../platform/actor.js';
import { csvWriter } from '../../platform/csv-writer.js';
import { accessCodeScope } from './access-code-scope.js';
import {
  type AccessCodeRow,
  accessCodesOrder,
  accessCodesWhere,
  selectAccessCodeIds,
  selectAccessCodesByIds,
} from './access-codes.queries.js';
import type { TAccessCodeFilters } from './access-codes.schema.js';

export const EXPORT_FILENAME = 'roster-access-codes.csv';

const CHUNK = 2000;

export const STATUS_LABELS: Record<TAccessCodeStatus, string> = {
  Activated: 'Activated',
  NotActivated: 'Not activated',
  Expired: 'Expired',
  Revoked: 'Revoked',
};

const COLUMNS = [
  { key: 'code', header: 'Code' },
  { key: 'status', header: 'Status' },
  { key: 'registeredEmail', header: 'Registered email' },
  { key: 'description', header: 'Description' },
  { key: 'group', header: 'Group' },
  { key: 'issued', header: 'Date issued' },
  { key: 'activated', header: 'Date activated' },
  { key: 'creatorEmail', header: 'Creator email' },
  { key: 'expired', header: 'Date expired' },
] as const;

type CsvRecord = Record<(typeof COLUMNS)[number]['key'], string>;

function toRecord(row: AccessCodeRow, now: Date, timeZone: string): CsvRecord {
  return {
    code: row.code,
    status: STATUS_LABELS[accessCodeStatus(row, now)],
    registeredEmail: row.registeredEmail ?? '',
    description: row.description ?? '',
    group: row.groupName ?? '',
    issued: formatUkDate(row.issuedAt, timeZone),
    activated: formatUkDate(row.activatedAt, timeZone),
    creatorEmail: row.creatorEmail ?? '',
    expired: formatUkDate(row.expiresAt, timeZone),
  };
}

/** Resolves once the matching ids are known (so a bad query is still an HTTP error), then streams. */
export async function exportAccessCodes(
  db: Db,
  actor: AdminActor,
  filters: TAccessCodeFilters,
  options: { now?: Date; onError?: (error: Error) => void } = {},
) {
  const now = options.now ?? new Date();
  const scope = await accessCodeScope(db, actor, filters.groupId, now);
  const ids = await selectAccessCodeIds(
    db,
    accessCodesWhere(scope, filters),
    accessCodesOrder(filters, now),
  );

  async function* records() {
    for (let start = 0; start < ids.length; start += CHUNK) {
      const chunk = ids.slice(start, start + CHUNK);
      const rows = new Map(
        (await selectAccessCodesByIds(db, scope.tenantId, chunk)).map((row) => [row.id, row]),
      );
      for (const id of chunk) {
        const row = rows.get(id);
        if (row) yield toRecord(row, now, scope.timeZone);
      }
    }
  }

  const csv = csvWriter(COLUMNS);
  // pipeline destroys both ends when the client goes away, which ends the generator too.
  return pipeline(Readable.from(records()), csv, (error) => {
    if (error && error.code !== 'ERR_STREAM_PREMATURE_CLOSE') options.onError?.(error);
  });
}
