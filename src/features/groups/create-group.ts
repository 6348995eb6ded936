/** Adds a group under `parentId` (or a new root hierarchy), keeping rootId right. */
import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { groups } from '../../db/schema.js';
import { notFound } from '../../platform/errors.js';

export async function createGroup(
  tx: Db,
  tenantId: number,
  name: string,
  parentId: number | null = null,
) {
  let rootId = 0;
  if (parentId !== null) {
    const [parent] = await tx
      .select({ rootId: groups.rootId, tenantId: groups.tenantId })
      .from(groups)
      .where(eq(groups.id, parentId));
    if (!parent || parent.tenantId !== tenantId) throw notFound('group');
    rootId = parent.rootId;
  }
  const [row] = await tx.insert(groups).values({ tenantId, name, parentId, rootId }).returning();
  if (!row) throw new Error('group insert returned nothing');
  if (parentId === null) {
    await tx.update(groups).set({ rootId: row.id }).where(eq(groups.id, row.id));
    return { ...row, rootId: row.id };
  }
  return row;
}
