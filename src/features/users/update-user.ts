/**
 * Edit User (edit-user.txt): an administrator changes a learner they can see, sending the
 * version they loaded. Every rule runs in one transaction; the save is a conditional UPDATE on
 * that version, so a stale or racing save is a 409 and never a silent overwrite; the audit log
 * gets the changed fields before and after.
 */
import type { Db } from '../../db/client.js';
import type { AdminActor } from '../../platform/actor.js';
import { AppError, assert, forbidden, versionConflict } from '../../platform/errors.js';
import { withIdentityKeys } from '../../platform/identity-conflict.js';
import { stateOf } from '../learners/rules/context.js';
import { writeLearners } from '../learners/writer/write-learners.js';
import { findVisibleUser } from './get-user.js';
import { loadGroupLinks, presentUser } from './present-user.js';
import type { TUpdateUserRequest } from './user-edit.schema.js';
import { userArchived } from './user-state.js';
import { canManageUser } from './users.policy.js';
import type { TUser } from './users.schema.js';

/** Saves an administrator's changes to a learner; answers the learner as saved. */
export async function updateUser(
  db: Db,
  actor: AdminActor,
  id: number,
  request: TUpdateUserRequest,
  options: { ip?: string | null } = {},
): Promise<TUser> {
  return withIdentityKeys(() =>
    db.transaction(async (tx) => {
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
      const [result] = await writeLearners(
        tx,
        actor,
        [
          {
            mode: 'update',
            userId: id,
            version,
            status: row.subscriptionStatus,
            current: stateOf(row, groupIds),
            input,
          },
        ],
        { ip: options.ip },
      );
      if (!result?.ok) throw result?.error ?? new Error('no result for the learner');
      return presentUser(actor, result.user ?? row, (await loadGroupLinks(tx, [id])).get(id) ?? []);
    }),
  );
}
