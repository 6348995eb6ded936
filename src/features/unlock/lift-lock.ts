/** Lifting a lock, the same however it is asked for: counter reset, audited with who and how. */
import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { users } from '../../db/schema.js';
import { AppError } from '../../platform/errors.js';
import { recordAudit } from '../audit/record-audit.js';
import { userArchived } from '../users/user-state.js';

export const notLocked = () => new AppError('not_locked', 'This account is not locked.', 409);

/** Archived users cannot sign in whatever their lock: unlocking would change nothing. */
export const archivedNoUnlock = () =>
  userArchived(
    'This user is archived, and archived users cannot sign in whether locked or not. Restore the account first if they need to sign in again.',
  );

export async function liftLock(
  tx: Db,
  user: { id: number; tenantId: number },
  by: { actorId: number | null; via: 'administrator' | 'platform_support' | 'emailed_link' },
  ip: string | null,
) {
  await tx.update(users).set({ lockedAt: null, failedSignIns: 0 }).where(eq(users.id, user.id));
  await recordAudit(tx, {
    tenantId: user.tenantId,
    actorId: by.actorId,
    action: 'account_unlocked',
    entityType: 'user',
    entityId: user.id,
    after: { via: by.via },
    ip,
  });
}
