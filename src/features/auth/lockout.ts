/**
 * The lockout: failures in a row counted per account, and per unknown username alike, so that
 * after the tenant's threshold a name no account holds answers exactly as a locked account
 * does. Taking the lock is one conditional UPDATE, so parallel failures lock (and audit) once;
 * taking it ends the account's sessions. A tenant may let a lock lift by itself after N minutes.
 */
import { and, eq, isNotNull, isNull, lte, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { sessions, signInFailures, users } from '../../db/schema.js';
import { isLockActive } from '../../domain/account-access.js';
import { recordAudit } from '../audit/record-audit.js';

/** Who the failures are counted against: an account, or a name no account holds. */
export interface LockoutSubject {
  tenantId: number;
  threshold: number;
  autoUnlockMinutes: number | null;
  /** The account, or null for an unknown name. */
  userId: number | null;
  /** The username as typed, trimmed and lower-cased. */
  name: string;
  lockedAt: Date | null;
  ip: string | null;
}

const lockedBefore = (
  column: typeof users.lockedAt | typeof signInFailures.lockedAt,
  minutes: number,
) => and(isNotNull(column), lte(column, sql`now() - make_interval(mins => ${minutes})`));

const nameRow = (s: LockoutSubject) =>
  and(eq(signInFailures.tenantId, s.tenantId), eq(signInFailures.name, s.name));

/** When the subject has no account: the lock on the name, if any. */
export async function nameLockedAt(db: Db, tenantId: number, name: string) {
  const [row] = await db
    .select({ lockedAt: signInFailures.lockedAt })
    .from(signInFailures)
    .where(and(eq(signInFailures.tenantId, tenantId), eq(signInFailures.name, name)));
  return row?.lockedAt ?? null;
}

/** Lifts a lock whose automatic-unlock time has passed; audited once, by whoever lifts it. */
async function liftExpiredLock(db: Db, s: LockoutSubject, minutes: number) {
  if (s.userId === null) {
    await db
      .update(signInFailures)
      .set({ lockedAt: null, failedSignIns: 0, updatedAt: new Date() })
      .where(and(nameRow(s), lockedBefore(signInFailures.lockedAt, minutes)));
    return;
  }
  const lifted = await db
    .update(users)
    .set({ lockedAt: null, failedSignIns: 0 })
    .where(and(eq(users.id, s.userId), lockedBefore(users.lockedAt, minutes)))
    .returning({ id: users.id });
  if (lifted.length > 0)
    await recordAudit(db, {
      tenantId: s.tenantId,
      actorId: null,
      action: 'account_unlocked',
      entityType: 'user',
      entityId: s.userId,
      after: { reason: 'automatic', afterMinutes: minutes },
      ip: s.ip,
    });
}

/** True while the subject is locked; a lock past the tenant's automatic unlock is lifted. */
export async function isLocked(db: Db, s: LockoutSubject) {
  if (isLockActive(s.lockedAt, s.autoUnlockMinutes, new Date())) return true;
  if (s.lockedAt !== null && s.autoUnlockMinutes !== null)
    await liftExpiredLock(db, s, s.autoUnlockMinutes);
  return false;
}

async function countUnknownName(db: Db, s: LockoutSubject) {
  const [row] = await db
    .insert(signInFailures)
    .values({ tenantId: s.tenantId, name: s.name, failedSignIns: 1 })
    .onConflictDoUpdate({
      target: [signInFailures.tenantId, signInFailures.name],
      set: { failedSignIns: sql`${signInFailures.failedSignIns} + 1`, updatedAt: new Date() },
    })
    .returning({ failed: signInFailures.failedSignIns });
  const failed = row?.failed ?? 0;
  if (failed >= s.threshold)
    await db
      .update(signInFailures)
      .set({ lockedAt: new Date() })
      .where(and(nameRow(s), isNull(signInFailures.lockedAt)));
  await recordAudit(db, {
    tenantId: s.tenantId,
    actorId: null,
    action: 'sign_in_failed',
    entityType: 'user',
    after: { reason: 'unknown_user' },
    ip: s.ip,
  });
  return failed;
}

async function countAccount(db: Db, s: LockoutSubject, userId: number) {
  const [row] = await db
    .update(users)
    .set({ failedSignIns: sql`${users.failedSignIns} + 1` })
    .where(eq(users.id, userId))
    .returning({ failed: users.failedSignIns });
  const failed = row?.failed ?? 0;
  const audit = (action: string, after: Record<string, unknown>) =>
    recordAudit(db, {
      tenantId: s.tenantId,
      actorId: userId,
      action,
      entityType: 'user',
      entityId: userId,
      after,
      ip: s.ip,
    });
  await audit('sign_in_failed', { reason: 'wrong_password', failedSignIns: failed });
  if (failed < s.threshold) return failed;
  // The transition to locked: only the one request that changes the row audits it.
  const taken = await db
    .update(users)
    .set({ lockedAt: new Date() })
    .where(
      and(
        eq(users.id, userId),
        isNull(users.lockedAt),
        sql`${users.failedSignIns} >= ${s.threshold}`,
      ),
    )
    .returning({ id: users.id });
  if (taken.length > 0) {
    await db.delete(sessions).where(eq(sessions.userId, userId));
    await audit('account_locked', { failedSignIns: failed });
  }
  return failed;
}

/** Counts one failure; true when the subject is locked by it (or already was). */
export async function recordFailure(db: Db, s: LockoutSubject) {
  const failed =
    s.userId === null ? await countUnknownName(db, s) : await countAccount(db, s, s.userId);
  return failed >= s.threshold;
}
