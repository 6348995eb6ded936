/** Groups of one tenant, and which of them an administrator holds. */
import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { adminGroupAccess, groups } from '../../db/schema.js';
import type { GroupNode } from '../../domain/group-tree.js';

export async function loadGroups(
  db: Db,
  tenantId: number,
): Promise<(GroupNode & { version: number })[]> {
  return db
    .select({
      id: groups.id,
      parentId: groups.parentId,
      rootId: groups.rootId,
      name: groups.name,
      version: groups.version,
    })
    .from(groups)
    .where(eq(groups.tenantId, tenantId));
}

export async function loadAccessGrants(db: Db, adminId: number) {
  const rows = await db
    .select({ groupId: adminGroupAccess.groupId })
    .from(adminGroupAccess)
    .where(eq(adminGroupAccess.adminId, adminId));
  return rows.map((row) => row.groupId);
}
