/** SQL for self-registration: the tenant behind a public link (the learner is written by the learner write service). */
import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { tenants } from '../../db/schema.js';

export async function findTenantBySlug(db: Db, slug: string) {
  const [row] = await db
    .select({ id: tenants.id, slug: tenants.slug, name: tenants.name })
    .from(tenants)
    .where(eq(tenants.slug, slug.toLowerCase()));
  return row ?? null;
}
