/**
 * "Due to expire": the users the caller can see whose subscription end date falls in a window,
 * soonest first, as a list page or a CSV file of them all (the FAQ's "which accounts are about
 * to expire"). Expired and Archived users are past it and left out. Walks the
 * (tenant_id, subscription_ends_on) index.
 */
import { pipeline, Readable } from 'node:stream';
import { and, asc, between, gt, inArray, or, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { users } from '../../db/schema.js';
import { formatUkDate } from '../../domain/dates.js';
import { SUBSCRIPTION_STATUS_LABELS } from '../../domain/subscription.js';
import { visibleUsersWhere } from '../../platform/access.js';
import type { AdminActor } from '../../platform/actor.js';
import { csvWriter } from '../../platform/csv-writer.js';
import { loadGroupLinks, presentUser } from '../users/present-user.js';
import type { TDueToExpireQuery } from './due-to-expire.schema.js';
import { EXPIRING_STATUSES } from './expire-due-accounts.js';

export const DUE_TO_EXPIRE_FILENAME = 'roster-due-to-expire.csv';
const CHUNK = 2000;

const dueWhere = (db: Db, actor: AdminActor, window: { from: string; to: string }) =>
  and(
    visibleUsersWhere(db, actor),
    between(users.subscriptionEndsOn, window.from, window.to),
    inArray(users.subscriptionStatus, EXPIRING_STATUSES),
  );

export async function listDueToExpire(db: Db, actor: AdminActor, query: TDueToExpireQuery) {
  const where = dueWhere(db, actor, query);
  const direction = query.order === 'desc' ? sql`desc` : sql`asc`;
  const [rows, [count]] = await Promise.all([
    db
      .select()
      .from(users)
      .where(where)
      .orderBy(sql`${users.subscriptionEndsOn} ${direction}`, asc(users.id))
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

const COLUMNS = [
  { key: 'name', header: 'Name' },
  { key: 'email', header: 'Email' },
  { key: 'type', header: 'Type' },
  { key: 'status', header: 'Status' },
  { key: 'groups', header: 'Groups' },
  { key: 'endsOn', header: 'End date' },
] as const;

/** Every user in the window as CSV, read in keyset chunks (end date, id) and streamed. */
export function exportDueToExpire(
  db: Db,
  actor: AdminActor,
  window: { from: string; to: string },
  onError: (error: Error) => void,
) {
  async function* records() {
    let after: { endsOn: string; id: number } | null = null;
    for (;;) {
      const next: SQL | undefined = after
        ? or(
            gt(users.subscriptionEndsOn, after.endsOn),
            and(sql`${users.subscriptionEndsOn} = ${after.endsOn}`, gt(users.id, after.id)),
          )
        : undefined;
      const rows = await db
        .select()
        .from(users)
        .where(and(dueWhere(db, actor, window), next))
        .orderBy(asc(users.subscriptionEndsOn), asc(users.id))
        .limit(CHUNK);
      const links = await loadGroupLinks(
        db,
        rows.map((row) => row.id),
      );
      for (const row of rows)
        yield {
          name: `${row.firstName} ${row.surname}`,
          email: row.email ?? '',
          type: row.type,
          status: SUBSCRIPTION_STATUS_LABELS[row.subscriptionStatus],
          groups: (links.get(row.id) ?? []).map((group) => group.name).join('; '),
          endsOn: formatUkDate(row.subscriptionEndsOn),
        };
      const last = rows.at(-1);
      if (rows.length < CHUNK || !last?.subscriptionEndsOn) return;
      after = { endsOn: last.subscriptionEndsOn, id: last.id };
    }
  }
  return pipeline(Readable.from(records()), csvWriter(COLUMNS), (error) => {
    if (error && error.code !== 'ERR_STREAM_PREMATURE_CLOSE') onError(error);
  });
}
