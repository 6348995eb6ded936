/**
 * The funding (ILR) lock: once a learner has an episode that is QA Verified or Completed, their
 * name, email, mobile, date of birth and address are kept as reported; a change request is the
 * way to ask for a change (DOMAIN.md, edit-user.txt).
 */
import { and, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { fundingEpisodes } from '../../db/schema.js';
import { AppError } from '../../platform/errors.js';

export const LOCKING_STATUSES = ['QA Verified', 'Completed'] as const;

/** The locked fields: column, name in requests and errors, and how a person calls it. */
export const LOCKED_FIELDS = [
  { column: 'firstName', field: 'firstName', label: 'first name' },
  { column: 'surname', field: 'surname', label: 'surname' },
  { column: 'email', field: 'email', label: 'email' },
  { column: 'mobile', field: 'mobile', label: 'mobile' },
  { column: 'dateOfBirth', field: 'dateOfBirth', label: 'date of birth' },
  { column: 'postcode', field: 'address.postcode', label: 'postcode' },
  { column: 'line1', field: 'address.line1', label: 'address 1' },
  { column: 'line2', field: 'address.line2', label: 'address 2' },
  { column: 'town', field: 'address.town', label: 'town/city' },
  { column: 'county', field: 'address.county', label: 'county' },
  { column: 'country', field: 'address.country', label: 'country' },
] as const;
export type LockedField = (typeof LOCKED_FIELDS)[number];

export const LOCK_MESSAGE =
  "This learner's funding (ILR) record has been quality assured, so the greyed-out fields cannot be changed here. Raise a change request to ask for a change.";

const list = (labels: string[]) =>
  labels.length < 2 ? (labels[0] ?? '') : `${labels.slice(0, -1).join(', ')} and ${labels.at(-1)}`;

/** The 422 for a save that would change locked fields, naming them. */
export function fundingLockedError(fields: readonly LockedField[]) {
  const names = list(fields.map((field) => field.label));
  const message = `This learner's funding (ILR) record has been quality assured, so the ${names} cannot be changed here. Raise a change request to ask for the change.`;
  const reason =
    'Locked by the quality-assured funding (ILR) record: raise a change request to change it.';
  return new AppError(
    'funding_locked',
    message,
    422,
    Object.fromEntries(fields.map((field) => [field.field, reason])),
  );
}

/** Whether the learner's details are locked, which fields, and the message to show. */
export async function getFundingLock(db: Db, tenantId: number, learnerId: number) {
  const [episode] = await db
    .select({ id: fundingEpisodes.id })
    .from(fundingEpisodes)
    .where(
      and(
        eq(fundingEpisodes.tenantId, tenantId),
        eq(fundingEpisodes.learnerId, learnerId),
        inArray(fundingEpisodes.status, [...LOCKING_STATUSES]),
      ),
    )
    .limit(1);
  const locked = episode !== undefined;
  return {
    locked,
    fields: locked ? LOCKED_FIELDS.map((field) => field.field) : [],
    columns: locked ? LOCKED_FIELDS.map((field) => field.column) : [],
    message: locked ? LOCK_MESSAGE : null,
  };
}
