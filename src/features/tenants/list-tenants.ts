/** Platform support's list of every tenant, with how many administrators and users each has. */
import { asc, count, eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { tenants, users } from '../../db/schema.js';
import type { SupportActor } from '../../platform/actor.js';

export async function listTenants(db: Db, _actor: SupportActor) {
  const rows = await db
    .select({
      id: tenants.id,
      slug: tenants.slug,
      name: tenants.name,
      createdAt: tenants.createdAt,
      users: count(users.id),
      administrators: sql<number>`count(${users.id}) filter (where ${users.type} = 'admin' and coalesce(${users.adminRole}, 'standard') <> 'support')`,
    })
    .from(tenants)
    .leftJoin(users, eq(users.tenantId, tenants.id))
    .groupBy(tenants.id)
    .orderBy(asc(tenants.slug));
  const items = rows.map((row) => ({
    ...row,
    users: Number(row.users),
    administrators: Number(row.administrators),
    createdAt: row.createdAt.toISOString(),
  }));
  return { items, total: items.length };
}
