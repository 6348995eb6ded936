/**
 * Deactivate an administrator: their subscription is cancelled (the state machine's `cancel`),
 * so they can no longer sign in, their sessions and API keys stop at once, and they stop being
 * offered as a case owner. Inviting them again brings them back. Nobody deactivates themselves.
 */
import { eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { sessions, users } from '../../db/schema.js';
import type { AdminActor } from '../../platform/actor.js';
import { AppError, assert, forbidden } from '../../platform/errors.js';
import { recordAudit } from '../audit/record-audit.js';
import { moveStatus } from '../users/move-status.js';
import { canManageAdministrator } from './administrators.policy.js';
import { findAdministrator } from './find-administrators.js';
import { loadGrants } from './write-administrator.js';

export async function deactivateAdministrator(
  db: Db,
  actor: AdminActor,
  id: number,
  options: { ip?: string | null } = {},
) {
  return db.transaction(async (tx) => {
    const found = await findAdministrator(tx, actor, id, true);
    assert(
      canManageAdministrator(actor, found.subject, found.fullAccess),
      forbidden(
        'You can deactivate an administrator only when you can access every group they hold.',
      ),
    );
    if (id === actor.userId)
      throw new AppError(
        'cannot_cancel',
        'You cannot deactivate your own account; ask another administrator.',
        409,
      );
    const status = moveStatus(found.row.subscriptionStatus, 'cancel');
    await tx
      .update(users)
      .set({
        subscriptionStatus: status,
        version: sql`${users.version} + 1`,
        updatedAt: new Date(),
      })
      .where(eq(users.id, id));
    await tx.delete(sessions).where(eq(sessions.userId, id));
    await recordAudit(tx, {
      tenantId: actor.tenantId,
      actorId: actor.userId,
      action: 'administrator_deactivated',
      entityType: 'user',
      entityId: id,
      before: { subscriptionStatus: found.row.subscriptionStatus },
      after: { subscriptionStatus: status },
      ip: options.ip,
    });
    const [saved] = await tx.select().from(users).where(eq(users.id, id));
    const grants = (await loadGrants(tx, [id])).get(id) ?? [];
    return found.present(saved ?? found.row, grants);
  });
}
