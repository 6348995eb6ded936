/** The tenant's positions (for employer users and administrators), by title. */
import { asc, eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { positions } from '../../db/schema.js';
import type { Actor } from '../../platform/actor.js';

export async function listPositions(db: Db, actor: Actor) {
  const items = await db
    .select({ id: positions.id, title: positions.title })
    .from(positions)
    .where(eq(positions.tenantId, actor.tenantId))
    .orderBy(asc(sql`lower(${positions.title})`));
  return { items };
}
