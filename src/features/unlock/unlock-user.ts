/**
 * An administrator lifts a lockout of a user they manage; platform support lifts one in any
 * tenant, found by organisation and username. "May not" (403, or 404 for what the caller
 * cannot see) is told apart from "not in that state" (409 `user_archived` or `not_locked`).
 */
import type { Db } from '../../db/client.js';
import type { users } from '../../db/schema.js';
import type { Actor, AdminActor } from '../../platform/actor.js';
import { assert, forbidden, notFound } from '../../platform/errors.js';
import { findAccountBySignInName } from '../identity/find-account-by-sign-in-name.js';
import { findVisibleUser } from '../users/get-user.js';
import { loadGroupLinks } from '../users/present-user.js';
import { canManageUser } from '../users/users.policy.js';
import { archivedNoUnlock, liftLock, notLocked } from './lift-lock.js';

type UserRow = typeof users.$inferSelect;

function assertUnlockable(user: UserRow) {
  assert(user.subscriptionStatus !== 'Archived', archivedNoUnlock);
  assert(user.lockedAt !== null, notLocked);
}

/** A standard administrator unlocks a user in their groups. */
export async function unlockUser(db: Db, actor: AdminActor, id: number, ip: string | null) {
  await db.transaction(async (tx) => {
    const user = await findVisibleUser(tx, actor, id);
    const groupIds = ((await loadGroupLinks(tx, [id])).get(id) ?? []).map((g) => g.id);
    assert(canManageUser(actor, { ...user, groupIds }), forbidden('You cannot unlock this user.'));
    assertUnlockable(user);
    await liftLock(tx, user, { actorId: actor.userId, via: 'administrator' }, ip);
  });
  return { locked: false as const };
}

/** Platform support unlocks anyone, in any tenant, by organisation and username or email. */
export async function unlockAnyAccount(
  db: Db,
  support: Actor,
  input: { tenant: string; username: string },
  ip: string | null,
) {
  return db.transaction(async (tx) => {
    const user = await findAccountBySignInName(tx, input);
    if (!user) throw notFound('account');
    assertUnlockable(user.user);
    await liftLock(tx, user.user, { actorId: support.userId, via: 'platform_support' }, ip);
    return { userId: user.user.id, locked: false as const };
  });
}
