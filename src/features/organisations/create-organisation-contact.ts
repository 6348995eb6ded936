/**
 * Adds a contact to an organisation (the "+" beside Referrer contact on the learner form): a
 * name, and optionally an email and a phone number. Like an address, the contact belongs to
 * the organisation whether or not the learner form is then saved.
 */
import type { Db } from '../../db/client.js';
import { organisationContacts } from '../../db/schema.js';
import { INVALID_EMAIL_MESSAGE, isValidEmail, normaliseEmail } from '../../domain/email.js';
import { hiddenCharacterProblem } from '../../domain/hidden-characters.js';
import { isValidMobile } from '../../domain/mobile.js';
import { clean } from '../../domain/text.js';
import type { AdminActor } from '../../platform/actor.js';
import { assert, forbidden, invalid, notFound } from '../../platform/errors.js';
import { recordAudit } from '../audit/record-audit.js';
import { canManageOrganisations } from './organisations.policy.js';
import { findOrganisation } from './organisations.queries.js';
import type { TCreateContactRequest } from './organisations.schema.js';

const NAME_MAX = 100;
export const INVALID_PHONE_MESSAGE =
  'Enter a phone number using only digits, spaces and a + at the start, like 0113 496 0000.';

export function checkContact(input: TCreateContactRequest) {
  const errors: Record<string, string> = {};
  const name = clean(input.name);
  const email = clean(input.email);
  const phone = clean(input.phone);
  const hidden = name === null ? null : hiddenCharacterProblem(name, 'name');
  if (name === null) errors.name = 'Enter the name of the contact.';
  else if (hidden) errors.name = hidden;
  else if (name.length > NAME_MAX)
    errors.name = `The name can be at most ${NAME_MAX} characters long.`;
  const hiddenInEmail = email === null ? null : hiddenCharacterProblem(email, 'email address');
  if (hiddenInEmail) errors.email = hiddenInEmail;
  else if (email !== null && !isValidEmail(email)) errors.email = INVALID_EMAIL_MESSAGE;
  if (phone !== null && !isValidMobile(phone)) errors.phone = INVALID_PHONE_MESSAGE;
  if (Object.keys(errors).length > 0 || name === null) throw invalid(errors);
  return { name, email: email === null ? null : normaliseEmail(email), phone };
}

/** Adds a contact to one of the tenant's organisations. */
export async function createOrganisationContact(
  db: Db,
  actor: AdminActor,
  organisationId: number,
  input: TCreateContactRequest,
  options: { ip?: string | null } = {},
) {
  assert(canManageOrganisations(actor), forbidden('Only administrators can add contacts.'));
  return db.transaction(async (tx) => {
    const organisation = await findOrganisation(tx, actor.tenantId, organisationId);
    assert(organisation, notFound('organisation'));
    const contact = checkContact(input);
    const [row] = await tx
      .insert(organisationContacts)
      .values({ tenantId: actor.tenantId, organisationId, ...contact })
      .returning();
    if (!row) throw new Error('contact insert returned nothing');
    await recordAudit(tx, {
      tenantId: actor.tenantId,
      actorId: actor.userId,
      action: 'organisation_contact_created',
      entityType: 'organisation',
      entityId: organisationId,
      after: { contactId: row.id, ...contact },
      ip: options.ip,
    });
    return {
      id: row.id,
      organisationId,
      label: row.name,
      name: row.name,
      email: row.email,
      phone: row.phone,
    };
  });
}
