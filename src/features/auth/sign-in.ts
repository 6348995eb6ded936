/**
 * Signs a person in: tenant slug + username or email + password. Unknown user and wrong
 * password get the same answer after the same argon2 work; the tenant's threshold of failures
 * in a row locks the account, and an unknown name alike (lockout.ts); success resets the
 * counter. Every outcome is audited.
 */
import { eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { auditLog, sessions, users } from '../../db/schema.js';
import { canSignIn } from '../../domain/subscription.js';
import { AppError } from '../../platform/errors.js';
import { verifyPassword } from '../../platform/passwords.js';
import { newSecret, sha256 } from '../../platform/tokens.js';
import { recordAudit } from '../audit/record-audit.js';
import { toActor } from './load-actor.js';
import { isLocked, type LockoutSubject, nameLockedAt, recordFailure } from './lockout.js';
import { type SignInCandidate, signInName } from './sign-in-attempt.js';

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

/**
 * Signs in with the account `countSignInAttempt` read (sign-in-attempt.ts) once both limits
 * let the attempt through.
 */
export async function signIn(db: Db, input: SignInInput, found: SignInCandidate) {
  const name = signInName(input.username);
  const passwordOk = await verifyPassword(found.passwordHash, input.password);
  const { tenantId, userId } = found;
  if (tenantId === null || found.threshold === null) throw invalidCredentials();
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
  if (!found.status || !canSignIn(found.status) || found.suspendedAt) {
    await audit(
      'sign_in_refused',
      found.suspendedAt ? { reason: 'suspended' } : { reason: 'status', status: found.status },
    );
    throw new AppError(
      'account_inactive',
      'This account cannot sign in at the moment. Please contact your training provider.',
      403,
    );
  }
  const sessionId = newSecret();
  const csrfToken = newSecret();
  await startSession(db, {
    tenantId,
    userId,
    sessionId,
    csrfToken,
    ip: input.ip,
    resetFailures: (found.failedSignIns ?? 0) > 0,
  });
  const actor = toActor({ ...found, groupIds: null }, 'session', csrfToken);
  if (!actor) throw invalidCredentials();
  return { sessionId, csrfToken, maxAgeSeconds: SESSION_HOURS * 3600, actor };
}

/**
 * One statement, so one round trip and atomic: the failure count resets (only when failures
 * were counted), the session starts and the sign-in is audited. Expired sessions are deleted
 * by the worker's sweep (delete-expired-sessions.ts), not here.
 *
 * Committed without waiting for the WAL flush (`synchronous_commit` off for this statement
 * alone), which cost 3–6 ms of every sign-in, more than the rest of the request besides
 * argon2. Nothing is weakened: the commit is atomic and visible at once; the WAL is flushed
 * in order within 3 × wal_writer_delay (0.6 s), and any later durable commit (every write the
 * new session makes, any other request's) flushes it first. A database crash inside that window
 * loses the session and its audit entry together, never one without the other, and the reset
 * of the failure count with them (which only keeps the count higher). Failures, refusals and
 * lockouts are committed durably as before (lockout.ts).
 */
async function startSession(
  db: Db,
  s: {
    tenantId: number;
    userId: number;
    sessionId: string;
    csrfToken: string;
    ip: string | null;
    /** Failures were counted: the sign-in sets the count back to zero. */
    resetFailures: boolean;
  },
) {
  const expiresAt = new Date(Date.now() + SESSION_HOURS * 3600_000);
  const reset = s.resetFailures
    ? sql`, reset as (
      update ${users} set failed_sign_ins = 0 where ${users.id} = ${s.userId}
    )`
    : sql``;
  await db.execute(sql`
    with relaxed as (
      select set_config('synchronous_commit', 'off', true)
    )${reset}, started as (
      insert into ${sessions} (id_hash, tenant_id, user_id, csrf_token, expires_at)
      values (${sha256(s.sessionId)}, ${s.tenantId}, ${s.userId}, ${s.csrfToken}, ${expiresAt})
    )
    insert into ${auditLog} (tenant_id, actor_id, action, entity_type, entity_id, ip)
    select ${s.tenantId}, ${s.userId}, 'sign_in', 'user', ${String(s.userId)}, ${s.ip}
    from relaxed`);
}

export async function signOut(db: Db, sessionId: string) {
  await db.delete(sessions).where(eq(sessions.idHash, sha256(sessionId)));
}
