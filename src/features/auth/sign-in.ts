/**
 * Signs a person in: tenant slug + username or email + password. Unknown user and wrong
 * password get the same answer after the same argon2 work; the tenant's threshold of failures
 * in a row locks the account; success resets the counter. Every outcome is audited.
 */
import { and, eq, lt, or, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { sessions, tenants, users } from '../../db/schema.js';
import { canSignIn } from '../../domain/subscription.js';
import { AppError } from '../../platform/errors.js';
import { verifyPassword } from '../../platform/passwords.js';
import { newSecret, sha256 } from '../../platform/tokens.js';
import { recordAudit } from '../audit/record-audit.js';

const SESSION_HOURS = 12;

export interface SignInInput {
  tenant: string;
  username: string;
  password: string;
  ip: string | null;
}

const invalidCredentials = () =>
  new AppError(
    'invalid_credentials',
    'The organisation, username or password is not right. Check them and try again.',
    401,
  );

const locked = () =>
  new AppError(
    'account_locked',
    'This account is locked after too many failed sign-ins. Ask your administrator to unlock it.',
    423,
  );

async function findCandidate(db: Db, tenantSlug: string, username: string) {
  const name = username.trim().toLowerCase();
  const [row] = await db
    .select({
      tenantId: tenants.id,
      threshold: tenants.lockoutThreshold,
      userId: users.id,
      passwordHash: users.passwordHash,
      status: users.subscriptionStatus,
      failedSignIns: users.failedSignIns,
      lockedAt: users.lockedAt,
    })
    .from(tenants)
    .leftJoin(
      users,
      and(
        eq(users.tenantId, tenants.id),
        or(sql`lower(${users.username}) = ${name}`, sql`lower(${users.email}) = ${name}`),
      ),
    )
    .where(eq(tenants.slug, tenantSlug.trim().toLowerCase()))
    .limit(1);
  return row;
}

export async function signIn(db: Db, input: SignInInput) {
  const found = await findCandidate(db, input.tenant, input.username);
  const passwordOk = await verifyPassword(found?.passwordHash ?? null, input.password);
  if (!found?.userId) {
    if (found)
      await recordAudit(db, {
        tenantId: found.tenantId,
        actorId: null,
        action: 'sign_in_failed',
        entityType: 'user',
        after: { reason: 'unknown_user' },
        ip: input.ip,
      });
    throw invalidCredentials();
  }
  const { tenantId, userId } = found;
  const audit = (action: string, after: Record<string, unknown> = {}) =>
    recordAudit(db, {
      tenantId,
      actorId: userId,
      action,
      entityType: 'user',
      entityId: userId,
      after,
      ip: input.ip,
    });

  if (found.lockedAt) {
    await audit('sign_in_refused', { reason: 'locked' });
    throw locked();
  }
  if (!passwordOk) {
    const [updated] = await db
      .update(users)
      .set({
        failedSignIns: sql`${users.failedSignIns} + 1`,
        lockedAt: sql`case when ${users.failedSignIns} + 1 >= ${found.threshold} then now() else null end`,
      })
      .where(eq(users.id, userId))
      .returning({ failed: users.failedSignIns, lockedAt: users.lockedAt });
    await audit('sign_in_failed', { reason: 'wrong_password', failedSignIns: updated?.failed });
    if (updated?.lockedAt) {
      await audit('account_locked', { failedSignIns: updated.failed });
      throw locked();
    }
    throw invalidCredentials();
  }
  if (!found.status || !canSignIn(found.status)) {
    await audit('sign_in_refused', { reason: 'status', status: found.status });
    throw new AppError(
      'account_inactive',
      'This account cannot sign in at the moment. Please contact your training provider.',
      403,
    );
  }
  const sessionId = newSecret();
  const csrfToken = newSecret();
  await db.transaction(async (tx) => {
    await tx.update(users).set({ failedSignIns: 0 }).where(eq(users.id, userId));
    // Expired sessions of this person go as they sign in again, so the table does not grow.
    await tx
      .delete(sessions)
      .where(and(eq(sessions.userId, userId), lt(sessions.expiresAt, new Date())));
    await tx.insert(sessions).values({
      idHash: sha256(sessionId),
      tenantId,
      userId,
      csrfToken,
      expiresAt: new Date(Date.now() + SESSION_HOURS * 3600_000),
    });
    await recordAudit(tx, {
      tenantId,
      actorId: userId,
      action: 'sign_in',
      entityType: 'user',
      entityId: userId,
      ip: input.ip,
    });
  });
  return { sessionId, csrfToken, maxAgeSeconds: SESSION_HOURS * 3600 };
}

export async function signOut(db: Db, sessionId: string) {
  await db.delete(sessions).where(eq(sessions.idHash, sha256(sessionId)));
}
