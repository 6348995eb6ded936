/**
 * Add Employer (create-employer.txt): an administrator creates an employer user in one or more
 * groups they can access (several of one hierarchy allowed), linked to an employer
 * organisation, with title, names, email and mobile required, an optional address, roles and a
 * position (chosen, or typed and created for the tenant), and at least one interface. Invited
 * (activation email in the same transaction) or Prospect.
 */
import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { users } from '../../db/schema.js';
import type { AdminActor } from '../../platform/actor.js';
import { assert, forbidden } from '../../platform/errors.js';
import { withIdentityKeys } from '../../platform/identity-conflict.js';
import { recordAudit } from '../audit/record-audit.js';
import { sendInvitation } from '../invitations/send-invitation.js';
import { loadGroupLinks, presentUser } from '../users/present-user.js';
import { canCreateEmployer } from './employers.policy.js';
import type { TCreateEmployerRequest, TEmployerUser } from './employers.schema.js';
import { insertEmployer } from './write-employer.js';

/** Creates an employer user (and invites them when asked); answers the user as saved. */
export async function createEmployer(
  db: Db,
  actor: AdminActor,
  request: TCreateEmployerRequest,
  options: { publicUrl: string; ip?: string | null },
): Promise<TEmployerUser> {
  assert(
    canCreateEmployer(actor),
    forbidden('Only administrators with access to a group can add employers.'),
  );
  const { invite, employerId, roles, positionId, positionTitle, groupIds, ...person } = request;
  return withIdentityKeys(() =>
    db.transaction(async (tx) => {
      const { row, after } = await insertEmployer(tx, actor, {
        status: invite ? 'Invited' : 'Prospect',
        person,
        choices: { groupIds, employerId, roles, positionId, positionTitle },
      });
      await recordAudit(tx, {
        tenantId: actor.tenantId,
        actorId: actor.userId,
        action: 'employer_created',
        entityType: 'user',
        entityId: row.id,
        after: { ...after, invite },
        ip: options.ip,
      });
      let saved = row;
      if (invite) {
        await sendInvitation(tx, actor, row, options.publicUrl);
        const [invited] = await tx.select().from(users).where(eq(users.id, row.id));
        saved = invited ?? row;
      }
      const links = (await loadGroupLinks(tx, [row.id])).get(row.id) ?? [];
      return presentUser(actor, saved, links);
    }),
  );
}
