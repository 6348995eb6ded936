/**
 * POST /imports/{id}/commit: queues the commit of a previewed import (or the rest of one that
 * stopped mid-way). Only rows the preview found valid are written.
 */
import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { importRows, imports } from '../../db/schema.js';
import type { AdminActor } from '../../platform/actor.js';
import { AppError } from '../../platform/errors.js';
import { enqueueJob } from '../../platform/jobs/job-queue.js';
import { commitImportJob } from './commit-import.job.js';
import { findVisibleImport } from './imports.queries.js';

export async function startCommit(db: Db, actor: AdminActor, id: number, publicUrl: string) {
  return db.transaction(async (tx) => {
    const found = await findVisibleImport(tx, actor, id);
    const resumable = found.status === 'failed' && found.committedBy !== null;
    if (found.status !== 'previewed' && !resumable)
      throw new AppError(
        'import_not_ready',
        found.status === 'committing' || found.status === 'committed'
          ? 'This file is already being imported or has been imported.'
          : 'The preview of this file is not ready yet. Wait until it is, then import.',
        409,
      );
    const valid = and(
      eq(importRows.importId, id),
      inArray(importRows.verdict, ['create', 'update']),
    );
    const [sizes] = await tx
      .select({
        total: sql<number>`count(*)::int`,
        done: sql<number>`count(${importRows.result})::int`,
      })
      .from(importRows)
      .where(valid);
    const [started] = await tx
      .update(imports)
      .set({
        status: 'committing',
        committedBy: actor.userId,
        error: null,
        done: Number(sizes?.done ?? 0),
        total: Number(sizes?.total ?? 0),
      })
      .where(and(eq(imports.id, id), inArray(imports.status, ['previewed', 'failed'])))
      .returning();
    if (!started)
      throw new AppError('import_not_ready', 'This file is already being imported.', 409);
    await enqueueJob(tx, commitImportJob, { importId: id, tenantId: actor.tenantId, publicUrl });
    return started;
  });
}
