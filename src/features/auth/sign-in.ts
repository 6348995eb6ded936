/**
 * Signs a person in: tenant slug + username or email + password. Unknown user and wrong
 * password get the same answer after the same argon2 work; the tenant's threshold of failures
 * in a row locks the account, and an unknown name alike (lockout.ts); success resets the
 * counter. Every outcome is audited.
 */
import { and, eq, lt, or, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { sessions, tenants, users } from '../../db/schema.js';
import { canSignIn } from '../../domain/subscription.js';
import { AppError } from '../../platform/errors.js';
import { verifyPassword } from '../../platform/passwords.js';
import { newSecret, sha256 } from '../../platform/tokens.js';
import { recordAudit } from '../audit/record-audit.js';
import { isLocked, type LockoutSubject, nameLockedAt, recordFailure } from './lockout.js';

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

/** The same answer for every locked name, known or not, so the lock does not reveal who exists. */
export const accountLocked = (autoUnlockMinutes: number | null) =>
  new AppError(
    'account_locked',
    `This account is locked after too many failed sign-ins. Ask your administrator to unlock it, or choose "Locked out?" to get an unlock link by email.${
      autoUnlockMinutes === null
        ? ''
        : ` It also unlocks by itself ${autoUnlockMinutes} minutes after it was locked.`
    }`,
    423,
  );

async function findCandidate(db: Db, tenantSlug: string, name: string) {
  const [row] = await db
    .select({
      tenantId: tenants.id,
      threshold: tenants.lockoutThreshold,
      autoUnlockMinutes: tenants.autoUnlockMinutes,
      userId: users.id,
      passwordHash: users.passwordHash,
      status: users.subscriptionStatus,
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

const auditFor =
  (db: Db, input: SignInInput, tenantId: number, userId: number) =>
  (action: string, after: Record<string, unknown> = {}) =>
    recordAudit(db, {
      tenantId,
      actorId: userId,
      action,
      entityType: 'user',
      entityId: userId,
      after,
      ip: input.ip,
    });

export async function signIn(db: Db, input: SignInInput) {
  const name = input.username.trim().toLowerCase();
  const found = await findCandidate(db, input.tenant, name);
  const passwordOk = await verifyPassword(found?.passwordHash ?? null, input.password);
  if (!found) throw invalidCredentials();
  const { tenantId, userId } = found;
  const subject: LockoutSubject = {
    tenantId,
    threshold: found.threshold,
    autoUnlockMinutes: found.autoUnlockMinutes,
    userId,
    name,
    lockedAt: userId === null ? await nameLockedAt(db, tenantId, name) : found.lockedAt,
    ip: input.ip,
  };
  if (await isLocked(db, subject)) {
    if (userId !== null)
      await auditFor(db, input, tenantId, userId)('sign_in_refused', { reason: 'locked' });
    throw accountLocked(found.autoUnlockMinutes);
  }
  if (userId === null || !passwordOk) {
    if (await recordFailure(db, subject)) throw accountLocked(found.autoUnlockMinutes);
    throw invalidCredentials();
  }
  const audit = auditFor(db, input, tenantId, userId);
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
