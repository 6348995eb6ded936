/**
 * Turns one row of a file into the learner write it asks for: matches an existing learner by
 * email, else by reference number (never by name), and reads the cells into the writer's
 * input — group and programme names, the case owner by email or name, yes/no, gender. What
 * cannot be read is a problem keyed by the file's own column header; the writer's rules check
 * everything else.
 */
import { emailKey } from '../../domain/email.js';
import { UNITED_KINGDOM } from '../../domain/personal-details.js';
import type { TSubscriptionStatus } from '../../domain/subscription.js';
import type { AdminActor } from '../../platform/actor.js';
import { stateOf, type TLearnerInput } from '../learners/rules/context.js';
import type { LearnerWrite } from '../learners/writer/write-learners.js';
import type { ImportMode } from './create-import.js';
import {
  CREATE_COLUMNS,
  FIELD_SPECS,
  type ImportColumn,
  type ImportField,
} from './import-columns.js';
import type { ImportLookups, MatchedLearner, Matches } from './import-lookups.js';
import { customFieldHeader, planCustomFields } from './plan-custom-fields.js';
import { planLinks } from './plan-links.js';

export interface ImportSettings {
  mode: ImportMode;
  defaultGroupId: number | null;
  sendInvitations: boolean;
  columns: ImportColumn[];
}

export type RowPlan =
  | { kind: 'error'; errors: Record<string, string>; matchedUserId: number | null }
  | { kind: 'create' | 'update'; write: LearnerWrite; matchedUserId: number | null };

/** A row's cells by field, empty cells left out. */
export function fieldValues(columns: ImportColumn[], values: Record<string, string>) {
  const out: Partial<Record<ImportField, string>> = {};
  for (const { header, field } of columns) {
    const value = values[header]?.trim();
    if (field && value) out[field] = value;
  }
  return out;
}

/** The header a field's problems are shown under: the file's own, else the template's. */
export function headerOf(columns: ImportColumn[], field: ImportField) {
  return columns.find((c) => c.field === field)?.header ?? FIELD_SPECS[field].header;
}

const same = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

function groupPath(lookups: ImportLookups, id: number): string[] {
  const path: string[] = [];
  let group = lookups.groups.find((g) => g.id === id);
  while (group) {
    path.unshift(group.name);
    const parentId = group.parentId;
    group = parentId === null ? undefined : lookups.groups.find((g) => g.id === parentId);
  }
  return path;
}

/** A group the actor can access by name, or by its path "Parent / Child" when names repeat. */
function resolveGroup(lookups: ImportLookups, actor: AdminActor, text: string) {
  const parts = text.split(/\s*[/>]\s*/).filter(Boolean);
  const name = parts.at(-1) ?? '';
  const found = lookups.groups.filter((group) => {
    if (!same(group.name, name) || !actor.accessibleGroupIds.has(group.id)) return false;
    const path = groupPath(lookups, group.id);
    return (
      parts.length === 1 ||
      parts.every((part, i) => same(path[path.length - parts.length + i] ?? '', part))
    );
  });
  if (found.length === 1 && found[0]) return { id: found[0].id };
  if (found.length > 1)
    return {
      problem: `Several groups you can access are called '${text}'. Write the group with its parents, like '${groupPath(lookups, found[0]?.id ?? 0).join(' / ')}'.`,
    };
  return {
    problem: `No group you can access is called '${text}'. Check the spelling against the groups list.`,
  };
}

function resolveProgramme(lookups: ImportLookups, text: string) {
  const found = lookups.programmes.filter((p) => same(p.name, text));
  if (found.length === 1 && found[0]) return { id: found[0].id };
  if (found.length > 1) return { problem: `Several programmes are called '${text}'.` };
  return {
    problem: `There is no programme called '${text}'. Check the spelling against the programmes list.`,
  };
}

/** The case owner by email, or by full name when exactly one administrator has it. */
function resolveCaseOwner(lookups: ImportLookups, text: string) {
  if (text.includes('@')) {
    const byEmail = lookups.admins.find((a) => a.email !== null && same(a.email, text));
    return byEmail
      ? { id: byEmail.id }
      : {
          problem: `No administrator has the email '${text}'. Check it, or create the administrator first.`,
        };
  }
  const named = lookups.admins.filter((a) => same(`${a.firstName} ${a.surname}`, text));
  if (named.length === 1 && named[0]) return { id: named[0].id };
  if (named.length > 1)
    return {
      problem: `Ambiguous case owner: ${named.length} administrators are called '${text}'. Write the email address of the one you mean instead of the name.`,
    };
  return {
    problem: `No administrator is called '${text}'. Write the case owner's email address, or create the administrator first.`,
  };
}

const YES = new Set(['yes', 'y', 'true', '1']);
const NO = new Set(['no', 'n', 'false', '0']);

/** Finds the learner a row updates: by email, else by reference number. */
function match(row: Partial<Record<ImportField, string>>, matches: Matches, byReference: boolean) {
  if (row.email) {
    const found = matches.byEmail.get(emailKey(row.email));
    if (found) return { user: found };
  }
  if (row.referenceNumber && byReference) {
    const found = matches.byReference.get(row.referenceNumber) ?? [];
    if (found.length > 1)
      return {
        problem: `${found.length} learners have the reference number '${row.referenceNumber}'. Add their email to tell them apart.`,
      };
    if (found[0]) return { user: found[0] };
  }
  return {};
}

/** Plans one row: the write it asks for, or the problems that stop it, by column header. */
export function planRow(
  settings: ImportSettings,
  actor: AdminActor,
  lookups: ImportLookups,
  matches: Matches,
  values: Record<string, string>,
): RowPlan {
  const { columns, mode } = settings;
  const row = fieldValues(columns, values);
  const errors: Record<string, string> = {};
  const fail = (field: ImportField, message: string) => {
    errors[headerOf(columns, field)] ??= message;
  };
  // A new-only upload matches by email alone: reference numbers need not be unique.
  const found = match(row, matches, mode !== 'create');
  const user: MatchedLearner | undefined = found.user;
  if (found.problem) fail('referenceNumber', found.problem);
  const creating = !user;
  if (user && mode === 'create')
    fail(
      'email',
      `A learner with this email already exists (user ID ${user.id}). Choose "create and update" to update them, or remove the row.`,
    );
  if (!user && mode === 'update' && !found.problem)
    fail(
      row.email ? 'email' : 'referenceNumber',
      'No learner you can see has this email or reference number, and this upload only updates learners.',
    );
  if (user?.subscriptionStatus === 'Archived')
    fail('email', 'This learner is archived. Restore the account before updating it.');

  if (creating) {
    for (const field of CREATE_COLUMNS) {
      if (field === 'group' && settings.defaultGroupId !== null) continue;
      if (!row[field])
        fail(
          field,
          `Enter the ${FIELD_SPECS[field].header.toLowerCase()}: it is mandatory for a new learner.`,
        );
    }
  }
  if (row.email && /\s/.test(row.email))
    fail('email', 'The email address has a space in it. Emails must have no spaces.');

  const input: TLearnerInput = {};
  for (const key of [
    'firstName',
    'surname',
    'email',
    'username',
    'title',
    'preferredName',
    'personalEmail',
    'mobile',
    'dateOfBirth',
    'nationalInsuranceNumber',
    'referenceNumber',
    'samlIdentityProvider',
    'samlUniqueId',
  ] as const)
    if (row[key] !== undefined) input[key] = row[key];
  const address = {
    postcode: row.postcode,
    line1: row.line1,
    line2: row.line2,
    town: row.town,
    county: row.county,
    country: row.country,
  };
  if (Object.values(address).some((v) => v !== undefined)) {
    // A new learner's postcode is checked as a UK one unless the file says another country.
    if (creating && address.postcode && !address.country) address.country = UNITED_KINGDOM;
    input.address = Object.fromEntries(Object.entries(address).filter(([, v]) => v !== undefined));
  }
  if (row.gender) {
    const g = row.gender.toLowerCase();
    if (g === 'm' || g === 'male') input.gender = 'male';
    else if (g === 'f' || g === 'female') input.gender = 'female';
    else fail('gender', 'Write Male or Female (or M or F).');
  }
  if (row.group) {
    const ids: number[] = [];
    for (const part of row.group
      .split(/[|;]/)
      .map((p) => p.trim())
      .filter(Boolean)) {
      const group = resolveGroup(lookups, actor, part);
      if (group.problem) fail('group', group.problem);
      else if (group.id) ids.push(group.id);
    }
    input.groupIds = ids;
  } else if (creating && settings.defaultGroupId !== null)
    input.groupIds = [settings.defaultGroupId];
  if (row.programme) {
    const programme = resolveProgramme(lookups, row.programme);
    if (programme.problem) fail('programme', programme.problem);
    else if (!user) input.programmeId = programme.id;
    else if (programme.id !== user.programmeId)
      fail(
        'programme',
        "The programme is applied when a learner is created: an upload cannot change an existing learner's programme. Leave the cell empty or as it is.",
      );
  }
  if (row.targetProgramme) {
    const programme = resolveProgramme(lookups, row.targetProgramme);
    if (programme.problem) fail('targetProgramme', programme.problem);
    else input.targetProgrammeId = programme.id;
  }
  if (row.caseOwner) {
    const owner = resolveCaseOwner(lookups, row.caseOwner);
    if (owner.problem) fail('caseOwner', owner.problem);
    else input.caseOwnerId = owner.id;
  }
  if (row.authenticationType) {
    const type = row.authenticationType.toLowerCase();
    if (type === 'password') input.authenticationType = 'password';
    else if (type === 'saml' || type === 'sso') input.authenticationType = 'saml';
    else fail('authenticationType', 'Write password or SAML.');
  }
  for (const key of ['consoleAccess', 'classicAccess'] as const) {
    const value = row[key]?.toLowerCase();
    if (value === undefined) continue;
    if (YES.has(value)) input[key] = true;
    else if (NO.has(value)) input[key] = false;
    else fail(key, 'Write Yes or No.');
  }
  planLinks(row, lookups, input, fail);
  const programmeId = input.programmeId ?? user?.programmeId ?? null;
  planCustomFields(
    columns,
    values,
    lookups,
    lookups.programmes.find((p) => p.id === programmeId) ?? null,
    input,
    (header, message) => {
      errors[header] ??= message;
    },
  );

  const matchedUserId = user?.id ?? null;
  if (Object.keys(errors).length > 0) return { kind: 'error', errors, matchedUserId };
  if (!user) {
    const status: TSubscriptionStatus = settings.sendInvitations ? 'Invited' : 'Prospect';
    return {
      kind: 'create',
      matchedUserId,
      write: { mode: 'create', status, input, fromFile: true },
    };
  }
  const { groupIds, ...stored } = user;
  return {
    kind: 'update',
    matchedUserId,
    write: {
      mode: 'update',
      userId: user.id,
      version: user.version,
      status: user.subscriptionStatus,
      current: stateOf(stored, groupIds),
      input,
      fromFile: true,
    },
  };
}

/** The writer's field names, as the import's columns. */
const WRITER_FIELDS: Record<string, ImportField> = {
  firstName: 'firstName',
  surname: 'surname',
  email: 'email',
  username: 'username',
  title: 'title',
  preferredName: 'preferredName',
  gender: 'gender',
  personalEmail: 'personalEmail',
  mobile: 'mobile',
  dateOfBirth: 'dateOfBirth',
  nationalInsuranceNumber: 'nationalInsuranceNumber',
  referenceNumber: 'referenceNumber',
  'address.postcode': 'postcode',
  'address.line1': 'line1',
  'address.line2': 'line2',
  'address.town': 'town',
  'address.county': 'county',
  'address.country': 'country',
  groupIds: 'group',
  programmeId: 'programme',
  targetProgrammeId: 'targetProgramme',
  caseOwnerId: 'caseOwner',
  authenticationType: 'authenticationType',
  samlIdentityProvider: 'samlIdentityProvider',
  samlUniqueId: 'samlUniqueId',
  consoleAccess: 'consoleAccess',
  classicAccess: 'classicAccess',
  subscriptionEndsOn: 'subscriptionEndsOn',
  employerId: 'employer',
  employerAddressId: 'employer',
  managerId: 'manager',
  mentorId: 'mentor',
  learningProviderId: 'learningProvider',
  referrerId: 'referrer',
  referrerAddressId: 'referrer',
  referrerContactId: 'referrer',
};

/** The writer's reasons keyed by the file's column headers (fields it has no column for keep their name). */
export function errorsByHeader(
  columns: ImportColumn[],
  fields: Record<string, string>,
  message: string,
  lookups?: ImportLookups,
): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [field, reason] of Object.entries(fields)) {
    const importField = WRITER_FIELDS[field];
    const custom =
      field.startsWith('customFields.') && lookups
        ? customFieldHeader(columns, lookups, field.slice('customFields.'.length))
        : undefined;
    out[importField ? headerOf(columns, importField) : (custom ?? field)] ??= reason;
  }
  if (Object.keys(out).length === 0) out.Row = message;
  return out;
}
