/** The wording a tenant sends for one kind of email: its own, else Roster's standard one. */
import { and, eq } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import type { EMAIL_TEMPLATE_KINDS } from '../../db/schema/messages.js';
import { emailTemplates } from '../../db/schema.js';
import { STANDARD_TEMPLATES } from './standard-templates.js';

export type TEmailTemplateKind = (typeof EMAIL_TEMPLATE_KINDS)[number];

export async function loadEmailTemplate(db: Db, tenantId: number, kind: TEmailTemplateKind) {
  const [row] = await db
    .select()
    .from(emailTemplates)
    .where(and(eq(emailTemplates.tenantId, tenantId), eq(emailTemplates.kind, kind)));
  const standard = STANDARD_TEMPLATES[kind];
  return row
    ? { subject: row.subject, body: row.body, customised: true, updatedAt: row.updatedAt, standard }
    : { ...standard, customised: false, updatedAt: null, standard };
}
