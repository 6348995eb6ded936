/**
 * Edit User (edit-user.txt): an administrator changes a learner they can see, sending the
 * version they loaded. Every rule runs in one transaction; the save is a conditional UPDATE on
 * that version, so a stale or racing save is a 409 and never a silent overwrite; the audit log
 * gets the changed fields before and after.
 */
import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { users } from '../../db/schema.js';
import type { Actor } from '../../platform/actor.js';
import { AppError, assert, forbidden, versionConflict } from '../../platform/errors.js';
import { diff, recordAudit } from '../audit/record-audit.js';
import { findVisibleUser } from './get-user.js';
import { saveLearnerGroups } from './learner-groups.js';
import { loadGroupLinks, presentUser } from './present-user.js';
import type { TUpdateUserRequest } from './user-edit.schema.js';
import { checkLearner } from './user-rules/check-learner.js';
import { stateOf } from './user-rules/context.js';
import { userArchived } from './user-state.js';
import { canManageUser } from './users.policy.js';
import type { TUser } from './users.schema.js';

/** Saves an administrator's changes to a learner; answers the learner as saved. */
export async function updateUser(
  db: Db,
  actor: Actor,
  id: number,
  request: TUpdateUserRequest,
  options: { ip?: string | null } = {},
): Promise<TUser> {
  return db.transaction(async (tx) => {
    const row = await findVisibleUser(tx, actor, id);
    const groupIds = ((await loadGroupLinks(tx, [id])).get(id) ?? []).map((group) => group.id);
    assert(canManageUser(actor, { ...row, groupIds }), forbidden('You cannot edit this user.'));
    assert(
      row.subscriptionStatus !== 'Archived',
      userArchived('This user is archived. Restore the account before editing it.'),
    );
    assert(
      row.type === 'learner',
      new AppError('not_a_learner', 'Only learners can be edited with this form.', 422),
    );
    assert(row.version === request.version, versionConflict('user'));

    const { version, ...input } = request;
    const current = stateOf(row, groupIds);
    const next = await checkLearner(tx, actor, {
      mode: 'update',
      userId: id,
      status: row.subscriptionStatus,
      current,
      input,
    });
    const change = diff(current, next);
    if (!change.changed)
      return presentUser(actor, row, (await loadGroupLinks(tx, [id])).get(id) ?? []);

    const { groupIds: nextGroupIds, ...columns } = next;
    const [saved] = await tx
      .update(users)
      .set({ ...columns, version: sql`${users.version} + 1`, updatedAt: new Date() })
      .where(and(eq(users.id, id), eq(users.version, version)))
      .returning();
    if (!saved) throw versionConflict('user');
    if (JSON.stringify(nextGroupIds) !== JSON.stringify(current.groupIds))
      await saveLearnerGroups(tx, actor.tenantId, id, nextGroupIds);
    await recordAudit(tx, {
      tenantId: actor.tenantId,
      actorId: actor.userId,
      action: 'user_updated',
      entityType: 'user',
      entityId: id,
      before: change.before,
      after: change.after,
      ip: options.ip,
    });
    return presentUser(actor, saved, (await loadGroupLinks(tx, [id])).get(id) ?? []);
  });
}
