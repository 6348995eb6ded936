/**
 * Edit User (edit-user.txt): an administrator changes a learner or an employer user they can
 * see, sending the version they loaded. A learner is written by the learner write service, an
 * employer user by the employer writer (employers/write-employer.ts) with Add Employer's rules. Every rule runs in one transaction; the save is a conditional UPDATE on
 * that version, so a stale or racing save is a 409 and never a silent overwrite; the audit log
 * gets the changed fields before and after.
 */
import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { users } from '../../db/schema.js';
import type { AdminActor } from '../../platform/actor.js';
import { AppError, assert, forbidden, invalid, versionConflict } from '../../platform/errors.js';
import { withIdentityKeys } from '../../platform/identity-conflict.js';
import { isEmptyValue, updateEmployer } from '../employers/update-employer.js';
import { stateOf } from '../learners/rules/context.js';
import { writeLearners } from '../learners/writer/write-learners.js';
import { findVisibleUser } from './get-user.js';
import { loadGroupLinks, presentUser } from './present-user.js';
import type { TUpdateUserRequest } from './user-edit.schema.js';
import { userArchived } from './user-state.js';
import { canManageUser } from './users.policy.js';
import type { TUser } from './users.schema.js';

/** Saves an administrator's changes to a learner or employer user; answers the user as saved. */
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
        row.type !== 'admin',
        new AppError(
          'not_a_learner',
          'Administrators are edited on the Administrators page (PATCH /administrators/{id}).',
          422,
        ),
      );
      assert(row.version === request.version, versionConflict('user'));
      if (row.type === 'employer') {
        await updateEmployer(tx, actor, row, groupIds, request, options);
        const [saved] = await tx.select().from(users).where(eq(users.id, id));
        return presentUser(actor, saved ?? row, (await loadGroupLinks(tx, [id])).get(id) ?? []);
      }
      const { version, roles, positionId, positionTitle, ...input } = request;
      const refused = Object.entries({ roles, positionId, positionTitle }).find(
        ([, value]) => !isEmptyValue(value),
      );
      if (refused)
        throw invalid({ [refused[0]]: 'Only employer users have roles and a position.' });
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
