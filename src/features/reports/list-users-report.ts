/**
 * Users report: the users the Users grid lists for the same filters (so its total is the
 * grid's), each with their groups and the dates of their account: created, last invited,
 * activated, subscription end.
 */
import { and, asc, eq, inArray, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { auditLog, users } from '../../db/schema.js';
import type { AdminActor } from '../../platform/actor.js';
import { usersGridWhere } from '../users/list-users.js';
import { loadGroupLinks } from '../users/present-user.js';
import type { TUsersReportQuery } from './reports.schema.js';

type Filters = Pick<TUsersReportQuery, 'groupId' | 'type' | 'status'>;
type UserRow = typeof users.$inferSelect;

const byName = [sql`lower(${users.surname})`, sql`lower(${users.firstName})`, users.id];

/** When each user was last sent an invitation. */
async function lastInvitations(db: Db, tenantId: number, userIds: number[]) {
  if (userIds.length === 0) return new Map<number, Date>();
  const rows = await db
    .select({ entityId: auditLog.entityId, at: sql<string>`max(${auditLog.createdAt})` })
    .from(auditLog)
    .where(
      and(
        eq(auditLog.tenantId, tenantId),
        eq(auditLog.entityType, 'user'),
        eq(auditLog.action, 'invitation_sent'),
        inArray(auditLog.entityId, userIds.map(String)),
      ),
    )
    .groupBy(auditLog.entityId);
  return new Map(rows.map((row) => [Number(row.entityId), new Date(row.at)]));
}

/** The report's rows for a page (or a chunk of the CSV) of users. */
export async function presentReportRows(db: Db, tenantId: number, rows: UserRow[]) {
  const ids = rows.map((row) => row.id);
  const [links, invited] = await Promise.all([
    loadGroupLinks(db, ids),
    lastInvitations(db, tenantId, ids),
  ]);
  return rows.map((row) => ({
    id: row.id,
    name: `${row.firstName} ${row.surname}`,
    email: row.email,
    type: row.type,
    subscriptionStatus: row.subscriptionStatus,
    groups: (links.get(row.id) ?? []).map((group) => group.name),
    createdAt: row.createdAt.toISOString(),
    invitedAt: invited.get(row.id)?.toISOString() ?? null,
    activatedAt: row.activatedAt?.toISOString() ?? null,
    subscriptionEndsOn: row.subscriptionEndsOn,
  }));
}

/** A page of the report's users in name order: by offset, or after a row (the CSV's chunks). */
export async function selectReportUsers(
  db: Db,
  where: SQL | undefined,
  page: { limit: number; offset?: number; after?: UserRow },
) {
  const after = page.after
    ? sql`(lower(${users.surname}), lower(${users.firstName}), ${users.id}) > (lower(${page.after.surname}), lower(${page.after.firstName}), ${page.after.id})`
    : undefined;
  return db
    .select()
    .from(users)
    .where(and(where, after))
    .orderBy(...byName.map((column) => asc(column)))
    .limit(page.limit)
    .offset(page.offset ?? 0);
}

export async function listUsersReport(db: Db, actor: AdminActor, query: TUsersReportQuery) {
  const where = await usersReportWhere(db, actor, query);
  const [rows, [count]] = await Promise.all([
    selectReportUsers(db, where, {
      limit: query.pageSize,
      offset: (query.page - 1) * query.pageSize,
    }),
    db.select({ total: sql<number>`count(*)::int` }).from(users).where(where),
  ]);
  return {
    items: await presentReportRows(db, actor.tenantId, rows),
    total: count?.total ?? 0,
    page: query.page,
    pageSize: query.pageSize,
  };
}

export const usersReportWhere = (db: Db, actor: AdminActor, filters: Filters) =>
  usersGridWhere(db, actor, {
    groupId: filters.groupId,
    type: filters.type,
    status: filters.status,
  });
