/** The administrator's own API keys, newest first. */
import { and, desc, eq } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { apiKeys } from '../../db/schema.js';
import type { Actor } from '../../platform/actor.js';
import { presentApiKey } from './present-api-key.js';

export async function listApiKeys(db: Db, actor: Actor) {
  const rows = await db
    .select()
    .from(apiKeys)
    .where(and(eq(apiKeys.tenantId, actor.tenantId), eq(apiKeys.adminId, actor.userId)))
    .orderBy(desc(apiKeys.id));
  return { items: rows.map(presentApiKey) };
}
