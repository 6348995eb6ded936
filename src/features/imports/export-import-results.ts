/**
 * "Export results": the file's own rows, its own columns, plus Status and Reason, streamed a
 * chunk at a time through the one CSV writer (BOM, CRLF, formula injection neutralised).
 */
import { pipeline, Readable, type Transform } from 'node:stream';
import { and, asc, eq, gt } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { importRows } from '../../db/schema.js';
import type { AdminActor } from '../../platform/actor.js';
import { csvWriter } from '../../platform/csv-writer.js';
import { findVisibleImport } from './imports.queries.js';

const CHUNK = 2000;

const STATUS: Record<string, string> = {
  created: 'Created',
  updated: 'Updated',
  unchanged: 'Unchanged',
  failed: 'Not imported',
  skipped: 'Not imported',
};
const VERDICT: Record<string, string> = {
  create: 'Will be created',
  update: 'Will be updated',
  unchanged: 'Unchanged',
  error: 'Not imported',
};

const reasonOf = (errors: Record<string, string>) =>
  Object.entries(errors)
    .map(([header, message]) => `${header}: ${message}`)
    .join(' ');

export async function exportImportResults(
  db: Db,
  actor: AdminActor,
  id: number,
  options: { onError?: (error: Error) => void } = {},
): Promise<{ fileName: string; csv: Transform }> {
  const found = await findVisibleImport(db, actor, id);
  const headers = found.columns.map((c) => c.header);
  const columns = [
    ...headers.map((header, i) => ({ key: `c${i}`, header })),
    { key: 'status', header: 'Status' },
    { key: 'reason', header: 'Reason' },
  ];
  async function* records() {
    let afterId = 0;
    for (;;) {
      const rows = await db
        .select()
        .from(importRows)
        .where(
          and(
            eq(importRows.importId, found.id),
            eq(importRows.tenantId, found.tenantId),
            gt(importRows.id, afterId),
          ),
        )
        .orderBy(asc(importRows.id))
        .limit(CHUNK);
      for (const row of rows) {
        const record: Record<string, string> = {};
        headers.forEach((header, i) => {
          record[`c${i}`] = row.values[header] ?? '';
        });
        record.status = row.result
          ? (STATUS[row.result] ?? row.result)
          : row.verdict === 'unchanged'
            ? 'Unchanged'
            : (VERDICT[row.verdict ?? 'error'] ?? '');
        record.reason = row.reason ?? reasonOf(row.errors);
        yield record;
      }
      const last = rows.at(-1);
      if (!last) return;
      afterId = last.id;
    }
  }
  const csv = csvWriter(columns);
  pipeline(Readable.from(records()), csv, (error) => {
    if (error && (error as NodeJS.ErrnoException).code !== 'ERR_STREAM_PREMATURE_CLOSE')
      options.onError?.(error);
  });
  const base = found.fileName.replace(/\.csv$/i, '').replace(/[^A-Za-z0-9 ._-]/g, '_') || 'import';
  return { fileName: `${base}-results.csv`, csv };
}
