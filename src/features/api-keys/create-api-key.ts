/**
 * A signed-in standard administrator creates an API key that acts with their access. The key
 * is answered once; only its sha256 is stored, with an audit entry in the same transaction.
 */
import type { Db } from '../../db/client.js';
import { apiKeys } from '../../db/schema.js';
import type { Actor } from '../../platform/actor.js';
import { AppError, assert } from '../../platform/errors.js';
import { newSecret, sha256 } from '../../platform/tokens.js';
import { recordAudit } from '../audit/record-audit.js';
import { presentApiKey } from './present-api-key.js';

export async function createApiKey(
  db: Db,
  actor: Actor,
  name: string,
  options: { ip?: string | null } = {},
) {
  assert(
    actor.via === 'session' && actor.adminRole === 'standard',
    new AppError('forbidden', 'Only a signed-in administrator can create API keys.', 403),
  );
  const key = `rk_${newSecret()}`;
  const row = await db.transaction(async (tx) => {
    const [created] = await tx
      .insert(apiKeys)
      .values({ tenantId: actor.tenantId, adminId: actor.userId, name, keyHash: sha256(key) })
      .returning();
    if (!created) throw new Error('api key insert returned nothing');
    await recordAudit(tx, {
      tenantId: actor.tenantId,
      actorId: actor.userId,
      action: 'api_key_created',
      entityType: 'api_key',
      entityId: created.id,
      after: { name: created.name },
      ip: options.ip,
    });
    return created;
  });
  return { ...presentApiKey(row), key };
}
