/**
 * Resolves a session cookie or an API key into an Actor, or null: one query each, the person,
 * their tenant and the groups they reach (grants with every subtree, walked in SQL) together.
 */
import { and, eq, gt, isNull, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { adminGroupAccess, apiKeys, groups, sessions, tenants, users } from '../../db/schema.js';
import { signInRefusal } from '../../domain/account-access.js';
import type { Actor } from '../../platform/actor.js';
import { sha256 } from '../../platform/tokens.js';

/**
 * The group ids an administrator (not support) reaches: their grants and every group below,
 * as expandSubtrees (domain/group-tree.ts) computes them; empty for everyone else.
 */
const reachableGroupIds = sql<number[]>`(
  with recursive reach(id) as (
    select ${adminGroupAccess.groupId} from ${adminGroupAccess}
    where ${adminGroupAccess.adminId} = ${users.id}
      and ${users.type} = 'admin' and ${users.adminRole} is distinct from 'support'
    union
    select child.id from ${groups} as child join reach on child.parent_id = reach.id
    where child.tenant_id = ${users.tenantId}
  )
  select coalesce(json_agg(id), '[]'::json) from reach)`;

export const actorColumns = {
  userId: users.id,
  tenantId: users.tenantId,
  tenantSlug: tenants.slug,
  tenantName: tenants.name,
  type: users.type,
  adminRole: users.adminRole,
  email: users.email,
  firstName: users.firstName,
  surname: users.surname,
  status: users.subscriptionStatus,
  lockedAt: users.lockedAt,
  suspendedAt: users.suspendedAt,
  autoUnlockMinutes: tenants.autoUnlockMinutes,
  groupIds: reachableGroupIds,
};

type Columns = Omit<typeof actorColumns, 'groupIds'>;
type ActorRow = { [K in keyof Columns]: Columns[K]['_']['data'] | null } & {
  groupIds: number[] | null;
};

/** True when the account may sign in now (domain/account-access.ts): else its sessions and keys stop. */
const maySignIn = (row: ActorRow) =>
  row.status !== null &&
  signInRefusal(
    { status: row.status, lockedAt: row.lockedAt, suspendedAt: row.suspendedAt },
    row.autoUnlockMinutes,
    new Date(),
  ) === null;

export function toActor(row: ActorRow, via: Actor['via'], csrfToken: string | null) {
  if (!row.userId || !row.tenantId || !row.type) return null;
  const actor: Actor = {
    tenantId: row.tenantId,
    tenantSlug: row.tenantSlug ?? '',
    tenantName: row.tenantName ?? undefined,
    userId: row.userId,
    type: row.type,
    adminRole: row.adminRole ?? null,
    email: row.email ?? null,
    firstName: row.firstName ?? '',
    surname: row.surname ?? '',
    accessibleGroupIds: new Set((row.groupIds ?? []).map(Number)),
    via,
    csrfToken,
  };
  return actor;
}

const sessionQuery = (db: Db) =>
  db
    .select({ ...actorColumns, csrfToken: sessions.csrfToken })
    .from(sessions)
    .innerJoin(users, and(eq(users.id, sessions.userId), eq(users.tenantId, sessions.tenantId)))
    .innerJoin(tenants, eq(tenants.id, users.tenantId))
    .where(
      and(
        eq(sessions.idHash, sql.placeholder('idHash')),
        gt(sessions.expiresAt, sql.placeholder('now')),
      ),
    )
    // Named: PostgreSQL parses and plans it once a connection, not on every request.
    .prepare('actor_from_session');

/** Prepared once per database handle (tests open several in one process). */
const sessionQueries = new WeakMap<Db, ReturnType<typeof sessionQuery>>();

export async function actorFromSession(db: Db, sessionId: string) {
  let query = sessionQueries.get(db);
  if (!query) {
    query = sessionQuery(db);
    sessionQueries.set(db, query);
  }
  const [row] = await query.execute({ idHash: sha256(sessionId), now: new Date() });
  if (!row) return null;
  if (!maySignIn(row)) {
    // The session ends: unlocking or restoring the account later does not bring it back.
    await db.delete(sessions).where(eq(sessions.idHash, sha256(sessionId)));
    return null;
  }
  return toActor(row, 'session', row.csrfToken);
}

export async function actorFromApiKey(db: Db, key: string) {
  const [row] = await db
    .select(actorColumns)
    .from(apiKeys)
    .innerJoin(users, and(eq(users.id, apiKeys.adminId), eq(users.tenantId, apiKeys.tenantId)))
    .innerJoin(tenants, eq(tenants.id, users.tenantId))
    .where(and(eq(apiKeys.keyHash, sha256(key)), isNull(apiKeys.revokedAt)));
  // A key stops while its administrator cannot sign in, and works again once they can.
  return row && maySignIn(row) ? toActor(row, 'api_key', null) : null;
}
