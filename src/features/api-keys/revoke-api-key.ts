/** An administrator revokes one of their own API keys; a key not theirs (or revoked) is a 404. */
import { and, eq, isNull } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { apiKeys } from '../../db/schema.js';
import type { Actor } from '../../platform/actor.js';
import { notFound } from '../../platform/errors.js';
import { recordAudit } from '../audit/record-audit.js';
import { presentApiKey } from './present-api-key.js';

export async function revokeApiKey(
  db: Db,
  actor: Actor,
  id: number,
  options: { ip?: string | null } = {},
) {
  return db.transaction(async (tx) => {
    const [row] = await tx
      .update(apiKeys)
      .set({ revokedAt: new Date() })
      .where(
        and(
          eq(apiKeys.id, id),
          eq(apiKeys.tenantId, actor.tenantId),
          eq(apiKeys.adminId, actor.userId),
          isNull(apiKeys.revokedAt),
        ),
      )
      .returning();
    if (!row) throw notFound('API key');
    await recordAudit(tx, {
      tenantId: actor.tenantId,
      actorId: actor.userId,
      action: 'api_key_revoked',
      entityType: 'api_key',
      entityId: row.id,
      ip: options.ip,
    });
    return presentApiKey(row);
  });
}
