/**
 * The email as a person would get it from this wording (saved or not): filled in with an
 * example person, the tenant's name and an example link that activates nothing.
 */
import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { tenants } from '../../db/schema.js';
import { renderTemplate } from '../../domain/email-template.js';
import type { AdminActor } from '../../platform/actor.js';
import { ACTIVATION_DAYS } from '../invitations/send-invitation.js';
import { assertTemplateEditor } from './email-template-access.js';
import type { TEmailTemplateRequest } from './email-templates.schema.js';

export async function previewEmailTemplate(
  db: Db,
  actor: AdminActor,
  request: TEmailTemplateRequest,
  publicUrl: string,
) {
  assertTemplateEditor(actor);
  const [tenant] = await db
    .select({ name: tenants.name })
    .from(tenants)
    .where(eq(tenants.id, actor.tenantId));
  return renderTemplate(request, {
    firstName: 'Sam',
    surname: 'Example',
    organisationName: tenant?.name ?? '',
    activationLink: `${publicUrl}/activate?token=example-only`,
    expiresDays: String(ACTIVATION_DAYS),
  });
}
