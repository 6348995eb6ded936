/**
 * Emails a password reset link to an account that signs in with a password: single-use,
 * expiring, stored hashed, replacing any older reset link (the caller holds the user row FOR
 * UPDATE). Who asked is audited: the person from the sign-in page, or an administrator.
 */
import type { Db } from '../../db/client.js';
import type { users } from '../../db/schema.js';
import { enqueueMail } from '../../platform/mail/outbox.js';
import { issueUserToken } from '../../platform/user-tokens.js';
import { recordAudit } from '../audit/record-audit.js';
import { passwordResetEmail } from './password-reset-email.js';

export const RESET_LINK_MINUTES = 60;

type UserRow = typeof users.$inferSelect;

export async function sendPasswordReset(
  tx: Db,
  user: UserRow & { email: string },
  context: { organisation: string; publicUrl: string; actorId: number | null; ip: string | null },
) {
  const token = await issueUserToken(tx, user, 'password_reset', RESET_LINK_MINUTES * 60_000);
  const mail = passwordResetEmail({
    firstName: user.firstName,
    organisation: context.organisation,
    link: `${context.publicUrl}/reset-password?token=${encodeURIComponent(token)}`,
    expiresMinutes: RESET_LINK_MINUTES,
    byAdministrator: context.actorId !== null && context.actorId !== user.id,
  });
  const outboxId = await enqueueMail(tx, {
    tenantId: user.tenantId,
    userId: user.id,
    to: user.email,
    ...mail,
  });
  await recordAudit(tx, {
    tenantId: user.tenantId,
    actorId: context.actorId,
    action: 'password_reset_sent',
    entityType: 'user',
    entityId: user.id,
    after: { outboxId },
    ip: context.ip,
  });
  return outboxId;
}
