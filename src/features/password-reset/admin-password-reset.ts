/**
 * An administrator sends a user they manage a password reset link. Refused plainly when it
 * could not help: no email address, not a Full user (invite or restore them instead), or
 * signing in through their identity provider.
 */
import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { tenants, users } from '../../db/schema.js';
import { canSignIn } from '../../domain/subscription.js';
import type { AdminActor } from '../../platform/actor.js';
import { AppError, assert, forbidden } from '../../platform/errors.js';
import { findVisibleUser } from '../users/get-user.js';
import { loadGroupLinks } from '../users/present-user.js';
import { canManageUser } from '../users/users.policy.js';
import { sendPasswordReset } from './send-password-reset.js';

export async function adminPasswordReset(
  db: Db,
  actor: AdminActor,
  id: number,
  context: { publicUrl: string; ip: string | null },
) {
  return db.transaction(async (tx) => {
    // The row lock makes two resets at once leave only the newer link valid.
    await tx.select({ id: users.id }).from(users).where(eq(users.id, id)).for('update');
    const user = await findVisibleUser(tx, actor, id);
    const groupIds = ((await loadGroupLinks(tx, [id])).get(id) ?? []).map((g) => g.id);
    assert(
      canManageUser(actor, { ...user, groupIds }),
      forbidden('You cannot reset the password of this user.'),
    );
    const email = user.email;
    if (!email)
      throw new AppError(
        'email_required',
        'Add an email address before sending a reset link.',
        422,
        {
          email: 'A reset link needs an email address.',
        },
      );
    if (!canSignIn(user.subscriptionStatus))
      throw new AppError(
        'cannot_reset_password',
        `Only a Full user has a password to reset; this user is ${user.subscriptionStatus}. Send an invitation instead, or restore the account first.`,
        409,
      );
    if (user.authenticationType !== 'password')
      throw new AppError(
        'cannot_reset_password',
        'This user signs in through their identity provider (SAML) and has no Roster password.',
        409,
      );
    const [tenant] = await tx
      .select({ name: tenants.name })
      .from(tenants)
      .where(eq(tenants.id, user.tenantId));
    const outboxId = await sendPasswordReset(
      tx,
      { ...user, email },
      { organisation: tenant?.name ?? 'Your training provider', actorId: actor.userId, ...context },
    );
    return { outboxId };
  });
}
