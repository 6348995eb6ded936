/**
 * Raises a change request: the way through the funding (ILR) lock. An administrator who can
 * edit the learner records the values they ask for (fields the lock keeps) with a note; the
 * request is open until someone who may change the funding record deals with it.
 */
import type { Db } from '../../db/client.js';
import { changeRequests } from '../../db/schema.js';
import { checkDateOfBirth, isoDateInZone } from '../../domain/dates.js';
import { INVALID_EMAIL_MESSAGE, isValidEmail } from '../../domain/email.js';
import { INVALID_MOBILE_MESSAGE, isValidMobile } from '../../domain/mobile.js';
import { NAME_MAX } from '../../domain/personal-details.js';
import { clean } from '../../domain/text.js';
import type { AdminActor } from '../../platform/actor.js';
import { AppError, assert, forbidden, invalid } from '../../platform/errors.js';
import { recordAudit } from '../audit/record-audit.js';
import { getTenant } from '../tenants/get-tenant.js';
import { findVisibleUser } from '../users/get-user.js';
import { loadGroupLinks } from '../users/present-user.js';
import { userArchived } from '../users/user-state.js';
import { canManageUser } from '../users/users.policy.js';
import type { TChangeRequest, TCreateChangeRequest } from './funding.schema.js';
import { LOCKED_FIELDS } from './funding-lock.js';
import { presentChangeRequest } from './list-change-requests.js';

const VALUE_MAX = 255;

function checkValue(field: string, value: string | null, today: string): string | null {
  if (value === null)
    return ['firstName', 'surname'].includes(field) ? 'This field cannot be empty.' : null;
  if (value.length > VALUE_MAX) return `At most ${VALUE_MAX} characters.`;
  if ((field === 'firstName' || field === 'surname') && value.length > NAME_MAX)
    return `At most ${NAME_MAX} characters.`;
  if (field === 'email' && !isValidEmail(value)) return INVALID_EMAIL_MESSAGE;
  if (field === 'mobile' && !isValidMobile(value)) return INVALID_MOBILE_MESSAGE;
  if (field === 'dateOfBirth') return checkDateOfBirth(value, today);
  return null;
}

function checkRequested(input: TCreateChangeRequest, today: string) {
  const known = new Set<string>(LOCKED_FIELDS.map((field) => field.field));
  const errors: Record<string, string> = {};
  const requested: Record<string, string | null> = {};
  for (const [field, raw] of Object.entries(input.requested)) {
    const value = clean(raw);
    const problem = known.has(field)
      ? checkValue(field, value, today)
      : 'A change request is for the fields the funding lock keeps.';
    if (problem) errors[`requested.${field}`] = problem;
    else requested[field] = value;
  }
  if (Object.keys(input.requested).length === 0)
    errors.requested = 'Say which fields to change and to what.';
  if (Object.keys(errors).length > 0) throw invalid(errors);
  return requested;
}

/** Records a change request for a learner the administrator can edit. */
export async function createChangeRequest(
  db: Db,
  actor: AdminActor,
  learnerId: number,
  input: TCreateChangeRequest,
  options: { ip?: string | null } = {},
): Promise<TChangeRequest> {
  return db.transaction(async (tx) => {
    const user = await findVisibleUser(tx, actor, learnerId);
    const groupIds = ((await loadGroupLinks(tx, [learnerId])).get(learnerId) ?? []).map(
      (g) => g.id,
    );
    assert(
      canManageUser(actor, { ...user, groupIds }),
      forbidden('You cannot raise a change request for this user.'),
    );
    assert(
      user.subscriptionStatus !== 'Archived',
      userArchived('This user is archived. Restore the account before raising a change request.'),
    );
    assert(
      user.type === 'learner',
      new AppError('not_a_learner', 'Change requests are for learners.', 422),
    );
    const tenant = await getTenant(tx, actor.tenantId);
    const requested = checkRequested(input, isoDateInZone(new Date(), tenant.timeZone));
    const [row] = await tx
      .insert(changeRequests)
      .values({
        tenantId: actor.tenantId,
        learnerId,
        requestedBy: actor.userId,
        requested,
        note: clean(input.note),
      })
      .returning();
    if (!row) throw new Error('change request insert returned nothing');
    await recordAudit(tx, {
      tenantId: actor.tenantId,
      actorId: actor.userId,
      action: 'change_request_created',
      entityType: 'user',
      entityId: learnerId,
      after: { changeRequestId: row.id, requested, note: row.note },
      ip: options.ip,
    });
    return presentChangeRequest(row, {
      id: actor.userId,
      name: `${actor.firstName} ${actor.surname}`,
    });
  });
}
