/**
 * The emailed unlock link: the token must be unused, unexpired and the newest for the user;
 * claiming it is a conditional UPDATE, so it unlocks once however often it is sent.
 */
import { and, eq, gt, isNull } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { tenants, users, userTokens } from '../../db/schema.js';
import { AppError } from '../../platform/errors.js';
import { sha256 } from '../../platform/tokens.js';
import { liftLock } from './lift-lock.js';

const badLink = () =>
  new AppError(
    'invalid_token',
    'This unlock link is not valid any more: it may have been used, replaced by a newer email, or expired. Ask for a new one from the sign-in page, or ask your administrator to unlock your account.',
    422,
    { token: 'This unlock link is not valid any more.' },
  );

export async function unlockWithLink(db: Db, token: string, ip: string | null) {
  return db.transaction(async (tx) => {
    const claimed = await tx
      .update(userTokens)
      .set({ usedAt: new Date() })
      .where(
        and(
          eq(userTokens.tokenHash, sha256(token)),
          eq(userTokens.purpose, 'unlock'),
          isNull(userTokens.usedAt),
          gt(userTokens.expiresAt, new Date()),
        ),
      )
      .returning({ userId: userTokens.userId, tenantId: userTokens.tenantId });
    const [claim] = claimed;
    if (!claim) throw badLink();
    const [row] = await tx
      .select({ lockedAt: users.lockedAt, tenant: tenants.slug })
      .from(users)
      .innerJoin(tenants, eq(tenants.id, users.tenantId))
      .where(and(eq(users.id, claim.userId), eq(users.tenantId, claim.tenantId)));
    if (!row) throw badLink();
    const user = { id: claim.userId, tenantId: claim.tenantId };
    if (row.lockedAt !== null)
      await liftLock(tx, user, { actorId: user.id, via: 'emailed_link' }, ip);
    return { tenant: row.tenant };
  });
}
