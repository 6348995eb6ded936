/** One import, and the import history of the tenant, as the administrator may see them. */
import { count, desc, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { imports, programmes, users } from '../../db/schema.js';
import type { AdminActor } from '../../platform/actor.js';
import { normaliseHeader } from './import-columns.js';
import { findVisibleImport, type ImportRow, visibleImportsWhere } from './imports.queries.js';
import type { TImport } from './imports.schema.js';

async function names(db: Db, ids: number[]) {
  if (ids.length === 0) return new Map<number, string>();
  const rows = await db
    .select({ id: users.id, firstName: users.firstName, surname: users.surname })
    .from(users)
    .where(inArray(users.id, ids));
  return new Map(rows.map((r) => [r.id, `${r.firstName} ${r.surname}`.trim()]));
}

/** The tenant's custom field labels, compared as headers are: their columns are not unknown. */
async function customLabels(db: Db, tenantId: number) {
  const rows = await db
    .select({ fields: programmes.customFields })
    .from(programmes)
    .where(eq(programmes.tenantId, tenantId));
  return new Set(rows.flatMap((r) => r.fields.map((field) => normaliseHeader(field.label))));
}

function present(row: ImportRow, who: Map<number, string>, custom: Set<string>): TImport {
  return {
    id: row.id,
    fileName: row.fileName,
    mode: row.mode,
    status: row.status,
    counts: row.counts,
    done: row.done,
    total: row.total,
    createdAt: row.createdAt.toISOString(),
    error: row.error,
    sendInvitations: row.sendInvitations,
    defaultGroupId: row.defaultGroupId,
    unknownColumns: row.columns
      .filter((c) => c.field === null && !custom.has(normaliseHeader(c.header)))
      .map((c) => c.header),
    createdBy: { id: row.createdBy, name: who.get(row.createdBy) ?? '' },
  };
}

export async function getImport(db: Db, actor: AdminActor, id: number): Promise<TImport> {
  const row = await findVisibleImport(db, actor, id);
  return present(row, await names(db, [row.createdBy]), await customLabels(db, actor.tenantId));
}

/** Newest first. */
export async function listImports(
  db: Db,
  actor: AdminActor,
  query: { page: number; pageSize: number },
) {
  const where = visibleImportsWhere(db, actor);
  const rows = await db
    .select()
    .from(imports)
    .where(where)
    .orderBy(desc(imports.createdAt), desc(imports.id))
    .limit(query.pageSize)
    .offset((query.page - 1) * query.pageSize);
  const [total] = await db.select({ n: count() }).from(imports).where(where);
  const who = await names(db, [...new Set(rows.map((r) => r.createdBy))]);
  const custom = await customLabels(db, actor.tenantId);
  return {
    items: rows.map((row) => present(row, who, custom)),
    total: Number(total?.n ?? 0),
    page: query.page,
    pageSize: query.pageSize,
  };
}
