/**
 * What every learner rule works on: the learner as stored (`current`), the learner as it would
 * be saved (`next`, which the rules fill in), what the request said (`input`), the tenant's
 * settings and groups, and the field problems found so far.
 */
import type { users } from '../../../db/schema.js';
import type { GroupNode } from '../../../domain/group-tree.js';
import type { TTenantSettings } from '../../../domain/tenant-fields.js';
import type { Actor } from '../../../platform/actor.js';
import type { ProgrammeOffers, ProgrammeRow } from '../../programmes/programme-offers.js';
import type { TLearnerFields } from '../../users/user-edit.schema.js';

type UserRow = typeof users.$inferSelect;

export type { ProgrammeRow } from '../../programmes/programme-offers.js';

/** The columns of a learner that the Add User and Edit User forms decide. */
export const LEARNER_COLUMNS = [
  'username',
  'firstName',
  'surname',
  'preferredName',
  'title',
  'gender',
  'email',
  'personalEmail',
  'mobile',
  'dateOfBirth',
  'subscriptionEndsOn',
  'nationalInsuranceNumber',
  'postcode',
  'line1',
  'line2',
  'town',
  'county',
  'country',
  'caseOwnerId',
  'programmeId',
  'targetProgrammeId',
  'referenceNumber',
  'employerId',
  'employerAddressId',
  'managerId',
  'mentorId',
  'learningProviderId',
  'referrerId',
  'referrerAddressId',
  'referrerContactId',
  'minRateOfPay',
  'advicePackMode',
  'advicePack',
  'authenticationType',
  'samlIdentityProvider',
  'samlUniqueId',
  'consoleAccess',
  'classicAccess',
  'customFields',
] as const;
export type LearnerColumn = (typeof LEARNER_COLUMNS)[number];

/** A learner's form-decided columns plus their groups. */
export type LearnerState = Pick<UserRow, LearnerColumn> & { groupIds: number[] };

/** The address columns, with the names CONTRACT.md gives them in requests and errors. */
export const ADDRESS_FIELDS = [
  ['postcode', 'address.postcode'],
  ['line1', 'address.line1'],
  ['line2', 'address.line2'],
  ['town', 'address.town'],
  ['county', 'address.county'],
  ['country', 'address.country'],
] as const;

/** The request's learner fields, plus the programme (set on create only). */
export type TLearnerInput = TLearnerFields & { programmeId?: number | null };

/** The account holding an email or username, and whether the actor may be told who it is. */
export interface IdentityHolder {
  id: number;
  firstName: string;
  surname: string;
  type: UserRow['type'];
  status: UserRow['subscriptionStatus'];
  visible: boolean;
}

/** Someone who may be linked to a learner (case owner, manager, mentor) and their groups. */
export interface Person {
  id: number;
  firstName: string;
  surname: string;
  email: string | null;
  groupIds: Set<number>;
}

/**
 * Who writes a learner: an administrator (Add user, Edit User, imports), the person registering
 * with an access code, or the person activating their account. The last two have no actor; the
 * rules that are the administrator's form alone (gender, programme, links, reference number,
 * funding lock, the tenant's optional fields) do not run for them (check-learner.ts).
 */
export type WriteSource = 'administrator' | 'self-registration' | 'activation';

/** A writer without an actor: the person themselves, in the tenant they register or activate in. */
export interface SelfServiceWriter {
  source: Exclude<WriteSource, 'administrator'>;
  tenantId: number;
}

/**
 * What the rules look up, loaded once per request or batch (writer/load-write-context.ts).
 * `claimed` grows as a batch is checked: the keys earlier rows of the batch will hold.
 */
export interface WriteContext {
  /** The administrator writing, or null when the person writes their own account. */
  actor: Actor | null;
  source: WriteSource;
  tenantId: number;
  settings: TTenantSettings;
  timeZone: string;
  groups: GroupNode[];
  /** Administrators who may be case owners, with the groups they hold. */
  caseOwners: Map<number, Person>;
  programmes: ProgrammeOffers;
  /** Organisations the rows name, by id: their type. */
  organisations: Map<number, string>;
  /** Those of them archived: kept on a learner who has one, never newly chosen. */
  archivedOrganisations: Set<number>;
  /** Addresses and contacts the rows name, by id: their organisation. */
  addresses: Map<number, number>;
  contacts: Map<number, number>;
  /** Employer users of the employers the rows name, by employer. */
  employerUsers: Map<number, (Person & { visible: boolean })[]>;
  /** Who holds each email or username key the rows use. */
  identities: Map<string, IdentityHolder>;
  /** Keys taken by earlier rows of this batch, with the row that takes each. */
  claimed: Map<string, number>;
  /** Learners under the funding lock: the columns it keeps. */
  locks: Map<number, LearnerColumn[]>;
}

export interface RuleContext {
  world: WriteContext;
  actor: Actor | null;
  source: WriteSource;
  mode: 'create' | 'update';
  /** The learner's id when editing. */
  userId: number | null;
  /** The row's number in its batch, counted from 1 (1 for a single write). */
  row: number;
  /** Subscription status the learner will have once saved (Invited when created with invite). */
  status: UserRow['subscriptionStatus'];
  settings: TTenantSettings;
  timeZone: string;
  groups: GroupNode[];
  input: TLearnerInput;
  current: LearnerState;
  next: LearnerState;
  /** Columns the funding lock keeps as they are. */
  locked: ReadonlySet<LearnerColumn>;
  /** The learner's programme once saved, loaded by the programme rules. */
  programme: ProgrammeRow | null;
  /** A row of an uploaded file (imports), not a form. */
  fromFile: boolean;
  errors: Record<string, string>;
  /** Fields refused because another account holds the key (email_taken / username_taken). */
  conflicts: Set<'email' | 'username'>;
}

/** A learner before anything is chosen: what a new learner starts from. */
export function emptyLearner(): LearnerState {
  return {
    username: null,
    firstName: '',
    surname: '',
    preferredName: null,
    title: null,
    gender: null,
    email: null,
    personalEmail: null,
    mobile: null,
    dateOfBirth: null,
    subscriptionEndsOn: null,
    nationalInsuranceNumber: null,
    postcode: null,
    line1: null,
    line2: null,
    town: null,
    county: null,
    country: null,
    caseOwnerId: null,
    programmeId: null,
    targetProgrammeId: null,
    referenceNumber: null,
    employerId: null,
    employerAddressId: null,
    managerId: null,
    mentorId: null,
    learningProviderId: null,
    referrerId: null,
    referrerAddressId: null,
    referrerContactId: null,
    minRateOfPay: null,
    advicePackMode: null,
    advicePack: null,
    authenticationType: 'password',
    samlIdentityProvider: null,
    samlUniqueId: null,
    consoleAccess: true,
    classicAccess: false,
    customFields: {},
    groupIds: [],
  };
}

/** Custom field values with their keys in order, so two equal sets compare equal. */
export const sortedFields = (values: Record<string, string>) =>
  Object.fromEntries(Object.entries(values).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));

/** The state of a stored learner. */
export function stateOf(row: UserRow, groupIds: number[]): LearnerState {
  const state = emptyLearner();
  for (const column of LEARNER_COLUMNS) Object.assign(state, { [column]: row[column] });
  return {
    ...state,
    customFields: sortedFields(row.customFields),
    groupIds: [...groupIds].sort((a, b) => a - b),
  };
}

/** Records the first problem found for a field. */
export function fail(ctx: RuleContext, field: string, message: string) {
  ctx.errors[field] ??= message;
}

export { clean, isEmpty } from '../../../domain/text.js';

/** True when the column would be saved with a value other than the stored one. */
export const changed = (ctx: RuleContext, column: LearnerColumn | 'groupIds') =>
  JSON.stringify(ctx.current[column]) !== JSON.stringify(ctx.next[column]);
