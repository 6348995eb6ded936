/**
 * SQL for the audit log, always within one tenant and cut to what the caller may see: entries
 * about users they can see, about access codes in their groups, and (with full access) every
 * other entry of the tenant.
 */
import { and, asc, desc, eq, gt, inArray, lt, type SQL, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Db } from '../../db/client.js';
import { accessCodes, auditLog, tenants, userGroups, users } from '../../db/schema.js';
import type { TAuditFilters } from './audit.schema.js';

export interface AuditScope {
  tenantId: number;
  /** Groups the caller can access, subtrees included. */
  groupIds: number[];
  /** Access to every root hierarchy: tenant-wide entries (groups, keys, settings) too. */
  fullAccess: boolean;
  timeZone: string;
}

/** The entry's record id as a number, when it is one (null otherwise, never a cast error). */
const subjectId = sql`(case when ${auditLog.entityId} ~ '^[0-9]{1,9}$' then ${auditLog.entityId}::int end)`;

function visibleEntries(scope: AuditScope): SQL {
  if (scope.fullAccess) return sql`true`;
  if (scope.groupIds.length === 0) return sql`false`;
  const userSeen = sql`exists (select 1 from ${userGroups} where ${userGroups.tenantId} = ${scope.tenantId} and ${userGroups.userId} = ${subjectId} and ${inArray(userGroups.groupId, scope.groupIds)})`;
  const codeSeen = sql`exists (select 1 from ${accessCodes} where ${accessCodes.tenantId} = ${scope.tenantId} and ${accessCodes.id} = ${subjectId} and ${inArray(accessCodes.groupId, scope.groupIds)})`;
  return sql`((${auditLog.entityType} = 'user' and ${userSeen}) or (${auditLog.entityType} = 'access_code' and ${codeSeen}))`;
}

const dayStart = (day: string, timeZone: string, plusDays = 0) =>
  sql`((${day}::date + ${plusDays}::int)::timestamp at time zone ${timeZone})`;

export function auditWhere(scope: AuditScope, filters: TAuditFilters): SQL {
  const where: (SQL | undefined)[] = [eq(auditLog.tenantId, scope.tenantId), visibleEntries(scope)];
  if (filters.userId !== undefined)
    where.push(eq(auditLog.entityType, 'user'), eq(auditLog.entityId, String(filters.userId)));
  if (filters.actorId !== undefined) where.push(eq(auditLog.actorId, filters.actorId));
  if (filters.action) where.push(eq(auditLog.action, filters.action));
  if (filters.from)
    where.push(sql`${auditLog.createdAt} >= ${dayStart(filters.from, scope.timeZone)}`);
  if (filters.to)
    where.push(sql`${auditLog.createdAt} < ${dayStart(filters.to, scope.timeZone, 1)}`);
  return and(...where) ?? sql`false`;
}

/** Entry ids grow with time, so "at" orders by id; ties of action are broken by id too. */
export function auditOrder(filters: Pick<TAuditFilters, 'sort' | 'order'>): SQL[] {
  const by = filters.order === 'asc' ? asc : desc;
  return filters.sort === 'action' ? [by(auditLog.action), by(auditLog.id)] : [by(auditLog.id)];
}

const actor = alias(users, 'actor');
const subject = alias(users, 'subject');

const entryColumns = {
  id: auditLog.id,
  at: auditLog.createdAt,
  actorId: auditLog.actorId,
  actorFirstName: actor.firstName,
  actorSurname: actor.surname,
  actorEmail: actor.email,
  action: auditLog.action,
  entityType: auditLog.entityType,
  entityId: auditLog.entityId,
  userId: subject.id,
  userFirstName: subject.firstName,
  userSurname: subject.surname,
  before: auditLog.before,
  after: auditLog.after,
};

export type AuditRow = Awaited<ReturnType<typeof selectAuditPage>>[number];

export function selectAuditPage(
  db: Db,
  tenantId: number,
  where: SQL,
  orderBy: SQL[],
  page: { limit: number; offset: number },
) {
  return db
    .select(entryColumns)
    .from(auditLog)
    .leftJoin(actor, and(eq(actor.tenantId, tenantId), eq(actor.id, auditLog.actorId)))
    .leftJoin(
      subject,
      and(
        eq(auditLog.entityType, 'user'),
        eq(subject.tenantId, tenantId),
        sql`${subject.id} = ${subjectId}`,
      ),
    )
    .where(where)
    .orderBy(...orderBy)
    .limit(page.limit)
    .offset(page.offset);
}

export async function countAudit(db: Db, where: SQL) {
  const [row] = await db.select({ total: sql<number>`count(*)::int` }).from(auditLog).where(where);
  return row?.total ?? 0;
}

/** The next chunk after `afterId` in id order, for the CSV export. */
export function auditChunkAfter(
  db: Db,
  tenantId: number,
  where: SQL,
  order: 'asc' | 'desc',
  afterId: number | null,
  limit: number,
) {
  const next =
    afterId === null
      ? undefined
      : order === 'asc'
        ? gt(auditLog.id, afterId)
        : lt(auditLog.id, afterId);
  return selectAuditPage(
    db,
    tenantId,
    and(where, next) ?? where,
    auditOrder({ sort: 'at', order }),
    {
      limit,
      offset: 0,
    },
  );
}

export async function loadTimeZone(db: Db, tenantId: number) {
  const [row] = await db
    .select({ timeZone: tenants.timeZone })
    .from(tenants)
    .where(eq(tenants.id, tenantId));
  return row?.timeZone ?? 'Europe/London';
}
