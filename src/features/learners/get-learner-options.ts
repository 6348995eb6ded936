/**
 * The choices of the Add User and Edit User forms, worked out for the groups chosen on the form
 * so the dropdowns can be refreshed as the groups change (edit-user.txt: case owners and target
 * programmes are "recalculated on-the-go"). With `userId`, the learner's links to groups the
 * administrator cannot access count too, as they will on save, and the funding lock is told.
 */
import { and, eq } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { programmes } from '../../db/schema.js';
import type { GroupNode } from '../../domain/group-tree.js';
import {
  fieldState,
  LEARNER_OPTIONAL_FIELDS,
  type TFieldSetting,
  type TLearnerOptionalField,
  type TTenantSettings,
} from '../../domain/tenant-fields.js';
import type { Actor, AdminActor } from '../../platform/actor.js';
import { getFundingLock } from '../funding/funding-lock.js';
import { loadGroups } from '../groups/groups.queries.js';
import {
  listAddresses,
  listContacts,
  listOrganisations,
} from '../organisations/organisations.queries.js';
import { type ProgrammeType, programmesOffered } from '../programmes/programme-offers.js';
import { getTenant } from '../tenants/get-tenant.js';
import { findVisibleUser } from '../users/get-user.js';
import { loadGroupLinks } from '../users/present-user.js';
import type { TLearnerOptions, TLearnerOptionsQuery } from './learners.schema.js';
import { emptyLearner } from './rules/context.js';
import { caseOwnerCandidates, employerUserCandidates } from './rules/link-candidates.js';
import { MIN_RATES_OF_PAY } from './rules/programme.js';
import { referenceTemplate } from './rules/reference-number.js';
import { loadWriteContext } from './writer/load-write-context.js';

const named = (person: { id: number; firstName: string; surname: string }) => ({
  id: person.id,
  name: `${person.firstName} ${person.surname}`,
});

async function findProgramme(db: Db, tenantId: number, id: number | null) {
  if (id === null) return null;
  const [row] = await db
    .select()
    .from(programmes)
    .where(and(eq(programmes.tenantId, tenantId), eq(programmes.id, id)));
  return row ?? null;
}

function fieldSettingsOf(settings: TTenantSettings) {
  const states = {} as Record<TLearnerOptionalField, TFieldSetting>;
  for (const key of LEARNER_OPTIONAL_FIELDS) states[key] = fieldState(settings, key);
  return states;
}

/** The learner's groups as a save would make them from the groups sent. */
async function chosenGroups(
  db: Db,
  actor: Actor,
  options: { query: TLearnerOptionsQuery; userId: number | null; groups: readonly GroupNode[] },
) {
  const { query, userId } = options;
  const known = new Set(options.groups.map((group) => group.id));
  const current =
    userId === null
      ? []
      : ((await loadGroupLinks(db, [userId])).get(userId) ?? []).map((g) => g.id);
  if (!query.groupIds) return current;
  const accessible = query.groupIds.filter(
    (id) => known.has(id) && actor.accessibleGroupIds.has(id),
  );
  const kept = current.filter((id) => !actor.accessibleGroupIds.has(id));
  return [...new Set([...kept, ...accessible])];
}

/** Every list the learner form needs, for the groups (and employer, referrer) chosen. */
export async function getLearnerOptions(
  db: Db,
  actor: AdminActor,
  query: TLearnerOptionsQuery,
): Promise<TLearnerOptions> {
  const { tenantId } = actor;
  const user = query.userId === undefined ? null : await findVisibleUser(db, actor, query.userId);
  const tenant = await getTenant(db, tenantId);
  const { settings } = tenant;
  const allGroups = await loadGroups(db, tenantId);
  const groupIds = await chosenGroups(db, actor, {
    query,
    userId: user?.id ?? null,
    groups: allGroups,
  });
  const employerId = query.employerId ?? user?.employerId ?? null;
  const referrerId = query.referrerId ?? user?.referrerId ?? null;
  const programme = await findProgramme(
    db,
    tenantId,
    query.programmeId ?? user?.programmeId ?? null,
  );

  // The same context and candidate rules a save checks against.
  const world = await loadWriteContext(db, actor, [
    { userId: null, current: emptyLearner(), input: { employerId } },
  ]);
  const caseOwners = caseOwnerCandidates(world, groupIds);
  const employerUsers =
    employerId === null
      ? []
      : employerUserCandidates(world, {
          employerId,
          learnerGroupIds: groupIds,
          visibleOnly: true,
        });
  const offered = (types: ProgrammeType[]) =>
    programmesOffered(world.programmes, groupIds, types).map(({ id, name, type }) => ({
      id,
      name,
      type,
    }));
  // Archived organisations leave the pickers, except the ones this learner already has.
  const kept = new Set([user?.employerId, user?.learningProviderId, user?.referrerId]);
  const organisations = (await listOrganisations(db, tenantId, undefined, 'include')).filter(
    (o) => o.archivedAt === null || kept.has(o.id),
  );
  const ofType = (...types: string[]) =>
    organisations.filter((o) => types.includes(o.type)).map((o) => ({ id: o.id, name: o.name }));
  const template = referenceTemplate(programme);
  // Namesakes told apart (the FAQ's "manager appears twice"): email and organisation shown.
  const organisation = organisations.find((o) => o.id === employerId)?.name ?? null;
  const linkable = employerUsers.map((person) => ({
    ...named(person),
    email: person.email,
    organisation,
  }));

  const options: TLearnerOptions = {
    caseOwners: caseOwners.map((admin) => ({ ...named(admin), email: admin.email })),
    programmes: offered(['application', 'delivery']),
    targetProgrammes: offered(['delivery']),
    learningProviders: ofType('own', 'training'),
    employers: ofType('employer'),
    employerAddresses: employerId === null ? [] : await listAddresses(db, tenantId, employerId),
    managers: linkable,
    mentors: linkable,
    referrers: ofType('referrer'),
    referrerAddresses: referrerId === null ? [] : await listAddresses(db, tenantId, referrerId),
    referrerContacts: referrerId === null ? [] : await listContacts(db, tenantId, referrerId),
    samlIdentityProviders: settings.features.saml ? settings.samlIdentityProviders : [],
    customFields: programme?.customFields ?? [],
    fieldSettings: fieldSettingsOf(settings),
    features: settings.features,
    minRatesOfPay: [...MIN_RATES_OF_PAY],
    advice: {
      enabled: (programme?.advicePacks.length ?? 0) > 0,
      defaultPack: programme?.advicePacks.length ? programme.defaultAdvicePack : null,
      packs: programme?.advicePacks ?? [],
    },
    referenceTemplate: template,
  };
  if (user) {
    const lock = await getFundingLock(db, tenantId, user.id);
    options.lock = { locked: lock.locked, fields: lock.fields, message: lock.message };
    options.caseOwnerStillValid = caseOwners.some((admin) => admin.id === user.caseOwnerId);
  }
  return options;
}
