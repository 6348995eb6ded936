/**
 * The one answer to "can this account sign in now": its subscription status must allow it
 * (subscription.ts) and it must not be locked. Sign-in, the session lookup and the API-key
 * lookup all ask here, so an account that cannot sign in cannot keep using a session or key.
 */
import { canSignIn, type TSubscriptionStatus } from './subscription.js';

const MINUTE = 60_000;
/** Longest automatic unlock a tenant may choose: one week. */
export const AUTO_UNLOCK_MAX_MINUTES = 10_080;

/** True while a lock taken at `lockedAt` holds: for ever, or until the tenant's minutes pass. */
export function isLockActive(
  lockedAt: Date | null,
  autoUnlockMinutes: number | null,
  now: Date,
): boolean {
  if (lockedAt === null) return false;
  if (autoUnlockMinutes === null) return true;
  return now.getTime() < lockedAt.getTime() + autoUnlockMinutes * MINUTE;
}

/**
 * Why an account cannot sign in: `locked` (too many failures), `suspended` (an administrator
 * paused its access) or `inactive` (its status).
 */
export type TSignInRefusal = 'locked' | 'suspended' | 'inactive';

/** Null when the account may sign in now; otherwise why not. The lock is named first. */
export function signInRefusal(
  account: { status: TSubscriptionStatus; lockedAt: Date | null; suspendedAt: Date | null },
  autoUnlockMinutes: number | null,
  now: Date,
): TSignInRefusal | null {
  if (isLockActive(account.lockedAt, autoUnlockMinutes, now)) return 'locked';
  if (account.suspendedAt !== null) return 'suspended';
  return canSignIn(account.status) ? null : 'inactive';
}
