/**
 * The emailed reset link: claiming the token is a conditional UPDATE (unused, unexpired), so a
 * link sets a password once however often it is sent. The new password must meet the policy;
 * every session of the account ends, and a lock (if any) lifts, since the link proves the
 * person holds the mailbox, as the unlock link does.
 */
import { and, eq, gt, isNull, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { sessions, tenants, users, userTokens } from '../../db/schema.js';
import { checkPassword } from '../../domain/password-policy.js';
import { canSignIn } from '../../domain/subscription.js';
import { AppError, invalid } from '../../platform/errors.js';
import { hashPassword } from '../../platform/passwords.js';
import { sha256 } from '../../platform/tokens.js';
import { recordAudit } from '../audit/record-audit.js';
import { liftLock } from '../unlock/lift-lock.js';

const badLink = () =>
  new AppError(
    'invalid_token',
    'This reset link is not valid any more: it may have been used, replaced by a newer email, or expired. Ask for a new one from the sign-in page.',
    422,
    { token: 'This reset link is not valid any more.' },
  );

export async function resetPassword(
  db: Db,
  input: { token: string; password: string; ip: string | null },
) {
  const passwordHash = await hashPassword(input.password);
  return db.transaction(async (tx) => {
    const [found] = await tx
      .select({ tokenId: userTokens.id, user: users, tenant: tenants.slug })
      .from(userTokens)
      .innerJoin(
        users,
        and(eq(users.id, userTokens.userId), eq(users.tenantId, userTokens.tenantId)),
      )
      .innerJoin(tenants, eq(tenants.id, users.tenantId))
      .where(
        and(
          eq(userTokens.tokenHash, sha256(input.token)),
          eq(userTokens.purpose, 'password_reset'),
          isNull(userTokens.usedAt),
          gt(userTokens.expiresAt, new Date()),
        ),
      )
      .for('update', { of: users });
    if (!found) throw badLink();
    const { user } = found;
    // The account may have changed since the email: archived, expired or moved to SAML.
    if (!canSignIn(user.subscriptionStatus) || user.authenticationType !== 'password')
      throw badLink();
    const problem = checkPassword(input.password, {
      username: user.username ?? user.email ?? '',
      email: user.email,
    });
    if (problem) throw invalid({ password: problem });
    const claimed = await tx
      .update(userTokens)
      .set({ usedAt: new Date() })
      .where(and(eq(userTokens.id, found.tokenId), isNull(userTokens.usedAt)))
      .returning({ id: userTokens.id });
    if (claimed.length === 0) throw badLink();
    await tx
      .update(users)
      .set({ passwordHash, version: sql`${users.version} + 1`, updatedAt: new Date() })
      .where(eq(users.id, user.id));
    await tx.delete(sessions).where(eq(sessions.userId, user.id));
    await recordAudit(tx, {
      tenantId: user.tenantId,
      actorId: user.id,
      action: 'password_reset',
      entityType: 'user',
      entityId: user.id,
      after: { sessionsEnded: true },
      ip: input.ip,
    });
    if (user.lockedAt !== null)
      await liftLock(tx, user, { actorId: user.id, via: 'emailed_link' }, input.ip);
    return { tenant: found.tenant };
  });
}
