/**
 * Edit an administrator: person fields and group access, with the version read. Only an
 * administrator with access to every group the other holds may change them, and only to
 * groups within their own access (administrators.policy.ts).
 */
import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { users } from '../../db/schema.js';
import type { AdminActor } from '../../platform/actor.js';
import { assert, forbidden } from '../../platform/errors.js';
import { withIdentityKeys } from '../../platform/identity-conflict.js';
import { recordAudit } from '../audit/record-audit.js';
import { administratorActions } from './administrators.policy.js';
import type { TUpdateAdministratorRequest } from './administrators.schema.js';
import { findAdministrator } from './find-administrators.js';
import { changeAdministrator, loadGrants } from './write-administrator.js';

export async function updateAdministrator(
  db: Db,
  actor: AdminActor,
  id: number,
  request: TUpdateAdministratorRequest,
  options: { ip?: string | null } = {},
) {
  const { version, groupIds, ...person } = request;
  return withIdentityKeys(() =>
    db.transaction(async (tx) => {
      const found = await findAdministrator(tx, actor, id, true);
      assert(
        administratorActions(actor, found.subject, found.fullAccess).edit,
        forbidden(
          'You can change an administrator only when you can access every group they hold.',
        ),
      );
      const { before, after } = await changeAdministrator(tx, actor, found.row, {
        person,
        groupIds,
        version,
      });
      await recordAudit(tx, {
        tenantId: actor.tenantId,
        actorId: actor.userId,
        action: 'administrator_updated',
        entityType: 'user',
        entityId: id,
        before,
        after,
        ip: options.ip,
      });
      const [saved] = await tx.select().from(users).where(eq(users.id, id));
      const grants = (await loadGrants(tx, [id])).get(id) ?? [];
      return found.present(saved ?? found.row, grants);
    }),
  );
}
