/**
 * A signed-in person changes their own password: the current one first (so a session left
 * open on a shared computer cannot be used to take the account), the new one held to the
 * password policy and hashed with argon2id. Every other session of the account ends; this
 * one stays. Audited. Rate-limited per account and per address by the route.
 */
import { and, eq, ne, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { sessions, users } from '../../db/schema.js';
import { checkPassword } from '../../domain/password-policy.js';
import type { Actor } from '../../platform/actor.js';
import { AppError, invalid, notFound } from '../../platform/errors.js';
import { hashPassword, verifyPassword } from '../../platform/passwords.js';
import { sha256 } from '../../platform/tokens.js';
import { recordAudit } from '../audit/record-audit.js';

/** Changes the caller's password; `sessionId` is the cookie of the session that stays. */
export async function changePassword(
  db: Db,
  actor: Actor,
  input: {
    currentPassword: string;
    newPassword: string;
    sessionId: string | null;
    ip: string | null;
  },
) {
  const [me] = await db
    .select()
    .from(users)
    .where(and(eq(users.id, actor.userId), eq(users.tenantId, actor.tenantId)));
  if (!me) throw notFound('user');
  if (me.authenticationType !== 'password')
    throw new AppError(
      'cannot_reset_password',
      'You sign in through your organisation’s single sign-on, so Roster holds no password for you.',
      409,
    );
  if (!(await verifyPassword(me.passwordHash, input.currentPassword)))
    throw invalid({ currentPassword: 'That is not your current password.' });
  const problem = checkPassword(input.newPassword, {
    username: me.username ?? me.email ?? '',
    email: me.email,
  });
  if (problem) throw invalid({ newPassword: problem });
  if (input.newPassword === input.currentPassword)
    throw invalid({ newPassword: 'Choose a password different from your current one.' });
  const passwordHash = await hashPassword(input.newPassword);
  await db.transaction(async (tx) => {
    await tx
      .update(users)
      .set({ passwordHash, version: sql`${users.version} + 1`, updatedAt: new Date() })
      .where(eq(users.id, me.id));
    const keep = input.sessionId ? sha256(input.sessionId) : '';
    await tx.delete(sessions).where(and(eq(sessions.userId, me.id), ne(sessions.idHash, keep)));
    await recordAudit(tx, {
      tenantId: me.tenantId,
      actorId: me.id,
      action: 'password_changed',
      entityType: 'user',
      entityId: me.id,
      after: { otherSessionsEnded: true },
      ip: input.ip,
    });
  });
}
