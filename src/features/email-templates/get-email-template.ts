/** One of the tenant's email templates, with its standard wording and the placeholders it takes. */
import type { Db } from '../../db/client.js';
import { TEMPLATE_PLACEHOLDERS, TEMPLATE_RULES } from '../../domain/email-template.js';
import type { AdminActor } from '../../platform/actor.js';
import { assertTemplateEditor } from './email-template-access.js';
import { loadEmailTemplate, type TEmailTemplateKind } from './load-email-template.js';

export async function getEmailTemplate(db: Db, actor: AdminActor, kind: TEmailTemplateKind) {
  assertTemplateEditor(actor);
  const template = await loadEmailTemplate(db, actor.tenantId, kind);
  return {
    kind,
    subject: template.subject,
    body: template.body,
    customised: template.customised,
    standard: template.standard,
    placeholders: TEMPLATE_RULES[kind].allowed.map((name) => ({
      name,
      meaning: TEMPLATE_PLACEHOLDERS[name],
    })),
    updatedAt: template.updatedAt?.toISOString() ?? null,
  };
}
