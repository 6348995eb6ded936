/** Platform support changes a tenant's settings; the audit log keeps before and after. */
import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { tenants } from '../../db/schema.js';
import type { Actor } from '../../platform/actor.js';
import { recordAudit } from '../audit/record-audit.js';
import { getTenant } from './get-tenant.js';
import type { TUpdateTenantRequest } from './tenants.schema.js';

/** Saves `change` on the support actor's tenant and answers the tenant as saved. */
export async function updateTenant(
  db: Db,
  actor: Actor,
  change: TUpdateTenantRequest,
  options: { ip?: string | null } = {},
) {
  return db.transaction(async (tx) => {
    const before = await getTenant(tx, actor.tenantId);
    await tx.update(tenants).set(change).where(eq(tenants.id, actor.tenantId));
    await recordAudit(tx, {
      tenantId: actor.tenantId,
      actorId: actor.userId,
      action: 'tenant_updated',
      entityType: 'tenant',
      entityId: actor.tenantId,
      before,
      after: change,
      ip: options.ip,
    });
    return getTenant(tx, actor.tenantId);
  });
}
