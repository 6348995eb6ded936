/**
 * Everything the learner rules look up, loaded once for a request or a whole batch: the
 * tenant's settings and groups, case-owner candidates, programmes and the groups offering them,
 * the organisations, addresses and contacts the rows name, the employer users of the employers
 * they name, the funding locks of the learners they change, and who holds each email or username
 * they use. A batch of any size costs these few queries; the rules then run without I/O.
 */
import { and, eq, inArray, ne, sql } from 'drizzle-orm';
import type { Db } from '../../../db/client.js';
import {
  adminGroupAccess,
  fundingEpisodes,
  identityKeys,
  organisationAddresses,
  organisationContacts,
  organisations,
  userGroups,
  users,
} from '../../../db/schema.js';
import { emailKey } from '../../../domain/email.js';
import { visibleUsersWhere } from '../../../platform/access.js';
import type { Actor } from '../../../platform/actor.js';
import { LOCKED_FIELDS, LOCKING_STATUSES } from '../../funding/funding-lock.js';
import { loadGroups } from '../../groups/groups.queries.js';
import { loadProgrammeOffers } from '../../programmes/programme-offers.js';
import { getTenant } from '../../tenants/get-tenant.js';
import type {
  LearnerColumn,
  LearnerState,
  Person,
  SelfServiceWriter,
  TLearnerInput,
  WriteContext,
} from '../rules/context.js';

/** Statuses in which an administrator can be a case owner. */
export const CASE_OWNER_STATUSES = ['Prospect', 'Invited', 'FullUser'] as const;

/** What one row of a write names, to know what to load for it. */
export interface RowReferences {
  userId: number | null;
  current: LearnerState;
  input: TLearnerInput;
}

const present = (values: (number | null | undefined)[]) => [
  ...new Set(values.filter((value): value is number => typeof value === 'number')),
];

function groupBy<T>(rows: T[], key: (row: T) => number, value: (row: T) => number) {
  const map = new Map<number, number[]>();
  for (const row of rows) map.set(key(row), [...(map.get(key(row)) ?? []), value(row)]);
  return map;
}

/** Administrators in a status that may own learners, with the groups they hold. */
async function loadCaseOwners(tx: Db, tenantId: number) {
  const rows = await tx
    .select({
      id: users.id,
      firstName: users.firstName,
      surname: users.surname,
      email: users.email,
      groupId: adminGroupAccess.groupId,
    })
    .from(users)
    .innerJoin(adminGroupAccess, eq(adminGroupAccess.adminId, users.id))
    .where(
      and(
        eq(users.tenantId, tenantId),
        eq(users.type, 'admin'),
        sql`coalesce(${users.adminRole}, 'standard') <> 'support'`,
        inArray(users.subscriptionStatus, [...CASE_OWNER_STATUSES]),
      ),
    );
  const people = new Map<number, Person>();
  for (const { groupId, ...person } of rows) {
    const known = people.get(person.id) ?? { ...person, groupIds: new Set<number>() };
    known.groupIds.add(groupId);
    people.set(person.id, known);
  }
  return people;
}

async function loadOrganisationParts(tx: Db, tenantId: number, rows: RowReferences[]) {
  const orgIds = present(
    rows.flatMap(({ input, current }) => [
      input.referrerId,
      input.learningProviderId,
      input.employerId,
      current.referrerId,
      current.employerId,
    ]),
  );
  const addressIds = present(
    rows.flatMap(({ input }) => [input.referrerAddressId, input.employerAddressId]),
  );
  const contactIds = present(rows.map(({ input }) => input.referrerContactId));
  const orgs = orgIds.length
    ? await tx
        .select({
          id: organisations.id,
          type: organisations.type,
          archivedAt: organisations.archivedAt,
        })
        .from(organisations)
        .where(and(eq(organisations.tenantId, tenantId), inArray(organisations.id, orgIds)))
    : [];
  const part = {
    id: organisationAddresses.id,
    organisationId: organisationAddresses.organisationId,
  };
  const addresses = addressIds.length
    ? await tx
        .select(part)
        .from(organisationAddresses)
        .where(
          and(
            eq(organisationAddresses.tenantId, tenantId),
            inArray(organisationAddresses.id, addressIds),
          ),
        )
    : [];
  const contacts = contactIds.length
    ? await tx
        .select({
          id: organisationContacts.id,
          organisationId: organisationContacts.organisationId,
        })
        .from(organisationContacts)
        .where(
          and(
            eq(organisationContacts.tenantId, tenantId),
            inArray(organisationContacts.id, contactIds),
          ),
        )
    : [];
  return {
    organisations: new Map(orgs.map((o) => [o.id, o.type])),
    archivedOrganisations: new Set(orgs.filter((o) => o.archivedAt !== null).map((o) => o.id)),
    addresses: new Map(addresses.map((a) => [a.id, a.organisationId])),
    contacts: new Map(contacts.map((c) => [c.id, c.organisationId])),
  };
}

/** Whether the writer may be told who a user is: never, when the person writes their own. */
const visibleTo = (tx: Db, actor: Actor | null) =>
  actor ? sql<boolean>`(${visibleUsersWhere(tx, actor)})` : sql<boolean>`false`;

async function loadEmployerUsers(
  tx: Db,
  tenantId: number,
  actor: Actor | null,
  employerIds: number[],
) {
  if (employerIds.length === 0) return new Map();
  const rows = await tx
    .select({
      id: users.id,
      firstName: users.firstName,
      surname: users.surname,
      email: users.email,
      employerId: users.employerId,
      visible: visibleTo(tx, actor),
    })
    .from(users)
    .where(
      and(
        eq(users.tenantId, tenantId),
        eq(users.type, 'employer'),
        inArray(users.employerId, employerIds),
        ne(users.subscriptionStatus, 'Archived'),
      ),
    );
  const groups = rows.length
    ? await tx
        .select({ userId: userGroups.userId, groupId: userGroups.groupId })
        .from(userGroups)
        .where(
          inArray(
            userGroups.userId,
            rows.map((row) => row.id),
          ),
        )
    : [];
  const groupsOf = groupBy(
    groups,
    (g) => g.userId,
    (g) => g.groupId,
  );
  const byEmployer = new Map<
    number,
    WriteContext['employerUsers'] extends Map<number, infer V> ? V : never
  >();
  for (const { employerId, ...person } of rows) {
    if (employerId === null) continue;
    const list = byEmployer.get(employerId) ?? [];
    list.push({ ...person, groupIds: new Set(groupsOf.get(person.id) ?? []) });
    byEmployer.set(employerId, list);
  }
  return byEmployer;
}

/** Holders of the emails and usernames the rows use, each with what the actor may be told. */
async function loadIdentityHolders(
  tx: Db,
  tenantId: number,
  actor: Actor | null,
  rows: RowReferences[],
) {
  const keys = [
    ...new Set(
      rows.flatMap(({ input }) =>
        [input.email, input.username]
          .filter((value): value is string => typeof value === 'string' && value.trim() !== '')
          .map(emailKey),
      ),
    ),
  ];
  if (keys.length === 0) return new Map();
  const holders = await tx
    .select({
      key: identityKeys.key,
      id: users.id,
      firstName: users.firstName,
      surname: users.surname,
      type: users.type,
      status: users.subscriptionStatus,
      visible: visibleTo(tx, actor),
    })
    .from(identityKeys)
    .innerJoin(users, eq(users.id, identityKeys.userId))
    .where(and(eq(identityKeys.tenantId, tenantId), inArray(identityKeys.key, keys)));
  return new Map(holders.map(({ key, ...holder }) => [key, holder]));
}

async function loadLocks(tx: Db, tenantId: number, rows: RowReferences[]) {
  const ids = present(rows.map((row) => row.userId));
  if (ids.length === 0) return new Set<number>();
  const locked = await tx
    .selectDistinct({ learnerId: fundingEpisodes.learnerId })
    .from(fundingEpisodes)
    .where(
      and(
        eq(fundingEpisodes.tenantId, tenantId),
        inArray(fundingEpisodes.learnerId, ids),
        inArray(fundingEpisodes.status, [...LOCKING_STATUSES]),
      ),
    );
  return new Set(locked.map((row) => row.learnerId));
}

/** The part of the context that is the tenant's, whatever the rows: settings, groups, people. */
export type TenantContext = Pick<
  WriteContext,
  'settings' | 'timeZone' | 'groups' | 'caseOwners' | 'programmes'
>;

/**
 * Loads the tenant's part of the context. A long batch (an import) loads it once and hands it to
 * every chunk; the row parts and the keys in use are loaded a chunk at a time.
 */
export async function loadTenantContext(tx: Db, tenantId: number): Promise<TenantContext> {
  const tenant = await getTenant(tx, tenantId);
  return {
    settings: tenant.settings,
    timeZone: tenant.timeZone,
    groups: await loadGroups(tx, tenantId),
    caseOwners: await loadCaseOwners(tx, tenantId),
    programmes: await loadProgrammeOffers(tx, tenantId),
  };
}

/**
 * Loads the context for `rows`, in the caller's transaction, for an administrator (`Actor`) or a
 * person writing their own account (`SelfServiceWriter`); `shared` is the tenant's part when the
 * caller loaded it already.
 */
export async function loadWriteContext(
  tx: Db,
  writer: Actor | SelfServiceWriter,
  rows: RowReferences[],
  shared?: TenantContext,
): Promise<WriteContext> {
  const self = 'source' in writer;
  const actor = self ? null : writer;
  const tenantId = writer.tenantId;
  const tenant = shared ?? (await loadTenantContext(tx, tenantId));
  const parts = await loadOrganisationParts(tx, tenantId, rows);
  const employerIds = [...parts.organisations].filter(([, type]) => type === 'employer');
  const lockedIds = await loadLocks(tx, tenantId, rows);
  const lockedColumns: LearnerColumn[] = LOCKED_FIELDS.map((field) => field.column);
  return {
    actor,
    source: self ? writer.source : 'administrator',
    tenantId,
    ...tenant,
    ...parts,
    employerUsers: await loadEmployerUsers(
      tx,
      tenantId,
      actor,
      employerIds.map(([id]) => id),
    ),
    identities: await loadIdentityHolders(tx, tenantId, actor, rows),
    claimed: new Map(),
    locks: new Map([...lockedIds].map((id) => [id, lockedColumns])),
  };
}
