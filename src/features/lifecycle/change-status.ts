/**
 * One status action on one user the administrator manages, in one transaction under a lock of
 * the user row: the refusal names why (409 with a code), the change is audited with the status
 * before and after, and a person who can no longer sign in loses their open sessions.
 */
import { eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { sessions, users } from '../../db/schema.js';
import { ENDS_SESSIONS, type TStatusAction } from '../../domain/status-actions.js';
import type { AdminActor } from '../../platform/actor.js';
import { AppError, assert, forbidden } from '../../platform/errors.js';
import { recordAudit } from '../audit/record-audit.js';
import { episodesHoldingArchive } from '../funding/funding-episodes.js';
import { findVisibleUser, getUser } from '../users/get-user.js';
import { moveStatus } from '../users/move-status.js';
import { loadGroupLinks } from '../users/present-user.js';
import { userArchived } from '../users/user-state.js';
import { canManageUser } from '../users/users.policy.js';

type UserRow = typeof users.$inferSelect;

/** The FAQ's words: archiving a learner in a funding submission batch is refused. */
export const IN_ILR_BATCH_MESSAGE =
  "This user is included in ILR batch file and can't be archived. If you wish to proceed, please mark the ILR as unfunded.";

/** The columns the action changes, or the refusal. */
async function nextState(
  tx: Db,
  user: UserRow,
  action: TStatusAction,
): Promise<Pick<UserRow, 'subscriptionStatus' | 'suspendedAt'>> {
  const keep = { subscriptionStatus: user.subscriptionStatus, suspendedAt: user.suspendedAt };
  switch (action) {
    case 'suspend':
      if (user.subscriptionStatus === 'Archived')
        throw userArchived('An archived user has no access to suspend.');
      if (user.suspendedAt !== null)
        throw new AppError('cannot_suspend', 'This user is already suspended.', 409);
      return { ...keep, suspendedAt: new Date() };
    case 'resume':
      if (user.suspendedAt === null)
        throw new AppError('cannot_resume', 'This user is not suspended.', 409);
      return { ...keep, suspendedAt: null };
    case 'archive':
      moveStatus(user.subscriptionStatus, 'archive');
      if ((await episodesHoldingArchive(tx, user)).length > 0)
        throw new AppError('in_ilr_batch', IN_ILR_BATCH_MESSAGE, 409);
      // Archived is the end of access: a suspension has nothing left to pause.
      return { subscriptionStatus: 'Archived', suspendedAt: null };
    default:
      return { ...keep, subscriptionStatus: moveStatus(user.subscriptionStatus, action) };
  }
}

/**
 * The action inside the caller's transaction, for use cases that change more than the status
 * (learner-to-employer.ts); `changeStatus` is the action alone.
 */
export async function applyStatusAction(
  tx: Db,
  actor: AdminActor,
  id: number,
  action: TStatusAction,
  ip: string | null,
) {
  await tx.select({ id: users.id }).from(users).where(eq(users.id, id)).for('update');
  const user = await findVisibleUser(tx, actor, id);
  const groupIds = ((await loadGroupLinks(tx, [id])).get(id) ?? []).map((g) => g.id);
  assert(
    canManageUser(actor, { ...user, groupIds }),
    forbidden('You cannot change the status of this user.'),
  );
  assert(
    user.id !== actor.userId,
    forbidden('You cannot change the status of your own account; ask another administrator.'),
  );
  const next = await nextState(tx, user, action);
  await tx
    .update(users)
    .set({ ...next, version: sql`${users.version} + 1`, updatedAt: new Date() })
    .where(eq(users.id, user.id));
  if (ENDS_SESSIONS.has(action)) await tx.delete(sessions).where(eq(sessions.userId, user.id));
  await recordAudit(tx, {
    tenantId: user.tenantId,
    actorId: actor.userId,
    action: `user_${action}`,
    entityType: 'user',
    entityId: user.id,
    before: { subscriptionStatus: user.subscriptionStatus, suspended: user.suspendedAt !== null },
    after: { subscriptionStatus: next.subscriptionStatus, suspended: next.suspendedAt !== null },
    ip,
  });
  return user;
}

export async function changeStatus(
  db: Db,
  actor: AdminActor,
  id: number,
  action: TStatusAction,
  ip: string | null,
) {
  await db.transaction((tx) => applyStatusAction(tx, actor, id, action, ip));
  return getUser(db, actor, id);
}
