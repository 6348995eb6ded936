/** Platform support changes a tenant's settings; the audit log keeps before and after. */
import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { tenants } from '../../db/schema.js';
import type { Actor } from '../../platform/actor.js';
import { recordAudit } from '../audit/record-audit.js';
import { getTenant } from './get-tenant.js';
import type { TUpdateTenantRequest } from './tenants.schema.js';

/**
 * Saves `change` on tenant `tenantId` (the support actor's own when left out: platform support
 * manages every tenant) and answers the tenant as saved; 404 when there is no such tenant.
 */
export async function updateTenant(
  db: Db,
  actor: Actor,
  change: TUpdateTenantRequest,
  options: { ip?: string | null; tenantId?: number } = {},
) {
  const tenantId = options.tenantId ?? actor.tenantId;
  return db.transaction(async (tx) => {
    const before = await getTenant(tx, tenantId);
    await tx.update(tenants).set(change).where(eq(tenants.id, tenantId));
    await recordAudit(tx, {
      tenantId,
      actorId: actor.userId,
      action: 'tenant_updated',
      entityType: 'tenant',
      entityId: tenantId,
      before,
      after: change,
      ip: options.ip,
    });
    return getTenant(tx, tenantId);
  });
}
