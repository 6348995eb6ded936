/** SQL of the programmes set-up, every statement scoped by tenant. */
import { and, eq, inArray, ne, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { programmeGroups, programmes, users } from '../../db/schema.js';

/** The programme `id` of the tenant with every group offering it, or null; locked with `lock`. */
export async function loadProgramme(db: Db, tenantId: number, id: number, lock = false) {
  const query = db
    .select()
    .from(programmes)
    .where(and(eq(programmes.tenantId, tenantId), eq(programmes.id, id)));
  const [row] = lock ? await query.for('update') : await query;
  if (!row) return null;
  const links = await db
    .select({ groupId: programmeGroups.groupId })
    .from(programmeGroups)
    .where(and(eq(programmeGroups.tenantId, tenantId), eq(programmeGroups.programmeId, id)));
  return { row, groupIds: links.map((link) => link.groupId).sort((a, b) => a - b) };
}

/** Learners on each programme (as programme or target programme), archived included. */
export async function countLearners(db: Db, tenantId: number, ids: readonly number[]) {
  const counts = new Map<number, number>();
  if (ids.length === 0) return counts;
  const rows = await db
    .select({ id: programmes.id, n: sql<number>`count(${users.id})::int` })
    .from(programmes)
    .innerJoin(
      users,
      and(
        eq(users.tenantId, programmes.tenantId),
        sql`(${users.programmeId} = ${programmes.id} or ${users.targetProgrammeId} = ${programmes.id})`,
      ),
    )
    .where(and(eq(programmes.tenantId, tenantId), inArray(programmes.id, [...ids])))
    .groupBy(programmes.id);
  for (const row of rows) counts.set(row.id, Number(row.n));
  return counts;
}

/** Another programme of the tenant called `name` (without regard to case). */
export async function programmeNamed(db: Db, tenantId: number, name: string, exceptId = 0) {
  const [row] = await db
    .select({ id: programmes.id })
    .from(programmes)
    .where(
      and(
        eq(programmes.tenantId, tenantId),
        sql`lower(${programmes.name}) = lower(${name})`,
        ne(programmes.id, exceptId),
      ),
    );
  return row ?? null;
}

/** Makes `groupIds` the groups offering the programme. */
export async function replaceOffers(
  tx: Db,
  tenantId: number,
  programmeId: number,
  groupIds: readonly number[],
) {
  await tx
    .delete(programmeGroups)
    .where(
      and(eq(programmeGroups.tenantId, tenantId), eq(programmeGroups.programmeId, programmeId)),
    );
  if (groupIds.length > 0)
    await tx
      .insert(programmeGroups)
      .values(groupIds.map((groupId) => ({ tenantId, programmeId, groupId })));
}
