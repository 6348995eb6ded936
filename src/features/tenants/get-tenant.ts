/** A tenant with its settings parsed: the one way other features read a tenant. */
import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { tenants } from '../../db/schema.js';
import { ZTenantSettings } from '../../domain/tenant-fields.js';
import { notFound } from '../../platform/errors.js';

/** The tenant `tenantId`, or a 404. */
export async function getTenant(db: Db, tenantId: number) {
  const [row] = await db.select().from(tenants).where(eq(tenants.id, tenantId));
  if (!row) throw notFound('tenant');
  return { ...row, settings: ZTenantSettings.parse(row.settings) };
}
