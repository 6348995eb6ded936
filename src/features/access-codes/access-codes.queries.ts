/** SQL for access codes, always scoped by tenant (and by the groups a caller may see). */
import { and, asc, eq, gt, inArray, isNotNull, isNull, lte, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { accessCodes, groups, tenants } from '../../db/schema.js';
import { normaliseAccessCode } from '../../domain/access-code.js';
import type { TAccessCodeFilters } from './access-codes.schema.js';

/** Who is looking and when: the groups whose codes they may see, the tenant's time zone. */
export interface AccessCodeScope {
  tenantId: number;
  groupIds: number[];
  timeZone: string;
  now: Date;
}

const escapeLike = (value: string) => value.replace(/[\\%_]/g, (char) => `\\${char}`);

/** 1 Activated, 2 Not activated, 3 Expired (the seed's AccessCodeStatusId order), 4 Revoked. */
const statusRank = (now: Date) =>
  sql`case when ${accessCodes.activatedAt} is not null then 1 when ${accessCodes.revokedAt} is not null then 4 when ${accessCodes.expiresAt} > ${now.toISOString()}::timestamptz then 2 else 3 end`;

/** The first instant of an ISO day, or of the day after it, in `timeZone`. */
const dayStart = (day: string, timeZone: string, plusDays = 0) =>
  sql`((${day}::date + ${plusDays}::int)::timestamp at time zone ${timeZone})`;

function codeFilter(input: string): SQL | undefined {
  const exact = normaliseAccessCode(input);
  if (exact) return eq(accessCodes.code, exact);
  const symbols = input.toUpperCase().replace(/[\s\-\u2010-\u2015]/g, '');
  if (!symbols) return undefined;
  return sql`replace(${accessCodes.code}, '-', '') like ${`%${escapeLike(symbols)}%`}`;
}

function statusFilter(status: TAccessCodeFilters['status'], now: Date): SQL | undefined {
  const at = sql`${now.toISOString()}::timestamptz`;
  if (status === 'Activated') return isNotNull(accessCodes.activatedAt);
  if (status === 'Revoked')
    return and(isNull(accessCodes.activatedAt), isNotNull(accessCodes.revokedAt));
  const unused = and(isNull(accessCodes.activatedAt), isNull(accessCodes.revokedAt));
  if (status === 'NotActivated') return and(unused, gt(accessCodes.expiresAt, at));
  if (status === 'Expired') return and(unused, lte(accessCodes.expiresAt, at));
  return undefined;
}

/** The WHERE of the grid and the export; `scope.groupIds` is already cut to what may be seen. */
export function accessCodesWhere(scope: AccessCodeScope, filters: TAccessCodeFilters): SQL {
  if (scope.groupIds.length === 0) return sql`false`;
  const { timeZone } = scope;
  const where: (SQL | undefined)[] = [
    eq(accessCodes.tenantId, scope.tenantId),
    inArray(accessCodes.groupId, scope.groupIds),
    filters.code ? codeFilter(filters.code) : undefined,
    statusFilter(filters.status, scope.now),
  ];
  if (filters.creatorEmail)
    where.push(
      sql`lower(${accessCodes.creatorEmail}) like ${`%${escapeLike(filters.creatorEmail.toLowerCase())}%`}`,
    );
  const ranges = [
    [accessCodes.issuedAt, filters.issuedFrom, filters.issuedTo],
    [accessCodes.activatedAt, filters.activatedFrom, filters.activatedTo],
  ] as const;
  for (const [column, from, to] of ranges) {
    if (from) where.push(sql`${column} >= ${dayStart(from, timeZone)}`);
    if (to) where.push(sql`${column} < ${dayStart(to, timeZone, 1)}`);
  }
  return and(...where) ?? sql`false`;
}

/** ORDER BY for a grid column; empty values last either way, ties broken by id. */
export function accessCodesOrder(
  filters: Pick<TAccessCodeFilters, 'sort' | 'order'>,
  now: Date,
): SQL[] {
  const keys: Record<TAccessCodeFilters['sort'], SQL | null> = {
    id: null,
    code: sql`${accessCodes.code}`,
    status: statusRank(now),
    registeredEmail: sql`lower(${accessCodes.registeredEmail})`,
    description: sql`lower(${accessCodes.description})`,
    group: sql`lower(${groups.name})`,
    issuedAt: sql`${accessCodes.issuedAt}`,
    activatedAt: sql`${accessCodes.activatedAt}`,
    creatorEmail: sql`lower(${accessCodes.creatorEmail})`,
  };
  const direction = filters.order === 'desc' ? sql`desc` : sql`asc`;
  const key = keys[filters.sort];
  const id = sql`${accessCodes.id} ${direction}`;
  return key ? [sql`${key} ${direction} nulls last`, id] : [id];
}

const rowColumns = {
  id: accessCodes.id,
  code: accessCodes.code,
  groupId: accessCodes.groupId,
  groupName: groups.name,
  description: accessCodes.description,
  registeredEmail: accessCodes.registeredEmail,
  registeredUserId: accessCodes.registeredUserId,
  issuedAt: accessCodes.issuedAt,
  activatedAt: accessCodes.activatedAt,
  expiresAt: accessCodes.expiresAt,
  creatorEmail: accessCodes.creatorEmail,
  revokedAt: accessCodes.revokedAt,
};

export type AccessCodeRow = {
  [K in keyof typeof rowColumns]: (typeof rowColumns)[K]['_']['notNull'] extends true
    ? (typeof rowColumns)[K]['_']['data']
    : (typeof rowColumns)[K]['_']['data'] | null;
};

export function selectAccessCodePage(
  db: Db,
  where: SQL,
  orderBy: SQL[],
  limit: number,
  offset: number,
) {
  return db
    .select(rowColumns)
    .from(accessCodes)
    .innerJoin(groups, eq(groups.id, accessCodes.groupId))
    .where(where)
    .orderBy(...orderBy)
    .limit(limit)
    .offset(offset);
}

export async function countAccessCodes(db: Db, where: SQL) {
  const [row] = await db
    .select({ total: sql<number>`count(*)::int` })
    .from(accessCodes)
    .where(where);
  return row?.total ?? 0;
}

/** Every matching id in grid order: the export then reads the rows a chunk at a time. */
export async function selectAccessCodeIds(db: Db, where: SQL, orderBy: SQL[]) {
  const rows = await db
    .select({ id: accessCodes.id })
    .from(accessCodes)
    .innerJoin(groups, eq(groups.id, accessCodes.groupId))
    .where(where)
    .orderBy(...orderBy);
  return rows.map((row) => row.id);
}

export function selectAccessCodesByIds(db: Db, tenantId: number, ids: number[]) {
  return db
    .select(rowColumns)
    .from(accessCodes)
    .innerJoin(groups, eq(groups.id, accessCodes.groupId))
    .where(and(eq(accessCodes.tenantId, tenantId), inArray(accessCodes.id, ids)));
}

export async function loadTenantTimeZone(db: Db, tenantId: number) {
  const [row] = await db
    .select({ timeZone: tenants.timeZone })
    .from(tenants)
    .where(eq(tenants.id, tenantId));
  return row?.timeZone ?? 'Europe/London';
}

/**
 * Raises the tenant's issued count by `count` only if it stays within the limit, in one
 * statement: the row lock it takes also makes concurrent generations in a tenant take turns
 * until commit, which keeps the later uniqueness check race-free. Null when over the limit.
 */
export async function reserveAccessCodes(tx: Db, tenantId: number, count: number, issuedAt: Date) {
  const issued = issuedAt.toISOString();
  const [row] = await tx
    .update(tenants)
    .set({ accessCodesIssued: sql`${tenants.accessCodesIssued} + ${count}` })
    .where(
      and(
        eq(tenants.id, tenantId),
        sql`${tenants.accessCodesIssued} + ${count} <= ${tenants.accessCodeLimit}`,
      ),
    )
    .returning({
      issued: tenants.accessCodesIssued,
      limit: tenants.accessCodeLimit,
      // Calendar days in the tenant's zone, so the expiry keeps its clock time across DST.
      expiresAt:
        sql<Date>`((${issued}::timestamptz at time zone ${tenants.timeZone}) + make_interval(days => ${tenants.accessCodeValidityDays})) at time zone ${tenants.timeZone}`.mapWith(
          tenants.createdAt,
        ),
    });
  return row ?? null;
}

export async function loadAccessCodeAllowance(db: Db, tenantId: number) {
  const [row] = await db
    .select({ issued: tenants.accessCodesIssued, limit: tenants.accessCodeLimit })
    .from(tenants)
    .where(eq(tenants.id, tenantId));
  return row ?? { issued: 0, limit: 0 };
}

/** Which of `codes` the tenant already holds (in any group). */
export async function existingCodes(db: Db, tenantId: number, codes: string[]) {
  const found = new Set<string>();
  for (let start = 0; start < codes.length; start += 5000) {
    const chunk = codes.slice(start, start + 5000);
    const rows = await db
      .selectDistinct({ code: accessCodes.code })
      .from(accessCodes)
      .where(and(eq(accessCodes.tenantId, tenantId), inArray(accessCodes.code, chunk)));
    for (const row of rows) found.add(row.code);
  }
  return found;
}

export type NewAccessCode = typeof accessCodes.$inferInsert;

/** Inserts in statements of 1,000 rows (PostgreSQL takes at most 65,535 parameters). */
export async function insertAccessCodes(tx: Db, rows: NewAccessCode[]) {
  const inserted: (typeof accessCodes.$inferSelect)[] = [];
  for (let start = 0; start < rows.length; start += 1000) {
    inserted.push(
      ...(await tx
        .insert(accessCodes)
        .values(rows.slice(start, start + 1000))
        .returning()),
    );
  }
  return inserted.sort((a, b) => a.id - b.id);
}

/**
 * Claims every row of a code for a registration: the first claimer's UPDATE wins, a racing one
 * waits for its commit and then matches nothing. Empty when the code is unknown, used or expired.
 */
export function claimAccessCode(
  tx: Db,
  tenantId: number,
  code: string,
  claim: { email: string; now: Date },
) {
  const at = claim.now.toISOString();
  return tx
    .update(accessCodes)
    .set({ activatedAt: claim.now, registeredEmail: claim.email })
    .where(
      and(
        eq(accessCodes.tenantId, tenantId),
        eq(accessCodes.code, code),
        isNull(accessCodes.activatedAt),
        isNull(accessCodes.revokedAt),
        gt(accessCodes.expiresAt, sql`${at}::timestamptz`),
      ),
    )
    .returning({ id: accessCodes.id, groupId: accessCodes.groupId });
}

/** Why a code could not be claimed: unknown, used, revoked or expired. */
export async function accessCodeState(db: Db, tenantId: number, code: string) {
  const rows = await db
    .select({ activatedAt: accessCodes.activatedAt, revokedAt: accessCodes.revokedAt })
    .from(accessCodes)
    .where(and(eq(accessCodes.tenantId, tenantId), eq(accessCodes.code, code)))
    .orderBy(asc(accessCodes.id));
  if (rows.length === 0) return 'unknown' as const;
  if (rows.some((row) => row.activatedAt !== null)) return 'used' as const;
  return rows.every((row) => row.revokedAt !== null) ? ('revoked' as const) : ('expired' as const);
}

export async function recordRegistrant(tx: Db, ids: number[], userId: number) {
  await tx
    .update(accessCodes)
    .set({ registeredUserId: userId })
    .where(inArray(accessCodes.id, ids));
}

/**
 * Locks, for a change, every row of the codes the chosen rows carry, within `groupIds` (the
 * groups the caller can access): a code is one string for its person, so revoking or
 * extending one row of it acts on each of its rows the caller can see. Also answers which
 * chosen ids were found there; the others do not exist for this caller.
 */
export async function lockCodeRows(tx: Db, tenantId: number, groupIds: number[], ids: number[]) {
  if (groupIds.length === 0) return { found: new Set<number>(), rows: [] };
  const scoped = and(eq(accessCodes.tenantId, tenantId), inArray(accessCodes.groupId, groupIds));
  const chosen = tx
    .select({ code: accessCodes.code })
    .from(accessCodes)
    .where(and(scoped, inArray(accessCodes.id, ids)));
  const rows = await tx
    .select({ ...rowColumns })
    .from(accessCodes)
    .innerJoin(groups, eq(groups.id, accessCodes.groupId))
    .where(and(scoped, inArray(accessCodes.code, chosen)))
    .orderBy(asc(accessCodes.id))
    .for('update', { of: accessCodes });
  const found = new Set(rows.map((row) => row.id).filter((id) => ids.includes(id)));
  return { found, rows };
}

/** Sets revoked_at on the rows. */
export function revokeCodeRows(tx: Db, ids: number[], at: Date) {
  return tx
    .update(accessCodes)
    .set({ revokedAt: at })
    .where(inArray(accessCodes.id, ids))
    .returning({ id: accessCodes.id, revokedAt: accessCodes.revokedAt });
}

/** Moves the rows' expiry to the first instant after `lastDay` (an ISO date) in `timeZone`. */
export function extendCodeRows(tx: Db, ids: number[], lastDay: string, timeZone: string) {
  return tx
    .update(accessCodes)
    .set({ expiresAt: sql`${dayStart(lastDay, timeZone, 1)}` })
    .where(inArray(accessCodes.id, ids))
    .returning({ id: accessCodes.id, expiresAt: accessCodes.expiresAt });
}
