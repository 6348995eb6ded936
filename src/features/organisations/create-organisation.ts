/**
 * Creates an organisation of one of the four kinds (Organisations page, and the employer "+"
 * of the learner form), optionally with its first address, in one transaction.
 */
import type { Db } from '../../db/client.js';
import { organisationAddresses, organisations } from '../../db/schema.js';
import type { AdminActor } from '../../platform/actor.js';
import { AppError, assert, forbidden, invalid } from '../../platform/errors.js';
import { recordAudit } from '../audit/record-audit.js';
import { checkOrganisationFields } from './check-organisation.js';
import { checkAddress } from './create-organisation-address.js';
import { canManageOrganisations } from './organisations.policy.js';
import { presentOrganisation } from './organisations.queries.js';
import type { TCreateOrganisationRequest } from './organisations.schema.js';

/** Every field's reason at once: the organisation's own fields, then the address's. */
function checkCreate(input: TCreateOrganisationRequest) {
  const errors: Record<string, string> = {};
  const fields = checkOrganisationFields(
    input.type,
    {
      name: input.name ?? null,
      ukprn: input.ukprn ?? null,
      mainAimRegistrationNumber: input.mainAimRegistrationNumber ?? null,
    },
    errors,
  );
  let address: ReturnType<typeof checkAddress> | null = null;
  try {
    if (input.address) address = checkAddress(input.address);
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    Object.assign(errors, error.fields);
  }
  if (Object.keys(errors).length > 0 || fields.name === undefined) throw invalid(errors);
  return { fields: { ...fields, name: fields.name }, address };
}

/** Creates one organisation for the actor's tenant; answers it with its version. */
export async function createOrganisation(
  db: Db,
  actor: AdminActor,
  input: TCreateOrganisationRequest,
  options: { ip?: string | null } = {},
) {
  assert(canManageOrganisations(actor), forbidden('Only administrators can add organisations.'));
  const { fields, address } = checkCreate(input);
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(organisations)
      .values({ tenantId: actor.tenantId, type: input.type, ...fields })
      .returning();
    if (!row) throw new Error('organisation insert returned nothing');
    const [addressRow] = address
      ? await tx
          .insert(organisationAddresses)
          .values({ tenantId: actor.tenantId, organisationId: row.id, ...address })
          .returning({ id: organisationAddresses.id })
      : [];
    await recordAudit(tx, {
      tenantId: actor.tenantId,
      actorId: actor.userId,
      action: 'organisation_record_created',
      entityType: 'organisation',
      entityId: row.id,
      after: { type: row.type, ...fields, address },
      ip: options.ip,
    });
    return { ...presentOrganisation(row), addressId: addressRow?.id ?? null };
  });
}
