/** Resolves a session cookie or an API key into an Actor, or null. */
import { and, eq, gt, isNull } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { apiKeys, sessions, tenants, users } from '../../db/schema.js';
import { signInRefusal } from '../../domain/account-access.js';
import { expandSubtrees } from '../../domain/group-tree.js';
import type { Actor } from '../../platform/actor.js';
import { sha256 } from '../../platform/tokens.js';
import { loadAccessGrants, loadGroups } from '../groups/groups.queries.js';

const actorColumns = {
  userId: users.id,
  tenantId: users.tenantId,
  tenantSlug: tenants.slug,
  type: users.type,
  adminRole: users.adminRole,
  email: users.email,
  firstName: users.firstName,
  surname: users.surname,
  status: users.subscriptionStatus,
  lockedAt: users.lockedAt,
  autoUnlockMinutes: tenants.autoUnlockMinutes,
};

type ActorRow = { [K in keyof typeof actorColumns]: (typeof actorColumns)[K]['_']['data'] | null };

/** True when the account may sign in now (domain/account-access.ts): else its sessions and keys stop. */
const maySignIn = (row: ActorRow) =>
  row.status !== null &&
  signInRefusal(
    { status: row.status, lockedAt: row.lockedAt },
    row.autoUnlockMinutes,
    new Date(),
  ) === null;

async function toActor(db: Db, row: ActorRow, via: Actor['via'], csrfToken: string | null) {
  if (!row.userId || !row.tenantId || !row.type) return null;
  let accessible = new Set<number>();
  if (row.type === 'admin' && row.adminRole !== 'support') {
    const [all, grants] = await Promise.all([
      loadGroups(db, row.tenantId),
      loadAccessGrants(db, row.userId),
    ]);
    accessible = expandSubtrees(all, grants);
  }
  const actor: Actor = {
    tenantId: row.tenantId,
    tenantSlug: row.tenantSlug ?? '',
    userId: row.userId,
    type: row.type,
    adminRole: row.adminRole ?? null,
    email: row.email ?? null,
    firstName: row.firstName ?? '',
    surname: row.surname ?? '',
    accessibleGroupIds: accessible,
    via,
    csrfToken,
  };
  return actor;
}

export async function actorFromSession(db: Db, sessionId: string) {
  const [row] = await db
    .select({ ...actorColumns, csrfToken: sessions.csrfToken })
    .from(sessions)
    .innerJoin(users, and(eq(users.id, sessions.userId), eq(users.tenantId, sessions.tenantId)))
    .innerJoin(tenants, eq(tenants.id, users.tenantId))
    .where(and(eq(sessions.idHash, sha256(sessionId)), gt(sessions.expiresAt, new Date())));
  if (!row) return null;
  if (!maySignIn(row)) {
    // The session ends: unlocking or restoring the account later does not bring it back.
    await db.delete(sessions).where(eq(sessions.idHash, sha256(sessionId)));
    return null;
  }
  return toActor(db, row, 'session', row.csrfToken);
}

export async function actorFromApiKey(db: Db, key: string) {
  const [row] = await db
    .select(actorColumns)
    .from(apiKeys)
    .innerJoin(users, and(eq(users.id, apiKeys.adminId), eq(users.tenantId, apiKeys.tenantId)))
    .innerJoin(tenants, eq(tenants.id, users.tenantId))
    .where(and(eq(apiKeys.keyHash, sha256(key)), isNull(apiKeys.revokedAt)));
  // A key stops while its administrator cannot sign in, and works again once they can.
  return row && maySignIn(row) ? toActor(db, row, 'api_key', null) : null;
}
