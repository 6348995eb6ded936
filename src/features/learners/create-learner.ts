/**
 * Add User (create-learner-accounts.txt): an administrator creates a learner in groups they can
 * access, with every rule of the Edit User form. Invited when `invite` is true (the activation
 * email goes to the outbox in the same transaction), otherwise Prospect. Nothing is written
 * unless all of it is: learner, groups, audit entry, token and email.
 */
import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { users } from '../../db/schema.js';
import type { Actor } from '../../platform/actor.js';
import { assert, forbidden } from '../../platform/errors.js';
import { recordAudit } from '../audit/record-audit.js';
import { sendInvitation } from '../invitations/send-invitation.js';
import { saveLearnerGroups } from '../users/learner-groups.js';
import { loadGroupLinks, presentUser } from '../users/present-user.js';
import { checkLearner } from '../users/user-rules/check-learner.js';
import { emptyLearner } from '../users/user-rules/context.js';
import type { TUser } from '../users/users.schema.js';
import { canCreateLearner } from './learners.policy.js';
import type { TCreateLearnerRequest } from './learners.schema.js';

/** Creates a learner (and invites them when asked); answers the learner as saved. */
export async function createLearner(
  db: Db,
  actor: Actor,
  request: TCreateLearnerRequest,
  options: { publicUrl: string; ip?: string | null },
): Promise<TUser> {
  assert(
    canCreateLearner(actor),
    forbidden('Only administrators with access to a group can add learners.'),
  );
  const { invite, ...input } = request;
  return db.transaction(async (tx) => {
    const next = await checkLearner(tx, actor, {
      mode: 'create',
      userId: null,
      status: invite ? 'Invited' : 'Prospect',
      current: emptyLearner(),
      input,
    });
    const { groupIds, ...columns } = next;
    const [row] = await tx
      .insert(users)
      .values({
        tenantId: actor.tenantId,
        type: 'learner',
        subscriptionStatus: 'Prospect',
        ...columns,
      })
      .returning();
    if (!row) throw new Error('learner insert returned nothing');
    await saveLearnerGroups(tx, actor.tenantId, row.id, groupIds);
    await recordAudit(tx, {
      tenantId: actor.tenantId,
      actorId: actor.userId,
      action: 'learner_created',
      entityType: 'user',
      entityId: row.id,
      after: { ...next, subscriptionStatus: row.subscriptionStatus, invite },
      ip: options.ip,
    });
    let saved = row;
    if (invite) {
      await sendInvitation(tx, actor, row, options.publicUrl);
      const [invited] = await tx.select().from(users).where(eq(users.id, row.id));
      saved = invited ?? row;
    }
    return presentUser(actor, saved, (await loadGroupLinks(tx, [row.id])).get(row.id) ?? []);
  });
}
