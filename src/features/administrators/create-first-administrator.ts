/**
 * A new tenant's first administrator (tenants/create-tenant.ts calls this inside its
 * transaction): a standard administrator through the administrator writer, with full access —
 * the tenant has no groups yet, and whoever holds every root hierarchy creates the next ones
 * and is granted each (groups/group-access.ts) — and invited by email.
 */
import type { Db } from '../../db/client.js';
import type { Actor } from '../../platform/actor.js';
import { type Inviter, sendInvitation } from '../invitations/send-invitation.js';
import { type AdministratorPerson, insertAdministrator } from './write-administrator.js';

export async function createFirstAdministrator(
  tx: Db,
  tenant: { id: number; slug: string; name: string },
  inviter: Inviter,
  person: AdministratorPerson,
  publicUrl: string,
) {
  // The person rules run for the new tenant: who else holds the email there (nobody yet).
  const inTenant: Actor = {
    tenantId: tenant.id,
    tenantSlug: tenant.slug,
    tenantName: tenant.name,
    userId: inviter === 'operator' ? 0 : inviter.userId,
    type: 'admin',
    adminRole: 'standard',
    email: null,
    firstName: '',
    surname: '',
    accessibleGroupIds: new Set(),
    via: 'session',
    csrfToken: null,
  };
  const row = await insertAdministrator(tx, inTenant, {
    person,
    groupIds: [],
    invite: true,
    allowNoGroups: true,
  });
  const invitation = await sendInvitation(tx, inviter, row, publicUrl);
  return { id: row.id, email: row.email, ...invitation };
}
