/**
 * Sends (or re-sends) the activation email: older links stop working, a new single-use token
 * is stored hashed, the user becomes Invited, and the email goes to the outbox, all in one
 * transaction with the audit entry, under a lock of the user row.
 */
import { eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { tenants, users } from '../../db/schema.js';
import type { AdminActor } from '../../platform/actor.js';
import { AppError, notFound } from '../../platform/errors.js';
import { enqueueMail } from '../../platform/mail/outbox.js';
import { issueUserToken } from '../../platform/user-tokens.js';
import { recordAudit } from '../audit/record-audit.js';
import { loadEmailTemplate } from '../email-templates/load-email-template.js';
import { moveStatus } from '../users/move-status.js';
import { activationEmail } from './activation-email.js';

export const ACTIVATION_DAYS = 7;

type UserRow = typeof users.$inferSelect;

/** Who sends it: an administrator, or an operator at the command line (`npm run tenant`). */
export type Inviter = AdminActor | 'operator';

export async function sendInvitation(tx: Db, actor: Inviter, loaded: UserRow, publicUrl: string) {
  // One invitation at a time per user: the row lock makes the next one wait until this one has
  // replaced the older links, so only the newest link is ever valid (issue 8: thirty at once).
  const [user] = await tx.select().from(users).where(eq(users.id, loaded.id)).for('update');
  if (!user) throw notFound('user');
  if (!user.email)
    throw new AppError(
      'email_required',
      'Add an email address before sending an invitation.',
      422,
      {
        email: 'An invitation needs an email address.',
      },
    );
  const status = moveStatus(user.subscriptionStatus, 'invite');
  const token = await issueUserToken(tx, user, 'activation', ACTIVATION_DAYS * 86_400_000);
  await tx
    .update(users)
    .set({ subscriptionStatus: status, version: sql`${users.version} + 1`, updatedAt: new Date() })
    .where(eq(users.id, user.id));
  const [tenant] = await tx
    .select({ name: tenants.name, slug: tenants.slug })
    .from(tenants)
    .where(eq(tenants.id, user.tenantId));
  const template = await loadEmailTemplate(tx, user.tenantId, 'activation');
  const mail = activationEmail(template, {
    firstName: user.firstName,
    surname: user.surname,
    organisation: tenant?.name ?? 'Your training provider',
    link: `${publicUrl}/activate?token=${encodeURIComponent(token)}`,
    expiresDays: ACTIVATION_DAYS,
  });
  const outboxId = await enqueueMail(tx, {
    tenantId: user.tenantId,
    userId: user.id,
    to: user.email,
    ...mail,
  });
  await recordAudit(tx, {
    tenantId: user.tenantId,
    actorId: actor === 'operator' ? null : actor.userId,
    action: 'invitation_sent',
    entityType: 'user',
    entityId: user.id,
    before: { subscriptionStatus: user.subscriptionStatus },
    after: { subscriptionStatus: status, outboxId },
  });
  return { subscriptionStatus: status, outboxId: outboxId ?? null };
}
