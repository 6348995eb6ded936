/** The Users grid: the caller's visible users, filtered, sorted and paged. */
import { and, asc, desc, eq, exists, inArray, ne, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { userGroups, users } from '../../db/schema.js';
import { expandSubtrees } from '../../domain/group-tree.js';
import { visibleUsersWhere } from '../../platform/access.js';
import type { Actor, AdminActor } from '../../platform/actor.js';
import { loadGroups } from '../groups/groups.queries.js';
import { loadGroupLinks, presentUser } from './present-user.js';
import type { TListUsersQuery } from './users.schema.js';

const sortColumns = {
  name: [sql`lower(${users.surname})`, sql`lower(${users.firstName})`, users.id],
  email: [sql`lower(${users.email})`, users.id],
  type: [users.type, sql`lower(${users.surname})`, users.id],
  status: [users.subscriptionStatus, sql`lower(${users.surname})`, users.id],
  createdAt: [users.createdAt, users.id],
  id: [users.id],
} as const;

const escapeLike = (value: string) => value.replace(/[\\%_]/g, (char) => `\\${char}`);

/** Users in the given groups or below them (the grid's `groupId` filter); undefined for none. */
export async function inGroupsWhere(db: Db, tenantId: number, groupIds: number[] | undefined) {
  if (!groupIds?.length) return undefined;
  const wanted = [...expandSubtrees(await loadGroups(db, tenantId), groupIds)];
  return exists(
    db
      .select({ one: sql`1` })
      .from(userGroups)
      .where(and(eq(userGroups.userId, users.id), inArray(userGroups.groupId, wanted))),
  );
}

type GridFilters = Partial<
  Pick<TListUsersQuery, 'q' | 'email' | 'type' | 'status' | 'caseOwnerId' | 'groupId'>
>;

/** The Users grid's filters: also what its reports count, so both agree. */
export async function usersGridWhere(db: Db, actor: Actor, query: GridFilters) {
  const where: (SQL | undefined)[] = [visibleUsersWhere(db, actor)];
  if (query.q) {
    const pattern = `%${escapeLike(query.q.toLowerCase())}%`;
    where.push(
      sql`(lower(${users.firstName} || ' ' || ${users.surname}) like ${pattern} or lower(coalesce(${users.email}, '')) like ${pattern} or lower(coalesce(${users.preferredName}, '')) like ${pattern})`,
    );
  }
  if (query.email) where.push(sql`lower(${users.email}) = ${query.email.toLowerCase()}`);
  if (query.type) where.push(eq(users.type, query.type));
  where.push(
    query.status
      ? eq(users.subscriptionStatus, query.status)
      : ne(users.subscriptionStatus, 'Archived'),
  );
  if (query.caseOwnerId) where.push(eq(users.caseOwnerId, query.caseOwnerId));
  where.push(await inGroupsWhere(db, actor.tenantId, query.groupId));
  return and(...where);
}

export async function listUsers(db: Db, actor: AdminActor, query: TListUsersQuery) {
  const where = await usersGridWhere(db, actor, query);
  const direction = query.order === 'desc' ? desc : asc;
  const [rows, [count]] = await Promise.all([
    db
      .select()
      .from(users)
      .where(where)
      .orderBy(...sortColumns[query.sort].map((column) => direction(column)))
      .limit(query.pageSize)
      .offset((query.page - 1) * query.pageSize),
    db.select({ total: sql<number>`count(*)::int` }).from(users).where(where),
  ]);
  const links = await loadGroupLinks(
    db,
    rows.map((row) => row.id),
  );
  return {
    items: rows.map((row) => presentUser(actor, row, links.get(row.id) ?? [])),
    total: count?.total ?? 0,
    page: query.page,
    pageSize: query.pageSize,
  };
}

/** The ids of every visible user the Users grid's filters match (a bulk action's "all of them"). */
export async function listVisibleUserIds(
  db: Db,
  actor: AdminActor,
  query: GridFilters,
  limit: number,
): Promise<number[]> {
  const where = await usersGridWhere(db, actor, query);
  const rows = await db
    .select({ id: users.id })
    .from(users)
    .where(where)
    .orderBy(users.id)
    .limit(limit);
  return rows.map((row) => row.id);
}
