/**
 * The preview: every row of the file through the learner write service's rules, without
 * writing a learner, giving each row its verdict (create, update, unchanged, error) and its
 * problems by column. Chunk by chunk, each recorded with the progress in one transaction;
 * a run after a crash goes on from the rows without a verdict.
 */
import { and, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { type ImportCounts, importRows, imports } from '../../db/schema.js';
import { loadTenantContext } from '../learners/writer/load-write-context.js';
import { checkLearners } from '../learners/writer/write-learners.js';
import { loadImportActor } from './import-actor.js';
import { loadImportLookups } from './import-lookups.js';
import { refreshRowStatistics } from './imports.queries.js';
import { duplicateEmails, nextRows, planChunk } from './plan-chunk.js';
import { errorsByHeader } from './plan-row.js';

const CHUNK = 1000;

interface Verdict {
  id: number;
  verdict: 'create' | 'update' | 'unchanged' | 'error';
  errors: Record<string, string>;
  matchedUserId: number | null;
}

async function saveVerdicts(tx: Db, importId: number, verdicts: Verdict[]) {
  if (verdicts.length === 0) return;
  // One JSON parameter, not a VALUES list of four parameters a row; each row found by its
  // primary key (with fresh statistics: refreshRowStatistics).
  const list = verdicts.map((v) => ({
    id: v.id,
    verdict: v.verdict,
    errors: v.errors,
    matched: v.matchedUserId,
  }));
  await tx.execute(sql`update import_rows as r
    set verdict = v.verdict, errors = v.errors, matched_user_id = v.matched
    from json_to_recordset(${JSON.stringify(list)}::json)
      as v(id bigint, verdict text, errors jsonb, matched int)
    where r.id = v.id and r.import_id = ${importId}`);
}

/** The import's rows counted by verdict. */
export async function countVerdicts(db: Db, importId: number): Promise<ImportCounts> {
  const rows = await db
    .select({ verdict: importRows.verdict, n: sql<number>`count(*)::int` })
    .from(importRows)
    .where(eq(importRows.importId, importId))
    .groupBy(importRows.verdict);
  const counts: ImportCounts = { create: 0, update: 0, unchanged: 0, error: 0 };
  for (const { verdict, n } of rows) if (verdict) counts[verdict] = Number(n);
  return counts;
}

/** Previews the import unless it is already previewed (or further on). */
export async function previewImport(
  db: Db,
  tenantId: number,
  importId: number,
  signal?: AbortSignal,
) {
  const [claimed] = await db
    .update(imports)
    .set({ status: 'previewing', error: null })
    .where(
      and(
        eq(imports.id, importId),
        eq(imports.tenantId, tenantId),
        inArray(imports.status, ['uploaded', 'previewing']),
      ),
    )
    .returning();
  if (!claimed) return;
  await refreshRowStatistics(db);
  const actor = await loadImportActor(db, tenantId, claimed.createdBy);
  const settings = {
    mode: claimed.mode,
    defaultGroupId: claimed.defaultGroupId,
    sendInvitations: claimed.sendInvitations,
    columns: claimed.columns.map((c) => ({ header: c.header, field: c.field as never })),
  };
  const lookups = await loadImportLookups(db, tenantId);
  const tenant = await loadTenantContext(db, tenantId);
  const duplicates = await duplicateEmails(db, importId);
  let afterId = 0;
  for (;;) {
    if (signal?.aborted) throw new Error('stopped between chunks: the try ran out of time');
    const rows = await db.transaction(async (tx) => {
      const chunk = await nextRows(tx, importId, afterId, CHUNK, isNull(importRows.verdict));
      const plans = await planChunk(tx, actor, settings, lookups, duplicates, chunk);
      const writes = plans.flatMap((plan) => (plan.kind === 'error' ? [] : [plan.write]));
      const checked = await checkLearners(tx, actor, writes, { tenant });
      let at = 0;
      const verdicts = chunk.map((row, i): Verdict => {
        const plan = plans[i];
        if (!plan || plan.kind === 'error')
          return {
            id: row.id,
            verdict: 'error',
            errors: plan?.errors ?? {},
            matchedUserId: plan?.matchedUserId ?? null,
          };
        const result = checked[at++];
        if (!result?.ok)
          return {
            id: row.id,
            verdict: 'error',
            errors: errorsByHeader(
              settings.columns,
              result?.fields ?? {},
              result?.error.message ?? 'Refused.',
              lookups,
            ),
            matchedUserId: plan.matchedUserId,
          };
        const verdict = plan.kind === 'update' && !result.changed ? 'unchanged' : plan.kind;
        return { id: row.id, verdict, errors: {}, matchedUserId: plan.matchedUserId };
      });
      await saveVerdicts(tx, importId, verdicts);
      await tx
        .update(imports)
        .set({ done: sql`${imports.done} + ${chunk.length}` })
        .where(eq(imports.id, importId));
      return chunk;
    });
    const last = rows.at(-1);
    if (!last) break;
    afterId = last.id;
  }
  await db
    .update(imports)
    .set({
      status: 'previewed',
      counts: await countVerdicts(db, importId),
      previewedAt: new Date(),
    })
    .where(and(eq(imports.id, importId), eq(imports.status, 'previewing')));
}
