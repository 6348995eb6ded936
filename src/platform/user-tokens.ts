/**
 * Emailed single-use links (activation, unlock): a new token replaces every unused one of the
 * same purpose, and only its sha256 is stored. Callers hold the user row FOR UPDATE, so of two
 * requests at once the later one's link is the only one left valid.
 */
import { and, eq, isNull } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import { userTokens } from '../db/schema.js';
import { newSecret, sha256 } from './tokens.js';

type Purpose = (typeof userTokens.$inferInsert)['purpose'];

/** Stores a new token for the user and returns it in clear, for the emailed link only. */
export async function issueUserToken(
  tx: Db,
  user: { id: number; tenantId: number },
  purpose: Purpose,
  lifetimeMs: number,
): Promise<string> {
  await tx
    .update(userTokens)
    .set({ usedAt: new Date() })
    .where(
      and(
        eq(userTokens.userId, user.id),
        eq(userTokens.purpose, purpose),
        isNull(userTokens.usedAt),
      ),
    );
  const token = newSecret();
  await tx.insert(userTokens).values({
    tenantId: user.tenantId,
    userId: user.id,
    purpose,
    tokenHash: sha256(token),
    expiresAt: new Date(Date.now() + lifetimeMs),
  });
  return token;
}
