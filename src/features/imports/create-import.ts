/**
 * Upload users, first step: reads the spooled file (streamed), matches its header, and stores
 * the import with one row a line, then queues the preview. A file that cannot be read, is
 * empty, has no header or lacks a mandatory column is refused with one 422 and nothing is
 * written: the rows go in with the import in one transaction.
 */
import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { insertRows } from '../../db/insert-rows.js';
import { importRows, imports } from '../../db/schema.js';
import { emailKey } from '../../domain/email.js';
import type { AdminActor } from '../../platform/actor.js';
import { AppError, assert, forbidden } from '../../platform/errors.js';
import { enqueueJob } from '../../platform/jobs/job-queue.js';
import { canCreateLearner } from '../learners/learners.policy.js';
import { type ImportColumn, matchColumns } from './import-columns.js';
import { previewImportJob } from './preview-import.job.js';
import { type FileFacts, readCsv, unreadable } from './read-csv.js';
import { importLimits } from './spool-upload.js';

export type ImportMode = 'create' | 'update' | 'upsert';

export interface NewImport {
  path: string;
  facts: FileFacts;
  fileName: string;
  mode: ImportMode;
  defaultGroupId: number | null;
  sendInvitations: boolean;
}

const CHUNK = 1000;

/** The row's cells by header, left out when empty. */
export function cellsByHeader(columns: ImportColumn[], cells: string[]) {
  const values: Record<string, string> = {};
  for (const [i, column] of columns.entries()) {
    const cell = cells[i];
    if (cell) values[column.header] = cell;
  }
  return values;
}

/** Stores the import and its rows and queues the preview; answers the import's id and size. */
export async function createImport(db: Db, actor: AdminActor, upload: NewImport) {
  assert(
    canCreateLearner(actor),
    forbidden('Only administrators with access to a group can upload learners.'),
  );
  if (upload.defaultGroupId !== null)
    assert(
      actor.accessibleGroupIds.has(upload.defaultGroupId),
      new AppError('validation_failed', 'Choose a default group you can access.', 422, {
        defaultGroupId: 'Choose a group you can access.',
      }),
    );
  const records = readCsv(upload.path, upload.facts);
  const first = await records.next();
  if (first.done) throw unreadable('The file is empty. Add a header row and one row a learner.');
  const columns = matchColumns(first.value.cells, upload.mode);
  const emailHeader = columns.find((column) => column.field === 'email')?.header;

  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(imports)
      .values({
        tenantId: actor.tenantId,
        createdBy: actor.userId,
        fileName: upload.fileName.slice(0, 255),
        mode: upload.mode,
        defaultGroupId: upload.defaultGroupId,
        sendInvitations: upload.sendInvitations,
        columns,
      })
      .returning({ id: imports.id });
    if (!row) throw new Error('the import was not written');
    let batch: (typeof importRows.$inferInsert)[] = [];
    let total = 0;
    const flush = async () => {
      await insertRows(tx, importRows, batch);
      batch = [];
    };
    for await (const record of records) {
      const values = cellsByHeader(columns, record.cells);
      const email = emailHeader ? values[emailHeader] : undefined;
      batch.push({
        tenantId: actor.tenantId,
        importId: row.id,
        line: record.line,
        values,
        emailKey: email ? emailKey(email) : null,
      });
      total += 1;
      if (batch.length >= CHUNK) await flush();
    }
    await flush();
    if (total === 0) throw unreadable('The file has a header row but no learners under it.');
    await tx.update(imports).set({ total }).where(eq(imports.id, row.id));
    // A small file is previewed during the upload request; its job waits a minute in case that
    // request dies, and then finds the preview done (or finishes it).
    const runAt = new Date(Date.now() + (total <= importLimits.inlinePreviewRows ? 60_000 : 0));
    await enqueueJob(
      tx,
      previewImportJob,
      { importId: row.id, tenantId: actor.tenantId },
      { runAt },
    );
    return { id: row.id, total };
  });
}
