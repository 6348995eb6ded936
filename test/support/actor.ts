/** An administrator as the use cases see one, without a session (service tests and benches). */
import type { Db } from '../../src/db/client.js';
import { expandSubtrees } from '../../src/domain/group-tree.js';
import { loadAccessGrants, loadGroups } from '../../src/features/groups/groups.queries.js';
import type { Actor } from '../../src/platform/actor.js';

export async function adminActor(
  db: Db,
  tenant: { id: number; slug: string },
  admin: { id: number; email: string | null; firstName: string; surname: string },
): Promise<Actor> {
  const groups = await loadGroups(db, tenant.id);
  return {
    tenantId: tenant.id,
    tenantSlug: tenant.slug,
    userId: admin.id,
    type: 'admin',
    adminRole: 'standard',
    email: admin.email,
    firstName: admin.firstName,
    surname: admin.surname,
    accessibleGroupIds: expandSubtrees(groups, await loadAccessGrants(db, admin.id)),
    via: 'session',
    csrfToken: null,
  };
}
