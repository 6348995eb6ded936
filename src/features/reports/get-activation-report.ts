/**
 * Account activation report: in a window of days (the tenant's calendar), how many visible
 * users were sent an invitation and how many activated their account, day by day, and how
 * many are still waiting to activate today (the Users grid's Invited count, same groups).
 */
import { type AnyColumn, and, eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { auditLog, users } from '../../db/schema.js';
import { isoDateInZone } from '../../domain/dates.js';
import { visibleUsersWhere } from '../../platform/access.js';
import type { AdminActor } from '../../platform/actor.js';
import { AppError } from '../../platform/errors.js';
import { loadTenantTimeZone } from '../access-codes/access-codes.queries.js';
import { inGroupsWhere, usersGridWhere } from '../users/list-users.js';
import { ACTIVATION_REPORT_MAX_DAYS, type TActivationReportQuery } from './reports.schema.js';

const DAY_MS = 86_400_000;
/** The report's default window: the last 30 days, today included. */
const DEFAULT_DAYS = 30;

const addDays = (iso: string, days: number) =>
  new Date(Date.parse(`${iso}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
const daysBetween = (from: string, to: string) =>
  Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);

export async function getActivationReport(
  db: Db,
  actor: AdminActor,
  query: TActivationReportQuery,
) {
  const timeZone = await loadTenantTimeZone(db, actor.tenantId);
  const to =
    query.to ??
    (query.from ? addDays(query.from, DEFAULT_DAYS - 1) : isoDateInZone(new Date(), timeZone));
  const from = query.from ?? addDays(to, 1 - DEFAULT_DAYS);
  if (daysBetween(from, to) >= ACTIVATION_REPORT_MAX_DAYS)
    throw new AppError('validation_failed', 'Choose a window of at most a year.', 422, {
      to: `The window is at most ${ACTIVATION_REPORT_MAX_DAYS} days.`,
    });
  const scope = and(
    visibleUsersWhere(db, actor),
    await inGroupsWhere(db, actor.tenantId, query.groupId),
  );
  const day = (column: AnyColumn) =>
    sql<string>`to_char((${column} at time zone ${timeZone})::date, 'YYYY-MM-DD')`;
  const inWindow = (column: AnyColumn) =>
    sql`${column} >= (${from}::date::timestamp at time zone ${timeZone}) and ${column} < ((${to}::date + 1)::timestamp at time zone ${timeZone})`;

  const invitedWhere = and(
    eq(auditLog.tenantId, actor.tenantId),
    eq(auditLog.entityType, 'user'),
    eq(auditLog.action, 'invitation_sent'),
    inWindow(auditLog.createdAt),
    scope,
  );
  const [invitations, activations, [pending]] = await Promise.all([
    db
      .select({
        date: day(auditLog.createdAt),
        users: sql<number>`count(distinct ${users.id})::int`,
      })
      .from(auditLog)
      .innerJoin(users, sql`${auditLog.entityId} = ${users.id}::text`)
      .where(invitedWhere)
      .groupBy(sql`1`),
    db
      .select({ date: day(users.activatedAt), users: sql<number>`count(*)::int` })
      .from(users)
      .where(and(inWindow(users.activatedAt), scope))
      .groupBy(sql`1`),
    db
      .select({ n: sql<number>`count(*)::int` })
      .from(users)
      .where(await usersGridWhere(db, actor, { status: 'Invited', groupId: query.groupId })),
  ]);
  const invitedOn = new Map(invitations.map((row) => [row.date, row.users]));
  const activatedOn = new Map(activations.map((row) => [row.date, row.users]));
  const days = Array.from({ length: daysBetween(from, to) + 1 }, (_, i) => {
    const date = addDays(from, i);
    return { date, invited: invitedOn.get(date) ?? 0, activated: activatedOn.get(date) ?? 0 };
  });
  const [invitedInWindow] = await db
    .select({ n: sql<number>`count(distinct ${users.id})::int` })
    .from(auditLog)
    .innerJoin(users, sql`${auditLog.entityId} = ${users.id}::text`)
    .where(invitedWhere);
  return {
    from,
    to,
    invited: invitedInWindow?.n ?? 0,
    activated: activations.reduce((sum, row) => sum + row.users, 0),
    pending: pending?.n ?? 0,
    days,
  };
}
