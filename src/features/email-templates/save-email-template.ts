/**
 * An administrator saves the tenant's wording of an email (checked by the request schema:
 * known placeholders, the link in the body). Audited with the wording before and after.
 */
import { sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { emailTemplates } from '../../db/schema.js';
import type { AdminActor } from '../../platform/actor.js';
import { recordAudit } from '../audit/record-audit.js';
import { assertTemplateEditor } from './email-template-access.js';
import type { TEmailTemplateRequest } from './email-templates.schema.js';
import { getEmailTemplate } from './get-email-template.js';
import { loadEmailTemplate, type TEmailTemplateKind } from './load-email-template.js';

export async function saveEmailTemplate(
  db: Db,
  actor: AdminActor,
  kind: TEmailTemplateKind,
  request: TEmailTemplateRequest,
  ip: string | null,
) {
  assertTemplateEditor(actor);
  await db.transaction(async (tx) => {
    const before = await loadEmailTemplate(tx, actor.tenantId, kind);
    await tx
      .insert(emailTemplates)
      .values({ tenantId: actor.tenantId, kind, ...request, updatedBy: actor.userId })
      .onConflictDoUpdate({
        target: [emailTemplates.tenantId, emailTemplates.kind],
        set: { ...request, updatedBy: actor.userId, updatedAt: sql`now()` },
      });
    await recordAudit(tx, {
      tenantId: actor.tenantId,
      actorId: actor.userId,
      action: 'email_template_saved',
      entityType: 'email_template',
      entityId: kind,
      before: { subject: before.subject, body: before.body },
      after: request,
      ip,
    });
  });
  return getEmailTemplate(db, actor, kind);
}
