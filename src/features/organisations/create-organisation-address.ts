/**
 * Adds an address to an organisation (the "+" beside Employer address and Referrer address on
 * the learner form). Postcode and address 1 are mandatory; the postcode is at most 8 characters
 * and in the UK format when the country is the United Kingdom. The address is the
 * organisation's, available to every learner, whether or not the form is then saved.
 */

import type { Db } from '../../db/client.js';
import { organisationAddresses } from '../../db/schema.js';
import { UNITED_KINGDOM } from '../../domain/personal-details.js';
import { clean } from '../../domain/text.js';
import {
  INVALID_POSTCODE_MESSAGE,
  isValidUkPostcode,
  normalisePostcode,
  POSTCODE_MAX_LENGTH,
} from '../../domain/uk-postcode.js';
import type { AdminActor } from '../../platform/actor.js';
import { assert, forbidden, invalid, notFound } from '../../platform/errors.js';
import { recordAudit } from '../audit/record-audit.js';
import { canManageOrganisations } from './organisations.policy.js';
import { addressLabel, findOrganisation } from './organisations.queries.js';
import type { TCreateAddressRequest } from './organisations.schema.js';

const LINE_MAX = 100;

/** Checks an address, every field at once; answers it cleaned, or throws 422 naming the fields. */
export function checkAddress(input: TCreateAddressRequest) {
  const errors: Record<string, string> = {};
  const address = {
    postcode: clean(input.postcode),
    line1: clean(input.line1),
    line2: clean(input.line2),
    town: clean(input.town),
    county: clean(input.county),
    country: clean(input.country),
  };
  const uk = address.country?.toLowerCase() === UNITED_KINGDOM.toLowerCase();
  if (address.postcode === null) errors.postcode = 'Enter the postcode.';
  else if (uk && !isValidUkPostcode(address.postcode)) errors.postcode = INVALID_POSTCODE_MESSAGE;
  else if (address.postcode.length > POSTCODE_MAX_LENGTH)
    errors.postcode = `The postcode can be at most ${POSTCODE_MAX_LENGTH} characters long.`;
  else if (uk) address.postcode = normalisePostcode(address.postcode);
  if (address.line1 === null) errors.line1 = 'Enter address 1.';
  for (const key of ['line1', 'line2', 'town', 'county', 'country'] as const) {
    if ((address[key]?.length ?? 0) > LINE_MAX) errors[key] ??= `At most ${LINE_MAX} characters.`;
  }
  if (Object.keys(errors).length > 0 || address.postcode === null || address.line1 === null)
    throw invalid(errors);
  return { ...address, postcode: address.postcode, line1: address.line1 };
}

/** Adds an address to one of the tenant's organisations; answers it with its dropdown label. */
export async function createOrganisationAddress(
  db: Db,
  actor: AdminActor,
  organisationId: number,
  input: TCreateAddressRequest,
  options: { ip?: string | null } = {},
) {
  assert(canManageOrganisations(actor), forbidden('Only administrators can add addresses.'));
  return db.transaction(async (tx) => {
    const organisation = await findOrganisation(tx, actor.tenantId, organisationId);
    assert(organisation, notFound('organisation'));
    const address = checkAddress(input);
    const [row] = await tx
      .insert(organisationAddresses)
      .values({ tenantId: actor.tenantId, organisationId, ...address })
      .returning();
    if (!row) throw new Error('address insert returned nothing');
    await recordAudit(tx, {
      tenantId: actor.tenantId,
      actorId: actor.userId,
      action: 'organisation_address_created',
      entityType: 'organisation',
      entityId: organisationId,
      after: { addressId: row.id, ...address },
      ip: options.ip,
    });
    return {
      id: row.id,
      organisationId,
      label: addressLabel(row),
      postcode: row.postcode,
      line1: row.line1,
      line2: row.line2,
      town: row.town,
      county: row.county,
      country: row.country,
    };
  });
}
