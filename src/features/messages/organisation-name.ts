/** The tenant's name, as {{organisationName}} says it. */
import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { tenants } from '../../db/schema.js';

export async function organisationName(db: Db, tenantId: number) {
  const [tenant] = await db
    .select({ name: tenants.name })
    .from(tenants)
    .where(eq(tenants.id, tenantId));
  return tenant?.name ?? '';
}
