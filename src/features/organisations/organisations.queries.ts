/** SQL for organisations, their addresses and contacts, always scoped by tenant. */
import { and, asc, eq, inArray, isNotNull, isNull, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import {
  ORGANISATION_TYPES,
  organisationAddresses,
  organisationContacts,
  organisations,
} from '../../db/schema.js';

export type OrganisationType = (typeof ORGANISATION_TYPES)[number];
type AddressRow = typeof organisationAddresses.$inferSelect;
type OrganisationRow = typeof organisations.$inferSelect;

/** What leaves the server of an organisation. */
export const presentOrganisation = (row: OrganisationRow) => ({
  id: row.id,
  name: row.name,
  type: row.type,
  ukprn: row.ukprn,
  mainAimRegistrationNumber: row.mainAimRegistrationNumber,
  archivedAt: row.archivedAt?.toISOString() ?? null,
  version: row.version,
});

/** How an address is named in a dropdown: "1 Park Row, Leeds, LS1 4AP". */
export function addressLabel(row: Pick<AddressRow, 'line1' | 'line2' | 'town' | 'postcode'>) {
  return [row.line1, row.line2, row.town, row.postcode].filter((part) => part?.trim()).join(', ');
}

export async function findOrganisation(db: Db, tenantId: number, id: number) {
  const [row] = await db
    .select()
    .from(organisations)
    .where(and(eq(organisations.tenantId, tenantId), eq(organisations.id, id)));
  return row;
}

const ARCHIVED_FILTER: Record<'exclude' | 'include' | 'only', SQL | undefined> = {
  exclude: isNull(organisations.archivedAt),
  include: undefined,
  only: isNotNull(organisations.archivedAt),
};

/** The tenant's organisations by name; archived ones only when asked for. */
export async function listOrganisations(
  db: Db,
  tenantId: number,
  types: readonly OrganisationType[] = ORGANISATION_TYPES,
  archived: 'exclude' | 'include' | 'only' = 'exclude',
) {
  const rows = await db
    .select()
    .from(organisations)
    .where(
      and(
        eq(organisations.tenantId, tenantId),
        inArray(organisations.type, [...types]),
        ARCHIVED_FILTER[archived],
      ),
    )
    .orderBy(asc(sql`lower(${organisations.name})`), asc(organisations.id));
  return rows.map(presentOrganisation);
}

export async function findAddress(db: Db, tenantId: number, id: number) {
  const [row] = await db
    .select()
    .from(organisationAddresses)
    .where(and(eq(organisationAddresses.tenantId, tenantId), eq(organisationAddresses.id, id)));
  return row;
}

/** An organisation's addresses, whole, each with its dropdown label. */
export async function listAddressDetails(db: Db, tenantId: number, organisationId: number) {
  const rows = await db
    .select()
    .from(organisationAddresses)
    .where(
      and(
        eq(organisationAddresses.tenantId, tenantId),
        eq(organisationAddresses.organisationId, organisationId),
      ),
    )
    .orderBy(asc(organisationAddresses.id));
  return rows.map((row) => ({
    id: row.id,
    organisationId: row.organisationId,
    label: addressLabel(row),
    postcode: row.postcode,
    line1: row.line1,
    line2: row.line2,
    town: row.town,
    county: row.county,
    country: row.country,
  }));
}

export async function listAddresses(db: Db, tenantId: number, organisationId: number) {
  const rows = await listAddressDetails(db, tenantId, organisationId);
  return rows.map(({ id, label }) => ({ id, label }));
}

export async function findContact(db: Db, tenantId: number, id: number) {
  const [row] = await db
    .select()
    .from(organisationContacts)
    .where(and(eq(organisationContacts.tenantId, tenantId), eq(organisationContacts.id, id)));
  return row;
}

export async function listContacts(db: Db, tenantId: number, organisationId: number) {
  const rows = await db
    .select()
    .from(organisationContacts)
    .where(
      and(
        eq(organisationContacts.tenantId, tenantId),
        eq(organisationContacts.organisationId, organisationId),
      ),
    )
    .orderBy(asc(sql`lower(${organisationContacts.name})`), asc(organisationContacts.id));
  return rows.map((row) => ({
    id: row.id,
    organisationId: row.organisationId,
    label: row.name,
    name: row.name,
    email: row.email,
    phone: row.phone,
  }));
}
