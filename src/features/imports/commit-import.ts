/**
 * Import (after the preview): writes the valid rows in batches through `writeLearners`, each
 * batch in one transaction with the rows' results and the progress, so a crash leaves no
 * half-written row and the next run goes on from the rows without a result, creating nothing
 * twice. Every row is planned and checked again at the time of writing. Created learners are
 * invited (through the outbox) when the upload asked for it. One audit entry for the import;
 * the writer adds one a learner.
 */
import { and, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { auditLog, type ImportCounts, importRows, imports } from '../../db/schema.js';
import { analyzeGrownTables } from '../../db/statistics.js';
import type { AdminActor } from '../../platform/actor.js';
import { withIdentityKeys } from '../../platform/identity-conflict.js';
import { sendInvitation } from '../invitations/send-invitation.js';
import { loadTenantContext, type TenantContext } from '../learners/writer/load-write-context.js';
import { writeLearners } from '../learners/writer/write-learners.js';
import { loadImportActor } from './import-actor.js';
import { loadImportLookups } from './import-lookups.js';
import { refreshRowStatistics } from './imports.queries.js';
import { duplicateEmails, nextRows, planChunk } from './plan-chunk.js';
import { errorsByHeader, type ImportSettings } from './plan-row.js';

/** Rows a batch (one transaction); tests make it smaller to crash between batches. */
export const commitLimits = { batchRows: 1000 };

/** Test hook: runs inside each batch's transaction after its writes (a throw rolls it back). */
export const commitHooks: { afterBatch?: (importId: number, batch: number) => void } = {};

type Result = 'created' | 'updated' | 'unchanged' | 'failed';

interface RowResult {
  id: number;
  result: Result;
  userId: number | null;
  reason: string | null;
}

async function saveResults(tx: Db, importId: number, results: RowResult[]) {
  if (results.length === 0) return;
  // One JSON parameter, each row found by its primary key (see saveVerdicts).
  const list = results.map((r) => ({
    id: r.id,
    result: r.result,
    uid: r.userId,
    reason: r.reason,
  }));
  await tx.execute(sql`update import_rows as r
    set result = v.result, result_user_id = v.uid, reason = v.reason
    from json_to_recordset(${JSON.stringify(list)}::json)
      as v(id bigint, result text, uid int, reason text)
    where r.id = v.id and r.import_id = ${importId} and r.result is null`);
}

const reasonOf = (errors: Record<string, string>) =>
  Object.entries(errors)
    .map(([header, message]) => `${header}: ${message}`)
    .join(' ');

async function commitBatch(
  tx: Db,
  actor: AdminActor,
  settings: ImportSettings,
  context: {
    lookups: Awaited<ReturnType<typeof loadImportLookups>>;
    duplicates: Map<string, number[]>;
    tenant: TenantContext;
    publicUrl: string;
    importId: number;
  },
  rows: Awaited<ReturnType<typeof nextRows>>,
) {
  const plans = await planChunk(tx, actor, settings, context.lookups, context.duplicates, rows);
  const writes = plans.flatMap((plan) => (plan.kind === 'error' ? [] : [plan.write]));
  const written = await writeLearners(tx, actor, writes, { tenant: context.tenant });
  const results: RowResult[] = [];
  let at = 0;
  for (const [i, row] of rows.entries()) {
    const plan = plans[i];
    if (!plan || plan.kind === 'error') {
      results.push({
        id: row.id,
        result: 'failed',
        userId: null,
        reason: reasonOf(plan?.errors ?? {}),
      });
      continue;
    }
    const outcome = written[at++];
    if (!outcome?.ok) {
      const errors = errorsByHeader(
        settings.columns,
        outcome?.fields ?? {},
        outcome?.error.message ?? 'Refused.',
        context.lookups,
      );
      results.push({
        id: row.id,
        result: 'failed',
        userId: plan.matchedUserId,
        reason: reasonOf(errors),
      });
    } else if (plan.kind === 'create' && outcome.user) {
      if (settings.sendInvitations)
        await sendInvitation(tx, actor, outcome.user, context.publicUrl);
      results.push({ id: row.id, result: 'created', userId: outcome.user.id, reason: null });
    } else {
      results.push({
        id: row.id,
        result: outcome.user ? 'updated' : 'unchanged',
        userId: plan.matchedUserId,
        reason: null,
      });
    }
  }
  await saveResults(tx, context.importId, results);
}

/** What the import did, counted from the rows' results (preview errors count as errors). */
async function countResults(db: Db, importId: number): Promise<ImportCounts> {
  const rows = await db
    .select({
      verdict: importRows.verdict,
      result: importRows.result,
      n: sql<number>`count(*)::int`,
    })
    .from(importRows)
    .where(eq(importRows.importId, importId))
    .groupBy(importRows.verdict, importRows.result);
  const counts: ImportCounts = { create: 0, update: 0, unchanged: 0, error: 0 };
  for (const { verdict, result, n } of rows) {
    const key =
      result === 'created'
        ? 'create'
        : result === 'updated'
          ? 'update'
          : result === 'unchanged'
            ? 'unchanged'
            : result === 'failed'
              ? 'error'
              : verdict === 'unchanged'
                ? 'unchanged'
                : 'error';
    counts[key] += Number(n);
  }
  return counts;
}

/** Runs (or resumes) the commit of an import in status committing. */
export async function commitImport(
  db: Db,
  tenantId: number,
  importId: number,
  publicUrl: string,
  signal?: AbortSignal,
) {
  const [stored] = await db
    .select()
    .from(imports)
    .where(
      and(
        eq(imports.id, importId),
        eq(imports.tenantId, tenantId),
        eq(imports.status, 'committing'),
      ),
    );
  if (!stored) return;
  await refreshRowStatistics(db);
  const actor = await loadImportActor(db, tenantId, stored.committedBy ?? stored.createdBy);
  const settings: ImportSettings = {
    mode: stored.mode,
    defaultGroupId: stored.defaultGroupId,
    sendInvitations: stored.sendInvitations,
    columns: stored.columns.map((c) => ({ header: c.header, field: c.field as never })),
  };
  const context = {
    lookups: await loadImportLookups(db, tenantId),
    // Loaded once for the whole import, not a batch at a time (the keys in use still are).
    tenant: await loadTenantContext(db, tenantId),
    duplicates: await duplicateEmails(db, importId),
    publicUrl,
    importId,
  };
  const pending = and(inArray(importRows.verdict, ['create', 'update']), isNull(importRows.result));
  let afterId = 0;
  for (let batch = 1; ; batch++) {
    // A try past its time stops between batches; the next try goes on from here.
    if (signal?.aborted) throw new Error('stopped between batches: the try ran out of time');
    const rows = await withIdentityKeys(() =>
      db.transaction(async (tx) => {
        const chunk = await nextRows(tx, importId, afterId, commitLimits.batchRows, pending, true);
        if (chunk.length === 0) return chunk;
        await commitBatch(tx, actor, settings, context, chunk);
        await tx
          .update(imports)
          .set({ done: sql`least(${imports.done} + ${chunk.length}, ${imports.total})` })
          .where(eq(imports.id, importId));
        commitHooks.afterBatch?.(importId, batch);
        return chunk;
      }),
    );
    const last = rows.at(-1);
    if (!last) break;
    afterId = last.id;
  }
  // The learners, their keys and groups grew by up to the whole file: the next import's lookups
  // (and the grid) are planned for their new size (src/db/statistics.ts).
  await analyzeGrownTables(db, ['users', 'identity_keys', 'user_groups']);
  await db.transaction(async (tx) => {
    // Rows another try still holds (skipped above) must be done before the import is.
    const [left] = await tx
      .select({ n: sql<number>`count(*)::int` })
      .from(importRows)
      .where(and(eq(importRows.importId, importId), pending));
    if (Number(left?.n ?? 0) > 0) throw new Error('rows are still being written by another try');
    const counts = await countResults(tx, importId);
    const [finished] = await tx
      .update(imports)
      .set({ status: 'committed', counts, committedAt: new Date() })
      .where(and(eq(imports.id, importId), eq(imports.status, 'committing')))
      .returning();
    if (!finished) return;
    await tx.insert(auditLog).values({
      tenantId,
      actorId: actor.userId,
      action: 'learners_imported',
      entityType: 'import',
      entityId: String(importId),
      after: { fileName: finished.fileName, mode: finished.mode, counts },
    });
  });
}
