/**
 * Platform support (or an operator at the command line) creates a tenant with its first
 * administrator, who is invited by email: all in one transaction, so a refused administrator
 * (a bad email, say) leaves no tenant behind.
 */
import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { tenants } from '../../db/schema.js';
import { slugTakenMessage } from '../../domain/tenant-slug.js';
import { AppError } from '../../platform/errors.js';
import { withIdentityKeys } from '../../platform/identity-conflict.js';
import { createFirstAdministrator } from '../administrators/create-first-administrator.js';
import { recordAudit } from '../audit/record-audit.js';
import type { Inviter } from '../invitations/send-invitation.js';
import { getTenant } from './get-tenant.js';
import type { TCreateTenantRequest } from './tenants.schema.js';

const prefixed = (error: unknown) => {
  // The administrator's field problems are named as the request names them.
  if (!(error instanceof AppError) || error.status !== 422) return error;
  const fields = Object.fromEntries(
    Object.entries(error.fields).map(([key, why]) => [`firstAdministrator.${key}`, why]),
  );
  return new AppError(error.code, error.message, error.status, fields);
};

export async function createTenant(
  db: Db,
  inviter: Inviter,
  request: TCreateTenantRequest,
  options: { publicUrl: string; ip?: string | null },
) {
  return withIdentityKeys(() =>
    db.transaction(async (tx) => {
      const [taken] = await tx
        .select({ id: tenants.id })
        .from(tenants)
        .where(eq(tenants.slug, request.slug));
      if (taken)
        throw new AppError('slug_taken', slugTakenMessage(request.slug), 409, {
          slug: slugTakenMessage(request.slug),
        });
      const [tenant] = await tx
        .insert(tenants)
        .values({ slug: request.slug, name: request.name, settings: request.settings ?? {} })
        .returning();
      if (!tenant) throw new Error('tenant insert returned nothing');
      const administrator = await createFirstAdministrator(
        tx,
        tenant,
        inviter,
        request.firstAdministrator,
        options.publicUrl,
      ).catch((error: unknown) => {
        throw prefixed(error);
      });
      await recordAudit(tx, {
        tenantId: tenant.id,
        actorId: inviter === 'operator' ? null : inviter.userId,
        action: 'tenant_created',
        entityType: 'tenant',
        entityId: tenant.id,
        after: {
          slug: tenant.slug,
          name: tenant.name,
          firstAdministratorId: administrator.id,
          by:
            inviter === 'operator'
              ? 'operator'
              : `user ${inviter.userId} of tenant ${inviter.tenantId}`,
        },
        ip: options.ip,
      });
      return { ...(await getTenant(tx, tenant.id)), firstAdministrator: administrator };
    }),
  );
}
