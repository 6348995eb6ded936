/**
 * Sessions past their end, deleted by the worker's periodic sweep (jobs/registry.ts) so the
 * table does not grow; an expired session is already refused on every request (load-actor.ts),
 * so when it goes changes nothing. Kept off the sign-in's own statement, which it slowed.
 */
import { lt, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { sessions } from '../../db/schema.js';

export async function deleteExpiredSessions(db: Db) {
  const gone = await db
    .delete(sessions)
    .where(lt(sessions.expiresAt, sql`now()`))
    .returning({ userId: sessions.userId });
  return gone.length;
}
