/**
 * What every learner rule works on: the learner as stored (`current`), the learner as it would
 * be saved (`next`, which the rules fill in), what the request said (`input`), the tenant's
 * settings and groups, and the field problems found so far.
 */
import type { Db } from '../../../db/client.js';
import type { programmes, users } from '../../../db/schema.js';
import type { GroupNode } from '../../../domain/group-tree.js';
import type { TTenantSettings } from '../../../domain/tenant-fields.js';
import type { Actor } from '../../../platform/actor.js';
import type { TLearnerFields } from '../user-edit.schema.js';

type UserRow = typeof users.$inferSelect;
export type ProgrammeRow = typeof programmes.$inferSelect;

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

export interface RuleContext {
  tx: Db;
  actor: Actor;
  mode: 'create' | 'update';
  /** The learner's id when editing. */
  userId: number | null;
  /** Subscription status the learner will have once saved (Invited when created with invite). */
  status: UserRow['subscriptionStatus'];
  settings: TTenantSettings;
  timeZone: string;
  groups: GroupNode[];
  input: TLearnerFields & { programmeId?: number | null };
  current: LearnerState;
  next: LearnerState;
  /** Columns the funding lock keeps as they are. */
  locked: ReadonlySet<LearnerColumn>;
  /** The learner's programme once saved, loaded by the programme rules. */
  programme: ProgrammeRow | null;
  errors: Record<string, string>;
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

/** Text as stored: trimmed, and null when nothing is left. */
export function clean(value: string | null | undefined): string | null {
  const trimmed = value?.trim() ?? '';
  return trimmed === '' ? null : trimmed;
}

export const isEmpty = (value: unknown) =>
  value === null || value === undefined || (typeof value === 'string' && value.trim() === '');

/** True when the column would be saved with a value other than the stored one. */
export const changed = (ctx: RuleContext, column: LearnerColumn | 'groupIds') =>
  JSON.stringify(ctx.current[column]) !== JSON.stringify(ctx.next[column]);
