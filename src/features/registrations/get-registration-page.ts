/** What the public registration page shows of a tenant: its name, or not found. */
import type { Db } from '../../db/client.js';
import { assert, notFound } from '../../platform/errors.js';
import { findTenantBySlug } from './registrations.queries.js';

export async function getRegistrationPage(db: Db, tenantSlug: string) {
  const tenant = await findTenantBySlug(db, tenantSlug);
  assert(tenant, notFound('registration page'));
  return { slug: tenant.slug, name: tenant.name };
}
