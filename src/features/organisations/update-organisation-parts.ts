/**
 * Corrects an organisation's address or contact in place (a move, a new phone number): every
 * learner that points at it reads the corrected one. The same checks as adding them; an
 * address or contact of another organisation or tenant is "not found". Audited with the fields
 * before and after.
 */
import { and, eq } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { organisationAddresses, organisationContacts } from '../../db/schema.js';
import type { AdminActor } from '../../platform/actor.js';
import { assert, forbidden, notFound } from '../../platform/errors.js';
import { diff, recordAudit } from '../audit/record-audit.js';
import { checkAddress } from './create-organisation-address.js';
import { checkContact } from './create-organisation-contact.js';
import { canManageOrganisations } from './organisations.policy.js';
import { addressLabel } from './organisations.queries.js';
import type { TCreateAddressRequest, TCreateContactRequest } from './organisations.schema.js';

interface Part {
  organisationId: number;
  partId: number;
}

/** Replaces the fields of one address of one of the tenant's organisations. */
export async function updateOrganisationAddress(
  db: Db,
  actor: AdminActor,
  { organisationId, partId }: Part,
  input: TCreateAddressRequest,
  options: { ip?: string | null } = {},
) {
  assert(canManageOrganisations(actor), forbidden('Only administrators can change addresses.'));
  const address = checkAddress(input);
  return db.transaction(async (tx) => {
    const where = and(
      eq(organisationAddresses.id, partId),
      eq(organisationAddresses.organisationId, organisationId),
      eq(organisationAddresses.tenantId, actor.tenantId),
    );
    const [before] = await tx.select().from(organisationAddresses).where(where).for('update');
    if (!before) throw notFound('address');
    const [row] = await tx.update(organisationAddresses).set(address).where(where).returning();
    if (!row) throw notFound('address');
    await recordAudit(tx, {
      tenantId: actor.tenantId,
      actorId: actor.userId,
      action: 'organisation_address_updated',
      entityType: 'organisation',
      entityId: organisationId,
      ...withId('addressId', partId, diff(before, address)),
      ip: options.ip,
    });
    const { tenantId: _tenant, ...fields } = row;
    return { ...fields, label: addressLabel(row) };
  });
}

/** Replaces the name, email and phone of one contact of one of the tenant's organisations. */
export async function updateOrganisationContact(
  db: Db,
  actor: AdminActor,
  { organisationId, partId }: Part,
  input: TCreateContactRequest,
  options: { ip?: string | null } = {},
) {
  assert(canManageOrganisations(actor), forbidden('Only administrators can change contacts.'));
  const contact = checkContact(input);
  return db.transaction(async (tx) => {
    const where = and(
      eq(organisationContacts.id, partId),
      eq(organisationContacts.organisationId, organisationId),
      eq(organisationContacts.tenantId, actor.tenantId),
    );
    const [before] = await tx.select().from(organisationContacts).where(where).for('update');
    if (!before) throw notFound('contact');
    const [row] = await tx.update(organisationContacts).set(contact).where(where).returning();
    if (!row) throw notFound('contact');
    await recordAudit(tx, {
      tenantId: actor.tenantId,
      actorId: actor.userId,
      action: 'organisation_contact_updated',
      entityType: 'organisation',
      entityId: organisationId,
      ...withId('contactId', partId, diff(before, contact)),
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

/** The audit's before and after: the changed fields, each side naming the address or contact. */
function withId(
  key: string,
  id: number,
  change: { before: Record<string, unknown>; after: Record<string, unknown> },
) {
  return { before: { [key]: id, ...change.before }, after: { [key]: id, ...change.after } };
}
