/**
 * Add User (create-learner-accounts.txt): an administrator creates a learner in groups they can
 * access, with every rule of the Edit User form, through the learner write service. Invited
 * when `invite` is true (the activation email goes to the outbox in the same transaction),
 * otherwise Prospect. Nothing is written unless all of it is: learner, groups, audit entry,
 * token and email.
 */
import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { users } from '../../db/schema.js';
import type { AdminActor } from '../../platform/actor.js';
import { assert, forbidden } from '../../platform/errors.js';
import { withIdentityKeys } from '../../platform/identity-conflict.js';
import { sendInvitation } from '../invitations/send-invitation.js';
import { loadGroupLinks, presentUser } from '../users/present-user.js';
import type { TUser } from '../users/users.schema.js';
import { canCreateLearner } from './learners.policy.js';
import type { TCreateLearnerRequest } from './learners.schema.js';
import { writeLearners } from './writer/write-learners.js';

/** Creates a learner (and invites them when asked); answers the learner as saved. */
export async function createLearner(
  db: Db,
  actor: AdminActor,
  request: TCreateLearnerRequest,
  options: { publicUrl: string; ip?: string | null },
): Promise<TUser> {
  assert(
    canCreateLearner(actor),
    forbidden('Only administrators with access to a group can add learners.'),
  );
  const { invite, ...input } = request;
  return withIdentityKeys(() =>
    db.transaction(async (tx) => {
      const [result] = await writeLearners(
        tx,
        actor,
        [
          {
            mode: 'create',
            status: invite ? 'Invited' : 'Prospect',
            input,
            audit: { after: { invite } },
          },
        ],
        { ip: options.ip },
      );
      if (!result?.ok) throw result?.error ?? new Error('no result for the learner');
      let saved = result.user;
      if (!saved) throw new Error('learner insert returned nothing');
      if (invite) {
        await sendInvitation(tx, actor, saved, options.publicUrl);
        const [invited] = await tx.select().from(users).where(eq(users.id, saved.id));
        saved = invited ?? saved;
      }
      const links = (await loadGroupLinks(tx, [saved.id])).get(saved.id) ?? [];
      return presentUser(actor, saved, links);
    }),
  );
}
