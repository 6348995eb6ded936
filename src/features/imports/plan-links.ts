/**
 * The cells that link a learner to others, read into the writer's ids: the employer, learning
 * provider and referrer by organisation name, the manager and mentor by the email of an
 * employer user, and the end date as written. Whether the manager belongs to the employer,
 * shares a group with the learner, or the date has passed is the writer's rule to check.
 */
import type { TLearnerInput } from '../learners/rules/context.js';
import type { ImportField } from './import-columns.js';
import type { ImportLookups } from './import-lookups.js';

type Cells = Partial<Record<ImportField, string>>;
type Fail = (field: ImportField, message: string) => void;

const ORGANISATION_CELLS = [
  { field: 'employer', key: 'employerId', types: ['employer'], kind: 'employer organisation' },
  {
    field: 'learningProvider',
    key: 'learningProviderId',
    types: ['own', 'training'],
    kind: 'training organisation (or your own)',
  },
  { field: 'referrer', key: 'referrerId', types: ['referrer'], kind: 'referrer organisation' },
] as const;

function organisationNamed(
  lookups: ImportLookups,
  name: string,
  types: readonly string[],
  kind: string,
) {
  const wanted = name.trim().toLowerCase();
  const found = lookups.organisations.filter(
    (o) => types.includes(o.type) && o.name.trim().toLowerCase() === wanted,
  );
  if (found.length === 1 && found[0]) return { id: found[0].id };
  if (found.length > 1)
    return {
      problem: `Several organisations are called '${name}'. Rename one to tell them apart.`,
    };
  return {
    problem: `There is no ${kind} called '${name}'. Check the spelling, or add the organisation first.`,
  };
}

/** Reads the link cells of one row into `input`; a cell that names nothing is a problem. */
export function planLinks(row: Cells, lookups: ImportLookups, input: TLearnerInput, fail: Fail) {
  for (const { field, key, types, kind } of ORGANISATION_CELLS) {
    const name = row[field];
    if (name === undefined) continue;
    const found = organisationNamed(lookups, name, types, kind);
    if (found.problem) fail(field, found.problem);
    else input[key] = found.id;
  }
  for (const field of ['manager', 'mentor'] as const) {
    const email = row[field];
    if (email === undefined) continue;
    const id = lookups.employerUsers.get(email.trim().toLowerCase());
    if (id === undefined)
      fail(
        field,
        `No employer user has the email '${email}'. Write the email of an employer user of the row's employer.`,
      );
    else input[field === 'manager' ? 'managerId' : 'mentorId'] = id;
  }
  if (row.subscriptionEndsOn !== undefined) input.subscriptionEndsOn = row.subscriptionEndsOn;
}
