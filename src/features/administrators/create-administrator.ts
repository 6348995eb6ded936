/**
 * An administrator adds another administrator with access to groups within their own access,
 * Invited (activation email sent in the same transaction) or Prospect.
 */
import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { users } from '../../db/schema.js';
import type { AdminActor } from '../../platform/actor.js';
import { assert, forbidden } from '../../platform/errors.js';
import { withIdentityKeys } from '../../platform/identity-conflict.js';
import { recordAudit } from '../audit/record-audit.js';
import { sendInvitation } from '../invitations/send-invitation.js';
import { canCreateAdministrator } from './administrators.policy.js';
import type { TCreateAdministratorRequest } from './administrators.schema.js';
import { findAdministrator } from './find-administrators.js';
import { insertAdministrator, loadGrants } from './write-administrator.js';

export async function createAdministrator(
  db: Db,
  actor: AdminActor,
  request: TCreateAdministratorRequest,
  options: { publicUrl: string; ip?: string | null },
) {
  assert(
    canCreateAdministrator(actor),
    forbidden('Only administrators with access to a group can add administrators.'),
  );
  const { groupIds, invite = true, ...person } = request;
  return withIdentityKeys(() =>
    db.transaction(async (tx) => {
      const row = await insertAdministrator(tx, actor, { person, groupIds, invite });
      await recordAudit(tx, {
        tenantId: actor.tenantId,
        actorId: actor.userId,
        action: 'administrator_created',
        entityType: 'user',
        entityId: row.id,
        after: { ...person, groupIds, invite },
        ip: options.ip,
      });
      if (invite) await sendInvitation(tx, actor, row, options.publicUrl);
      const [saved] = await tx.select().from(users).where(eq(users.id, row.id));
      const found = await findAdministrator(tx, actor, row.id);
      const grants = (await loadGrants(tx, [row.id])).get(row.id) ?? [];
      return found.present(saved ?? row, grants);
    }),
  );
}
