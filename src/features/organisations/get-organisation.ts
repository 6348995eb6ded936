/**
 * One organisation with its addresses and contacts, for the read-only Organisations page.
 * Organisations are shared by the whole tenant, so any administrator may read them.
 */
import type { Db } from '../../db/client.js';
import type { AdminActor } from '../../platform/actor.js';
import { assert, notFound } from '../../platform/errors.js';
import {
  findOrganisation,
  listAddressDetails,
  listContacts,
  presentOrganisation,
} from './organisations.queries.js';

/** Answers 404 for an organisation of another tenant, as for one that does not exist. */
export async function getOrganisation(db: Db, actor: AdminActor, id: number) {
  const organisation = await findOrganisation(db, actor.tenantId, id);
  assert(organisation, notFound('organisation'));
  return {
    ...presentOrganisation(organisation),
    addresses: await listAddressDetails(db, actor.tenantId, id),
    contacts: await listContacts(db, actor.tenantId, id),
  };
}
